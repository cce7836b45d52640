// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrate/migrationsfolder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;

namespace {

void writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
}

QStringList codes(const psl::Diagnostics &diagnostics)
{
    QStringList out;
    for (const psl::Diagnostic &d : diagnostics.items())
        out << d.code;
    return out;
}

} // namespace

class TestMigrationsFolder : public QObject {
    Q_OBJECT
private slots:
    void ordering();
    void nameParts_data();
    void nameParts();
    void checksum();
    void missingScript();
    void lockFile_data();
    void lockFile();
    void badFolder();
    void replay();
};

void TestMigrationsFolder::ordering()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Prisma's order is the byte order of the folder names, whatever they look like.
    const QStringList names = {
        QStringLiteral("20240101000000_init"),
        QStringLiteral("01_init"),
        QStringLiteral("02_second"),
        QStringLiteral("20240101000000_"),
        QStringLiteral("20240101000000_b"),
        QStringLiteral("20240101000000_a"),
        QStringLiteral("20240101000000_with spaces"),
        QStringLiteral("20240101_eight_digits"),
        QStringLiteral("202401010000_twelve_digits"),
        QStringLiteral("20231231235959_Upper"),
        QStringLiteral("20231231235959_lower"),
    };
    for (const QString &n : names)
        writeFile(dir.filePath(n + QStringLiteral("/migration.sql")), "SELECT 1;\n");
    writeFile(dir.filePath(QStringLiteral("migration_lock.toml")), "provider = \"postgresql\"\n");
    writeFile(dir.filePath(QStringLiteral("README.md")), "not a migration\n");

    const migrate::MigrationsFolder folder = migrate::MigrationsFolder::read(dir.path());
    QVERIFY(folder.exists());
    QStringList order;
    for (const migrate::Migration &m : folder.migrations())
        order << m.name;
    const QStringList expected = {
        QStringLiteral("01_init"),
        QStringLiteral("02_second"),
        QStringLiteral("20231231235959_Upper"),
        QStringLiteral("20231231235959_lower"),
        QStringLiteral("20240101000000_"),
        QStringLiteral("20240101000000_a"),
        QStringLiteral("20240101000000_b"),
        QStringLiteral("20240101000000_init"),
        QStringLiteral("20240101000000_with spaces"),
        QStringLiteral("202401010000_twelve_digits"), // "_" sorts after the digits
        QStringLiteral("20240101_eight_digits"),
    };
    QCOMPARE(order, expected);
    QVERIFY(folder.diagnostics().isEmpty());
}

void TestMigrationsFolder::nameParts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("timestamp");
    QTest::addColumn<QString>("description");
    QTest::newRow("prisma") << QStringLiteral("20240101120000_init") << QStringLiteral("20240101120000") << QStringLiteral("init");
    QTest::newRow("short") << QStringLiteral("01_init") << QStringLiteral("01") << QStringLiteral("init");
    QTest::newRow("empty name") << QStringLiteral("20240101120000_") << QStringLiteral("20240101120000") << QString();
    QTest::newRow("no underscore") << QStringLiteral("20240101120000") << QStringLiteral("20240101120000") << QString();
    QTest::newRow("no timestamp") << QStringLiteral("init") << QString() << QStringLiteral("init");
    QTest::newRow("spaces") << QStringLiteral("20240101_add a thing") << QStringLiteral("20240101") << QStringLiteral("add a thing");
}

void TestMigrationsFolder::nameParts()
{
    QFETCH(QString, name);
    QFETCH(QString, timestamp);
    QFETCH(QString, description);
    migrate::Migration m;
    m.name = name;
    QCOMPARE(m.timestamp(), timestamp);
    QCOMPARE(m.description(), description);
}

void TestMigrationsFolder::checksum()
{
    QCOMPARE(migrate::MigrationsFolder::checksum("SELECT 1;\n"),
             QStringLiteral("b4e0497804e46e0a0b0b8c31975b062152d551bac49c3c2e80932567b4085dcd"));
    QCOMPARE(migrate::MigrationsFolder::checksum(QByteArray()),
             QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    // The bytes as they are: line endings are not normalized.
    QVERIFY(migrate::MigrationsFolder::checksum("SELECT 1;\r\n") != migrate::MigrationsFolder::checksum("SELECT 1;\n"));

    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("1_a/migration.sql")), "SELECT 1;\n");
    writeFile(dir.filePath(QStringLiteral("migration_lock.toml")), "provider = \"sqlite\"\n");
    const migrate::MigrationsFolder folder = migrate::MigrationsFolder::read(dir.path());
    QCOMPARE(int(folder.migrations().size()), 1);
    QCOMPARE(folder.migrations().front().checksum, QStringLiteral("b4e0497804e46e0a0b0b8c31975b062152d551bac49c3c2e80932567b4085dcd"));
    QCOMPARE(folder.migrations().front().script, QByteArray("SELECT 1;\n"));
}

void TestMigrationsFolder::missingScript()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("20240101000000_a/migration.sql")), "CREATE TABLE \"A\" (\"id\" TEXT);\n");
    QDir().mkpath(dir.filePath(QStringLiteral("20240102000000_empty")));
    writeFile(dir.filePath(QStringLiteral("20240103000000_other/notes.txt")), "x");
    writeFile(dir.filePath(QStringLiteral("migration_lock.toml")), "provider = \"postgresql\"\n");
    const migrate::MigrationsFolder folder = migrate::MigrationsFolder::read(dir.path());
    QCOMPARE(int(folder.migrations().size()), 3);
    QVERIFY(folder.migrations()[0].hasScript);
    QVERIFY(!folder.migrations()[1].hasScript);
    QVERIFY(folder.migrations()[1].checksum.isEmpty());
    QVERIFY(!folder.migrations()[2].hasScript);
    QCOMPARE(codes(folder.diagnostics()), (QStringList{QStringLiteral("migration-script-missing"), QStringLiteral("migration-script-missing")}));
    QVERIFY(!folder.diagnostics().hasErrors());
    QVERIFY(folder.migration(QStringLiteral("20240102000000_empty")));
    // The migrations that have a script still replay.
    const sql::ReplayResult result = folder.replay();
    QCOMPARE(int(result.schema.tables.size()), 1);
}

void TestMigrationsFolder::lockFile_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("provider");
    QTest::newRow("prisma") << QStringLiteral("# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = \"postgresql\"")
                            << QStringLiteral("postgresql");
    QTest::newRow("crlf and spaces") << QStringLiteral("provider   =   \"sqlite\"   \r\n") << QStringLiteral("sqlite");
    QTest::newRow("trailing comment") << QStringLiteral("provider = \"mysql\" # x\n") << QStringLiteral("mysql");
    QTest::newRow("single quotes") << QStringLiteral("provider = 'cockroachdb'\n") << QStringLiteral("cockroachdb");
    QTest::newRow("missing") << QStringLiteral("# nothing here\n") << QString();
    QTest::newRow("unquoted") << QStringLiteral("provider = postgresql\n") << QString();
    QTest::newRow("unclosed") << QStringLiteral("provider = \"postgresql\n") << QString();
    QTest::newRow("trailing garbage") << QStringLiteral("provider = \"postgresql\" x\n") << QString();
}

void TestMigrationsFolder::lockFile()
{
    QFETCH(QString, text);
    QFETCH(QString, provider);
    QString error;
    const std::optional<QString> parsed = migrate::MigrationsFolder::parseLockFile(text, &error);
    if (provider.isEmpty()) {
        QVERIFY(!parsed);
        QVERIFY(!error.isEmpty());
    } else {
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(*parsed, provider);
    }
}

void TestMigrationsFolder::badFolder()
{
    QTemporaryDir dir;
    const migrate::MigrationsFolder missing = migrate::MigrationsFolder::read(dir.filePath(QStringLiteral("nope")));
    QVERIFY(!missing.exists());
    QVERIFY(missing.migrations().empty());
    QCOMPARE(codes(missing.diagnostics()), QStringList{QStringLiteral("migrations-folder-missing")});
    QVERIFY(missing.diagnostics().hasErrors());

    writeFile(dir.filePath(QStringLiteral("file")), "x");
    const migrate::MigrationsFolder file = migrate::MigrationsFolder::read(dir.filePath(QStringLiteral("file")));
    QVERIFY(!file.exists());
    QCOMPARE(codes(file.diagnostics()), QStringList{QStringLiteral("migrations-folder-not-a-folder")});

    // No lock file: a warning, and no dialect to replay with unless one is given.
    QTemporaryDir empty;
    writeFile(empty.filePath(QStringLiteral("1_a/migration.sql")), "CREATE TABLE a (x INTEGER);\n");
    const migrate::MigrationsFolder unlocked = migrate::MigrationsFolder::read(empty.path());
    QVERIFY(unlocked.exists());
    QVERIFY(!unlocked.hasLockFile());
    QCOMPARE(codes(unlocked.diagnostics()), QStringList{QStringLiteral("lock-file-missing")});
    QVERIFY(!unlocked.dialect());
    QVERIFY(unlocked.replay().warnings.hasErrors());
    QCOMPARE(int(unlocked.replay(sql::Dialect::Sqlite).schema.tables.size()), 1);

    // A lock file that names no provider is an error value, not a failure.
    writeFile(empty.filePath(QStringLiteral("migration_lock.toml")), "provider = \n");
    const migrate::MigrationsFolder badLock = migrate::MigrationsFolder::read(empty.path());
    QCOMPARE(codes(badLock.diagnostics()), QStringList{QStringLiteral("lock-file-invalid")});
    QVERIFY(badLock.provider().isEmpty());
}

void TestMigrationsFolder::replay()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(QStringLiteral("migration_lock.toml")), "provider = \"postgresql\"\n");
    writeFile(dir.filePath(QStringLiteral("20240101000000_init/migration.sql")),
              "CREATE TABLE \"A\" (\"id\" TEXT NOT NULL, CONSTRAINT \"A_pkey\" PRIMARY KEY (\"id\"));\n");
    writeFile(dir.filePath(QStringLiteral("20240102000000_/migration.sql")), "ALTER TABLE \"A\" ADD COLUMN \"b\" INTEGER;\n");
    writeFile(dir.filePath(QStringLiteral("20240103000000_bad/migration.sql")), "\nALTER TABLE \"B\" ADD COLUMN \"c\" INTEGER;\n");
    const migrate::MigrationsFolder folder = migrate::MigrationsFolder::read(dir.path());
    QCOMPARE(folder.dialect(), std::optional<sql::Dialect>(sql::Dialect::PostgreSql));
    const sql::ReplayResult result = folder.replay();
    QCOMPARE(int(result.schema.tables.size()), 1);
    QCOMPARE(int(result.schema.tables.front().columns.size()), 2);
    QCOMPARE(int(result.warnings.items().size()), 1);
    QCOMPARE(result.warnings.items().front().file, QStringLiteral("20240103000000_bad/migration.sql"));
    QCOMPARE(result.warnings.items().front().span.line, 2);
}

QTEST_GUILESS_MAIN(TestMigrationsFolder)
#include "tst_migrationsfolder.moc"
