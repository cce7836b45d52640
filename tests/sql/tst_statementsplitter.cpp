// SPDX-License-Identifier: GPL-3.0-or-later
#include "sql/statementsplitter.h"

#include <QTest>

using namespace strata;
using sql::Dialect;
using sql::Statement;

Q_DECLARE_METATYPE(strata::sql::Dialect)

class TestStatementSplitter : public QObject {
    Q_OBJECT
private slots:
    void split_data();
    void split();
    void lines();
    void unterminated_data();
    void unterminated();
};

void TestStatementSplitter::split_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("expected");

    const auto pg = Dialect::PostgreSql;
    const auto sqlite = Dialect::Sqlite;
    const auto mysql = Dialect::MySql;

    QTest::newRow("two statements") << pg << QStringLiteral("CREATE TABLE a (x INT);\nDROP TABLE b;")
                                    << QStringList{QStringLiteral("CREATE TABLE a (x INT)"), QStringLiteral("DROP TABLE b")};
    QTest::newRow("no final semicolon") << pg << QStringLiteral("SELECT 1;\nSELECT 2\n")
                                        << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
    QTest::newRow("empty statements and comments only") << pg << QStringLiteral(";;\n-- nothing\n/* here */ ;")
                                                        << QStringList{};
    QTest::newRow("leading comments are not part of the statement")
        << pg << QStringLiteral("-- CreateTable\nCREATE TABLE a (x INT);")
        << QStringList{QStringLiteral("CREATE TABLE a (x INT)")};
    QTest::newRow("semicolon in a string") << pg << QStringLiteral("INSERT INTO t VALUES ('a;b'); SELECT 2;")
                                           << QStringList{QStringLiteral("INSERT INTO t VALUES ('a;b')"), QStringLiteral("SELECT 2")};
    QTest::newRow("doubled quote in a string") << pg << QStringLiteral("SELECT 'it''s; fine'; SELECT 2;")
                                               << QStringList{QStringLiteral("SELECT 'it''s; fine'"), QStringLiteral("SELECT 2")};
    QTest::newRow("E string with backslash escape") << pg << QStringLiteral("SELECT E'a\\';b'; SELECT 2;")
                                                    << QStringList{QStringLiteral("SELECT E'a\\';b'"), QStringLiteral("SELECT 2")};
    QTest::newRow("semicolon in a quoted identifier") << pg << QStringLiteral("CREATE TABLE \"a;b\" (x INT); SELECT 2;")
                                                      << QStringList{QStringLiteral("CREATE TABLE \"a;b\" (x INT)"), QStringLiteral("SELECT 2")};
    QTest::newRow("semicolon in a line comment") << pg << QStringLiteral("SELECT 1 -- a; b\n; SELECT 2;")
                                                 << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
    QTest::newRow("nested block comment (PostgreSQL)")
        << pg << QStringLiteral("/* a /* b; */ c; */ SELECT 1; SELECT 2;")
        << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
    QTest::newRow("block comments do not nest in SQLite")
        << sqlite << QStringLiteral("/* a /* b */ SELECT 1; SELECT 2;")
        << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
    QTest::newRow("dollar quoting") << pg
                                    << QStringLiteral("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql; SELECT 2;")
                                    << QStringList{QStringLiteral("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql"),
                                                   QStringLiteral("SELECT 2")};
    QTest::newRow("tagged dollar quoting with $$ inside")
        << pg << QStringLiteral("DO $body$ BEGIN EXECUTE $$x;$$; END $body$; SELECT 2;")
        << QStringList{QStringLiteral("DO $body$ BEGIN EXECUTE $$x;$$; END $body$"), QStringLiteral("SELECT 2")};
    QTest::newRow("DO block without final semicolon")
        << pg << QStringLiteral("DO $$\nBEGIN\n  PERFORM 1;\nEND $$")
        << QStringList{QStringLiteral("DO $$\nBEGIN\n  PERFORM 1;\nEND $$")};
    QTest::newRow("positional parameter is not a dollar quote")
        << pg << QStringLiteral("PREPARE p AS SELECT $1; SELECT 2;")
        << QStringList{QStringLiteral("PREPARE p AS SELECT $1"), QStringLiteral("SELECT 2")};
    QTest::newRow("transaction BEGIN is a statement")
        << pg << QStringLiteral("BEGIN;\nCREATE TYPE \"R\" AS ENUM ('a');\nCOMMIT;")
        << QStringList{QStringLiteral("BEGIN"), QStringLiteral("CREATE TYPE \"R\" AS ENUM ('a')"), QStringLiteral("COMMIT")};
    QTest::newRow("PostgreSQL BEGIN ATOMIC body")
        << pg << QStringLiteral("CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END; SELECT 3;")
        << QStringList{QStringLiteral("CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END"),
                       QStringLiteral("SELECT 3")};
    QTest::newRow("SQLite trigger body")
        << sqlite
        << QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE a SET x = CASE WHEN 1 THEN 2 END;\n  DELETE FROM b;\nEND;\nSELECT 1;")
        << QStringList{QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE a SET x = CASE WHEN 1 THEN 2 END;\n  DELETE FROM b;\nEND"),
                       QStringLiteral("SELECT 1")};
    QTest::newRow("SQLite bracket and backtick identifiers")
        << sqlite << QStringLiteral("CREATE TABLE [a;b] (`c;d` TEXT); SELECT 1;")
        << QStringList{QStringLiteral("CREATE TABLE [a;b] (`c;d` TEXT)"), QStringLiteral("SELECT 1")};
    QTest::newRow("MySQL backslash escapes and hash comments")
        << mysql << QStringLiteral("INSERT INTO t VALUES ('a\\';b', \"c;d\"); # x; y\nSELECT 1;")
        << QStringList{QStringLiteral("INSERT INTO t VALUES ('a\\';b', \"c;d\")"), QStringLiteral("SELECT 1")};
    QTest::newRow("MySQL needs a space after --")
        << mysql << QStringLiteral("SELECT 1--2;\nSELECT 2;")
        << QStringList{QStringLiteral("SELECT 1--2"), QStringLiteral("SELECT 2")};
    QTest::newRow("MySQL procedure with nested blocks")
        << mysql
        << QStringLiteral("CREATE PROCEDURE p() BEGIN IF 1 THEN SELECT 1; END IF; BEGIN SELECT 2; END; END; SELECT 3;")
        << QStringList{QStringLiteral("CREATE PROCEDURE p() BEGIN IF 1 THEN SELECT 1; END IF; BEGIN SELECT 2; END; END"),
                       QStringLiteral("SELECT 3")};
    QTest::newRow("a column named trigger is no routine")
        << pg << QStringLiteral("CREATE TABLE a (trigger TEXT); SELECT 1;")
        << QStringList{QStringLiteral("CREATE TABLE a (trigger TEXT)"), QStringLiteral("SELECT 1")};
}

void TestStatementSplitter::split()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, script);
    QFETCH(QStringList, expected);
    QStringList texts;
    for (const Statement &s : sql::StatementSplitter(dialect).split(script)) {
        QCOMPARE(s.problem, Statement::Problem::None);
        texts << s.text;
    }
    QCOMPARE(texts, expected);
}

void TestStatementSplitter::lines()
{
    const QString script = QStringLiteral("-- header\n\nCREATE TABLE a (\n  x INT\n);\n  DROP TABLE a; SELECT 1;\n/* c\n */ SELECT\n2;");
    const std::vector<Statement> statements = sql::StatementSplitter(Dialect::PostgreSql).split(script);
    QCOMPARE(int(statements.size()), 4);
    QCOMPARE(statements[0].line, 3);
    QCOMPARE(statements[0].column, 1);
    QCOMPARE(statements[0].endLine, 5);
    QCOMPARE(statements[1].line, 6);
    QCOMPARE(statements[1].column, 3);
    QCOMPARE(statements[2].line, 6);
    QCOMPARE(statements[2].column, 17);
    QCOMPARE(statements[3].line, 8);
    QCOMPARE(statements[3].endLine, 9);
    QCOMPARE(script.mid(statements[1].offset, statements[1].text.size()), statements[1].text);
}

void TestStatementSplitter::unterminated_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<Statement::Problem>("problem");
    QTest::newRow("string") << QStringLiteral("SELECT 1; SELECT 'abc") << Statement::Problem::UnterminatedString;
    QTest::newRow("identifier") << QStringLiteral("SELECT 1; SELECT \"abc") << Statement::Problem::UnterminatedIdentifier;
    QTest::newRow("comment") << QStringLiteral("SELECT 1; SELECT 2 /* abc") << Statement::Problem::UnterminatedComment;
    QTest::newRow("dollar quote") << QStringLiteral("SELECT 1; DO $$ BEGIN") << Statement::Problem::UnterminatedDollarQuote;
    QTest::newRow("block") << QStringLiteral("SELECT 1; CREATE FUNCTION f() RETURNS int BEGIN ATOMIC SELECT 1;")
                           << Statement::Problem::UnterminatedBlock;
}

void TestStatementSplitter::unterminated()
{
    QFETCH(QString, script);
    QFETCH(Statement::Problem, problem);
    const std::vector<Statement> statements = sql::StatementSplitter(Dialect::PostgreSql).split(script);
    QCOMPARE(int(statements.size()), 2);
    QCOMPARE(statements[0].problem, Statement::Problem::None);
    QCOMPARE(statements[1].problem, problem);
}

QTEST_GUILESS_MAIN(TestStatementSplitter)
#include "tst_statementsplitter.moc"
