// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sql/sqlschema.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

/// Test-side catalog readers: a database's tables, columns, types, nullability, defaults, keys, indexes,
/// foreign keys and enums as sorted lines, so that two databases (or a database and a replayed schema)
/// compare line by line.
namespace strata::tests {

/// The lines of an in-memory (e.g. replayed) PostgreSQL schema, in the words of postgresCatalogLines().
QStringList schemaLines(const sql::SqlSchema &schema);
/// The lines of a live PostgreSQL database's user schemas; `error` gets the first failing query's error.
QStringList postgresCatalogLines(QSqlDatabase &db, QString *error);
/// The lines of a live SQLite database (from its PRAGMAs).
QStringList sqliteCatalogLines(QSqlDatabase &db, QString *error);

/// The same lines with each table's column list sorted: ADD COLUMN appends where a CREATE TABLE would
/// have put the column elsewhere, and that order is not part of the schema Prisma compares.
QStringList withoutColumnOrder(const QStringList &lines);
/// The same lines with each enum's values sorted: ALTER TYPE ... ADD VALUE appends, CREATE TYPE lists the
/// values in schema order.
QStringList withoutEnumOrder(const QStringList &lines);
/// "- line" for each line only in `expected`, "+ line" for each only in `actual`.
QStringList lineDifferences(const QStringList &expected, const QStringList &actual);

} // namespace strata::tests
