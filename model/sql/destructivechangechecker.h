// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrationstep.h"

#include <QString>
#include <vector>

namespace strata::sql {

/// A warning about a migration step: data it may lose, or a step that cannot run on a table with rows.
struct MigrationWarning {
    /// Prisma's sentence, in English as Prisma writes it into migration.sql.
    QString message;
    int step = -1;             ///< index of the step in Migration::steps
    QString stepId;            ///< stepId() of that step
    bool unexecutable = false; ///< the step fails when the table holds data
};

/// Finds the destructive and unexecutable steps of a migration, without looking at a database, with the
/// checks and messages of Prisma's destructive change checker (`pure_check`).
class DestructiveChangeChecker {
public:
    static std::vector<MigrationWarning> check(const Migration &migration);
};

} // namespace strata::sql
