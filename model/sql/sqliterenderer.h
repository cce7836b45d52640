// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlrenderer.h"

namespace strata::sql {

/// Renders migration steps as SQLite DDL, statement for statement as Prisma's sqlite renderer; table changes
/// SQLite's ALTER TABLE cannot make go through the RedefineTables procedure (new table, copy, drop, rename).
class SqliteRenderer : public SqlRenderer {
public:
    Dialect dialect() const override { return Dialect::Sqlite; }
    QStringList renderStep(const Migration &migration, const MigrationStep &step) const override;
};

} // namespace strata::sql
