// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrationstep.h"
#include "sqlschema.h"

#include "schema/types.h"

#include <QString>
#include <optional>

/// MySQL column types as Prisma's MySQL connector spells and compares them (psl's MySqlType).
namespace strata::sql::mysql {

/// The column type text Prisma renders for a scalar without a native type attribute
/// (String -> "VARCHAR(191)", Decimal -> "DECIMAL(65, 30)", DateTime -> "DATETIME(3)", ...).
QString defaultTypeName(schema::ScalarType type);

/// The column type text of a native type attribute: `@db.VarChar(255)` -> "VARCHAR(255)",
/// `@db.UnsignedInt` -> "INTEGER UNSIGNED"; `@db.TinyInt` on a Boolean field -> "BOOLEAN".
QString nativeTypeName(const schema::NativeType &native, schema::ScalarType scalar);

/// `ENUM('A', 'B')`: the inline enum column type.
QString enumTypeName(const QStringList &values);

/// The precision `now()` uses on this column type: DATETIME(n), TIMESTAMP(n), TIME(n); otherwise 3.
int timestampPrecision(const QString &typeName);

/// chrono's RFC 3339 form of a DateTime default, as Prisma's MySQL renderer quotes it.
QString dateTimeLiteral(const QString &text);

/// Single-quoted string literal with `'` doubled.
QString quoteString(const QString &value);

/// Prisma's spelling of a MySQL column's native type in warnings ("VarChar(191)", "UnsignedInt",
/// "Decimal(65,30)"), or an empty string for enums and unknown types.
QString prismaNativeTypeName(const Column &column);

/// How a column's type change can be carried out (Prisma's MySQL `column_type_change`).
TypeChange typeChange(const Column &previous, const Column &next);

} // namespace strata::sql::mysql
