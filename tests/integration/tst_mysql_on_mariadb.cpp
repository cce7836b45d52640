// SPDX-License-Identifier: GPL-3.0-or-later
// Every MySQL script Strata generates must run on a real MariaDB (scripts/mariadb-throwaway, started by this
// test on 127.0.0.1): from empty for the handwritten schemas under tests/fixtures/migrate-diff/mysql and for the
// corpus's MySQL schemas, and for random mutation pairs A -> B, where applying from-empty(A) and then
// diff(A -> B) must give the same catalog as from-empty(B) applied to another database.
#include "sql/mutationgenerator.h"
#include "testsupport.h"

#include "sql/differ.h"
#include "sql/schemacalculator.h"
#include "sql/sqlrenderer.h"

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace strata;

namespace {

sql::SqlSchema emptySchema()
{
    sql::SqlSchema empty;
    empty.dialect = sql::Dialect::MySql;
    return empty;
}

std::optional<sql::SqlSchema> calculate(const schema::LoadedSchema &loaded, QString *error)
{
    if (loaded.diagnostics.hasErrors()) {
        *error = tests::errorLines(loaded.diagnostics).join(u'\n');
        return std::nullopt;
    }
    return sql::SchemaCalculator::calculate(loaded.schema, sql::Dialect::MySql);
}

std::optional<sql::SqlSchema> calculatePath(const QString &path, QString *error)
{
    schema::LoadedSchema loaded;
    if (!schema::loadSchema(path, loaded, error))
        return std::nullopt;
    return calculate(loaded, error);
}

std::optional<sql::SqlSchema> calculateText(const QString &text, QString *error)
{
    return calculate(tests::analyzeText(text), error);
}

} // namespace

class TestMySqlOnMariaDb : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void fromEmpty_data();
    void fromEmpty();
    void mutationPairs();

private:
    QSqlDatabase newDatabase();
    /// Runs the migration's statements, step by step; false with `error` set at the first one MariaDB refuses.
    bool apply(QSqlDatabase &db, const sql::Migration &migration, QString *error);
    QStringList catalog(QSqlDatabase &db);

    QString m_dir;
    int m_port = 0;
    int m_databases = 0;
    bool m_ready = false;
};

void TestMySqlOnMariaDb::initTestCase()
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QMYSQL")))
        QSKIP("the Qt SQL driver QMYSQL is not installed (libqt6sql6-mysql)");
    QProcess start;
    start.start(QStringLiteral(STRATA_SOURCE_DIR "/scripts/mariadb-throwaway"), {QStringLiteral("start")});
    if (!start.waitForFinished(120000) || start.exitCode() != 0)
        QSKIP(qPrintable(QStringLiteral("no MariaDB server: %1").arg(QString::fromUtf8(start.readAllStandardError()).trimmed())));
    for (const QString &line : QString::fromUtf8(start.readAllStandardOutput()).split(u'\n')) {
        if (line.startsWith(QStringLiteral("MYSQL_TCP_PORT=")))
            m_port = line.section(u'=', 1).toInt();
        else if (line.startsWith(QStringLiteral("MARIADB_THROWAWAY_DIR=")))
            m_dir = line.section(u'=', 1);
    }
    QVERIFY(m_port > 0);
    m_ready = true;
}

void TestMySqlOnMariaDb::cleanupTestCase()
{
    for (const QString &name : QSqlDatabase::connectionNames())
        QSqlDatabase::removeDatabase(name);
    if (!m_dir.isEmpty())
        QProcess::execute(QStringLiteral(STRATA_SOURCE_DIR "/scripts/mariadb-throwaway"), {QStringLiteral("stop"), m_dir});
}

QSqlDatabase TestMySqlOnMariaDb::newDatabase()
{
    const QString name = QStringLiteral("strata_%1").arg(++m_databases);
    {
        QSqlDatabase admin = QSqlDatabase::database(QStringLiteral("admin"), false);
        if (!admin.isValid()) {
            admin = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), QStringLiteral("admin"));
            admin.setHostName(QStringLiteral("127.0.0.1"));
            admin.setPort(m_port);
            admin.setUserName(QStringLiteral("root"));
        }
        if (!admin.isOpen() && !admin.open())
            qWarning() << admin.lastError().text();
        QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE `%1` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci").arg(name));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), name);
    db.setHostName(QStringLiteral("127.0.0.1"));
    db.setPort(m_port);
    db.setUserName(QStringLiteral("root"));
    db.setDatabaseName(name);
    if (!db.open())
        qWarning() << db.lastError().text();
    return db;
}

bool TestMySqlOnMariaDb::apply(QSqlDatabase &db, const sql::Migration &migration, QString *error)
{
    const std::unique_ptr<sql::SqlRenderer> renderer = sql::SqlRenderer::forDialect(sql::Dialect::MySql);
    for (const sql::MigrationStep &step : migration.steps) {
        for (const QString &statement : renderer->renderStep(migration, step)) {
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                *error = query.lastError().text() + QStringLiteral("\n  in: ") + statement;
                return false;
            }
        }
    }
    return true;
}

QStringList TestMySqlOnMariaDb::catalog(QSqlDatabase &db)
{
    // Sorted lines of columns, indexes and foreign keys. Indexes MariaDB made by itself for a foreign key
    // (named like the constraint: `..._fkey`, `fk_...`) stay when the key goes, so they are left out.
    QStringList lines;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, IFNULL(COLUMN_DEFAULT, '-'), EXTRA "
                              "FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()"));
    while (query.next()) {
        lines << QStringLiteral("column %1.%2 %3 null=%4 default=%5 %6")
                     .arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                          query.value(4).toString(), query.value(5).toString());
    }
    query.exec(QStringLiteral("SELECT TABLE_NAME, INDEX_NAME, NON_UNIQUE, INDEX_TYPE, "
                              "GROUP_CONCAT(CONCAT(COLUMN_NAME, '(', IFNULL(SUB_PART, ''), ')', IFNULL(COLLATION, '')) "
                              "ORDER BY SEQ_IN_INDEX SEPARATOR ',') "
                              "FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() "
                              "GROUP BY TABLE_NAME, INDEX_NAME, NON_UNIQUE, INDEX_TYPE"));
    while (query.next()) {
        const QString name = query.value(1).toString();
        if (name.endsWith(QStringLiteral("_fkey")) || name.startsWith(QStringLiteral("fk_")))
            continue;
        lines << QStringLiteral("index %1.%2 nonunique=%3 %4 %5")
                     .arg(query.value(0).toString(), name, query.value(2).toString(), query.value(3).toString(), query.value(4).toString());
    }
    query.exec(QStringLiteral("SELECT k.TABLE_NAME, k.CONSTRAINT_NAME, GROUP_CONCAT(k.COLUMN_NAME ORDER BY k.ORDINAL_POSITION), "
                              "k.REFERENCED_TABLE_NAME, GROUP_CONCAT(k.REFERENCED_COLUMN_NAME ORDER BY k.ORDINAL_POSITION), "
                              "r.DELETE_RULE, r.UPDATE_RULE "
                              "FROM information_schema.KEY_COLUMN_USAGE k JOIN information_schema.REFERENTIAL_CONSTRAINTS r "
                              "ON r.CONSTRAINT_SCHEMA = k.CONSTRAINT_SCHEMA AND r.CONSTRAINT_NAME = k.CONSTRAINT_NAME "
                              "AND r.TABLE_NAME = k.TABLE_NAME "
                              "WHERE k.TABLE_SCHEMA = DATABASE() AND k.REFERENCED_TABLE_NAME IS NOT NULL "
                              "GROUP BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.REFERENCED_TABLE_NAME, r.DELETE_RULE, r.UPDATE_RULE"));
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < 7; ++i)
            values << query.value(i).toString();
        lines << QStringLiteral("fk ") + values.join(u' ');
    }
    lines.sort();
    return lines;
}

void TestMySqlOnMariaDb::fromEmpty_data()
{
    QTest::addColumn<QString>("path");
    const QDir fixtures(tests::fixturesDir() + QStringLiteral("/migrate-diff/mysql"));
    for (const QString &name : fixtures.entryList({QStringLiteral("*.prisma")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(QStringLiteral("fixture/") + name)) << fixtures.filePath(name);
    const QString corpus = tests::corpusDir();
    QTest::newRow("corpus/shadcn-ui__taxonomy")
        << (corpus.isEmpty() ? QString() : corpus + QStringLiteral("/shadcn-ui__taxonomy/schema.prisma"));
    QTest::newRow("corpus/dubinc__dub") << (corpus.isEmpty() ? QString() : corpus + QStringLiteral("/_schema_only/dubinc__dub/schema"));
}

void TestMySqlOnMariaDb::fromEmpty()
{
    QFETCH(QString, path);
    if (path.isEmpty() || !QFileInfo::exists(path))
        QSKIP("the shared corpus is not beside the checkout");
    QString error;
    const std::optional<sql::SqlSchema> schema = calculatePath(path, &error);
    QVERIFY2(schema, qPrintable(error));
    const sql::Migration migration = sql::SchemaDiffer::diff(emptySchema(), *schema);
    QVERIFY(!migration.isEmpty());
    QSqlDatabase db = newDatabase();
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QVERIFY2(apply(db, migration, &error), qPrintable(error));
    // Applied, the database is what the schema says: a second diff from the same schema finds nothing to do.
    const sql::Migration again = sql::SchemaDiffer::diff(*schema, *schema);
    QVERIFY(again.isEmpty());
}

void TestMySqlOnMariaDb::mutationPairs()
{
    int checked = 0;
    int invalid = 0;
    QStringList failures;
    for (quint32 seed = 1; seed <= 400 && checked < 60; ++seed) {
        tests::MutationGenerator generator(QStringLiteral("mysql"), seed);
        const tests::MutationGenerator::Pair pair = generator.next(1, 3);
        QString error;
        const std::optional<sql::SqlSchema> a = calculateText(pair.from, &error);
        const std::optional<sql::SqlSchema> b = a ? calculateText(pair.to, &error) : std::nullopt;
        if (!a || !b) {
            ++invalid; // a mutation Prisma's validator would refuse too
            continue;
        }
        ++checked;
        const QString label = QStringLiteral("seed %1 (%2)").arg(seed).arg(pair.mutations.join(QStringLiteral("; ")));
        QSqlDatabase first = newDatabase();
        QSqlDatabase second = newDatabase();
        if (!apply(first, sql::SchemaDiffer::diff(emptySchema(), *a), &error)) {
            failures << label + QStringLiteral(": from-empty(A): ") + error;
            continue;
        }
        if (!apply(first, sql::SchemaDiffer::diff(*a, *b), &error)) {
            failures << label + QStringLiteral(": diff(A -> B): ") + error;
            continue;
        }
        if (!apply(second, sql::SchemaDiffer::diff(emptySchema(), *b), &error)) {
            failures << label + QStringLiteral(": from-empty(B): ") + error;
            continue;
        }
        const QStringList migrated = catalog(first);
        const QStringList direct = catalog(second);
        if (migrated != direct) {
            QStringList onlyMigrated;
            QStringList onlyDirect;
            for (const QString &line : migrated)
                if (!direct.contains(line))
                    onlyMigrated << QStringLiteral("    A->B only: ") + line;
            for (const QString &line : direct)
                if (!migrated.contains(line))
                    onlyDirect << QStringLiteral("    B only:    ") + line;
            failures << label + QStringLiteral(": catalogs differ\n") + (onlyMigrated + onlyDirect).join(u'\n');
        }
    }
    qInfo("%d mutation pairs applied and compared on MariaDB (%d generated pairs were invalid schemas)", checked, invalid);
    QVERIFY2(failures.isEmpty(), qPrintable(QStringLiteral("%1 of %2 pairs failed:\n").arg(failures.size()).arg(checked) + failures.join(u'\n')));
    QVERIFY2(checked >= 50, "fewer than 50 valid mutation pairs");
}

QTEST_GUILESS_MAIN(TestMySqlOnMariaDb)
#include "tst_mysql_on_mariadb.moc"
