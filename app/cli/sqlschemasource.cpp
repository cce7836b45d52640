// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlschemasource.h"

#include "processlifetime.h"

#include "schema/schemaloader.h"
#include "sql/schemacalculator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>


namespace strata::cli {

static QString tr(const char *text)
{
    return QCoreApplication::translate("strata::cli", text);
}

/// Frees a syntax tree for the process's next steps, which end soon with it. The tree's lists are in the parser's
/// arenas: giving those back returns most of its memory at once, in large blocks the next steps reuse. Its nodes
/// are not destroyed one by one (a walk of hundreds of thousands of them, 5 ms at 5,000 models, and as much again
/// for glibc to coalesce the small chunks it would free): what they hold elsewhere (shared names, doc comments)
/// stays allocated, and the rest of the tree is left, unread, until the process ends. Under AddressSanitizer the
/// tree is destroyed normally, so that leak checks stay exact.
static void freeSyntaxTree(psl::SchemaAst &&ast)
{
#if defined(__SANITIZE_ADDRESS__)
    ast = {};
#else
    auto *abandoned = new psl::SchemaAst(std::move(ast)); // never deleted: its lists' memory is given back below
    for (psl::SchemaFile &file : abandoned->files)
        file.arenas.release();
#endif
}

std::optional<SqlSchemaSource> loadSqlSchemaSource(const QString &path, const QString &command, QTextStream &err,
                                                   GraphAfterwards graph)
{
    if (!QFileInfo::exists(path)) {
        err << tr("error: Could not find a schema at %1").arg(path) << '\n';
        return std::nullopt;
    }
    prepareForSchema(path);
    schema::LoadedSchema loaded;
    QString error;
    // The validator's lookups are freed as it ends: the SQL schema reuses their memory instead of fresh pages (at
    // 5,000 models 0.7 MiB less at the peak, for 0.7 ms of freeing).
    if (!schema::loadSchema(path, loaded, &error, schema::SourceText::ReleaseAfterParsing,
                            schema::ValidationIndexes::Free)) {
        err << "error: " << error << '\n';
        return std::nullopt;
    }
    if (loaded.diagnostics.hasErrors()) {
        for (const psl::Diagnostic &diagnostic : loaded.diagnostics.items()) {
            if (diagnostic.isError())
                err << diagnostic.toString() << '\n';
        }
        err << QCoreApplication::translate("strata::cli", "Validation failed: %n error(s) in %1", nullptr, loaded.diagnostics.errorCount())
                   .arg(path)
            << '\n';
        return std::nullopt;
    }
    SqlSchemaSource source;
    if (loaded.schema.datasource) {
        source.provider = loaded.schema.datasource->provider;
        const int file = loaded.schema.datasource->span.file;
        if (file >= 0 && file < loaded.sources.size())
            source.datasourceFile = loaded.sources.file(file).path();
    }
    if (source.datasourceFile.isEmpty())
        source.datasourceFile = QFileInfo(path).isDir() ? QDir(path).filePath(QStringLiteral("schema.prisma")) : path;
    // Only the graph is needed from here on: on large schemas the syntax tree is most of the memory, which the
    // SQL schema can then reuse (the text went once parsed: SourceText::ReleaseAfterParsing).
    loaded.sources = {};
    freeSyntaxTree(std::move(loaded.ast));
    if (loaded.schema.provider() == schema::Provider::CockroachDb) {
        // CockroachDB has its own types and statements; PostgreSQL's would be wrong there.
        err << tr("error: %1 does not support the cockroachdb provider yet.").arg(command) << '\n';
        return std::nullopt;
    }
    const std::optional<sql::Dialect> dialect = sql::dialectForProvider(loaded.schema.provider());
    if (!dialect) {
        err << tr("error: the schema at %1 has no SQL datasource (provider \"%2\"); %3 works on SQL databases.")
                   .arg(path, source.provider, command)
            << '\n';
        return std::nullopt;
    }
    source.dialect = *dialect;
    source.schema = sql::SchemaCalculator::calculate(loaded.schema, *dialect);
    if (graph == GraphAfterwards::KeepUntilExit)
        keepUntilExit(std::move(loaded.schema));
    return source; // a graph not kept goes with `loaded`, before what is loaded next takes its memory
}

static void printDiagnostic(const psl::Diagnostic &diagnostic, QTextStream &err)
{
    QString line = diagnostic.toString();
    if (!diagnostic.span.isValid()) // about a whole file or folder: no position
        line.replace(QStringLiteral(":0:0: "), QStringLiteral(": "));
    err << line << '\n';
}

void printFolderDiagnostics(const QString &folder, const psl::Diagnostics &diagnostics, QTextStream &err)
{
    for (psl::Diagnostic diagnostic : diagnostics.items()) {
        if (diagnostic.file.isEmpty())
            diagnostic.file = folder;
        else if (QFileInfo(diagnostic.file).isRelative() && diagnostic.file != folder)
            diagnostic.file = QDir(folder).filePath(diagnostic.file);
        printDiagnostic(diagnostic, err);
    }
}

std::optional<sql::SqlSchema> replayMigrationsSource(const migrate::MigrationsFolder &folder, std::optional<sql::Dialect> dialect,
                                                     QTextStream &err)
{
    for (const psl::Diagnostic &diagnostic : folder.diagnostics().items())
        printDiagnostic(diagnostic, err);
    if (!folder.exists() || folder.diagnostics().hasErrors())
        return std::nullopt;
    sql::ReplayResult result = folder.replay(dialect);
    printFolderDiagnostics(folder.path(), result.warnings, err);
    if (result.warnings.hasErrors())
        return std::nullopt;
    return std::move(result.schema);
}

} // namespace strata::cli
