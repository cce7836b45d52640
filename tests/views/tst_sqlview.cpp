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
#include <QTest>

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

QTEST_MAIN(TestSqlView)
#include "tst_sqlview.moc"
