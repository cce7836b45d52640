// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlschema.h"

#include <QString>
#include <optional>

/// PostgreSQL column types parsed from their text, for the differ's cast rules and the checker's messages.
namespace strata::sql {

enum class PgKind {
    Unknown, Text, Char, VarChar, Bit, VarBit, Uuid, Xml, Inet, Citext, Boolean, Integer, SmallInt, BigInt, Oid,
    Decimal, Money, Real, DoublePrecision, Timestamp, Timestamptz, Date, Time, Timetz, Json, JsonB, ByteA
};

/// A PostgreSQL type as Prisma models it: a known kind with its arguments, or unknown text.
struct PgType {
    PgKind kind = PgKind::Unknown;
    std::optional<int> a; ///< length, precision
    std::optional<int> b; ///< scale
    QString raw;          ///< the text, for types Prisma does not know

    bool operator==(const PgType &other) const = default;
};

/// The native type of a column as Prisma sees it: nothing for enums and Unsupported columns.
std::optional<PgType> postgresNativeType(const Column &column);

/// Prisma's spelling of a native type in messages: "VarChar(255)", "Decimal(65,30)", "Integer".
QString prismaNativeTypeName(const PgType &type);

} // namespace strata::sql
