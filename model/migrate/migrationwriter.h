// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrationsfolder.h"

#include "psl/diagnostic.h"
#include "sql/destructivechangechecker.h"
#include "sql/migrationstep.h"
#include "sql/sqlschema.h"

#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace strata::migrate {

/// The next migration of a project before it is written: the steps from the replayed history to the
/// target schema, their warnings, the migration.sql text and what the replay did not understand.
struct MigrationDraft {
    sql::Migration migration;
    std::vector<sql::MigrationWarning> warnings;
    QString script;                  ///< migration.sql as Prisma writes it (warnings block included)
    psl::Diagnostics replayWarnings; ///< files relative to the migrations folder ("NAME/migration.sql")

    bool isEmpty() const { return migration.isEmpty(); }
};

/// A migration folder that was written: its name, paths, and whether migration_lock.toml was created too.
struct WrittenMigration {
    QString name;
    QString directory;
    QString scriptPath;
    bool wroteLockFile = false;
};

/// Creates the next migration as `prisma migrate dev --create-only` does, without a shadow database:
/// the history is replayed offline, diffed to the schema, and written to `<timestamp>_<name>/migration.sql`.
class MigrationWriter {
public:
    /// Replays `folder` in the target's dialect and diffs it to `target`.
    static MigrationDraft draft(const MigrationsFolder &folder, const sql::SqlSchema &target);

    /// Prisma's migration name for what the user typed (slugify with "_", at most 200 characters):
    /// "Add user table" -> "add_user_table", "addUserTable" -> "add_user_table".
    static QString migrationName(const QString &name);
    /// `yyyyMMddHHmmss_name` in UTC, as Prisma names migration folders.
    static QString folderName(const QDateTime &time, const QString &migrationName);
    /// migration_lock.toml as Prisma writes it for a provider.
    static QString lockFileText(const QString &provider);
    /// Empty when the folder may receive a migration for `provider`; otherwise Prisma's P3019 sentence
    /// (the lock file names another provider).
    static QString checkProvider(const MigrationsFolder &folder, const QString &provider);

    /// Writes `script` into a new folder for `name` (already sanitised with migrationName()) under
    /// `migrationsPath`, creating the folder and migration_lock.toml when missing. Nothing on failure, with
    /// `error` set; an existing migration folder is never overwritten.
    static std::optional<WrittenMigration> write(const QString &migrationsPath, const QString &name, const QString &script,
                                                 const QString &provider, QString *error,
                                                 const QDateTime &time = QDateTime::currentDateTimeUtc());
};

} // namespace strata::migrate
