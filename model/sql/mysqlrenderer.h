// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlrenderer.h"

namespace strata::sql {

/// Renders migration steps as MySQL DDL, statement for statement as Prisma's MySQL renderer.
class MySqlRenderer : public SqlRenderer {
public:
    Dialect dialect() const override { return Dialect::MySql; }
    QStringList renderStep(const Migration &migration, const MigrationStep &step) const override;
};

} // namespace strata::sql
