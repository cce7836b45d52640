// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace strata::cli {

/// Finds the schema the way Prisma does: --schema PATH, else ./prisma/schema.prisma, ./schema.prisma,
/// or a ./prisma folder holding .prisma files. Returns an empty string and sets error when none is found.
QString locateSchema(const QString &explicitPath, QString *error);

} // namespace strata::cli
