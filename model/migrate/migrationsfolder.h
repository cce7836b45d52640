// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "psl/diagnostic.h"
#include "sql/migrationreplayer.h"
#include "sql/sqlschema.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace strata::migrate {

/// One migration of a migrations folder: the folder `<name>/` and its `migration.sql`.
struct Migration {
    QString name;          ///< the folder name, e.g. "20240101120000_init"; Prisma's migration name
    QString directory;     ///< path of the folder
    QString scriptPath;    ///< path of its migration.sql
    bool hasScript = false;///< migration.sql exists and was read
    QByteArray script;     ///< the bytes of migration.sql
    QString checksum;      ///< SHA-256 hex (lower case) of those bytes; empty without a script

    /// The leading digits of the name ("20240101120000", "01"), empty when it has none.
    QString timestamp() const;
    /// The part after the timestamp and its "_" ("init"), possibly empty.
    QString description() const;
    QString scriptText() const { return QString::fromUtf8(script); }
};

/// A Prisma migrations folder read from disk: the migrations in Prisma's order (by folder name, byte-wise),
/// the provider of migration_lock.toml, and what is wrong with it as diagnostics instead of failures.
class MigrationsFolder {
public:
    /// Reads `path` (the `migrations` folder). Never fails: problems are in diagnostics().
    static MigrationsFolder read(const QString &path);

    /// The provider named in a migration_lock.toml text; nullopt (and `error` set) when there is none.
    static std::optional<QString> parseLockFile(const QString &text, QString *error = nullptr);
    /// SHA-256 hex of a script, as Prisma stores it in `_prisma_migrations.checksum`.
    static QString checksum(const QByteArray &script);

    QString path() const { return m_path; }
    /// False when the folder itself could not be read (then diagnostics() has the error).
    bool exists() const { return m_exists; }
    bool hasLockFile() const { return m_hasLockFile; }
    /// The provider of migration_lock.toml ("postgresql", "sqlite", ...), empty when unknown.
    QString provider() const { return m_provider; }
    /// The SQL dialect of the provider, nullopt when the provider is unknown or absent.
    std::optional<sql::Dialect> dialect() const;

    const std::vector<Migration> &migrations() const { return m_migrations; }
    const Migration *migration(const QString &name) const;
    /// Errors (the folder cannot be read) and warnings (a migration without migration.sql, no lock file, ...).
    const psl::Diagnostics &diagnostics() const { return m_diagnostics; }

    /// Replays every migration that has a script, in order, with `dialect` or else the lock file's.
    /// Without either, the result is empty and carries an error.
    sql::ReplayResult replay(std::optional<sql::Dialect> dialect = std::nullopt) const;

private:
    QString m_path;
    bool m_exists = false;
    bool m_hasLockFile = false;
    QString m_provider;
    std::vector<Migration> m_migrations;
    psl::Diagnostics m_diagnostics;
};

} // namespace strata::migrate
