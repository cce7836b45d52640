// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <vector>

namespace strata {

/// A starting point for File > New: a small valid schema, formatted as `prisma format` writes it.
struct SchemaTemplate {
    QString name;   ///< stable key, e.g. "postgresql"
    QString title;  ///< menu text
    QString text;
};

const std::vector<SchemaTemplate> &schemaTemplates();

} // namespace strata
