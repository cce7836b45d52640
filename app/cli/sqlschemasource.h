// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrate/migrationsfolder.h"
#include "sql/sqlschema.h"

#include <QString>
#include <QTextStream>
#include <optional>

namespace strata::cli {

/// A schema file or folder as the migrate commands need it: its SQL schema in the provider's dialect.
struct SqlSchemaSource {
    sql::SqlSchema schema;
    sql::Dialect dialect = sql::Dialect::PostgreSql;
    QString provider;       ///< as written in the datasource
    QString datasourceFile; ///< the .prisma file holding the datasource block
};

/// What becomes of a schema's graph once its SQL schema is computed.
enum class GraphAfterwards {
    Free,          ///< freed at once, so that what is loaded next (another schema, migrations) reuses its memory
    KeepUntilExit, ///< left to the end of the process (keepUntilExit()): when nothing large is loaded after it,
                   ///< freeing a graph of thousands of models costs time and gives back memory nothing needs
};

/// Loads and validates the schema at `path` and computes its SQL schema. Problems are printed to `err`
/// (naming `command`, e.g. "migrate diff") and give nothing.
std::optional<SqlSchemaSource> loadSqlSchemaSource(const QString &path, const QString &command, QTextStream &err,
                                                   GraphAfterwards graph = GraphAfterwards::Free);

/// Replays a migrations folder in `dialect`, or else the dialect of its migration_lock.toml. Its replay
/// warnings go to `err` as `file:line:column: warning: ...`; errors (no folder, unknown provider) give nothing.
std::optional<sql::SqlSchema> replayMigrationsSource(const migrate::MigrationsFolder &folder, std::optional<sql::Dialect> dialect,
                                                     QTextStream &err);

/// Prints diagnostics whose file names are relative to `folder` with the folder's path in front.
void printFolderDiagnostics(const QString &folder, const psl::Diagnostics &diagnostics, QTextStream &err);

} // namespace strata::cli
