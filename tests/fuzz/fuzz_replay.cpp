// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: SQL text -> MigrationReplayer, once per dialect (PostgreSQL, SQLite, MySQL). A migration
// folder holds whatever SQL people wrote by hand; the replayer must turn what it does not understand into
// warnings, never crash. Besides crashes and sanitizer reports it checks that every warning points into the
// text, and that a replayed schema can be diffed against itself (an empty migration) and against the empty
// schema, and rendered.
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
    (void)sql::SqlRenderer::forDialect(dialect)->renderScript(sql::SchemaDiffer::diff(empty, result.schema));
    (void)sql::SqlRenderer::forDialect(dialect)->renderScript(sql::SchemaDiffer::diff(result.schema, empty));
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
