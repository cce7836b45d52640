// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrationstep.h"
#include "sqlschema.h"

#include <QString>
#include <memory>
#include <vector>

namespace strata::sql {

/// Renames the caller knows about (a visual rename in the editor). Prisma never infers renames; with hints
/// the differ emits RENAME steps instead of a drop and a create. Names are database names.
struct RenameHints {
    struct Table {
        QString schema; ///< namespace; empty matches any
        QString from;
        QString to;
    };
    struct Column {
        QString schema;
        QString table;  ///< the table's name after the migration
        QString from;
        QString to;
    };
    struct Enum {
        QString schema;
        QString from;
        QString to;
    };

    std::vector<Table> tables;
    std::vector<Column> columns;
    std::vector<Enum> enums;

    bool isEmpty() const { return tables.empty() && columns.empty() && enums.empty(); }
};

/// Compares two SQL schemas of one dialect and lists the steps that turn the first into the second, in the
/// order and with the granularity of Prisma Migrate's differ (sql_schema_differ).
class SchemaDiffer {
public:
    /// The dialect is the next schema's (the previous one may be an empty schema of any dialect).
    static Migration diff(const SqlSchema &previous, const SqlSchema &next, const RenameHints &hints = {});
    /// The same without copying the schemas: the migration shares them.
    static Migration diff(std::shared_ptr<const SqlSchema> previous, std::shared_ptr<const SqlSchema> next,
                          const RenameHints &hints = {});
};

} // namespace strata::sql
