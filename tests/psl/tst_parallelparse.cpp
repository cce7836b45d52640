// SPDX-License-Identifier: GPL-3.0-or-later
// A large file is parsed in parts on several threads; the tree and the diagnostics must be exactly those of a
// parse in one go, also when the parts do not fit (a block or a comment across a cut) and it falls back.
#include "busyhelpers.h"

#include "psl/parser.h"

#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace strata;
using namespace strata::psl;

namespace {

QString spanText(const Span &span)
{
    return QStringLiteral("[%1:%2-%3 %4:%5]").arg(span.file).arg(span.start).arg(span.end).arg(span.line).arg(span.column);
}

/// Writes every node of a tree with its span, so that two trees are equal exactly when their dumps are.
class TreeDump {
public:
    QStringList lines;

    void file(const SchemaFile &file)
    {
        lines << QStringLiteral("file %1 %2").arg(file.index).arg(file.path);
        for (const TopItem &item : file.items)
            std::visit([this](const auto &node) { top(node); }, item);
    }

private:
    void top(const Block &block)
    {
        lines << QStringLiteral("block %1 %2 %3 %4 docs=%5")
                     .arg(block.keyword(), block.name.name, spanText(block.span), spanText(block.name.span),
                          block.documentation->join(u'|'));
        for (const BlockItem &item : block.items)
            std::visit([this](const auto &node) { member(node); }, item);
    }
    void top(const CommentGroup &group) { member(group); }
    void top(const EmptyLines &empty) { member(empty); }
    void top(const RawLine &raw) { member(raw); }

    void member(const Field &field)
    {
        lines << QStringLiteral("  field %1 %2 type=%3 %4 arity=%5 docs=%6 comment=%7")
                     .arg(field.name.name, spanText(field.span()), field.type ? field.type->name.name.text() : QString(),
                          field.type ? spanText(field.type->span()) : QString())
                     .arg(field.type ? int(field.type->arity) : -1)
                     .arg(field.documentation->join(u'|'), field.trailingComment ? field.trailingComment->text : QString());
        attributes(field.attributes);
    }
    void member(const EnumValue &value)
    {
        lines << QStringLiteral("  value %1 %2 docs=%3").arg(value.name.name, spanText(value.span), value.documentation->join(u'|'));
        attributes(value.attributes);
    }
    void member(const Property &property)
    {
        lines << QStringLiteral("  property %1 %2").arg(property.name.name, spanText(property.span()));
        expression(property.value, 2);
    }
    void member(const BlockAttribute &attribute) { this->attribute(attribute.attribute); }
    void member(const CommentGroup &group)
    {
        for (const Comment &comment : group.comments)
            lines << QStringLiteral("  comment %1 %2 %3").arg(int(comment.kind)).arg(comment.text, spanText(comment.span));
    }
    void member(const EmptyLines &empty) { lines << QStringLiteral("  empty %1 %2").arg(empty.count).arg(spanText(empty.span)); }
    void member(const RawLine &raw) { lines << QStringLiteral("  raw %1 %2").arg(raw.text, spanText(raw.span)); }

    void attributes(const NodeList<Attribute> &attributes)
    {
        for (const Attribute &a : attributes)
            attribute(a);
    }
    void attribute(const Attribute &attribute)
    {
        lines << QStringLiteral("    @%1 %2 parens=%3 trailing=%4")
                     .arg(attribute.name.name, spanText(attribute.span()))
                     .arg(attribute.hasParentheses)
                     .arg(attribute.trailingComma);
        arguments(attribute.arguments, 3);
    }
    void arguments(const NodeList<Argument> &arguments, int depth)
    {
        for (const Argument &argument : arguments) {
            lines << QString(depth * 2, u' ') + QStringLiteral("arg %1 %2").arg(argument.name.name, spanText(argument.span()));
            if (argument.value)
                expression(*argument.value, depth + 1);
        }
    }
    void expression(const Expression &e, int depth)
    {
        lines << QString(depth * 2, u' ')
                + QStringLiteral("expr %1 %2 %3 %4").arg(int(e.kind)).arg(e.text, e.raw, spanText(e.span));
        arguments(e.arguments, depth + 1);
        for (const Expression &item : e.items)
            expression(item, depth + 1);
    }
};

QStringList dump(const SchemaFile &file, const Diagnostics &diagnostics)
{
    TreeDump tree;
    tree.file(file);
    for (const Diagnostic &d : diagnostics.items())
        tree.lines << QStringLiteral("diagnostic %1 %2 %3").arg(d.code, spanText(d.span), d.message);
    return tree.lines;
}

/// The fixture schemas of a folder, one after the other, repeated until the text is at least minimumSize.
QString concatenatedFixtures(const QString &folder, qsizetype minimumSize)
{
    QStringList texts;
    QDirIterator it(tests::fixturesDir() + u'/' + folder, {QStringLiteral("*.prisma")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            texts << QString::fromUtf8(file.readAll());
    }
    texts.sort();
    QString text;
    while (!texts.isEmpty() && text.size() < minimumSize) {
        for (const QString &one : texts)
            text += one + QStringLiteral("\n");
    }
    return text;
}

} // namespace

class TestParallelParse : public QObject {
    Q_OBJECT

private:
    void compare(const QString &text, qsizetype expectedMinimumParts)
    {
        const SourceFile source(QStringLiteral("big.prisma"), text);
        QVERIFY(Parser::partStarts(text, 4).size() >= size_t(expectedMinimumParts));
        Diagnostics oneGoDiagnostics;
        const SchemaFile oneGo = Parser::parseFile(source, 0, oneGoDiagnostics, Parser::Threads::One);
        Diagnostics partsDiagnostics;
        const SchemaFile inParts = Parser::parseFile(source, 0, partsDiagnostics, Parser::Threads::Automatic);
        const QStringList expected = dump(oneGo, oneGoDiagnostics);
        const QStringList actual = dump(inParts, partsDiagnostics);
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(actual.at(i), expected.at(i));
    }

private slots:
    void validSchemasInParts()
    {
        const QString text = concatenatedFixtures(QStringLiteral("valid"), 1024 * 1024);
        QVERIFY(text.size() >= 1024 * 1024);
        compare(text, 2);
    }

    void crlfSchemasInParts()
    {
        // Line breaks as \r\n: the helper counts the lines of the parts it takes back from the end by other rules.
        QString text = concatenatedFixtures(QStringLiteral("valid"), 1024 * 1024);
        text.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
        compare(text, 2);
    }

    void partsOfAHelperHeldUp()
    {
        // The helper is busy elsewhere: this thread parses its own stretch, then the helper's from its end back,
        // counting the lines of those parts from where it stands and from where it last started.
        const tests::BusyHelpers busy;
        compare(concatenatedFixtures(QStringLiteral("valid"), 1024 * 1024), 2);
    }

    void invalidSchemasInParts()
    {
        // Unclosed blocks, unknown blocks and broken comments: some cuts do not fit and the parser falls back.
        compare(concatenatedFixtures(QStringLiteral("invalid"), 1024 * 1024), 2);
    }

    void cutInsideABlockComment()
    {
        // A `}` line inside a block comment looks like a place to cut; the parts would disagree, so the
        // result must still be the one-go parse.
        QString text;
        for (int i = 0; i < 12000; ++i)
            text += QStringLiteral("model M%1 {\n  id Int @id\n}\n\n").arg(i);
        const int cut = Parser::partStarts(text, 2).back();
        const qsizetype open = text.lastIndexOf(u"model", cut - 1);
        text.insert(text.indexOf(u"}\n", cut) + 2, QStringLiteral("*/\n"));
        text.insert(open, QStringLiteral("/*\n"));
        const qsizetype close = text.indexOf(u"*/", open);
        const std::vector<int> starts = Parser::partStarts(text, 2);
        QCOMPARE(starts.size(), size_t(2));
        QVERIFY(starts.back() > open && starts.back() < close);
        compare(text, 2);
    }

    void smallFilesInOneGo()
    {
        QCOMPARE(Parser::partStarts(u"model A {\n  id Int @id\n}\n", 8).size(), size_t(1));
    }
};

QTEST_APPLESS_MAIN(TestParallelParse)
#include "tst_parallelparse.moc"
