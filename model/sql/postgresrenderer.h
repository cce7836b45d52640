// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlrenderer.h"

namespace strata::sql {

/// Renders migration steps as PostgreSQL DDL, statement for statement as Prisma's postgres renderer.
class PostgresRenderer : public SqlRenderer {
public:
    Dialect dialect() const override { return Dialect::PostgreSql; }
    QStringList renderStep(const Migration &migration, const MigrationStep &step) const override;

protected:
    void appendStep(QString &script, const Migration &migration, const MigrationStep &step) const override;
};

} // namespace strata::sql
