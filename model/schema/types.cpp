// SPDX-License-Identifier: GPL-3.0-or-later
#include "types.h"

#include <string_view>

#include <algorithm>

namespace strata::schema {

QString NativeType::toString() const
{
    if (arguments.isEmpty())
        return QStringLiteral("@db.") + name;
    return QStringLiteral("@db.%1(%2)").arg(name, arguments.join(QStringLiteral(", ")));
}

bool DefaultValue::isFunction() const
{
    switch (kind) {
    case Kind::Autoincrement:
    case Kind::Now:
    case Kind::Uuid:
    case Kind::Cuid:
    case Kind::Nanoid:
    case Kind::Ulid:
    case Kind::DbGenerated:
    case Kind::Sequence:
    case Kind::Function:
        return true;
    default:
        return false;
    }
}

QStringList Index::fieldNames() const
{
    QStringList names;
    for (const IndexField &field : fields)
        names << field.name;
    return names;
}

const Field *Model::field(QStringView fieldName) const
{
    auto it = std::find_if(fields.begin(), fields.end(), [&](const Field &f) { return f.name == fieldName; });
    return it == fields.end() ? nullptr : &*it;
}

Field *Model::field(QStringView fieldName)
{
    auto it = std::find_if(fields.begin(), fields.end(), [&](const Field &f) { return f.name == fieldName; });
    return it == fields.end() ? nullptr : &*it;
}

const Index *Model::primaryKey() const
{
    auto it = std::find_if(indexes.begin(), indexes.end(), [](const Index &i) { return i.kind == IndexKind::PrimaryKey; });
    return it == indexes.end() ? nullptr : &*it;
}

const EnumValue *Enum::value(QStringView valueName) const
{
    auto it = std::find_if(values.begin(), values.end(), [&](const EnumValue &v) { return v.name == valueName; });
    return it == values.end() ? nullptr : &*it;
}

QString Relation::joinTableName() const
{
    if (!name.isEmpty())
        return QStringLiteral("_") + name;
    const QString first = std::min(modelA, modelB);
    const QString second = std::max(modelA, modelB);
    return QStringLiteral("_%1To%2").arg(first, second);
}

std::optional<ScalarType> scalarTypeFromName(QStringView name)
{
    // This runs for every field, several times per analysis: the length and the first letter leave at most one
    // name to compare.
    using namespace std::string_view_literals;
    const std::u16string_view wanted(name.utf16(), size_t(name.size()));
    auto is = [&](std::u16string_view candidate, ScalarType type) -> std::optional<ScalarType> {
        return wanted == candidate ? std::optional<ScalarType>(type) : std::nullopt;
    };
    switch (wanted.size()) {
    case 3: return is(u"Int"sv, ScalarType::Int);
    case 4: return is(u"Json"sv, ScalarType::Json);
    case 5: return wanted[0] == u'F' ? is(u"Float"sv, ScalarType::Float) : is(u"Bytes"sv, ScalarType::Bytes);
    case 6: return wanted[0] == u'S' ? is(u"String"sv, ScalarType::String) : is(u"BigInt"sv, ScalarType::BigInt);
    case 7: return wanted[0] == u'B' ? is(u"Boolean"sv, ScalarType::Boolean) : is(u"Decimal"sv, ScalarType::Decimal);
    case 8: return is(u"DateTime"sv, ScalarType::DateTime);
    default: return std::nullopt;
    }
}

QString scalarTypeName(ScalarType type)
{
    switch (type) {
    case ScalarType::String: return QStringLiteral("String");
    case ScalarType::Boolean: return QStringLiteral("Boolean");
    case ScalarType::Int: return QStringLiteral("Int");
    case ScalarType::BigInt: return QStringLiteral("BigInt");
    case ScalarType::Float: return QStringLiteral("Float");
    case ScalarType::Decimal: return QStringLiteral("Decimal");
    case ScalarType::DateTime: return QStringLiteral("DateTime");
    case ScalarType::Json: return QStringLiteral("Json");
    case ScalarType::Bytes: return QStringLiteral("Bytes");
    }
    return {};
}

const Name &scalarTypeNameHandle(ScalarType type)
{
    static const Name::StaticText texts[] = {
        Name::StaticText(scalarTypeName(ScalarType::String)),   Name::StaticText(scalarTypeName(ScalarType::Boolean)),
        Name::StaticText(scalarTypeName(ScalarType::Int)),      Name::StaticText(scalarTypeName(ScalarType::BigInt)),
        Name::StaticText(scalarTypeName(ScalarType::Float)),    Name::StaticText(scalarTypeName(ScalarType::Decimal)),
        Name::StaticText(scalarTypeName(ScalarType::DateTime)), Name::StaticText(scalarTypeName(ScalarType::Json)),
        Name::StaticText(scalarTypeName(ScalarType::Bytes)),
    };
    static const Name names[] = {Name(texts[0]), Name(texts[1]), Name(texts[2]), Name(texts[3]), Name(texts[4]),
                                 Name(texts[5]), Name(texts[6]), Name(texts[7]), Name(texts[8])};
    static_assert(int(ScalarType::Bytes) == 8, "one name per scalar type, in the enum's order");
    return names[int(type)];
}

Provider providerFromName(QStringView name)
{
    if (name == u"postgresql" || name == u"postgres")
        return Provider::PostgreSql;
    if (name == u"cockroachdb")
        return Provider::CockroachDb;
    if (name == u"mysql")
        return Provider::MySql;
    if (name == u"sqlite")
        return Provider::Sqlite;
    if (name == u"sqlserver")
        return Provider::SqlServer;
    if (name == u"mongodb")
        return Provider::MongoDb;
    return Provider::Unknown;
}

QString providerName(Provider provider)
{
    switch (provider) {
    case Provider::PostgreSql: return QStringLiteral("postgresql");
    case Provider::CockroachDb: return QStringLiteral("cockroachdb");
    case Provider::MySql: return QStringLiteral("mysql");
    case Provider::Sqlite: return QStringLiteral("sqlite");
    case Provider::SqlServer: return QStringLiteral("sqlserver");
    case Provider::MongoDb: return QStringLiteral("mongodb");
    case Provider::Unknown: break;
    }
    return {};
}

std::optional<ReferentialAction> referentialActionFromName(QStringView name)
{
    if (name == u"Cascade")
        return ReferentialAction::Cascade;
    if (name == u"Restrict")
        return ReferentialAction::Restrict;
    if (name == u"NoAction")
        return ReferentialAction::NoAction;
    if (name == u"SetNull")
        return ReferentialAction::SetNull;
    if (name == u"SetDefault")
        return ReferentialAction::SetDefault;
    return std::nullopt;
}

QString referentialActionName(ReferentialAction action)
{
    switch (action) {
    case ReferentialAction::Cascade: return QStringLiteral("Cascade");
    case ReferentialAction::Restrict: return QStringLiteral("Restrict");
    case ReferentialAction::NoAction: return QStringLiteral("NoAction");
    case ReferentialAction::SetNull: return QStringLiteral("SetNull");
    case ReferentialAction::SetDefault: return QStringLiteral("SetDefault");
    case ReferentialAction::Unset: break;
    }
    return {};
}

} // namespace strata::schema
