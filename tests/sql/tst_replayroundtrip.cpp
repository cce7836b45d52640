// SPDX-License-Identifier: GPL-3.0-or-later
// The script Strata writes from the empty database to a schema, replayed as a migration history (as the
// Migration pane and `migrate diff --from-migrations` replay a project's migrations folder), must give that
// schema back: no replay warning, and nothing left to migrate. Every schema of the fixtures, the fuzz seeds and
// the corpus that validates on an SQL provider is a case. The replay fuzzer (`bench/run-fuzz --target analyze`)
// checks the same on generated schemas; it found MySQL's DECIMAL(65, 30) read back as another type.
#include "testsupport.h"
#include "sql/differ.h"
#include "sql/migrationreplayer.h"
#include "sql/schemacalculator.h"
#include "sql/sqlrenderer.h"

#include <QDirIterator>
#include <QTest>

using namespace strata;

class TestReplayRoundTrip : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
};

void TestReplayRoundTrip::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    const QString fixtures = tests::fixturesDir();
    QStringList schemas;
    for (const QString &folder : {fixtures + QStringLiteral("/valid"), fixtures + QStringLiteral("/valid_with_warning"),
                                  fixtures + QStringLiteral("/migrate-diff"), QStringLiteral(STRATA_SOURCE_DIR "/tests/fuzz/corpus")}) {
        QDirIterator files(folder, {QStringLiteral("*.prisma")}, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext())
            schemas << files.next();
    }
    schemas.sort();
    if (const QString corpus = tests::corpusDir(); !corpus.isEmpty())
        schemas << tests::corpusSchemas(corpus);
    QVERIFY(schemas.size() > 300);
    for (const QString &path : std::as_const(schemas))
        QTest::newRow(qPrintable(QDir(QStringLiteral(STRATA_SOURCE_DIR "/..")).relativeFilePath(path))) << path;
}

void TestReplayRoundTrip::roundTrip()
{
    QFETCH(QString, path);
    schema::LoadedSchema loaded;
    QString error;
    QVERIFY2(schema::loadSchema(path, loaded, &error), qPrintable(error));
    if (loaded.diagnostics.hasErrors())
        QSKIP("the schema does not validate: nothing to migrate to");
    const std::optional<sql::Dialect> dialect = sql::dialectForProvider(loaded.schema.provider());
    if (!dialect || loaded.schema.provider() == schema::Provider::CockroachDb)
        QSKIP("no SQL dialect Strata writes migrations for");
    const sql::SqlSchema schema = sql::SchemaCalculator::calculate(loaded.schema, *dialect);
    sql::SqlSchema empty;
    empty.dialect = *dialect;
    const std::unique_ptr<sql::SqlRenderer> renderer = sql::SqlRenderer::forDialect(*dialect);
    const QString script = renderer->renderScript(sql::SchemaDiffer::diff(empty, schema));

    const sql::ReplayResult replayed = sql::MigrationReplayer::replay(*dialect, {{QStringLiteral("0_init/migration.sql"), script}});
    QVERIFY2(replayed.warnings.isEmpty(), qPrintable(replayed.warnings.isEmpty() ? QString() : replayed.warnings.items().front().toString()));
    const sql::Migration left = sql::SchemaDiffer::diff(replayed.schema, schema);
    if (path.endsWith(QStringLiteral("handwritten/dbgenerated-changes.to.prisma"))) {
        // dbgenerated("'x'") and dbgenerated("now()") write defaults that read back as the literal 'x' and as
        // now(), which Prisma's differ never takes for a dbgenerated() default (defaults_match): Prisma, reading
        // the database its migration made, reports these two columns as changed as well.
        QEXPECT_FAIL("", "Prisma's own comparison of dbgenerated() defaults with what the database reports", Continue);
    }
    QVERIFY2(left.isEmpty(), qPrintable(renderer->renderScript(left)));
}

QTEST_GUILESS_MAIN(TestReplayRoundTrip)
#include "tst_replayroundtrip.moc"
