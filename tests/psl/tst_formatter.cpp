// SPDX-License-Identifier: GPL-3.0-or-later
// The formatter against the goldens of tests/fixtures/format/: the output of Prisma 7.10.1's `prisma format`
// for each input, byte for byte (see model/psl/FORMAT_RULES.md).
#include "testsupport.h"

#include "psl/formatter.h"
#include "psl/parser.h"
#include "psl/relationcompletion_p.h"

#include <QFile>
#include <QStringDecoder>
#include <QTest>

using namespace strata;
using namespace strata::psl;

class TestFormatter : public QObject {
    Q_OBJECT
private slots:
    void goldens_data();
    void goldens();
    void folderGoldens_data();
    void folderGoldens();
    void camelCase_data();
    void camelCase();
    void plural_data();
    void plural();
    void singleFileFormatAddsNothing();
};

static QString formatDir()
{
    return tests::fixturesDir() + QStringLiteral("/format");
}

static QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

/// What `prisma format` would write for each file of the schema at `path` (a file or a folder).
static QList<QByteArray> formatPath(const QString &path, SourceSet *sourcesOut = nullptr)
{
    SourceSet sources;
    QString error;
    if (!SourceSet::load(path, sources, &error)) {
        qWarning() << error;
        return {};
    }
    Diagnostics diagnostics;
    const SchemaAst ast = Parser::parse(sources, diagnostics);
    QList<QByteArray> out;
    for (const QString &text : Formatter::format(ast, sources))
        out << text.toUtf8();
    if (sourcesOut)
        *sourcesOut = sources;
    return out;
}

static QByteArray formatBytes(const QByteArray &utf8)
{
    // Decoded as SourceSet::load does: a byte order mark stays a character.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    SourceSet sources;
    sources.add(SourceFile(QStringLiteral("schema.prisma"), decoder(utf8)));
    Diagnostics diagnostics;
    return Formatter::format(Parser::parse(sources, diagnostics), sources).front().toUtf8();
}

/// Where Prisma itself is not idempotent: a comment on a block's `}` line moves to the next line, and only
/// the second run puts a blank line before it. The `<name>_second_pass` goldens cover that second run.
static bool prismaIsIdempotentOn(const QString &name)
{
    return QFileInfo::exists(formatDir() + u'/' + name + QStringLiteral("_second_pass.input.prisma")) == false;
}

void TestFormatter::goldens_data()
{
    QTest::addColumn<QString>("name");
    const QStringList inputs = QDir(formatDir()).entryList({QStringLiteral("*.input.prisma")}, QDir::Files, QDir::Name);
    QVERIFY2(!inputs.isEmpty(), "no format goldens found");
    for (const QString &input : inputs) {
        const QString name = input.chopped(int(qstrlen(".input.prisma")));
        QTest::newRow(qPrintable(name)) << name;
    }
}

void TestFormatter::goldens()
{
    QFETCH(QString, name);
    const QString base = formatDir() + u'/' + name;
    const QByteArray expected = readBytes(base + QStringLiteral(".expected.prisma"));
    const QList<QByteArray> actual = formatPath(base + QStringLiteral(".input.prisma"));
    QCOMPARE(actual.size(), 1);
    QCOMPARE(actual.front(), expected);
    if (prismaIsIdempotentOn(name))
        QCOMPARE(formatBytes(expected), expected);
}

void TestFormatter::folderGoldens_data()
{
    QTest::addColumn<QString>("name");
    const QStringList inputs = QDir(formatDir()).entryList({QStringLiteral("*.input")}, QDir::Dirs, QDir::Name);
    for (const QString &input : inputs) {
        const QString name = input.chopped(int(qstrlen(".input")));
        QTest::newRow(qPrintable(name)) << name;
    }
}

void TestFormatter::folderGoldens()
{
    QFETCH(QString, name);
    const QString folder = formatDir() + u'/' + name + QStringLiteral(".input");
    SourceSet sources;
    const QList<QByteArray> files = formatPath(folder, &sources);
    QCOMPARE(files.size(), sources.size());
    // The oracle prints each file of a folder after a `// ==== ./<relative path>` line.
    QByteArray stdoutText;
    for (int i = 0; i < files.size(); ++i) {
        stdoutText += "// ==== ./" + QDir(folder).relativeFilePath(sources.file(i).path()).toUtf8() + '\n';
        stdoutText += files[i];
    }
    QCOMPARE(stdoutText, readBytes(formatDir() + u'/' + name + QStringLiteral(".expected.stdout")));
}

void TestFormatter::camelCase_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("pascal") << "UserProfile" << "userProfile";
    QTest::newRow("snake") << "API_Key" << "apiKey";
    QTest::newRow("acronym") << "HTTPRequest" << "httprequest";
    QTest::newRow("digit starts a word") << "Api2Key" << "api2Key";
    QTest::newRow("non-ascii kept") << "ÉCOLE" << "École";
}

void TestFormatter::camelCase()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(RelationCompletion::camelCase(name), expected);
}

void TestFormatter::plural_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("expected");
    // Checked against Prisma 7.10.1's back-relation field names.
    const char *const pairs[][2] = {{"mouse", "mice"},     {"person", "people"},   {"status", "statuses"},
                                    {"datum", "data"},     {"index", "indices"},   {"quiz", "quizzes"},
                                    {"ox", "oxen"},        {"child", "children"},  {"sheep", "sheep"},
                                    {"category", "categories"}, {"leaf", "leaves"}, {"cactus", "cacti"},
                                    {"chateau", "chateaus"}, {"userMouse", "userMouses"}, {"quy", "quies"},
                                    {"men", "mens"},       {"honey", "honey"},     {"hoof", "hooves"}};
    for (const auto &pair : pairs)
        QTest::newRow(pair[0]) << QString::fromLatin1(pair[0]) << QString::fromLatin1(pair[1]);
}

void TestFormatter::plural()
{
    QFETCH(QString, word);
    QFETCH(QString, expected);
    QCOMPARE(RelationCompletion::plural(word), expected);
}

void TestFormatter::singleFileFormatAddsNothing()
{
    // format(file, source) only lays out; relation completion needs the whole schema.
    const SourceFile source(QStringLiteral("s.prisma"),
                            QStringLiteral("model A {\n  id Int @id\n}\n\nmodel B {\n  id Int @id\n  a A @relation(fields: [aId], references: [id])\n  aId Int\n}\n"));
    Diagnostics diagnostics;
    const SchemaFile file = Parser::parseFile(source, 0, diagnostics);
    QVERIFY(!Formatter::format(file, source).contains(QStringLiteral("B[]")));
    QVERIFY(Formatter::formatText(source.text()).contains(QStringLiteral("bs B[]")));
}

QTEST_GUILESS_MAIN(TestFormatter)
#include "tst_formatter.moc"
