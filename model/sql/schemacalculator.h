// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlschema.h"

#include "schema/schema.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace strata::sql {

/// Computes the SQL schema that Prisma Migrate derives from a schema graph, for one dialect: tables and
/// columns with Prisma's type mapping, defaults, keys, indexes and constraint names, implicit many-to-many
/// join tables, enum types, extensions and namespaces.
class SchemaCalculator {
public:
    /// The SQL schema for the datasource's provider, or nothing when the provider has no SQL dialect.
    static std::optional<SqlSchema> calculate(const schema::Schema &schema);
    static SqlSchema calculate(const schema::Schema &schema, Dialect dialect);

    /// Prisma's longest identifier per dialect, in bytes (PostgreSQL 63, MySQL 64, SQLite 10000).
    static int maxIdentifierLength(Dialect dialect);

    /// Prisma's default constraint names, truncated as Prisma truncates them.
    static QString primaryKeyName(const QString &table, Dialect dialect);
    static QString uniqueIndexName(const QString &table, const QStringList &columns, Dialect dialect);
    static QString indexName(const QString &table, const QStringList &columns, Dialect dialect);
    static QString foreignKeyName(const QString &table, const QStringList &columns, Dialect dialect);
};

} // namespace strata::sql
