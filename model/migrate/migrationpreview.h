// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "psl/diagnostic.h"
#include "schema/schema.h"
#include "sql/destructivechangechecker.h"
#include "sql/migrationstep.h"
#include "sql/sqlschema.h"

#include <QString>
#include <memory>
#include <vector>

namespace strata::migrate {

/// The migrations folder of a project replayed in one dialect: computed once, then shared by every preview
/// until the folder changes on disk.
struct ReplayedHistory {
    QString path;              ///< the migrations folder; empty when the project has none (untitled)
    sql::Dialect dialect = sql::Dialect::PostgreSql;
    bool exists = false;       ///< the folder is there
    QString lockProvider;      ///< the provider of migration_lock.toml, empty without one
    int migrationCount = 0;    ///< migrations with a migration.sql
    /// False when migration_lock.toml names another provider: the history is in another dialect, so the
    /// preview starts from an empty database instead.
    bool matchesDialect = true;
    std::shared_ptr<const sql::SqlSchema> schema; ///< what the migrations build (empty when none apply)
    /// Problems of the folder and what the replayer did not understand; files relative to the folder.
    psl::Diagnostics warnings;
};

/// The lines (0-based) of a migration script that one step wrote: its `-- Kind` comment and statements.
struct StepRange {
    int step = -1;        ///< index in Migration::steps
    int commentLine = -1; ///< the `-- CreateTable` line
    int firstLine = -1;   ///< first line of the first statement
    int lastLine = -1;    ///< last line of the last statement
};

/// The next migration of a project for one dialect: its script as `migrate dev --create-only` writes it,
/// its steps and warnings, and where each step's statements are in the script.
struct MigrationPreviewResult {
    sql::Dialect dialect = sql::Dialect::PostgreSql;
    sql::Migration migration;
    std::vector<sql::MigrationWarning> warnings;
    QString script;                  ///< migration.sql, warnings block included
    std::vector<StepRange> stepRanges; ///< one per step that wrote SQL, in script order
    std::shared_ptr<const ReplayedHistory> history;

    bool isEmpty() const { return migration.isEmpty(); }
    int stepCount() const { return int(migration.steps.size()); }
    /// The lines of one step, nullptr when it wrote nothing.
    const StepRange *rangeOfStep(int step) const;
};

/// Computes the next migration of a project — diff(replay of its migrations folder, schema) — rendered for
/// one dialect, with each warning tied to the lines of its statements. No widgets and no threads: the
/// Migration pane runs it off the UI thread and keeps the replayed history between runs.
class MigrationPreview {
public:
    /// Reads and replays the migrations folder at `path` in `dialect` (empty `path`: no folder, an empty history).
    static std::shared_ptr<const ReplayedHistory> replay(const QString &path, sql::Dialect dialect);

    /// The migration from `history` to the SQL schema of `schema` in the history's dialect.
    static MigrationPreviewResult compute(const schema::Schema &schema, std::shared_ptr<const ReplayedHistory> history);
    /// The same for an SQL schema computed already (its dialect must be the history's).
    static MigrationPreviewResult compute(const sql::SqlSchema &target, std::shared_ptr<const ReplayedHistory> history);
};

} // namespace strata::migrate
