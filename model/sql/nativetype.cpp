// SPDX-License-Identifier: GPL-3.0-or-later
#include "nativetype_p.h"

#include <QHash>
#include <QStringList>

namespace strata::sql {

namespace {

struct KindInfo {
    PgKind kind;
    const char *prismaName;
};

const QHash<QString, KindInfo> &kinds()
{
    static const QHash<QString, KindInfo> table = {
        {QStringLiteral("TEXT"), {PgKind::Text, "Text"}},
        {QStringLiteral("CHAR"), {PgKind::Char, "Char"}},
        {QStringLiteral("CHARACTER"), {PgKind::Char, "Char"}},
        {QStringLiteral("BPCHAR"), {PgKind::Char, "Char"}},
        {QStringLiteral("VARCHAR"), {PgKind::VarChar, "VarChar"}},
        {QStringLiteral("CHARACTER VARYING"), {PgKind::VarChar, "VarChar"}},
        {QStringLiteral("BIT"), {PgKind::Bit, "Bit"}},
        {QStringLiteral("VARBIT"), {PgKind::VarBit, "VarBit"}},
        {QStringLiteral("BIT VARYING"), {PgKind::VarBit, "VarBit"}},
        {QStringLiteral("UUID"), {PgKind::Uuid, "Uuid"}},
        {QStringLiteral("XML"), {PgKind::Xml, "Xml"}},
        {QStringLiteral("INET"), {PgKind::Inet, "Inet"}},
        {QStringLiteral("CITEXT"), {PgKind::Citext, "Citext"}},
        {QStringLiteral("BOOLEAN"), {PgKind::Boolean, "Boolean"}},
        {QStringLiteral("BOOL"), {PgKind::Boolean, "Boolean"}},
        {QStringLiteral("INTEGER"), {PgKind::Integer, "Integer"}},
        {QStringLiteral("INT"), {PgKind::Integer, "Integer"}},
        {QStringLiteral("INT4"), {PgKind::Integer, "Integer"}},
        {QStringLiteral("SERIAL"), {PgKind::Integer, "Integer"}},
        {QStringLiteral("SMALLINT"), {PgKind::SmallInt, "SmallInt"}},
        {QStringLiteral("INT2"), {PgKind::SmallInt, "SmallInt"}},
        {QStringLiteral("SMALLSERIAL"), {PgKind::SmallInt, "SmallInt"}},
        {QStringLiteral("BIGINT"), {PgKind::BigInt, "BigInt"}},
        {QStringLiteral("INT8"), {PgKind::BigInt, "BigInt"}},
        {QStringLiteral("BIGSERIAL"), {PgKind::BigInt, "BigInt"}},
        {QStringLiteral("OID"), {PgKind::Oid, "Oid"}},
        {QStringLiteral("DECIMAL"), {PgKind::Decimal, "Decimal"}},
        {QStringLiteral("NUMERIC"), {PgKind::Decimal, "Decimal"}},
        {QStringLiteral("MONEY"), {PgKind::Money, "Money"}},
        {QStringLiteral("REAL"), {PgKind::Real, "Real"}},
        {QStringLiteral("FLOAT4"), {PgKind::Real, "Real"}},
        {QStringLiteral("DOUBLE PRECISION"), {PgKind::DoublePrecision, "DoublePrecision"}},
        {QStringLiteral("FLOAT8"), {PgKind::DoublePrecision, "DoublePrecision"}},
        {QStringLiteral("TIMESTAMP"), {PgKind::Timestamp, "Timestamp"}},
        {QStringLiteral("TIMESTAMP WITHOUT TIME ZONE"), {PgKind::Timestamp, "Timestamp"}},
        {QStringLiteral("TIMESTAMPTZ"), {PgKind::Timestamptz, "Timestamptz"}},
        {QStringLiteral("TIMESTAMP WITH TIME ZONE"), {PgKind::Timestamptz, "Timestamptz"}},
        {QStringLiteral("DATE"), {PgKind::Date, "Date"}},
        {QStringLiteral("TIME"), {PgKind::Time, "Time"}},
        {QStringLiteral("TIME WITHOUT TIME ZONE"), {PgKind::Time, "Time"}},
        {QStringLiteral("TIMETZ"), {PgKind::Timetz, "Timetz"}},
        {QStringLiteral("TIME WITH TIME ZONE"), {PgKind::Timetz, "Timetz"}},
        {QStringLiteral("JSON"), {PgKind::Json, "Json"}},
        {QStringLiteral("JSONB"), {PgKind::JsonB, "JsonB"}},
        {QStringLiteral("BYTEA"), {PgKind::ByteA, "ByteA"}},
    };
    return table;
}

} // namespace

std::optional<PgType> postgresNativeType(const Column &column)
{
    if (column.type.family == ColumnType::Family::Enum || column.type.family == ColumnType::Family::Unsupported)
        return std::nullopt;
    PgType type;
    type.raw = column.type.name;
    QString text = column.type.name.trimmed();
    if (text.endsWith(QStringLiteral("[]")))
        text.chop(2);
    QString base = text;
    QStringList arguments;
    const qsizetype open = text.indexOf(u'(');
    if (open >= 0) {
        base = text.left(open).trimmed();
        const qsizetype close = text.indexOf(u')', open);
        arguments = text.mid(open + 1, close < 0 ? -1 : close - open - 1).split(u',');
        // "TIMESTAMP(3) WITH TIME ZONE" style suffixes
        if (close >= 0)
            base += text.mid(close + 1);
    }
    base = base.simplified().toUpper();
    const auto it = kinds().constFind(base);
    if (it == kinds().constEnd())
        return type;
    type.kind = it->kind;
    bool ok = false;
    if (!arguments.isEmpty()) {
        const int a = arguments.at(0).trimmed().toInt(&ok);
        if (ok)
            type.a = a;
    }
    if (arguments.size() > 1) {
        const int b = arguments.at(1).trimmed().toInt(&ok);
        if (ok)
            type.b = b;
    }
    return type;
}

QString prismaNativeTypeName(const PgType &type)
{
    for (auto it = kinds().constBegin(); it != kinds().constEnd(); ++it) {
        if (it->kind != type.kind)
            continue;
        QString name = QString::fromLatin1(it->prismaName);
        if (type.a && type.b)
            name += QStringLiteral("(%1,%2)").arg(*type.a).arg(*type.b);
        else if (type.a)
            name += QStringLiteral("(%1)").arg(*type.a);
        return name;
    }
    return type.raw;
}

} // namespace strata::sql
