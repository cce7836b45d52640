// SPDX-License-Identifier: GPL-3.0-or-later
// Section 4 on SQLite: every generated script (the RedefineTables procedure included) runs on a real
// SQLite, and from-empty(A) followed by diff(A -> B) gives the same database as from-empty(B). A fresh
// in-memory database per case; catalogs from SQLite's PRAGMAs (tests/integration/catalog.h).
#include "integration/catalog.h"
#include "integration/scriptcases.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace strata;

namespace {

/// Prisma (7.10.1, the oracle) writes a Json default on SQLite unquoted (`"j" JSONB DEFAULT {"a": 1}`),
/// which SQLite refuses ("unrecognized token"); Strata writes the same bytes. To check the rest of such a
/// migration, the defaults are quoted as SQLite needs them and the run is counted as a Prisma defect.
QString quoteJsonDefaults(QString script)
{
    static const QRegularExpression objectDefault(QStringLiteral(R"((JSONB(?: NOT NULL)? DEFAULT )(\{.*\})(,?)$)"),
                                                  QRegularExpression::MultilineOption);
    QString out;
    qsizetype last = 0;
    auto it = objectDefault.globalMatch(script);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += script.mid(last, m.capturedStart(2) - last);
        out += u'\'' + m.captured(2).replace(u'\'', QStringLiteral("''")) + u'\'';
        last = m.capturedEnd(2);
    }
    return out + script.mid(last);
}

} // namespace

class TestExecutabilitySqlite : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void pairs_data();
    void pairs();
    void corpus_data();
    void corpus();

private:
    bool build(const QStringList &scripts, QStringList *catalog, QString *error);
    /// build(), again with quoteJsonDefaults() when the scripts fail on Prisma's unquoted Json defaults.
    bool buildAroundPrismaDefects(QStringList scripts, QStringList *catalog, QString *error);

    QElapsedTimer m_timer;
    int m_databases = 0;
    int m_unquotedJsonDefaults = 0;
};

void TestExecutabilitySqlite::initTestCase()
{
    m_timer.start();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        QSKIP("The Qt SQLite driver (QSQLITE) is not installed.");
}

void TestExecutabilitySqlite::cleanupTestCase()
{
    qInfo("%d databases in %.1f s; %d cases ran again with their Json defaults quoted (Prisma's unquoted "
          "Json default on SQLite)", m_databases, double(m_timer.elapsed()) / 1000.0, m_unquotedJsonDefaults);
}

bool TestExecutabilitySqlite::build(const QStringList &scripts, QStringList *catalog, QString *error)
{
    ++m_databases;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("case"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        ok = db.open();
        if (!ok)
            *error = db.lastError().text();
        // Prisma's engine opens SQLite with foreign keys on; the redefine procedure relies on switching them.
        if (ok)
            QSqlQuery(db).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        for (int i = 0; ok && i < scripts.size(); ++i) {
            QString why;
            if (!tests::runScript(db, sql::Dialect::Sqlite, scripts.at(i), &why)) {
                *error = QStringLiteral("script %1 of %2: %3").arg(i + 1).arg(scripts.size()).arg(why);
                ok = false;
            }
        }
        if (ok) {
            QSqlQuery check(db);
            if (check.exec(QStringLiteral("PRAGMA foreign_key_check")) && check.next()) {
                *error = QStringLiteral("PRAGMA foreign_key_check reports table %1").arg(check.value(0).toString());
                ok = false;
            }
        }
        if (ok && catalog) {
            *catalog = tests::withoutColumnOrder(tests::sqliteCatalogLines(db, error));
            ok = error->isEmpty();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("case"));
    return ok;
}

bool TestExecutabilitySqlite::buildAroundPrismaDefects(QStringList scripts, QStringList *catalog, QString *error)
{
    if (build(scripts, catalog, error))
        return true;
    if (!error->contains(QStringLiteral("unrecognized token: \"{\"")))
        return false;
    for (QString &script : scripts)
        script = quoteJsonDefaults(script);
    ++m_unquotedJsonDefaults;
    error->clear();
    return build(scripts, catalog, error);
}

void TestExecutabilitySqlite::pairs_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    const std::vector<tests::ScriptCase> cases = tests::goldenPairs(sql::Dialect::Sqlite);
    QVERIFY(cases.size() >= 150);
    for (const tests::ScriptCase &c : cases)
        QTest::newRow(qPrintable(c.name)) << c.from << c.to;
}

void TestExecutabilitySqlite::pairs()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QString error;
    const std::optional<sql::SqlSchema> a = tests::sqlSchemaOf(from, sql::Dialect::Sqlite, &error);
    QVERIFY2(a, qPrintable(error));
    const std::optional<sql::SqlSchema> b = tests::sqlSchemaOf(to, sql::Dialect::Sqlite, &error);
    QVERIFY2(b, qPrintable(error));
    sql::SqlSchema empty;
    empty.dialect = sql::Dialect::Sqlite;

    QStringList migrated;
    QVERIFY2(buildAroundPrismaDefects({tests::migrationScript(empty, *a), tests::migrationScript(*a, *b)}, &migrated, &error), qPrintable(error));
    QStringList direct;
    QVERIFY2(buildAroundPrismaDefects({tests::migrationScript(empty, *b)}, &direct, &error), qPrintable(error));
    const QStringList differences = tests::lineDifferences(direct, migrated);
    QVERIFY2(differences.isEmpty(), qPrintable(QStringLiteral("from-empty(A) + diff(A -> B) differs from from-empty(B) "
                                                               "(- only in from-empty(B), + only in the migrated one):\n")
                                               + differences.join(u'\n')));
}

void TestExecutabilitySqlite::corpus_data()
{
    QTest::addColumn<QString>("schema");
    const std::vector<tests::ScriptCase> cases = tests::corpusLatestSchemas(sql::Dialect::Sqlite);
    if (cases.empty())
        QSKIP("The shared corpus (../shared/corpus beside the checkout) is not there.");
    for (const tests::ScriptCase &c : cases)
        QTest::newRow(qPrintable(c.name)) << c.to;
}

void TestExecutabilitySqlite::corpus()
{
    QFETCH(QString, schema);
    QString error;
    const std::optional<sql::SqlSchema> s = tests::sqlSchemaOf(schema, sql::Dialect::Sqlite, &error);
    QVERIFY2(s, qPrintable(error));
    sql::SqlSchema empty;
    empty.dialect = sql::Dialect::Sqlite;
    QVERIFY2(buildAroundPrismaDefects({tests::migrationScript(empty, *s)}, nullptr, &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestExecutabilitySqlite)
#include "tst_executability_sqlite.moc"
