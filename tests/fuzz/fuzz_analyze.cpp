// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: schema text -> analyze() (parser, graph builder, validator), and for a schema without errors
// on an SQL provider the rest of `migrate diff`: the SQL schema, the diff from the empty database and back, and
// the rendered script. Besides crashes and sanitizer reports it checks that diagnostics point into the text, that a
// schema's SQL schema diffed against itself is an empty migration, and that the script from the empty database,
// replayed as a migration history (what the Migration pane does with a project's migrations folder), gives the
// schema back: nothing left to migrate.
#include "schema/schemaloader.h"
#include "sql/differ.h"
#include "sql/migrationreplayer.h"
#include "sql/schemacalculator.h"
#include "sql/sqlrenderer.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace strata;

namespace {

[[noreturn]] void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz_analyze: %s\n%s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // Invalid UTF-8 becomes U+FFFD, as when a file is read.
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    psl::SourceSet sources;
    sources.add(psl::SourceFile(QStringLiteral("fuzz.prisma"), text));
    const schema::LoadedSchema loaded = schema::analyze(std::move(sources));
    for (const psl::Diagnostic &diagnostic : loaded.diagnostics.items()) {
        const psl::Span &span = diagnostic.span;
        if (span.start < 0 || span.start > span.end || span.end > text.size())
            fail("diagnostic span outside the text", diagnostic.toString());
        (void)diagnostic.toString();
    }
    if (loaded.diagnostics.hasErrors())
        return 0;
    const std::optional<sql::Dialect> dialect = sql::dialectForProvider(loaded.schema.provider());
    if (!dialect)
        return 0;
    const sql::SqlSchema schema = sql::SchemaCalculator::calculate(loaded.schema, *dialect);
    const std::unique_ptr<sql::SqlRenderer> renderer = sql::SqlRenderer::forDialect(*dialect);
    const sql::Migration itself = sql::SchemaDiffer::diff(schema, schema);
    if (!itself.isEmpty())
        fail("a schema's SQL differs from itself", renderer->renderScript(itself) + QLatin1String("\n--- schema:\n") + text);
    sql::SqlSchema empty;
    empty.dialect = *dialect;
    const QString script = renderer->renderScript(sql::SchemaDiffer::diff(empty, schema));
    (void)renderer->renderScript(sql::SchemaDiffer::diff(schema, empty));

    // dbgenerated("'x'") or dbgenerated("now()") read back as a literal and as now(), which Prisma's comparison
    // never takes for the dbgenerated() default (tst_replayroundtrip explains the one fixture of that kind).
    if (text.contains(QLatin1String("dbgenerated")))
        return 0;
    const sql::ReplayResult replayed = sql::MigrationReplayer::replay(*dialect, {{QStringLiteral("0_init/migration.sql"), script}});
    if (!replayed.warnings.isEmpty())
        fail("the replay of Strata's own script warns", replayed.warnings.items().front().toString() + QLatin1String("\n--- script:\n") + script
                 + QLatin1String("\n--- schema:\n") + text);
    const sql::Migration left = sql::SchemaDiffer::diff(replayed.schema, schema);
    if (!left.isEmpty())
        fail("the replayed script does not give the schema back", renderer->renderScript(left) + QLatin1String("\n--- script:\n") + script
                 + QLatin1String("\n--- schema:\n") + text);
    return 0;
}
