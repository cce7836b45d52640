// SPDX-License-Identifier: GPL-3.0-or-later
// Replays the whole migrations folder of every corpus project offline. Each must replay without a crash,
// without a statement the replayer cannot parse, and with the number of warnings counted below; every
// warning is explained there (hand-written SQL, procedural blocks, a truncated history).
#include "testsupport.h"

#include "migrate/migrationsfolder.h"

#include <QTest>

using namespace strata;

namespace {

struct Expected {
    int tables;
    int warnings;
    const char *why;
};

/// Warning counts per project, with what causes them. A change here is a change in what the replayer
/// understands: update the number and the reason together.
const QHash<QString, Expected> &expectations()
{
    static const QHash<QString, Expected> table = {
        {QStringLiteral("documenso__documenso"), {51, 8, "CREATE FUNCTION x4, CHECK constraints x3, a DO block that inserts a row"}},
        {QStringLiteral("elie222__inbox-zero"), {74, 26, "CREATE FUNCTION x8, CREATE TRIGGER x5, partial indexes x5, expression indexes x3, CHECK x3, EXCLUDE x1, a DO block"}},
        {QStringLiteral("epicweb-dev__epic-stack"), {13, 0, ""}},
        {QStringLiteral("formbricks__formbricks"), {56, 8, "DO blocks x7 (data fixes; 4 with guarded DDL that is replayed), a partial index"}},
        {QStringLiteral("hoppscotch__hoppscotch"), {23, 3, "a function and two triggers that keep a full-text column up to date"}},
        {QStringLiteral("langfuse__langfuse"), {36, 107, "the corpus holds 150 of its 434 migrations: statements on tables of the missing ones"}},
        {QStringLiteral("linkwarden__linkwarden"), {17, 1, "a DO block creating an enum through EXECUTE (replayed)"}},
        {QStringLiteral("lukevella__rallly"), {32, 7, "CREATE FUNCTION x2, a trigger, CHECK constraints x3, a DO block that fills a column"}},
        {QStringLiteral("mfts__papermark"), {62, 3, "expression indexes x2, a partial index"}},
        {QStringLiteral("shadcn-ui__taxonomy"), {5, 0, ""}},
        {QStringLiteral("stonith404__pingvin-share"), {11, 0, ""}},
        {QStringLiteral("teableio__teable-postgres"), {30, 0, ""}},
        {QStringLiteral("teableio__teable-sqlite"), {30, 0, ""}},
        {QStringLiteral("umami-software__umami"), {17, 0, ""}},
    };
    return table;
}

} // namespace

class TestCorpusReplay : public QObject {
    Q_OBJECT
private slots:
    void replay_data();
    void replay();
};

void TestCorpusReplay::replay_data()
{
    QTest::addColumn<QString>("project");
    QTest::addColumn<QString>("folder");
    const QString root = tests::corpusDir();
    if (root.isEmpty())
        QSKIP("The shared corpus (../shared/corpus beside the checkout) is not there; nothing to replay.");
    int count = 0;
    for (const QString &project : QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QString folder = QDir(root).filePath(project + QStringLiteral("/migrations"));
        if (!QDir(folder).exists())
            continue;
        QTest::newRow(qPrintable(project)) << project << folder;
        ++count;
    }
    QVERIFY2(count > 0, "the corpus has no migrations folder");
}

void TestCorpusReplay::replay()
{
    QFETCH(QString, project);
    QFETCH(QString, folder);
    const migrate::MigrationsFolder migrations = migrate::MigrationsFolder::read(folder);
    QVERIFY(migrations.exists());
    QVERIFY2(migrations.dialect(), qPrintable(QStringLiteral("unknown provider \"%1\"").arg(migrations.provider())));
    QVERIFY(!migrations.diagnostics().hasErrors());

    const sql::ReplayResult result = migrations.replay();
    const int warnings = int(result.warnings.items().size());
    qInfo().noquote() << QStringLiteral("%1 (%2): %3 migrations, %4 tables, %5 enums, %6 replay warnings")
                             .arg(project, migrations.provider()).arg(migrations.migrations().size())
                             .arg(result.schema.tables.size()).arg(result.schema.enums.size()).arg(warnings);
    QStringList unparsed;
    for (const psl::Diagnostic &d : result.warnings.items()) {
        if (qEnvironmentVariableIsSet("STRATA_VERBOSE"))
            qInfo().noquote() << "  " << d.toString();
        if (d.code == u"replay-syntax" || d.code == u"replay-unterminated" || d.code == u"replay-unsupported-statement")
            unparsed << d.toString();
    }
    QVERIFY2(unparsed.isEmpty(), qPrintable(unparsed.join(u'\n')));

    const auto it = expectations().constFind(project);
    if (it == expectations().constEnd()) {
        qInfo("  (a new corpus project: no expected figures yet)");
        QVERIFY(!result.schema.tables.empty());
        return;
    }
    QCOMPARE(int(result.schema.tables.size()), it->tables);
    QCOMPARE(warnings, it->warnings);
}

QTEST_GUILESS_MAIN(TestCorpusReplay)
#include "tst_corpus_replay.moc"
