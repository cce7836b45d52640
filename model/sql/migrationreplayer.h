// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "psl/diagnostic.h"
#include "sqlschema.h"
#include "statementsplitter.h"

#include <QString>
#include <QStringView>
#include <memory>
#include <vector>

namespace strata::sql {

/// What replaying a migration history gives: the schema it builds and a warning for every statement that
/// was not (or not fully) understood, each with its file, line and column.
struct ReplayResult {
    SqlSchema schema;
    psl::Diagnostics warnings;
};

/// One migration script to replay: the name used in warnings (e.g. "20240101000000_init/migration.sql")
/// and its SQL text.
struct ReplayScript {
    QString file;
    QString sql;
};

/// Applies the DDL of migration scripts, statement by statement, to an in-memory SqlSchema: the offline
/// stand-in for Prisma's shadow database. DML is skipped; anything it does not understand becomes a warning.
class MigrationReplayer {
public:
    explicit MigrationReplayer(Dialect dialect);
    ~MigrationReplayer();
    MigrationReplayer(const MigrationReplayer &) = delete;
    MigrationReplayer &operator=(const MigrationReplayer &) = delete;

    /// Splits one script into statements and applies them in order.
    void applyScript(QStringView sql, const QString &file);
    /// Applies one statement of a script named `file`.
    void applyStatement(const Statement &statement, const QString &file);

    Dialect dialect() const { return m_dialect; }
    const SqlSchema &schema() const { return m_schema; }
    const psl::Diagnostics &warnings() const { return m_warnings; }
    /// Moves the schema and warnings out; the replayer starts empty again.
    ReplayResult takeResult();

    /// Replays the scripts in the order given.
    static ReplayResult replay(Dialect dialect, const std::vector<ReplayScript> &scripts);

    struct State;

private:
    Dialect m_dialect;
    SqlSchema m_schema;
    psl::Diagnostics m_warnings;
    std::unique_ptr<State> m_state;
};

} // namespace strata::sql
