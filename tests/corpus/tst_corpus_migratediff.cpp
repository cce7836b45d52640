// SPDX-License-Identifier: GPL-3.0-or-later
// `strata migrate diff` on the shared corpus: every latest schema and every history schema from empty, and
// every history pair (before -> after), must print exactly what Prisma 7.10.1's engine prints. The corpus
// may not be committed, so tests/fixtures/migrate-diff/corpus-migrate-diff.sha256 holds the SHA-256 of each
// oracle output ("rejected" where Prisma refuses a schema); the regenerate script beside it writes the list.
#include "testsupport.h"

#include "sql/differ.h"
#include "sql/schemacalculator.h"
#include "sql/sqlrenderer.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace strata;

namespace {

/// Prisma 7 rejects what older Prisma accepted: the `metrics` preview feature and `@id` on views. Neither
/// changes the SQL of a migration, so both sides (oracle and Strata) see the corpus without them.
QString normalizeForPrisma7(const QString &text)
{
    static const QRegularExpression metrics(QStringLiteral(R"re((previewFeatures\s*=\s*\[[^\]]*?)\s*,?\s*"metrics")re"));
    QString out = text;
    out.replace(metrics, QStringLiteral("\\1"));
    QStringList lines = out.split(u'\n');
    bool inView = false;
    static const QRegularExpression viewStart(QStringLiteral(R"(^view\s)"));
    static const QRegularExpression id(QStringLiteral(R"(\s@id\b)"));
    for (QString &line : lines) {
        if (viewStart.match(line).hasMatch())
            inView = true;
        if (inView)
            line.remove(id);
        if (line.startsWith(u'}'))
            inView = false;
    }
    return lines.join(u'\n');
}

struct Loaded {
    bool rejected = false;
    QString errors;
    std::optional<sql::SqlSchema> schema;
    std::optional<sql::Dialect> dialect;
};

Loaded load(const QString &path)
{
    Loaded out;
    if (path.isEmpty())
        return out;
    psl::SourceSet raw;
    QString error;
    if (!psl::SourceSet::load(path, raw, &error)) {
        out.rejected = true;
        out.errors = error;
        return out;
    }
    psl::SourceSet sources;
    for (int i = 0; i < raw.size(); ++i)
        sources.add(psl::SourceFile(raw.file(i).path(), normalizeForPrisma7(raw.file(i).text())));
    const schema::LoadedSchema loaded = schema::analyze(std::move(sources));
    if (loaded.diagnostics.hasErrors()) {
        out.rejected = true;
        out.errors = tests::errorLines(loaded.diagnostics).join(u'\n');
        return out;
    }
    out.dialect = sql::dialectForProvider(loaded.schema.provider());
    if (out.dialect)
        out.schema = sql::SchemaCalculator::calculate(loaded.schema, *out.dialect);
    return out;
}

} // namespace

class TestCorpusMigrateDiff : public QObject {
    Q_OBJECT
private slots:
    void corpusDiffs_data();
    void corpusDiffs();
};

void TestCorpusMigrateDiff::corpusDiffs_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("expected");
    const QString root = tests::corpusDir();
    if (root.isEmpty())
        QSKIP("The shared corpus (../shared/corpus beside the checkout) is not there; nothing to check.");
    QFile list(tests::fixturesDir() + QStringLiteral("/migrate-diff/corpus-migrate-diff.sha256"));
    QVERIFY2(list.open(QIODevice::ReadOnly | QIODevice::Text), "corpus-migrate-diff.sha256 is missing");
    int count = 0;
    while (!list.atEnd()) {
        const QString line = QString::fromUtf8(list.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype split = line.indexOf(QStringLiteral("  "));
        QVERIFY2(split > 0, qPrintable(QStringLiteral("bad line: ") + line));
        const QString expected = line.left(split);
        const QStringList sides = line.mid(split + 2).split(u'|');
        QVERIFY2(sides.size() == 2, qPrintable(QStringLiteral("bad line: ") + line));
        auto absolute = [&](const QString &side) { return side == u"-" ? QString() : QDir(root).absoluteFilePath(side); };
        QTest::newRow(qPrintable(sides.join(QStringLiteral(" -> ")))) << absolute(sides.at(0)) << absolute(sides.at(1)) << expected;
        ++count;
    }
    QVERIFY2(count >= 80, "corpus-migrate-diff.sha256 lists fewer cases than expected");
}

void TestCorpusMigrateDiff::corpusDiffs()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, expected);
    const Loaded previous = load(from);
    const Loaded next = load(to);
    if (expected == u"rejected") {
        // Prisma refuses a schema, or (a provider change) fails on the pair: Strata must not print a script.
        const bool mixedProviders = previous.dialect && next.dialect && *previous.dialect != *next.dialect;
        QVERIFY2(previous.rejected || next.rejected || mixedProviders, "Prisma rejects this pair, Strata accepted it");
        return;
    }
    QVERIFY2(!previous.rejected, qPrintable(previous.errors));
    QVERIFY2(!next.rejected, qPrintable(next.errors));
    const sql::Dialect dialect = next.dialect.value_or(previous.dialect.value_or(sql::Dialect::Sqlite));
    sql::SqlSchema empty;
    empty.dialect = dialect;
    const sql::Migration migration =
        sql::SchemaDiffer::diff(previous.schema ? *previous.schema : empty, next.schema ? *next.schema : empty);
    QString script = sql::SqlRenderer::forDialect(dialect)->renderScript(migration);
    if (!script.endsWith(u'\n'))
        script += u'\n';
    const QByteArray hash = QCryptographicHash::hash(script.toUtf8(), QCryptographicHash::Sha256).toHex();
    QVERIFY2(hash == expected.toLatin1(), "Strata's script differs from Prisma's (compare with ../shared/oracle/prisma-diff)");
}

QTEST_GUILESS_MAIN(TestCorpusMigrateDiff)
#include "tst_corpus_migratediff.moc"
