// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "destructivechangechecker.h"
#include "migrationstep.h"

#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace strata::sql {

/// Turns the steps of a migration into SQL for one dialect; one subclass per dialect (PostgreSQL, SQLite,
/// MySQL). renderScript() writes the whole migration as Prisma writes migration.sql.
class SqlRenderer {
public:
    virtual ~SqlRenderer();

    virtual Dialect dialect() const = 0;
    /// The statements of one step, without their terminating semicolons.
    virtual QStringList renderStep(const Migration &migration, const MigrationStep &step) const = 0;

    /// Prisma's migration script: the `/* Warnings: ... */` block when there are warnings, then for each step
    /// that renders anything a `-- Kind` comment and its statements. An empty migration is
    /// `-- This is an empty migration.` (without a line break; every other script ends with one).
    QString renderScript(const Migration &migration, const std::vector<MigrationWarning> &warnings = {}) const;

    /// The renderer for a dialect, or nullptr when there is none yet.
    static std::unique_ptr<SqlRenderer> forDialect(Dialect dialect);
};

} // namespace strata::sql
