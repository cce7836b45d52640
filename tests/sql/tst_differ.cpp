// SPDX-License-Identifier: GPL-3.0-or-later
// `migrate diff` goldens: every pair under tests/fixtures/migrate-diff (hand-written cases and the random
// mutation pairs) must render byte for byte what Prisma 7.10.1's engine printed for it (NAME.expected.sql,
// written by that folder's regenerate script). A missing NAME.from.prisma means "from empty".
#include "testsupport.h"

#include "sql/destructivechangechecker.h"
#include "sql/differ.h"
#include "sql/schemacalculator.h"
#include "sql/sqlrenderer.h"

#include <QFile>
#include <QTest>

#include <chrono>
#include <thread>

using namespace strata;

namespace {

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

struct Side {
    std::optional<sql::SqlSchema> schema;
    std::optional<sql::Dialect> dialect;
    QString error;
};

Side load(const QString &path)
{
    Side side;
    if (path.isEmpty() || !QFileInfo::exists(path))
        return side;
    const schema::LoadedSchema loaded = tests::analyzeText(readText(path), path);
    if (loaded.diagnostics.hasErrors()) {
        side.error = tests::errorLines(loaded.diagnostics).join(u'\n');
        return side;
    }
    side.dialect = sql::dialectForProvider(loaded.schema.provider());
    if (side.dialect)
        side.schema = sql::SchemaCalculator::calculate(loaded.schema, *side.dialect);
    return side;
}

/// The script as `prisma migrate diff --script` prints it (the engine's text, ending in one line break).
QString diffScript(const Side &from, const Side &to, sql::Migration *migrationOut = nullptr)
{
    const sql::Dialect dialect = to.dialect.value_or(from.dialect.value_or(sql::Dialect::Sqlite));
    sql::SqlSchema empty;
    empty.dialect = dialect;
    const sql::Migration migration = sql::SchemaDiffer::diff(from.schema ? *from.schema : empty, to.schema ? *to.schema : empty);
    QString script = sql::SqlRenderer::forDialect(dialect)->renderScript(migration);
    if (!script.endsWith(u'\n'))
        script += u'\n';
    if (migrationOut)
        *migrationOut = migration;
    return script;
}

/// "line N: expected ... / actual ..." for the first line that differs.
QStringList idsOf(const sql::Migration &migration)
{
    QStringList ids;
    for (const sql::MigrationStep &step : migration.steps)
        ids << sql::stepId(migration, step);
    return ids;
}

QString firstDifference(const QString &expected, const QString &actual)
{
    const QStringList a = expected.split(u'\n');
    const QStringList b = actual.split(u'\n');
    for (int i = 0; i < std::max(a.size(), b.size()); ++i) {
        if (a.value(i) != b.value(i) || i >= a.size() || i >= b.size())
            return QStringLiteral("line %1:\n  expected: %2\n  actual:   %3").arg(i + 1).arg(a.value(i), b.value(i));
    }
    return QStringLiteral("(no difference)");
}

} // namespace

class TestDiffer : public QObject {
    Q_OBJECT
private slots:
    void goldens_data();
    void goldens();
    void renameHints();
    void stepIds();
    void warnings();
    void emptyMigration();
    void repeatedColumnNames();
    void scriptInPieces_data();
    void scriptInPieces();
    void largeDiffPairsColumnsOnTwoThreads();
};

void TestDiffer::goldens_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("expected");
    int random = 0;
    for (const tests::MigrateDiffGolden &golden : tests::migrateDiffGoldens()) {
        if (golden.name.startsWith(QStringLiteral("random/")))
            ++random;
        QTest::newRow(qPrintable(golden.name)) << golden.from << golden.to << golden.expected;
    }
    QVERIFY2(random >= 300, "fewer than 300 random mutation pairs in tests/fixtures/migrate-diff/random");
}

void TestDiffer::goldens()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, expected);
    const Side previous = load(from);
    const Side next = load(to);
    QVERIFY2(previous.error.isEmpty(), qPrintable(previous.error));
    QVERIFY2(next.error.isEmpty(), qPrintable(next.error));
    const QString expectedScript = readText(expected);
    const QString actual = diffScript(previous, next);
    QVERIFY2(actual == expectedScript, qPrintable(firstDifference(expectedScript, actual)));
}

void TestDiffer::renameHints()
{
    const QString before = QStringLiteral("datasource db {\n  provider = \"postgresql\"\n}\n"
                                          "enum Role {\n  A\n}\n"
                                          "model User {\n  id Int @id\n  name String\n  role Role\n}\n");
    const QString after = QStringLiteral("datasource db {\n  provider = \"postgresql\"\n}\n"
                                         "enum Kind {\n  A\n}\n"
                                         "model Person {\n  id Int @id\n  fullName String\n  role Kind\n}\n");
    const schema::LoadedSchema a = tests::analyzeText(before);
    const schema::LoadedSchema b = tests::analyzeText(after);
    const sql::SqlSchema previous = sql::SchemaCalculator::calculate(a.schema, sql::Dialect::PostgreSql);
    const sql::SqlSchema next = sql::SchemaCalculator::calculate(b.schema, sql::Dialect::PostgreSql);
    sql::RenameHints hints;
    hints.tables.push_back({{}, QStringLiteral("User"), QStringLiteral("Person")});
    hints.columns.push_back({{}, QStringLiteral("Person"), QStringLiteral("name"), QStringLiteral("fullName")});
    hints.enums.push_back({{}, QStringLiteral("Role"), QStringLiteral("Kind")});
    const sql::Migration migration = sql::SchemaDiffer::diff(previous, next, hints);
    const QString script = sql::SqlRenderer::forDialect(sql::Dialect::PostgreSql)->renderScript(migration);
    QCOMPARE(script, QStringLiteral("-- RenameTable\nALTER TABLE \"User\" RENAME TO \"Person\";\n\n"
                                    "-- RenameColumn\nALTER TABLE \"Person\" RENAME COLUMN \"name\" TO \"fullName\";\n\n"
                                    "-- RenameEnum\nALTER TYPE \"Role\" RENAME TO \"Kind\";\n\n"
                                    "-- AlterTable\nALTER TABLE \"Person\" RENAME CONSTRAINT \"User_pkey\" TO \"Person_pkey\";\n"));
    QCOMPARE(idsOf(migration), QStringList({QStringLiteral("RenameTable:public.User->Person"),
                                              QStringLiteral("RenameColumn:public.Person.name->fullName"),
                                              QStringLiteral("RenameEnum:public.Role->Kind"), QStringLiteral("AlterTable:public.Person")}));
    // Without hints the same change drops and creates.
    const sql::Migration plain = sql::SchemaDiffer::diff(previous, next);
    const QString plainScript = sql::SqlRenderer::forDialect(sql::Dialect::PostgreSql)->renderScript(plain);
    QVERIFY(plainScript.contains(QStringLiteral("DROP TABLE \"User\"")));
    QVERIFY(plainScript.contains(QStringLiteral("CREATE TABLE \"Person\"")));
}

void TestDiffer::stepIds()
{
    // A step's id names what it is about, so that a view keeps it selected across recomputations: drops by the
    // previous schema's names, everything else by the next one's.
    const schema::LoadedSchema before = tests::analyzeText(QStringLiteral(
        "datasource db {\n  provider = \"postgresql\"\n}\n"
        "enum Role {\n  A\n  B\n}\n"
        "model Gone {\n  id Int @id\n  n Int @unique\n}\n"
        "model User {\n  id Int @id\n  name String\n  old Int @unique\n}\n"));
    const schema::LoadedSchema after = tests::analyzeText(QStringLiteral(
        "datasource db {\n  provider = \"postgresql\"\n}\n"
        "enum Role {\n  A\n}\n"
        "enum Kind {\n  X\n}\n"
        "model User {\n  id Int @id\n  name String @unique\n  old Int\n  posts Post[]\n}\n"
        "model Post {\n  id Int @id\n  authorId Int\n  author User @relation(fields: [authorId], references: [id])\n"
        "  @@index([authorId])\n}\n"));
    const sql::Migration migration = sql::SchemaDiffer::diff(sql::SchemaCalculator::calculate(before.schema, sql::Dialect::PostgreSql),
                                                             sql::SchemaCalculator::calculate(after.schema, sql::Dialect::PostgreSql));
    QCOMPARE(idsOf(migration), QStringList({QStringLiteral("CreateEnum:public.Kind"), QStringLiteral("AlterEnum:public.Role"),
                                              QStringLiteral("DropIndex:public.User.User_old_key"), QStringLiteral("DropTable:public.Gone"),
                                              QStringLiteral("CreateTable:public.Post"), QStringLiteral("CreateIndex:public.Post.Post_authorId_idx"),
                                              QStringLiteral("CreateIndex:public.User.User_name_key"),
                                              QStringLiteral("AddForeignKey:public.Post.Post_authorId_fkey")}));
}

void TestDiffer::warnings()
{
    // The texts are Prisma's (sql_destructive_change_checker), as `prisma migrate dev` writes them.
    const Side from = [] {
        Side s;
        const schema::LoadedSchema l = tests::analyzeText(QStringLiteral(
            "datasource db {\n  provider = \"postgresql\"\n}\n"
            "enum Role {\n  A\n  B\n}\n"
            "model User {\n  id Int @id\n  age Int\n  nick String?\n  role Role\n  n Int\n}\n"
            "model Gone {\n  id Int @id\n}\n"));
        s.dialect = sql::Dialect::PostgreSql;
        s.schema = sql::SchemaCalculator::calculate(l.schema, sql::Dialect::PostgreSql);
        return s;
    }();
    const Side to = [] {
        Side s;
        const schema::LoadedSchema l = tests::analyzeText(QStringLiteral(
            "datasource db {\n  provider = \"postgresql\"\n}\n"
            "enum Role {\n  A\n}\n"
            "model User {\n  id Int @id\n  nick String @unique\n  role Role\n  email String\n  n String\n}\n"));
        s.dialect = sql::Dialect::PostgreSql;
        s.schema = sql::SchemaCalculator::calculate(l.schema, sql::Dialect::PostgreSql);
        return s;
    }();
    sql::Migration migration;
    diffScript(from, to, &migration);
    const std::vector<sql::MigrationWarning> warnings = sql::DestructiveChangeChecker::check(migration);
    const QString script = sql::SqlRenderer::forDialect(sql::Dialect::PostgreSql)->renderScript(migration, warnings);
    QVERIFY2(script.startsWith(QStringLiteral(
                 "/*\n  Warnings:\n\n"
                 "  - The values [B] on the enum `Role` will be removed. If these variants are still used in the database, this will fail.\n"
                 "  - You are about to drop the column `age` on the `User` table. All the data in the column will be lost.\n")),
             qPrintable(script));
    QVERIFY(script.contains(QStringLiteral("  - You are about to drop the `Gone` table. If the table is not empty, all the data it contains will be lost.\n")));
    QVERIFY(script.contains(QStringLiteral("  - A unique constraint covering the columns `[nick]` on the table `User` will be added. If there are existing duplicate values, this will fail.\n")));
    QVERIFY(script.contains(QStringLiteral("  - Added the required column `email` to the `User` table without a default value. This is not possible if the table is not empty.\n")));
    QVERIFY(script.contains(QStringLiteral("  - Made the column `nick` on table `User` required. This step will fail if there are existing NULL values in that column.\n")));
    QVERIFY(script.contains(QStringLiteral("\n*/\n-- AlterEnum\n")));
    for (const sql::MigrationWarning &warning : warnings) {
        QVERIFY(warning.step >= 0 && warning.step < int(migration.steps.size()));
        QCOMPARE(warning.stepId, sql::stepId(migration, migration.steps[warning.step]));
    }
}

void TestDiffer::emptyMigration()
{
    const schema::LoadedSchema l = tests::analyzeText(QStringLiteral("datasource db {\n  provider = \"sqlite\"\n}\nmodel A {\n  id Int @id\n}\n"));
    const sql::SqlSchema schema = sql::SchemaCalculator::calculate(l.schema, sql::Dialect::Sqlite);
    const sql::Migration migration = sql::SchemaDiffer::diff(schema, schema);
    QVERIFY(migration.isEmpty());
    QCOMPARE(sql::SqlRenderer::forDialect(sql::Dialect::Sqlite)->renderScript(migration), QStringLiteral("-- This is an empty migration."));
    QCOMPARE(sql::migrationSummary(migration), QStringLiteral("No difference detected."));
}

void TestDiffer::scriptInPieces_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<int>("models");
    QTest::addColumn<bool>("emptySteps");
    QTest::addColumn<bool>("slowReader");
    for (const char *provider : {"postgresql", "sqlite", "mysql"}) {
        QTest::newRow(qPrintable(QStringLiteral("%1, 20 models").arg(QLatin1StringView(provider)))) << QString::fromLatin1(provider) << 20 << false << false;
        QTest::newRow(qPrintable(QStringLiteral("%1, 1500 models").arg(QLatin1StringView(provider)))) << QString::fromLatin1(provider) << 1500 << false << false;
    }
    QTest::newRow("sqlite, 1500 models, steps that render nothing") << QStringLiteral("sqlite") << 1500 << true << false;
    // The helper gets ahead of the pieces written and waits for them (as does the caller for the helper's).
    QTest::newRow("postgresql, 1500 models, a slow reader") << QStringLiteral("postgresql") << 1500 << false << true;
}

/// writeScript() hands the script over in pieces, large ones rendered on two threads in chunks of steps: joined, the
/// pieces are renderScript()'s text, and every piece is handed over on the calling thread (the sink may be a stream
/// that is not thread-safe). Steps that render nothing (SQLite has no enums) may begin or end a chunk or fill one:
/// they get no comment and no empty line.
void TestDiffer::scriptInPieces()
{
    QFETCH(QString, provider);
    QFETCH(int, models);
    QFETCH(bool, emptySteps);
    QFETCH(bool, slowReader);
    const schema::LoadedSchema loaded = tests::analyzeText(QStringLiteral("datasource db {\n  provider = \"%1\"\n}\n\n").arg(provider)
                                                           + tests::generatedModels(models, QStringLiteral("M")));
    QVERIFY2(!loaded.diagnostics.hasErrors(), qPrintable(tests::errorLines(loaded.diagnostics).join(u'\n')));
    const sql::Dialect dialect = *sql::dialectForProvider(loaded.schema.provider());
    sql::SqlSchema empty;
    empty.dialect = dialect;
    sql::Migration migration = sql::SchemaDiffer::diff(empty, sql::SchemaCalculator::calculate(loaded.schema, dialect));
    if (emptySteps) {
        sql::MigrationStep nothing;
        nothing.kind = sql::StepKind::CreateEnum;
        // The first step, steps on both sides of the chunk boundaries at 256 and 512, and a chunk's worth of them.
        for (const size_t at : {size_t(0), size_t(255), size_t(256), size_t(257), size_t(511), size_t(512)})
            migration.steps.insert(migration.steps.begin() + std::ptrdiff_t(at), nothing);
        migration.steps.insert(migration.steps.begin() + 1024, 300, nothing);
        migration.steps.push_back(nothing);
    }
    const std::unique_ptr<sql::SqlRenderer> renderer = sql::SqlRenderer::forDialect(dialect);
    QString joined;
    int pieces = 0;
    int piecesOnOtherThreads = 0;
    const std::thread::id caller = std::this_thread::get_id();
    renderer->writeScript(migration, [&](QStringView piece) {
        joined += piece;
        ++pieces;
        piecesOnOtherThreads += std::this_thread::get_id() != caller;
        if (slowReader)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
    });
    QCOMPARE(piecesOnOtherThreads, 0);
    const QString whole = renderer->renderScript(migration);
    QVERIFY2(joined == whole, qPrintable(firstDifference(whole, joined)));
    QCOMPARE(pieces > 1, models > 100);
    if (models > 100)
        QVERIFY(migration.steps.size() >= 2048); // rendered on two threads
}

/// A table can list a column name twice where its state comes from hand-written migrations. Columns pair by
/// name as in Prisma's map: a next column with the last previous one of its name; the other one is dropped.
/// (Names unique on both sides pair by a merge of the sorted names; this is the other way.)
void TestDiffer::repeatedColumnNames()
{
    auto column = [](const char *name, const char *type, sql::ColumnType::Family family) {
        sql::Column c;
        c.name = QString::fromLatin1(name);
        c.type.name = QString::fromLatin1(type);
        c.type.family = family;
        return c;
    };
    using F = sql::ColumnType::Family;
    auto schemaWith = [](std::vector<sql::Column> columns) {
        sql::SqlSchema schema;
        schema.dialect = sql::Dialect::PostgreSql;
        schema.namespaces << QStringLiteral("public");
        sql::Table table;
        table.schema = QStringLiteral("public");
        table.name = QStringLiteral("T");
        table.columns = std::move(columns);
        schema.tables.push_back(std::move(table));
        return schema;
    };
    const sql::SqlSchema previous = schemaWith({column("a", "INTEGER", F::Int), column("b", "TEXT", F::String), column("a", "TEXT", F::String)});
    const sql::SqlSchema next = schemaWith({column("c", "TEXT", F::String), column("a", "TEXT", F::String)});
    const QString script = sql::SqlRenderer::forDialect(sql::Dialect::PostgreSql)->renderScript(sql::SchemaDiffer::diff(previous, next));
    QVERIFY2(script.contains(QStringLiteral("DROP COLUMN \"a\"")), qPrintable(script));
    QVERIFY2(script.contains(QStringLiteral("DROP COLUMN \"b\"")), qPrintable(script));
    QVERIFY2(script.contains(QStringLiteral("ADD COLUMN     \"c\" TEXT")), qPrintable(script));
    QVERIFY2(!script.contains(QStringLiteral("SET DATA TYPE")), qPrintable(script)); // TEXT stayed TEXT

    // The same columns without the repeat, in other orders on each side: paired by name, one change.
    const sql::SqlSchema before = schemaWith({column("b", "TEXT", F::String), column("a", "TEXT", F::String), column("d", "INTEGER", F::Int)});
    const sql::SqlSchema after = schemaWith({column("d", "BIGINT", F::BigInt), column("c", "TEXT", F::String), column("a", "TEXT", F::String)});
    const QString reordered = sql::SqlRenderer::forDialect(sql::Dialect::PostgreSql)->renderScript(sql::SchemaDiffer::diff(before, after));
    QVERIFY2(reordered.contains(QStringLiteral("DROP COLUMN \"b\"")), qPrintable(reordered));
    QVERIFY2(reordered.contains(QStringLiteral("ALTER COLUMN \"d\" SET DATA TYPE BIGINT")), qPrintable(reordered));
    QVERIFY2(!reordered.contains(QStringLiteral("COLUMN \"a\"")), qPrintable(reordered));
}

/// The script between two generated schemas whose every model has one column made optional and one added, in the
/// given provider's SQL.
static QString changedColumnsScript(int models)
{
    const QString header = QStringLiteral("datasource db {\n  provider = \"postgresql\"\n}\n\n");
    const QString before = header + tests::generatedModels(models, QStringLiteral("M"));
    QString after = before;
    after.replace(QStringLiteral("  name String @unique\n"), QStringLiteral("  name String? @unique\n  note String?\n"));
    const schema::LoadedSchema a = tests::analyzeText(before);
    const schema::LoadedSchema b = tests::analyzeText(after);
    if (a.diagnostics.hasErrors() || b.diagnostics.hasErrors())
        return QStringLiteral("invalid schema");
    const sql::Dialect dialect = sql::Dialect::PostgreSql;
    const sql::Migration migration = sql::SchemaDiffer::diff(sql::SchemaCalculator::calculate(a.schema, dialect),
                                                              sql::SchemaCalculator::calculate(b.schema, dialect));
    return sql::SqlRenderer::forDialect(dialect)->renderScript(migration);
}

/// From 500 tables on both sides, the columns of the tables are paired on two threads. Every table of the generated
/// schemas changes alike, so the script of 1,200 is the script of 400 (paired on one thread) with each table's
/// statements in their place, as the first table's statements name them.
void TestDiffer::largeDiffPairsColumnsOnTwoThreads()
{
    const QString small = changedColumnsScript(400);
    const QString large = changedColumnsScript(1200);
    const QString first = small.section(QStringLiteral("\n\n"), 0, 0) + QStringLiteral("\n"); // the first table's step
    QVERIFY2(first.contains(QStringLiteral("\"M0\"")) && first.contains(QStringLiteral("\"note\"")), qPrintable(first));
    auto expected = [&](int models) {
        QStringList steps;
        for (int i = 0; i < models; ++i) {
            QString step = first;
            steps << step.replace(QStringLiteral("\"M0\""), QStringLiteral("\"M%1\"").arg(i));
        }
        return steps.join(u'\n');
    };
    QCOMPARE(small, expected(400));
    QCOMPARE(large, expected(1200));
}

QTEST_GUILESS_MAIN(TestDiffer)
#include "tst_differ.moc"
