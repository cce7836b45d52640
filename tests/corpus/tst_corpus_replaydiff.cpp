// SPDX-License-Identifier: GPL-3.0-or-later
// Section 5's figures: for each corpus project with migrations, replay(migrations) diffed to the latest schema.
// An empty diff means the offline replay reaches exactly the schema Prisma would expect; every project whose
// diff is not empty is listed below with its number of steps and why (see tests/fixtures/migrate-diff/REPLAY.md).
#include "testsupport.h"

#include "migrate/migrationsfolder.h"
#include "sql/differ.h"
#include "sql/schemacalculator.h"
#include "sql/sqlrenderer.h"

#include <QTest>

using namespace strata;

namespace {

struct Expected {
    int steps;       ///< 0: the replay matches the schema
    const char *why; ///< one line per non-empty project
};

/// Steps of diff(replay(migrations), schema) per project. A change here is a change in the replayer, the
/// differ or the corpus: update the number and the reason together, and REPLAY.md with them.
const QHash<QString, Expected> &expectations()
{
    static const QHash<QString, Expected> table = {
        {QStringLiteral("documenso__documenso"), {0, ""}},
        {QStringLiteral("elie222__inbox-zero"), {9, "hand-written SQL: 5 partial/expression indexes the schema cannot express (DropIndex); "
                                                    "4 index names longer than 63 bytes that PostgreSQL truncated, Prisma shortens them its own way (RenameIndex)"}},
        {QStringLiteral("epicweb-dev__epic-stack"), {0, ""}},
        {QStringLiteral("formbricks__formbricks"), {5, "hand-written SQL: a rollback column User.email_verified_at kept outside the schema; "
                                                       "renamed constraints/indexes with names over 63 bytes, truncated by PostgreSQL"}},
        {QStringLiteral("hoppscotch__hoppscotch"), {4, "hand-written SQL: trigram and GIN indexes for search that the schema does not declare"}},
        {QStringLiteral("langfuse__langfuse"), {186, "truncated history: the corpus holds 150 of its 434 migrations"}},
        {QStringLiteral("linkwarden__linkwarden"), {0, ""}},
        {QStringLiteral("lukevella__rallly"), {0, ""}},
        {QStringLiteral("mfts__papermark"), {3, "hand-written SQL: expression and partial indexes (lower(email), WHERE ...) outside the schema"}},
        {QStringLiteral("shadcn-ui__taxonomy"), {3, "upstream drift: a migration dropped the foreign keys (referentialIntegrity = prisma at the time); "
                                                    "the latest schema has them again without a migration"}},
        {QStringLiteral("stonith404__pingvin-share"), {0, ""}},
        {QStringLiteral("teableio__teable-postgres"), {0, ""}},
        {QStringLiteral("teableio__teable-sqlite"), {0, ""}},
        {QStringLiteral("umami-software__umami"), {1, "upstream drift: @@index([visitId]) on session_replay has no migration"}},
    };
    return table;
}

/// The latest schema of a corpus project: schema.prisma or a schema/ folder.
QString latestSchema(const QString &projectDir)
{
    const QDir dir(projectDir);
    if (QFileInfo(dir.filePath(QStringLiteral("schema.prisma"))).isFile())
        return dir.filePath(QStringLiteral("schema.prisma"));
    if (QFileInfo(dir.filePath(QStringLiteral("schema"))).isDir())
        return dir.filePath(QStringLiteral("schema"));
    return {};
}

} // namespace

class TestCorpusReplayDiff : public QObject {
    Q_OBJECT
private slots:
    void replayVsSchema_data();
    void replayVsSchema();
};

void TestCorpusReplayDiff::replayVsSchema_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("schema");
    const QString root = tests::corpusDir();
    if (root.isEmpty())
        QSKIP("The shared corpus (../shared/corpus beside the checkout) is not there; nothing to compare.");
    int count = 0;
    for (const QString &project : QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString projectDir = QDir(root).filePath(project);
        const QString folder = QDir(projectDir).filePath(QStringLiteral("migrations"));
        const QString schema = latestSchema(projectDir);
        if (!QDir(folder).exists() || schema.isEmpty())
            continue;
        QTest::newRow(qPrintable(project)) << project << folder << schema;
        ++count;
    }
    QVERIFY2(count > 0, "the corpus has no project with migrations");
}

void TestCorpusReplayDiff::replayVsSchema()
{
    QFETCH(QString, project);
    QFETCH(QString, folder);
    QFETCH(QString, schema);

    schema::LoadedSchema loaded;
    QString error;
    QVERIFY2(schema::loadSchema(schema, loaded, &error), qPrintable(error));
    QVERIFY2(!loaded.diagnostics.hasErrors(), qPrintable(tests::errorLines(loaded.diagnostics).join(u'\n')));
    const std::optional<sql::Dialect> dialect = sql::dialectForProvider(loaded.schema.provider());
    QVERIFY(dialect);
    const migrate::MigrationsFolder migrations = migrate::MigrationsFolder::read(folder);
    QVERIFY(!migrations.diagnostics().hasErrors());

    sql::ReplayResult replayed = migrations.replay(*dialect);
    const sql::Migration migration = sql::SchemaDiffer::diff(std::make_shared<const sql::SqlSchema>(std::move(replayed.schema)),
                                                             std::make_shared<const sql::SqlSchema>(sql::SchemaCalculator::calculate(loaded.schema, *dialect)));
    const int steps = int(migration.steps.size());
    QStringList ids;
    for (const sql::MigrationStep &step : migration.steps)
        ids << sql::stepId(migration, step);
    qInfo().noquote() << QStringLiteral("%1: %2").arg(project, steps == 0 ? QStringLiteral("empty diff") : QStringLiteral("%1 steps").arg(steps));
    if (qEnvironmentVariableIsSet("STRATA_VERBOSE")) {
        for (const QString &id : std::as_const(ids))
            qInfo().noquote() << "  " << id;
        qInfo().noquote() << sql::SqlRenderer::forDialect(*dialect)->renderScript(migration);
    }

    const auto it = expectations().constFind(project);
    if (it == expectations().constEnd()) {
        qInfo("  (a new corpus project: no expected figure yet)");
        return;
    }
    QCOMPARE(steps, it->steps);
    QCOMPARE(steps != 0, qstrlen(it->why) > 0); // every non-empty diff is explained, and only those
}

QTEST_GUILESS_MAIN(TestCorpusReplayDiff)
#include "tst_corpus_replaydiff.moc"
