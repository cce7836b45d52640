// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlschema.h"

#include <algorithm>

namespace strata::sql {

QStringList PrimaryKey::columnNames() const
{
    QStringList names;
    for (const IndexColumn &c : columns)
        names << c.name;
    return names;
}

template<typename Range, typename Pred>
static auto findIn(Range &range, Pred pred) -> decltype(&*range.begin())
{
    auto it = std::find_if(range.begin(), range.end(), pred);
    return it == range.end() ? nullptr : &*it;
}

const Column *Table::column(QStringView n) const { return findIn(columns, [&](const Column &c) { return c.name == n; }); }
Column *Table::column(QStringView n) { return findIn(columns, [&](const Column &c) { return c.name == n; }); }
const Index *Table::index(QStringView n) const { return findIn(indexes, [&](const Index &i) { return i.name == n; }); }

static bool sameNamespace(QStringView a, QStringView b)
{
    return a.isEmpty() || b.isEmpty() || a == b;
}

const Table *SqlSchema::table(QStringView n, QStringView s) const
{
    return findIn(tables, [&](const Table &t) { return t.name == n && sameNamespace(t.schema, s); });
}
Table *SqlSchema::table(QStringView n, QStringView s)
{
    return findIn(tables, [&](const Table &t) { return t.name == n && sameNamespace(t.schema, s); });
}
const EnumType *SqlSchema::enumType(QStringView n, QStringView s) const
{
    return findIn(enums, [&](const EnumType &e) { return e.name == n && sameNamespace(e.schema, s); });
}
EnumType *SqlSchema::enumType(QStringView n, QStringView s)
{
    return findIn(enums, [&](const EnumType &e) { return e.name == n && sameNamespace(e.schema, s); });
}

QString dialectName(Dialect dialect)
{
    switch (dialect) {
    case Dialect::PostgreSql: return QStringLiteral("postgresql");
    case Dialect::Sqlite: return QStringLiteral("sqlite");
    case Dialect::MySql: return QStringLiteral("mysql");
    }
    return {};
}

QString columnArityName(ColumnArity arity)
{
    switch (arity) {
    case ColumnArity::Required: return QStringLiteral("Required");
    case ColumnArity::Nullable: return QStringLiteral("Nullable");
    case ColumnArity::List: return QStringLiteral("List");
    }
    return {};
}

std::optional<Dialect> dialectForProvider(schema::Provider provider)
{
    switch (provider) {
    case schema::Provider::PostgreSql:
    case schema::Provider::CockroachDb:
        return Dialect::PostgreSql;
    case schema::Provider::Sqlite:
        return Dialect::Sqlite;
    case schema::Provider::MySql:
        return Dialect::MySql;
    default:
        return std::nullopt;
    }
}

} // namespace strata::sql
