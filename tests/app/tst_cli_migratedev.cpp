// SPDX-License-Identifier: GPL-3.0-or-later
// `strata migrate diff --from-migrations/--to-migrations` and `strata migrate dev --create-only` on the
// command line: replay of a migrations folder, the folder and lock file written, Prisma's messages and names.
#include "testsupport.h"

#include "cli/cli.h"
#include "migrate/migrationwriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace strata;

namespace {

struct Result {
    int code = -1;
    QString out;
    QString err;
};

Result run(const QStringList &arguments)
{
    Result result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    result.code = cli::run(QStringList{QStringLiteral("strata")} + arguments, out, err);
    out.flush();
    err.flush();
    return result;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool writeText(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

QString blog()
{
    return QStringLiteral(STRATA_SOURCE_DIR "/examples/blog/prisma");
}

const char *const userSchema = "datasource db {\n  provider = \"postgresql\"\n}\n\n"
                               "model User {\n  id    Int    @id @default(autoincrement())\n  email String @unique\n}\n";

} // namespace

class TestCliMigrateDev : public QObject {
    Q_OBJECT
private slots:
    void fromMigrationsEmptyDiff();
    void fromMigrationsToEmpty();
    void fromMigrationsReplayWarnings();
    void migrationNames_data();
    void migrationNames();
    void createOnly();
    void createOnlyEmptyDiff();
    void withoutCreateOnly();
    void providerMismatch();
};

void TestCliMigrateDev::fromMigrationsEmptyDiff()
{
    // examples/blog's migrations build exactly its schema.
    const Result r = run({QStringLiteral("migrate"), QStringLiteral("diff"), QStringLiteral("--from-migrations"), blog() + QStringLiteral("/migrations"),
                          QStringLiteral("--to-schema"), blog() + QStringLiteral("/schema.prisma"), QStringLiteral("--script"), QStringLiteral("--exit-code")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("-- This is an empty migration.\n"));
    QCOMPARE(r.err, QString());
    const Result back = run({QStringLiteral("migrate"), QStringLiteral("diff"), QStringLiteral("--from-schema"), blog() + QStringLiteral("/schema.prisma"),
                             QStringLiteral("--to-migrations"), blog() + QStringLiteral("/migrations"), QStringLiteral("--exit-code")});
    QCOMPARE(back.code, 0);
    QCOMPARE(back.out, QStringLiteral("No difference detected.\n"));
}

void TestCliMigrateDev::fromMigrationsToEmpty()
{
    // The dialect comes from migration_lock.toml when the other side has no schema.
    const Result r = run({QStringLiteral("migrate"), QStringLiteral("diff"), QStringLiteral("--from-empty"), QStringLiteral("--to-migrations"),
                          blog() + QStringLiteral("/migrations"), QStringLiteral("--script")});
    QCOMPARE(r.code, 0);
    const Result direct = run({QStringLiteral("migrate"), QStringLiteral("diff"), QStringLiteral("--from-empty"), QStringLiteral("--to-schema"),
                               blog() + QStringLiteral("/schema.prisma"), QStringLiteral("--script")});
    QCOMPARE(r.out, direct.out);
}

void TestCliMigrateDev::fromMigrationsReplayWarnings()
{
    QTemporaryDir dir;
    const QString migrations = dir.filePath(QStringLiteral("migrations"));
    QVERIFY(writeText(migrations + QStringLiteral("/migration_lock.toml"), migrate::MigrationWriter::lockFileText(QStringLiteral("postgresql"))));
    QVERIFY(writeText(migrations + QStringLiteral("/20240101000000_init/migration.sql"),
                      QStringLiteral("CREATE TABLE \"User\" (\"id\" SERIAL NOT NULL, \"email\" TEXT NOT NULL,\n"
                                     "    CONSTRAINT \"User_pkey\" PRIMARY KEY (\"id\"));\n"
                                     "CREATE UNIQUE INDEX \"User_email_key\" ON \"User\"(\"email\");\n"
                                     "CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql;\n")));
    QVERIFY(writeText(dir.filePath(QStringLiteral("schema.prisma")), QString::fromUtf8(userSchema)));
    const Result r = run({QStringLiteral("migrate"), QStringLiteral("diff"), QStringLiteral("--from-migrations"), migrations,
                          QStringLiteral("--to-schema"), dir.filePath(QStringLiteral("schema.prisma")), QStringLiteral("--script")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("-- This is an empty migration.\n"));
    // The CREATE FUNCTION is not replayed: a warning with the file and line of the statement.
    QVERIFY2(r.err.startsWith(migrations + QStringLiteral("/20240101000000_init/migration.sql:4:")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral(": warning: ")), qPrintable(r.err));

    const Result missing = run({QStringLiteral("migrate"), QStringLiteral("diff"), QStringLiteral("--from-migrations"), dir.filePath(QStringLiteral("nope")),
                                QStringLiteral("--to-schema"), dir.filePath(QStringLiteral("schema.prisma"))});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.out.isEmpty());
}

void TestCliMigrateDev::migrationNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "init" << "init";
    QTest::newRow("spaces") << "Add user table" << "add_user_table";
    QTest::newRow("camel case") << "addUserTable" << "add_user_table";
    QTest::newRow("acronym") << "addAPIKeys" << "add_api_keys";
    QTest::newRow("punctuation") << "  fix: posts/comments (v2)!  " << "fix_posts_comments_v2";
    QTest::newRow("ampersand") << "users & posts" << "users_and_posts";
    QTest::newRow("accents") << QStringLiteral("Déjà vu") << "deja_vu";
    QTest::newRow("german") << QStringLiteral("Größe") << "groesse";
    QTest::newRow("dashes") << "add-user--table" << "add_user_table";
    QTest::newRow("empty") << "" << "";
    QTest::newRow("long") << QString(250, u'a') << QString(200, u'a');
}

void TestCliMigrateDev::migrationNames()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(migrate::MigrationWriter::migrationName(name), expected);
}

void TestCliMigrateDev::createOnly()
{
    QTemporaryDir dir;
    const QString schema = dir.filePath(QStringLiteral("prisma/schema.prisma"));
    QVERIFY(writeText(schema, QString::fromUtf8(userSchema)));
    const Result r = run({QStringLiteral("migrate"), QStringLiteral("dev"), QStringLiteral("--create-only"), QStringLiteral("--name"),
                          QStringLiteral("Add users"), QStringLiteral("--schema"), schema});
    QCOMPARE(r.code, 0);
    const QDir migrations(dir.filePath(QStringLiteral("prisma/migrations")));
    const QStringList folders = migrations.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCOMPARE(folders.size(), 1);
    const QString name = folders.first();
    QVERIFY2(QRegularExpression(QStringLiteral("^\\d{14}_add_users$")).match(name).hasMatch(), qPrintable(name));
    QCOMPARE(r.out, QStringLiteral("Prisma schema loaded from %1\n"
                                   "Prisma Migrate created the following migration without applying it %2\n\n"
                                   "You can now edit it and apply it by running prisma migrate dev.\n").arg(schema, name));
    QCOMPARE(readText(migrations.filePath(QStringLiteral("migration_lock.toml"))),
             readText(blog() + QStringLiteral("/migrations/migration_lock.toml")));
    const Result direct = run({QStringLiteral("migrate"), QStringLiteral("diff"), QStringLiteral("--from-empty"), QStringLiteral("--to-schema"),
                               schema, QStringLiteral("--script")});
    QCOMPARE(readText(migrations.filePath(name + QStringLiteral("/migration.sql"))), direct.out);

    // The next migration starts from the replayed history; a dropped column gets Prisma's warning block.
    QVERIFY(writeText(schema, QString::fromUtf8(userSchema).replace(QStringLiteral("  email String @unique\n"), QString())));
    QTest::qWait(1100); // a new second, so a new timestamp
    const Result next = run({QStringLiteral("migrate"), QStringLiteral("dev"), QStringLiteral("--create-only"), QStringLiteral("--name=drop email"),
                             QStringLiteral("--schema"), schema});
    QCOMPARE(next.code, 0);
    QVERIFY2(next.out.contains(QStringLiteral("Warnings for the current datasource:")), qPrintable(next.out));
    const QStringList after = migrations.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QCOMPARE(after.size(), 2);
    QVERIFY(after.last().endsWith(QStringLiteral("_drop_email")));
    const QString script = readText(migrations.filePath(after.last() + QStringLiteral("/migration.sql")));
    QVERIFY2(script.startsWith(QStringLiteral("/*\n  Warnings:\n\n  - You are about to drop the column `email` on the `User` table")), qPrintable(script));
    QVERIFY(script.contains(QStringLiteral("ALTER TABLE \"User\" DROP COLUMN \"email\";")));
}

void TestCliMigrateDev::createOnlyEmptyDiff()
{
    // Like Prisma's --create-only, an up-to-date schema still gets a (empty) migration to write SQL into.
    QTemporaryDir dir;
    const QString schema = dir.filePath(QStringLiteral("prisma/schema.prisma"));
    QVERIFY(writeText(schema, QString::fromUtf8(userSchema)));
    QVERIFY(run({QStringLiteral("migrate"), QStringLiteral("dev"), QStringLiteral("--create-only"), QStringLiteral("--name=init"),
                 QStringLiteral("--schema"), schema}).code == 0);
    QTest::qWait(1100);
    const Result r = run({QStringLiteral("migrate"), QStringLiteral("dev"), QStringLiteral("--create-only"), QStringLiteral("--name=custom sql"),
                          QStringLiteral("--schema"), schema});
    QCOMPARE(r.code, 0);
    const QDir migrations(dir.filePath(QStringLiteral("prisma/migrations")));
    const QStringList folders = migrations.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QCOMPARE(folders.size(), 2);
    QCOMPARE(readText(migrations.filePath(folders.last() + QStringLiteral("/migration.sql"))), QStringLiteral("-- This is an empty migration."));
}

void TestCliMigrateDev::withoutCreateOnly()
{
    const Result r = run({QStringLiteral("migrate"), QStringLiteral("dev"), QStringLiteral("--name"), QStringLiteral("x"), QStringLiteral("--schema"),
                          blog() + QStringLiteral("/schema.prisma")});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(QStringLiteral("--create-only")), qPrintable(r.err));
    QCOMPARE(run({QStringLiteral("migrate"), QStringLiteral("dev"), QStringLiteral("--create-only"), QStringLiteral("--bogus")}).code, 1);
}

void TestCliMigrateDev::providerMismatch()
{
    QTemporaryDir dir;
    const QString schema = dir.filePath(QStringLiteral("prisma/schema.prisma"));
    QVERIFY(writeText(schema, QString::fromUtf8(userSchema)));
    QVERIFY(writeText(dir.filePath(QStringLiteral("prisma/migrations/migration_lock.toml")), migrate::MigrationWriter::lockFileText(QStringLiteral("sqlite"))));
    const Result r = run({QStringLiteral("migrate"), QStringLiteral("dev"), QStringLiteral("--create-only"), QStringLiteral("--schema"), schema});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(QStringLiteral("does not match the one specified in the migration_lock.toml")), qPrintable(r.err));
    QCOMPARE(QDir(dir.filePath(QStringLiteral("prisma/migrations"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size(), 0);
}

QTEST_GUILESS_MAIN(TestCliMigrateDev)
#include "tst_cli_migratedev.moc"
