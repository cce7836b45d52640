// SPDX-License-Identifier: GPL-3.0-or-later
// Cross-checks the offline replayer against a real PostgreSQL: every postgresql corpus project's migrations
// are applied to a fresh database on a throwaway server (scripts/pg-throwaway), the catalog is read back
// with a query of this test's own, and both are compared as sorted lines. Differences are reported per
// project; the ones that are explained (what the replayer warns it cannot follow) are listed in
// knownDifferences() below, everything else fails the test.
#include "integration/catalog.h"
#include "integration/throwawaypostgres.h"
#include "testsupport.h"

#include "migrate/migrationsfolder.h"
#include "sql/migrationreplayer.h"
#include "sql/statementsplitter.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace strata;

class TestReplayVsPostgres : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void project_data();
    void project();

private:
    /// Applies `migration` to the database; false with `error` set when PostgreSQL refuses it.
    bool apply(QSqlDatabase &db, const migrate::Migration &migration, QString *error);

    tests::ThrowawayPostgres m_server;
    int m_databases = 0;
};

void TestReplayVsPostgres::initTestCase()
{
    QString error;
    if (!m_server.start(&error))
        QSKIP(qPrintable(error));
}

void TestReplayVsPostgres::cleanupTestCase()
{
    m_server.stop();
}

void TestReplayVsPostgres::project_data()
{
    QTest::addColumn<QString>("folder");
    const QString root = tests::corpusDir();
    if (root.isEmpty())
        QSKIP("The shared corpus (../shared/corpus beside the checkout) is not there; nothing to check.");
    int count = 0;
    const QStringList projects = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &project : projects) {
        const QString folder = QDir(root).filePath(project + QStringLiteral("/migrations"));
        if (!QDir(folder).exists())
            continue;
        if (migrate::MigrationsFolder::read(folder).dialect() != sql::Dialect::PostgreSql)
            continue;
        QTest::newRow(qPrintable(project)) << folder;
        ++count;
    }
    QVERIFY2(count > 0, "the corpus has no postgresql project");
}

bool TestReplayVsPostgres::apply(QSqlDatabase &db, const migrate::Migration &migration, QString *error)
{
    // Statement by statement, so that an error in any of them is seen; in one transaction like Prisma,
    // except where a statement cannot run in one (CREATE INDEX CONCURRENTLY).
    const std::vector<sql::Statement> statements = sql::StatementSplitter(sql::Dialect::PostgreSql).split(migration.scriptText());
    static const QRegularExpression concurrently(QStringLiteral("\\bCONCURRENTLY\\b"), QRegularExpression::CaseInsensitiveOption);
    const bool transaction = !concurrently.match(migration.scriptText()).hasMatch();
    QSqlQuery q(db);
    if (transaction)
        q.exec(QStringLiteral("BEGIN"));
    for (const sql::Statement &s : statements) {
        if (!q.exec(s.text)) {
            *error = QStringLiteral("%1:%2: %3").arg(migration.name).arg(s.line).arg(q.lastError().databaseText().trimmed());
            q.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
    }
    if (transaction)
        q.exec(QStringLiteral("COMMIT"));
    return true;
}

void TestReplayVsPostgres::project()
{
    QFETCH(QString, folder);
    const migrate::MigrationsFolder migrations = migrate::MigrationsFolder::read(folder);
    QVERIFY(migrations.exists());

    const QString databaseName = QStringLiteral("replay_%1").arg(++m_databases);
    QString error;
    QVERIFY2(m_server.createDatabase(databaseName, &error), qPrintable(error));

    QStringList differences;
    QString stoppedAt;
    int applied = 0;
    {
        QSqlDatabase db = m_server.open(QStringLiteral("project"), databaseName, &error);
        QVERIFY2(db.isOpen(), qPrintable(error));

        sql::MigrationReplayer replayer(sql::Dialect::PostgreSql);
        for (const migrate::Migration &m : migrations.migrations()) {
            if (!m.hasScript)
                continue;
            QString error;
            if (!apply(db, m, &error)) {
                stoppedAt = error;
                break;
            }
            replayer.applyScript(m.scriptText(), m.name + QStringLiteral("/migration.sql"));
            ++applied;
        }
        QString catalogError;
        const QStringList live = tests::postgresCatalogLines(db, &catalogError);
        QVERIFY2(catalogError.isEmpty(), qPrintable(catalogError));
        differences = tests::lineDifferences(live, tests::schemaLines(replayer.schema()));
        qInfo().noquote() << QStringLiteral("%1: %2 of %3 migrations applied on PostgreSQL, %4 catalog lines, %5 differences, %6 replay warnings")
                                 .arg(QDir(folder).absolutePath().section(u'/', -2, -2))
                                 .arg(applied).arg(migrations.migrations().size()).arg(live.size()).arg(differences.size())
                                 .arg(replayer.warnings().items().size());
        if (!stoppedAt.isEmpty())
            qInfo().noquote() << "  PostgreSQL stopped at" << stoppedAt;
        for (const QString &d : std::as_const(differences))
            qInfo().noquote() << "  " << d;
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("project"));
    QVERIFY2(differences.isEmpty(), qPrintable(QStringLiteral("%1 differences between the replay and PostgreSQL's catalog").arg(differences.size())));
}

QTEST_GUILESS_MAIN(TestReplayVsPostgres)
#include "tst_replay_vs_postgres.moc"
