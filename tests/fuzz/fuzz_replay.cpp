// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: SQL text -> MigrationReplayer, once per dialect (PostgreSQL, SQLite, MySQL). A migration
// folder holds whatever SQL people wrote by hand; the replayer must turn what it does not understand into
// warnings, never crash. Besides crashes and sanitizer reports it checks that every warning points into the
// text, and that a replayed schema can be diffed against itself (an empty migration) and against the empty
// schema, and rendered. STRATA_FUZZ_REPLAY_TWICE=1 also checks that Strata's script for the replayed schema
// replays to it; mangled names and types fail that without a defect behind it (bench/README.md), so it is off.
#include "sql/differ.h"
#include "sql/migrationreplayer.h"
#include "sql/sqlrenderer.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace strata;

namespace {

[[noreturn]] void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz_replay: %s\n%s\n", what, qPrintable(detail));
    std::abort();
}

void replayAs(sql::Dialect dialect, const QString &text)
{
    const sql::ReplayResult result = sql::MigrationReplayer::replay(dialect, {{QStringLiteral("fuzz/migration.sql"), text}});
    for (const psl::Diagnostic &warning : result.warnings.items()) {
        const psl::Span &span = warning.span;
        if (span.isValid() && (span.start < 0 || span.start > span.end || span.end > text.size()))
            fail("warning span outside the text", warning.toString());
        (void)warning.toString();
    }
    const sql::Migration itself = sql::SchemaDiffer::diff(result.schema, result.schema);
    if (!itself.isEmpty())
        fail("a replayed schema differs from itself", sql::SqlRenderer::forDialect(dialect)->renderScript(itself));
    sql::SqlSchema empty;
    empty.dialect = dialect;
    const std::unique_ptr<sql::SqlRenderer> renderer = sql::SqlRenderer::forDialect(dialect);
    const QString script = renderer->renderScript(sql::SchemaDiffer::diff(empty, result.schema));
    (void)renderer->renderScript(sql::SchemaDiffer::diff(result.schema, empty));
    if (qEnvironmentVariableIntValue("STRATA_FUZZ_REPLAY_TWICE") != 1)
        return;
    // Prisma writes enum values between quotes as they are, a quote inside one included (`'it's'`), and Strata
    // writes what Prisma writes: such a script does not parse back.
    for (const sql::EnumType &e : result.schema.enums) {
        for (const QString &value : e.values) {
            if (value.contains(u'\''))
                return;
        }
    }
    // What Strata writes for the replayed schema, replayed again, gives that schema back.
    const sql::ReplayResult again = sql::MigrationReplayer::replay(dialect, {{QStringLiteral("again/migration.sql"), script}});
    const sql::Migration left = sql::SchemaDiffer::diff(again.schema, result.schema);
    if (!left.isEmpty())
        fail("Strata's script for a replayed schema does not replay to it", renderer->renderScript(left) + QLatin1String("\n--- script:\n") + script);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // Invalid UTF-8 becomes U+FFFD, as when a file is read.
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const sql::Dialect dialect : {sql::Dialect::PostgreSql, sql::Dialect::Sqlite, sql::Dialect::MySql})
        replayAs(dialect, text);
    return 0;
}
