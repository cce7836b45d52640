// SPDX-License-Identifier: GPL-3.0-or-later
// Section 4 on PostgreSQL: every generated script runs on a real server, and from-empty(A) followed by
// diff(A -> B) gives the same database as from-empty(B). One throwaway server for the run, a fresh database
// per case (two databases emptied to the state of a fresh one before each case: CREATE DATABASE costs about a
// second here); catalogs are compared with tests/integration/catalog.h, column order and enum value order
// aside (ADD COLUMN and ALTER TYPE ... ADD VALUE append, as with Prisma).
#include "integration/catalog.h"
#include "integration/scriptcases.h"
#include "integration/throwawaypostgres.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace strata;

class TestExecutabilityPostgres : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void pairs_data();
    void pairs();
    void corpus_data();
    void corpus();

private:
    /// A fresh database with `scripts` applied, and its catalog lines; false with `error` set.
    bool build(const QString &database, const QStringList &scripts, QStringList *catalog, QString *error);

    tests::ThrowawayPostgres m_server;
    QElapsedTimer m_timer;
    int m_databases = 0;
};

void TestExecutabilityPostgres::initTestCase()
{
    m_timer.start();
    QString error;
    if (!m_server.start(&error))
        QSKIP(qPrintable(error));
    for (const QString &name : {QStringLiteral("exec_migrated"), QStringLiteral("exec_direct")}) {
        QVERIFY2(m_server.createDatabase(name, &error), qPrintable(error));
        QSqlDatabase db = m_server.open(name, name, &error);
        QVERIFY2(db.isOpen(), qPrintable(error));
    }
}

void TestExecutabilityPostgres::cleanupTestCase()
{
    QSqlDatabase::removeDatabase(QStringLiteral("exec_migrated"));
    QSqlDatabase::removeDatabase(QStringLiteral("exec_direct"));
    m_server.stop();
    qInfo("%d databases in %.1f s", m_databases, double(m_timer.elapsed()) / 1000.0);
}

bool TestExecutabilityPostgres::build(const QString &database, const QStringList &scripts, QStringList *catalog, QString *error)
{
    ++m_databases;
    QSqlDatabase db = QSqlDatabase::database(database);
    if (!tests::ThrowawayPostgres::resetDatabase(db, error))
        return false;
    // Types of extensions a schema uses without declaring them (no postgresqlExtensions): the project's
    // database has them, as Prisma assumes.
    const QString all = scripts.join(u'\n');
    if (!all.contains(QStringLiteral("CREATE EXTENSION"))) {
        if (all.contains(QStringLiteral("CITEXT")))
            QSqlQuery(db).exec(QStringLiteral("CREATE EXTENSION citext"));
        if (all.contains(QStringLiteral("_trgm_ops")))
            QSqlQuery(db).exec(QStringLiteral("CREATE EXTENSION pg_trgm"));
    }
    for (int i = 0; i < scripts.size(); ++i) {
        QString why;
        if (!tests::runScript(db, sql::Dialect::PostgreSql, scripts.at(i), &why)) {
            *error = QStringLiteral("script %1 of %2: %3").arg(i + 1).arg(scripts.size()).arg(why);
            return false;
        }
    }
    if (catalog) {
        *catalog = tests::withoutEnumOrder(tests::withoutColumnOrder(tests::postgresCatalogLines(db, error)));
        return error->isEmpty();
    }
    return true;
}

void TestExecutabilityPostgres::pairs_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    const std::vector<tests::ScriptCase> cases = tests::goldenPairs(sql::Dialect::PostgreSql);
    QVERIFY(cases.size() >= 200);
    for (const tests::ScriptCase &c : cases)
        QTest::newRow(qPrintable(c.name)) << c.from << c.to;
}

void TestExecutabilityPostgres::pairs()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QString error;
    const std::optional<sql::SqlSchema> a = tests::sqlSchemaOf(from, sql::Dialect::PostgreSql, &error);
    QVERIFY2(a, qPrintable(error));
    const std::optional<sql::SqlSchema> b = tests::sqlSchemaOf(to, sql::Dialect::PostgreSql, &error);
    QVERIFY2(b, qPrintable(error));
    sql::SqlSchema empty;
    empty.dialect = sql::Dialect::PostgreSql;

    QStringList migrated;
    QVERIFY2(build(QStringLiteral("exec_migrated"), {tests::migrationScript(empty, *a), tests::migrationScript(*a, *b)}, &migrated, &error), qPrintable(error));
    QStringList direct;
    QVERIFY2(build(QStringLiteral("exec_direct"), {tests::migrationScript(empty, *b)}, &direct, &error), qPrintable(error));
    const QStringList differences = tests::lineDifferences(direct, migrated);
    QVERIFY2(differences.isEmpty(), qPrintable(QStringLiteral("from-empty(A) + diff(A -> B) differs from from-empty(B) "
                                                               "(- only in from-empty(B), + only in the migrated one):\n")
                                               + differences.join(u'\n')));
}

void TestExecutabilityPostgres::corpus_data()
{
    QTest::addColumn<QString>("schema");
    const std::vector<tests::ScriptCase> cases = tests::corpusLatestSchemas(sql::Dialect::PostgreSql);
    if (cases.empty())
        QSKIP("The shared corpus (../shared/corpus beside the checkout) is not there.");
    for (const tests::ScriptCase &c : cases)
        QTest::newRow(qPrintable(c.name)) << c.to;
}

void TestExecutabilityPostgres::corpus()
{
    QFETCH(QString, schema);
    QString error;
    const std::optional<sql::SqlSchema> s = tests::sqlSchemaOf(schema, sql::Dialect::PostgreSql, &error);
    QVERIFY2(s, qPrintable(error));
    sql::SqlSchema empty;
    empty.dialect = sql::Dialect::PostgreSql;
    QVERIFY2(build(QStringLiteral("exec_direct"), {tests::migrationScript(empty, *s)}, nullptr, &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestExecutabilityPostgres)
#include "tst_executability_postgres.moc"
