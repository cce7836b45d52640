// SPDX-License-Identifier: GPL-3.0-or-later
// `strata migrate diff` on the command line: flags, the script on stdout byte for byte, exit codes 0/1/2.
#include "testsupport.h"

#include "cli/cli.h"

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

QString golden(const QString &name)
{
    return tests::fixturesDir() + QStringLiteral("/migrate-diff/handwritten/") + name;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestCliMigrateDiff : public QObject {
    Q_OBJECT
private slots:
    void fromEmptyScript();
    void fromEmptyLargeSchema();
    void schemaToSchemaExitCode();
    void emptyDiff();
    void summary();
    void errors();
    void errorsOfBothSides();
    void output();
};

void TestCliMigrateDiff::fromEmptyScript()
{
    const Result r = run({QStringLiteral("migrate"), QStringLiteral("diff"), QStringLiteral("--from-empty"), QStringLiteral("--to-schema"),
                          golden(QStringLiteral("self-relations.to.prisma")), QStringLiteral("--script")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, readText(golden(QStringLiteral("self-relations.expected.sql"))));
}

void TestCliMigrateDiff::fromEmptyLargeSchema()
{
    // Large enough that the syntax tree is freed on two threads before the SQL schema is computed.
    constexpr int models = 1200;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("schema.prisma"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("datasource db {\n  provider = \"postgresql\"\n}\n\n");
    file.write(tests::generatedModels(models, QStringLiteral("M")).toUtf8());
    file.close();
    const Result r = run({QStringLiteral("migrate"), QStringLiteral("diff"), QStringLiteral("--from-empty"), QStringLiteral("--to-schema"),
                          path, QStringLiteral("--script")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.out.count(QStringLiteral("CREATE TABLE \"M")), qsizetype(models));
    QCOMPARE(r.out.count(QStringLiteral("FOREIGN KEY (\"parentId\")")), qsizetype(models - 1));
    QVERIFY(r.out.contains(QStringLiteral("CREATE TYPE \"MKind\" AS ENUM ('A', 'B');")));
    QVERIFY(r.out.contains(QStringLiteral("CREATE TABLE \"M1199\" (")));
    QVERIFY(r.out.contains(QStringLiteral("CREATE UNIQUE INDEX \"M1199_name_key\" ON \"M1199\"(\"name\");")));
}

void TestCliMigrateDiff::schemaToSchemaExitCode()
{
    const Result r = run({QStringLiteral("migrate"), QStringLiteral("diff"), QStringLiteral("--from-schema"),
                          golden(QStringLiteral("enum-add.from.prisma")), QStringLiteral("--to-schema=") + golden(QStringLiteral("enum-add.to.prisma")),
                          QStringLiteral("--script"), QStringLiteral("--exit-code")});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.out, readText(golden(QStringLiteral("enum-add.expected.sql"))));
}

void TestCliMigrateDiff::emptyDiff()
{
    const QString path = golden(QStringLiteral("enum-add.to.prisma"));
    const Result r = run({QStringLiteral("migrate"), QStringLiteral("diff"), QStringLiteral("--from-schema-datamodel"), path,
                          QStringLiteral("--to-schema"), path, QStringLiteral("--script"), QStringLiteral("--exit-code")});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("-- This is an empty migration.\n"));
}

void TestCliMigrateDiff::summary()
{
    const Result r = run({QStringLiteral("migrate"), QStringLiteral("diff"), QStringLiteral("--from-empty"), QStringLiteral("--to-schema"),
                          golden(QStringLiteral("self-relations-sqlite.to.prisma"))});
    QCOMPARE(r.code, 0);
    // Prisma's summary, as `prisma migrate diff` without --script prints it.
    QCOMPARE(r.out, QStringLiteral("\n[+] Added tables\n  - Node\n  - _friends\n\n[*] Changed the `_friends` table\n"
                                   "  [+] Added unique index on columns (A, B)\n  [+] Added index on columns (B)\n"));
}

void TestCliMigrateDiff::errors()
{
    QCOMPARE(run({QStringLiteral("migrate"), QStringLiteral("diff"), QStringLiteral("--from-empty")}).code, 1);
    QCOMPARE(run({QStringLiteral("migrate"), QStringLiteral("diff"), QStringLiteral("--from-empty"), QStringLiteral("--to-empty"),
                  QStringLiteral("--bogus")})
                 .code,
             1);
    const Result missing = run({QStringLiteral("migrate"), QStringLiteral("diff"), QStringLiteral("--from-empty"),
                                QStringLiteral("--to-schema"), QStringLiteral("no/such/schema.prisma")});
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.out.isEmpty());
    // A provider change is refused (Prisma's engine panics on it).
    const Result mixed = run({QStringLiteral("migrate"), QStringLiteral("diff"), QStringLiteral("--from-schema"),
                              golden(QStringLiteral("self-relations.to.prisma")), QStringLiteral("--to-schema"),
                              golden(QStringLiteral("self-relations-sqlite.to.prisma")), QStringLiteral("--script")});
    QCOMPARE(mixed.code, 1);
    QVERIFY(mixed.out.isEmpty());
    QCOMPARE(run({QStringLiteral("migrate"), QStringLiteral("nope")}).code, 1);
    QCOMPARE(run({QStringLiteral("migrate"), QStringLiteral("--help")}).code, 0);
}

void TestCliMigrateDiff::errorsOfBothSides()
{
    // The sides load in order: the from side's messages, and the to side's only when the from side loaded.
    QTemporaryDir dir;
    auto write = [&dir](const QString &name, const QByteArray &text) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(text);
        return file.fileName();
    };
    const QByteArray datasource = "datasource db {\n  provider = \"postgresql\"\n}\n\n";
    const QString badFrom = write(QStringLiteral("from.prisma"), datasource + "model A {\n  id Int @id\n  b FromMissing\n}\n");
    const QString badTo = write(QStringLiteral("to.prisma"), datasource + "model A {\n  id Int @id\n  b ToMissing\n}\n");
    const QString good = write(QStringLiteral("good.prisma"), datasource + "model A {\n  id Int @id\n}\n");
    auto diff = [](const QString &from, const QString &to) {
        return run({QStringLiteral("migrate"), QStringLiteral("diff"), QStringLiteral("--from-schema"), from,
                    QStringLiteral("--to-schema"), to, QStringLiteral("--script")});
    };

    const Result both = diff(badFrom, badTo);
    QCOMPARE(both.code, 1);
    QVERIFY(both.out.isEmpty());
    QVERIFY2(both.err.contains(QStringLiteral("FromMissing")), qPrintable(both.err));
    QVERIFY2(!both.err.contains(QStringLiteral("ToMissing")), qPrintable(both.err));

    const Result toOnly = diff(good, badTo);
    QCOMPARE(toOnly.code, 1);
    QVERIFY(toOnly.out.isEmpty());
    QVERIFY2(toOnly.err.contains(QStringLiteral("to.prisma:7:")), qPrintable(toOnly.err));
    QVERIFY2(toOnly.err.contains(QStringLiteral("ToMissing")), qPrintable(toOnly.err));

    const Result fine = diff(good, good);
    QCOMPARE(fine.code, 0);
    QCOMPARE(fine.out, QStringLiteral("-- This is an empty migration.\n"));
    QVERIFY(fine.err.isEmpty());
}

void TestCliMigrateDiff::output()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("out.sql"));
    const Result r = run({QStringLiteral("migrate"), QStringLiteral("diff"), QStringLiteral("--from-empty"), QStringLiteral("--to-schema"),
                          golden(QStringLiteral("self-relations.to.prisma")), QStringLiteral("--script"), QStringLiteral("--output"), file});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(readText(file), readText(golden(QStringLiteral("self-relations.expected.sql"))));
}

QTEST_GUILESS_MAIN(TestCliMigrateDiff)
#include "tst_cli_migratediff.moc"
