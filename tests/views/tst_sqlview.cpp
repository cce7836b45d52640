// SPDX-License-Identifier: GPL-3.0-or-later
// The read-only SQL view, and the highlighting of both build paths: KSyntaxHighlighting where KF6 is found
// (scripts/test --trixie), QScintilla's own lexers where it is not.
#include "editor/schemaeditor.h"
#include "editor/sqlview.h"

#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
#include "editor/ksyntaxlexer.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#endif

#include <Qsci/qscilexer.h>
#include <QApplication>
#include <QClipboard>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

using namespace strata::views;
using Dialect = SqlView::Dialect;

namespace {

const QString kSql = QStringLiteral(
    "-- CreateTable\n"
    "CREATE TABLE \"User\" (\n"
    "    id INTEGER NOT NULL,\n"
    "    email TEXT NOT NULL\n"
    ");\n");

int styleAt(QsciScintilla &editor, int position)
{
    editor.SendScintilla(QsciScintilla::SCI_COLOURISE, 0, -1);
    return int(editor.SendScintilla(QsciScintilla::SCI_GETSTYLEAT, position));
}

// Byte position of the first occurrence of needle (the texts here are ASCII).
int positionOf(const QsciScintilla &editor, const QString &needle)
{
    const int at = int(editor.text().indexOf(needle));
    Q_ASSERT(at >= 0);
    return at;
}

} // namespace

class TestSqlView : public QObject {
    Q_OBJECT
private slots:
    void showsSqlReadOnly();
    void copiesAll();
    void dialects_data();
    void dialects();
    void mysqlHashComments();
    void prismaHighlighting();
    void replacingSqlGivesTheNewText_data();
    void replacingSqlGivesTheNewText();
    void replacingSqlChangesOnlyTheDifference();
    void replacingSqlKeepsTheScrollPosition();
};

void TestSqlView::showsSqlReadOnly()
{
    SqlView view;
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setSql(kSql);
    QCOMPARE(view.sql(), kSql);
    QCOMPARE(view.text(), kSql);
    QCOMPARE(view.lines(), 6);
    QVERIFY(view.isReadOnly());

    // Typing changes nothing.
    view.setFocus();
    view.setCursorPosition(1, 0);
    QTest::keyClicks(view.viewport(), QStringLiteral("DROP "));
    QTest::keyClick(view.viewport(), Qt::Key_Backspace);
    QTest::keyClick(view.viewport(), Qt::Key_Delete);
    QCOMPARE(view.sql(), kSql);

    // Replacing the SQL keeps it read-only.
    view.setSql(QStringLiteral("SELECT 1;"));
    QCOMPARE(view.sql(), QStringLiteral("SELECT 1;"));
    QVERIFY(view.isReadOnly());
}

void TestSqlView::copiesAll()
{
    SqlView view;
    view.setSql(kSql);
    view.setSelection(1, 0, 1, 6);
    view.copy();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("CREATE"));
    view.copyAll();
    QCOMPARE(QApplication::clipboard()->text(), kSql);
}

void TestSqlView::dialects_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("definition");
    QTest::newRow("postgresql") << Dialect::PostgreSql << QStringLiteral("SQL (PostgreSQL)");
    // KF6 6.13 has no SQLite definition; the generic one stands in until there is.
    QTest::newRow("sqlite") << Dialect::Sqlite << QStringLiteral("SQL");
    QTest::newRow("mysql") << Dialect::MySql << QStringLiteral("SQL (MySQL)");
}

void TestSqlView::dialects()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, definition);

    SqlView view;
    view.setSql(kSql);
    // Switch away and back, so every row also exercises a switch.
    view.setDialect(dialect == Dialect::MySql ? Dialect::Sqlite : Dialect::MySql);
    view.setDialect(dialect);
    QCOMPARE(view.dialect(), dialect);
    QCOMPARE(view.sql(), kSql);
    QVERIFY(view.isReadOnly());

#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
    QVERIFY(SqlView::usesKSyntaxHighlighting());
    const QString language = QString::fromUtf8(view.lexer()->language());
    if (dialect == Dialect::Sqlite && language == QStringLiteral("SQLite"))
        definition = language;
    QCOMPARE(language, definition);
    QVERIFY2(KSyntaxLexer::repository().definitionForName(definition).isValid(), qPrintable(definition));
#else
    QVERIFY(!SqlView::usesKSyntaxHighlighting());
    QCOMPARE(QByteArray(view.lexer()->language()), QByteArray("SQL"));
#endif

    // A keyword is highlighted unlike an identifier, and a comment unlike both.
    const int keyword = styleAt(view, positionOf(view, QStringLiteral("CREATE")));
    const int identifier = styleAt(view, positionOf(view, QStringLiteral("email")));
    const int comment = styleAt(view, positionOf(view, QStringLiteral("CreateTable")));
    QCOMPARE(styleAt(view, positionOf(view, QStringLiteral("TABLE"))), keyword);
    QVERIFY2(keyword != identifier, qPrintable(QStringLiteral("keyword %1, identifier %2").arg(keyword).arg(identifier)));
    QVERIFY(comment != keyword && comment != identifier);
    QVERIFY(view.lexer()->color(keyword) != view.lexer()->color(identifier));
    QVERIFY(view.lexer()->color(comment) != view.lexer()->color(identifier));
}

void TestSqlView::mysqlHashComments()
{
    // `#` starts a comment in MySQL only.
    const QString sql = QStringLiteral("-- a\n# b\nSELECT 1;\n");
    SqlView view;
    view.setSql(sql);
    view.setDialect(Dialect::MySql);
    const auto colorAt = [&](int position) { return view.lexer()->color(styleAt(view, position)); };
    const int hash = positionOf(view, QStringLiteral("# b")) + 2;
    const int select = positionOf(view, QStringLiteral("SELECT"));
    QCOMPARE(colorAt(hash), colorAt(0));
    QVERIFY(colorAt(select) != colorAt(0));
    view.setDialect(Dialect::PostgreSql);
    QVERIFY(colorAt(hash) != colorAt(0));
}

void TestSqlView::prismaHighlighting()
{
#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
    // Strata's definition (resources/syntax/prisma.xml) is found next to KDE's.
    const auto prisma = KSyntaxLexer::repository().definitionForName(QStringLiteral("Prisma"));
    QVERIFY(prisma.isValid());
    QCOMPARE(prisma.name(), QStringLiteral("Prisma"));
    QVERIFY(KSyntaxLexer::repository().definitionForFileName(QStringLiteral("schema.prisma")).isValid());
#endif
    SchemaEditor editor;
    editor.setText(QStringLiteral("/// A user\nmodel User {\n  id    Int    @id @default(autoincrement())\n"
                                  "  name  String // display\n  @@map(\"users\")\n}\n"));
    const QString text = editor.text();
    const auto style = [&](const QString &needle, int skip = 0) {
        return styleAt(editor, int(text.indexOf(needle)) + skip);
    };
    const int keyword = style(QStringLiteral("model"));
    const int type = style(QStringLiteral("Int"));
    const int attribute = style(QStringLiteral("@id"));
    const int field = style(QStringLiteral("name"));
    const int comment = style(QStringLiteral("// display"));
    const int docComment = style(QStringLiteral("/// A user"));
    QCOMPARE(style(QStringLiteral("String")), type);
    QCOMPARE(style(QStringLiteral("@@map")), attribute);
    QCOMPARE(style(QStringLiteral("@default"), 1), attribute);
    QCOMPARE(style(QStringLiteral("\"users\"")), style(QStringLiteral("\"users\""), 3));
    const QList<int> distinct = {keyword, type, attribute, field, comment, docComment};
    for (int i = 0; i < distinct.size(); ++i)
        for (int j = i + 1; j < distinct.size(); ++j)
            QVERIFY2(distinct[i] != distinct[j], qPrintable(QStringLiteral("styles %1 and %2 are both %3").arg(i).arg(j).arg(distinct[i])));
    // Blocks fold.
    editor.SendScintilla(QsciScintilla::SCI_COLOURISE, 0, -1);
    QVERIFY(editor.SendScintilla(QsciScintilla::SCI_GETFOLDLEVEL, 1) & QsciScintilla::SC_FOLDLEVELHEADERFLAG);
}

namespace {

/// What Scintilla reported changing: a removal or an insertion of length bytes at position.
struct TextChange {
    bool inserted = false;
    int position = 0;
    int length = 0;
};

/// Records the insertions and removals the editor makes from now on (for as long as the editor lives).
std::shared_ptr<const std::vector<TextChange>> recordChanges(QsciScintilla &editor)
{
    auto changes = std::make_shared<std::vector<TextChange>>();
    QObject::connect(&editor, &QsciScintillaBase::SCN_MODIFIED, &editor,
                     [changes](int position, int type, const char *, int length, int, int, int, int, int, int) {
                         if (type & QsciScintillaBase::SC_MOD_INSERTTEXT)
                             changes->push_back({true, position, length});
                         else if (type & QsciScintillaBase::SC_MOD_DELETETEXT)
                             changes->push_back({false, position, length});
                     });
    return changes;
}

/// A migration script of `statements` CREATE TABLE statements, each on five lines.
QString scriptOf(int statements)
{
    QString sql;
    for (int i = 0; i < statements; ++i)
        sql += QStringLiteral("-- CreateTable\nCREATE TABLE \"T%1\" (\n    id INTEGER NOT NULL,\n    name TEXT NOT NULL\n);\n").arg(i);
    return sql;
}

} // namespace

void TestSqlView::replacingSqlGivesTheNewText_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    const QString createUser = QStringLiteral("CREATE TABLE \"User\" (id INTEGER NOT NULL);\n");
    const QString createPost = QStringLiteral("CREATE TABLE \"Post\" (id INTEGER NOT NULL);\n");
    const QString createTag = QStringLiteral("CREATE TABLE \"Tag\" (id INTEGER NOT NULL);\n");
    const QString dropTag = QStringLiteral("DROP TABLE \"Tag\";\n");
    const QString three = createUser + createPost + createTag;
    QTest::newRow("one statement in the middle") << three << createUser + QStringLiteral("CREATE TABLE \"Post\" (id BIGINT NOT NULL);\n") + createTag;
    QTest::newRow("statement inserted in the middle") << three << createUser + createPost + dropTag + createTag;
    QTest::newRow("statement removed from the middle") << three << createUser + createTag;
    QTest::newRow("change at the start") << three << QStringLiteral("-- Renamed\n") + createPost + createTag;
    QTest::newRow("first character") << three << QStringLiteral("c") + three.mid(1);
    QTest::newRow("change at the end") << three << createUser + createPost + dropTag;
    QTest::newRow("last character") << three << three.chopped(1) + u';';
    QTest::newRow("appended") << three << three + dropTag;
    QTest::newRow("shrink to empty") << three << QString();
    QTest::newRow("grow from empty") << QString() << three;
    QTest::newRow("identical") << three << three;
    QTest::newRow("empty to empty") << QString() << QString();
    QTest::newRow("everything different") << three << QStringLiteral("SELECT 1;");
    // Repeats: the common beginning and end overlap.
    QTest::newRow("repeat shortened") << QStringLiteral("abcabc") << QStringLiteral("abc");
    QTest::newRow("repeat lengthened") << QStringLiteral("aa") << QStringLiteral("aaaa");
    QTest::newRow("middle of a repeat") << QStringLiteral("a;a;a;") << QStringLiteral("a;a;");
    // UTF-8: the changed characters share their first byte, or their last byte, with the old ones.
    QTest::newRow("same lead byte") << QStringLiteral("-- caf\u00e9\nSELECT 1;\n") << QStringLiteral("-- caf\u00e8\nSELECT 1;\n");
    QTest::newRow("same last byte") << QStringLiteral("-- \u00e9t\u00e9\n") << QStringLiteral("-- \u0129t\u00e9\n");
    QTest::newRow("four-byte characters") << QStringLiteral("-- \U0001F600 x \U0001F600\n") << QStringLiteral("-- \U0001F601 x \U0001F600\n");
    QTest::newRow("multi-byte to ASCII") << QStringLiteral("COMMENT '\u00e4\u00f6\u00fc';") << QStringLiteral("COMMENT 'aou';");
}

void TestSqlView::replacingSqlGivesTheNewText()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    SqlView view;
    view.setSql(before);
    QCOMPARE(view.sql(), before);
    const auto changes = recordChanges(view);
    view.setSql(after);
    QCOMPARE(view.sql(), after);
    // Whole characters are taken out and put in: a change never starts or ends inside a UTF-8 sequence.
    const QByteArray beforeBytes = before.toUtf8();
    const QByteArray afterBytes = after.toUtf8();
    const auto startsCharacter = [](const QByteArray &bytes, int position) {
        return position >= bytes.size() || (uchar(bytes[position]) & 0xC0) != 0x80;
    };
    for (const TextChange &change : *changes) {
        const QByteArray &bytes = change.inserted ? afterBytes : beforeBytes;
        QVERIFY2(startsCharacter(bytes, change.position), qPrintable(QString::number(change.position)));
        QVERIFY2(startsCharacter(bytes, change.position + change.length), qPrintable(QString::number(change.position + change.length)));
    }
    if (before == after)
        QVERIFY(changes->empty());
    QCOMPARE(int(view.SendScintilla(QsciScintilla::SCI_GETLENGTH)), int(after.toUtf8().size()));
    QCOMPARE(view.lines(), int(after.count(u'\n')) + 1);
    QVERIFY(view.isReadOnly());
    // Once more with the same text, and back: the view follows each time.
    view.setSql(after);
    QCOMPARE(view.sql(), after);
    view.setSql(before);
    QCOMPARE(view.sql(), before);
}

void TestSqlView::replacingSqlChangesOnlyTheDifference()
{
    const QString before = scriptOf(50);
    QString after = before;
    const QString oldColumn = QStringLiteral("CREATE TABLE \"T25\" (\n    id INTEGER");
    const qsizetype changedAt = after.indexOf(oldColumn);
    QVERIFY(changedAt > 0);
    after.replace(oldColumn, QStringLiteral("CREATE TABLE \"T25\" (\n    id BIGINT"));
    const int changeStart = int(changedAt + oldColumn.indexOf(QStringLiteral("INTEGER")));

    SqlView view;
    view.setSql(before);
    const auto changes = recordChanges(view);
    view.setSql(after);
    QCOMPARE(view.sql(), after);
    // Only the changed word was taken out and put in, not the whole script.
    QVERIFY(!changes->empty());
    int removed = 0;
    int inserted = 0;
    for (const TextChange &change : *changes) {
        QVERIFY2(change.position >= changeStart, qPrintable(QString::number(change.position)));
        (change.inserted ? inserted : removed) += change.length;
    }
    QVERIFY2(removed <= int(QStringLiteral("INTEGER").size()), qPrintable(QString::number(removed)));
    QVERIFY2(inserted <= int(QStringLiteral("BIGINT").size()), qPrintable(QString::number(inserted)));

    // The same text again changes nothing at all.
    const size_t reported = changes->size();
    QSignalSpy textChanged(&view, &QsciScintilla::textChanged);
    view.setSql(after);
    QCOMPARE(changes->size(), reported);
    QCOMPARE(textChanged.count(), 0);
}

void TestSqlView::replacingSqlKeepsTheScrollPosition()
{
    const QString before = scriptOf(400);
    SqlView view;
    view.resize(600, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setSql(before);
    view.setFirstVisibleLine(1000);
    QCOMPARE(view.firstVisibleLine(), 1000);

    // A statement near the end changes: what is shown above it stays where it is.
    QString after = before;
    after.replace(QStringLiteral("\"T390\""), QStringLiteral("\"Renamed\""));
    view.setSql(after);
    QCOMPARE(view.sql(), after);
    QCOMPARE(view.firstVisibleLine(), 1000);
}

QTEST_MAIN(TestSqlView)
#include "tst_sqlview.moc"
