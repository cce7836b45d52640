// SPDX-License-Identifier: GPL-3.0-or-later
#define QT_USE_QSTRINGBUILDER
#include "schemacalculator.h"

#include "mysqltype_p.h"

#include "psl/chunkedwork.h"

#include <QByteArray>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <thread>

namespace strata::sql {

using schema::Arity;
using schema::DefaultValue;
using schema::Field;
using schema::FieldKind;
using schema::IndexKind;
using schema::Model;
using schema::ScalarType;
using Family = ColumnType::Family;
using ValueType = ColumnDefault::ValueType;

namespace {

/// Cuts a name to at most maxBytes bytes of UTF-8, on a character boundary (Prisma's floor_char_boundary).
QString truncateBytes(const QString &name, qsizetype maxBytes)
{
    const QByteArray utf8 = name.toUtf8();
    if (utf8.size() <= maxBytes)
        return name;
    qsizetype cut = std::max<qsizetype>(0, maxBytes);
    while (cut > 0 && (static_cast<unsigned char>(utf8.at(cut)) & 0xC0) == 0x80)
        --cut;
    return QString::fromUtf8(utf8.left(cut));
}

/// The length of the text in UTF-8, without converting it.
qsizetype utf8Length(QStringView text)
{
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80)
            bytes += 1;
        else if (c < 0x800)
            bytes += 2;
        else if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode()))
            bytes += 4, ++i;
        else
            bytes += 3;
    }
    return bytes;
}

QStringView nameOf(const QString &name)
{
    return name;
}

QStringView nameOf(const IndexColumn &column)
{
    return column.name;
}

constexpr QLatin1StringView uniqueIndexSuffix("_key");
constexpr QLatin1StringView indexSuffix("_idx");
constexpr QLatin1StringView foreignKeySuffix("_fkey");

/// Prisma's default name of an index or a foreign key: `table_column1_column2` cut to the dialect's longest
/// identifier, then the suffix. COLUMNS holds names or index columns.
template<typename Columns>
QString constraintName(const QString &table, const Columns &columns, QLatin1StringView suffix, Dialect dialect)
{
    const int limit = SchemaCalculator::maxIdentifierLength(dialect);
    qsizetype length = table.size() + suffix.size();
    for (const auto &column : columns)
        length += 1 + nameOf(column).size();
    QString out;
    out.reserve(length);
    out += table;
    for (const auto &column : columns) {
        out += u'_';
        out += nameOf(column);
    }
    if (utf8Length(out) >= limit - suffix.size())
        out = truncateBytes(out, limit - int(suffix.size()));
    out += suffix;
    return out;
}

/// The first n characters (Rust's `chars().take(n)`).
QString takeChars(const QString &name, int n)
{
    QString out;
    int count = 0;
    for (int i = 0; i < name.size() && count < n; ++i, ++count) {
        out += name.at(i);
        if (name.at(i).isHighSurrogate() && i + 1 < name.size())
            out += name.at(++i);
    }
    return out;
}

QString quotePostgresString(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\'', QStringLiteral("''"));
    return u'\'' + escaped + u'\'';
}

QString quoteIdent(const QString &name)
{
    return u'"' + name + u'"';
}

/// chrono's `DateTime<FixedOffset>` display of an RFC 3339 timestamp: "2020-01-01 10:11:12.345 +02:00".
QString normalizeDateTime(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2})(?:\.(\d+))?(?:([Zz])|([+-]\d{2}):?(\d{2}))$)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return text;
    QString out = m.captured(1) + u' ' + m.captured(2);
    const QString fraction = m.captured(3);
    if (!fraction.isEmpty()) {
        const qint64 nanos = QString(fraction.left(9) + QString(9 - std::min<qsizetype>(9, fraction.size()), u'0')).toLongLong();
        if (nanos != 0) {
            if (nanos % 1000000 == 0)
                out += QStringLiteral(".%1").arg(nanos / 1000000, 3, 10, QChar(u'0'));
            else if (nanos % 1000 == 0)
                out += QStringLiteral(".%1").arg(nanos / 1000, 6, 10, QChar(u'0'));
            else
                out += QStringLiteral(".%1").arg(nanos, 9, 10, QChar(u'0'));
        }
    }
    out += u' ';
    out += m.captured(4).isEmpty() ? m.captured(5) + u':' + m.captured(6) : QStringLiteral("+00:00");
    return out;
}

QString normalizeInteger(const QString &text)
{
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    return ok ? QString::number(value) : text;
}

/// The PostgreSQL type text of a native type attribute: `@db.VarChar(255)` -> "VARCHAR(255)".
QString postgresNativeTypeName(const schema::NativeType &native)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("Text"), QStringLiteral("TEXT")},
        {QStringLiteral("Char"), QStringLiteral("CHAR")},
        {QStringLiteral("VarChar"), QStringLiteral("VARCHAR")},
        {QStringLiteral("Bit"), QStringLiteral("BIT")},
        {QStringLiteral("VarBit"), QStringLiteral("VARBIT")},
        {QStringLiteral("Uuid"), QStringLiteral("UUID")},
        {QStringLiteral("Xml"), QStringLiteral("XML")},
        {QStringLiteral("Inet"), QStringLiteral("INET")},
        {QStringLiteral("Citext"), QStringLiteral("CITEXT")},
        {QStringLiteral("Boolean"), QStringLiteral("BOOLEAN")},
        {QStringLiteral("Integer"), QStringLiteral("INTEGER")},
        {QStringLiteral("SmallInt"), QStringLiteral("SMALLINT")},
        {QStringLiteral("BigInt"), QStringLiteral("BIGINT")},
        {QStringLiteral("Oid"), QStringLiteral("OID")},
        {QStringLiteral("Decimal"), QStringLiteral("DECIMAL")},
        {QStringLiteral("Money"), QStringLiteral("MONEY")},
        {QStringLiteral("Real"), QStringLiteral("REAL")},
        {QStringLiteral("DoublePrecision"), QStringLiteral("DOUBLE PRECISION")},
        {QStringLiteral("Timestamp"), QStringLiteral("TIMESTAMP")},
        {QStringLiteral("Timestamptz"), QStringLiteral("TIMESTAMPTZ")},
        {QStringLiteral("Date"), QStringLiteral("DATE")},
        {QStringLiteral("Time"), QStringLiteral("TIME")},
        {QStringLiteral("Timetz"), QStringLiteral("TIMETZ")},
        {QStringLiteral("Json"), QStringLiteral("JSON")},
        {QStringLiteral("JsonB"), QStringLiteral("JSONB")},
        {QStringLiteral("ByteA"), QStringLiteral("BYTEA")},
    };
    const auto known = names.constFind(native.name);
    if (native.arguments.isEmpty())
        return known != names.constEnd() ? *known : native.name.toUpper();
    QString name;
    name.reserve(24);
    name += known != names.constEnd() ? *known : native.name.toUpper();
    name += u'(';
    for (qsizetype i = 0; i < native.arguments.size(); ++i) {
        if (i > 0)
            name += u',';
        name += QStringView(native.arguments.at(i)).trimmed();
    }
    name += u')';
    return name;
}

QString postgresDefaultTypeName(ScalarType type)
{
    switch (type) {
    case ScalarType::String: return QStringLiteral("TEXT");
    case ScalarType::Boolean: return QStringLiteral("BOOLEAN");
    case ScalarType::Int: return QStringLiteral("INTEGER");
    case ScalarType::BigInt: return QStringLiteral("BIGINT");
    case ScalarType::Float: return QStringLiteral("DOUBLE PRECISION");
    case ScalarType::Decimal: return QStringLiteral("DECIMAL(65,30)");
    case ScalarType::DateTime: return QStringLiteral("TIMESTAMP(3)");
    case ScalarType::Json: return QStringLiteral("JSONB");
    case ScalarType::Bytes: return QStringLiteral("BYTEA");
    }
    return {};
}

Family familyOf(ScalarType type)
{
    switch (type) {
    case ScalarType::String: return Family::String;
    case ScalarType::Boolean: return Family::Boolean;
    case ScalarType::Int: return Family::Int;
    case ScalarType::BigInt: return Family::BigInt;
    case ScalarType::Float: return Family::Float;
    case ScalarType::Decimal: return Family::Decimal;
    case ScalarType::DateTime: return Family::DateTime;
    case ScalarType::Json: return Family::Json;
    case ScalarType::Bytes: return Family::Binary;
    }
    return Family::String;
}

QString sqliteTypeName(Family family)
{
    switch (family) {
    case Family::Boolean: return QStringLiteral("BOOLEAN");
    case Family::DateTime: return QStringLiteral("DATETIME");
    case Family::Float: return QStringLiteral("REAL");
    case Family::Decimal: return QStringLiteral("DECIMAL");
    case Family::Int: return QStringLiteral("INTEGER");
    case Family::BigInt: return QStringLiteral("BIGINT");
    case Family::String:
    case Family::Enum:
    case Family::Uuid: return QStringLiteral("TEXT");
    case Family::Binary: return QStringLiteral("BLOB");
    case Family::Json: return QStringLiteral("JSONB");
    case Family::Unsupported: break;
    }
    return {};
}

/// A parsed `extensions = [...]` entry: `name(map: "x", schema: "y", version: "z")`.
Extension parseExtension(const QString &text)
{
    Extension extension;
    const qsizetype open = text.indexOf(u'(');
    extension.name = (open < 0 ? text : text.left(open)).trimmed();
    if (open < 0)
        return extension;
    static const QRegularExpression argument(QStringLiteral(R"re((\w+)\s*:\s*"((?:[^"\\]|\\.)*)")re"));
    auto it = argument.globalMatch(text.mid(open));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString key = m.captured(1);
        if (key == u"map")
            extension.name = m.captured(2);
        else if (key == u"schema")
            extension.schema = m.captured(2);
        else if (key == u"version")
            extension.version = m.captured(2);
    }
    return extension;
}

QString extensionPrismaName(const QString &text)
{
    const qsizetype open = text.indexOf(u'(');
    return (open < 0 ? text : text.left(open)).trimmed();
}

/// Prisma's operator class names for `ops:`: the enum variant in snake case, or the text of `raw("...")`.
QString operatorClassName(const QString &ops)
{
    static const QRegularExpression raw(QStringLiteral(R"re(^raw\(\s*"((?:[^"\\]|\\.)*)"\s*\)$)re"));
    const QRegularExpressionMatch m = raw.match(ops.trimmed());
    if (m.hasMatch())
        return m.captured(1);
    QString out;
    const QString name = ops.trimmed();
    for (int i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c.isUpper()) {
            // "JsonbPathOps" -> "jsonb_path_ops", "Int4BloomOps" -> "int4_bloom_ops"
            if (i > 0)
                out += u'_';
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return out;
}

QString algorithmName(const QString &type)
{
    if (type.isEmpty())
        return {};
    if (type == u"SpGist")
        return QStringLiteral("SPGIST");
    return type.toUpper();
}

class Calculator {
public:
    Calculator(const schema::Schema &schema, Dialect dialect)
        : m_schema(schema)
        , m_dialect(dialect)
    {
    }

    SqlSchema run();

private:
    bool isPostgres() const { return m_dialect == Dialect::PostgreSql; }
    int maxLength() const { return SchemaCalculator::maxIdentifierLength(m_dialect); }
    void pushNamespaces();
    void pushEnums();
    /// Scratch lists of modelTable(), kept from one model to the next to spare their allocations.
    struct Scratch {
        std::vector<QStringView> columnFieldNames;
        std::vector<const Field *> foreignKeyFields;
        std::vector<const schema::Index *> orderedIndexes;
    };
    Table modelTable(const Model &model, Scratch &scratch) const;
    void pushModelTables(int tables);
    void setUpColumn(Column &column, const Model &model, const Field &field) const;
    ColumnDefault defaultFor(const Field &field, Family family, const QString &fullType, bool &prismaLevel) const;
    ColumnDefault literalDefault(const DefaultValue &value, Family family, const QString &fullType) const;
    QString renderLiteral(ValueType type, const QString &value, const QString &fullType) const;
    QString columnName(const Model &model, const QString &fieldName) const;
    QString renderedType(const Column &column) const;
    template<typename TableColumnName, typename IsRequired>
    void pushForeignKey(Table &table, const Field &field, const TableColumnName &tableColumnName, const IsRequired &isRequired) const;
    /// An implicit many-to-many relation, which gets a join table.
    struct JoinRelation {
        const schema::Relation *relation;
        int modelPosition;
        int fieldPosition;
    };
    /// The relations that get a join table, in the order of their tables.
    std::vector<JoinRelation> joinRelations() const;
    void pushJoinTables(const std::vector<JoinRelation> &relations);
    QString namespaceFor(const QString &explicitSchema) const;

    const schema::Schema &m_schema;
    Dialect m_dialect;
    SqlSchema m_out;
    struct ModelEntry {
        const Model *model = nullptr;
        int position = -1; ///< in m_schema.models
        int table = -1;    ///< in m_out.tables; -1 for views
    };
    QHash<QString, ModelEntry> m_models; ///< by model name
    bool m_withForeignKeys = true;       ///< false with relationMode = "prisma"
    QHash<QString, const schema::Enum *> m_enums;
    QString m_firstNamespace;
};

QString Calculator::namespaceFor(const QString &explicitSchema) const
{
    if (!isPostgres())
        return {};
    return explicitSchema.isEmpty() ? m_firstNamespace : explicitSchema;
}

void Calculator::pushNamespaces()
{
    if (!isPostgres())
        return;
    QStringList names;
    if (m_schema.datasource)
        names = m_schema.datasource->schemas;
    names.removeDuplicates();
    std::sort(names.begin(), names.end());
    if (names.isEmpty())
        names << QStringLiteral("public");
    m_out.namespaces = names;
    m_out.defaultNamespace = QStringLiteral("public");
    m_firstNamespace = names.first();

    if (m_schema.datasource) {
        std::vector<std::pair<QString, Extension>> extensions;
        for (const QString &text : m_schema.datasource->extensions)
            extensions.emplace_back(extensionPrismaName(text), parseExtension(text));
        std::stable_sort(extensions.begin(), extensions.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (auto &[name, extension] : extensions)
            m_out.extensions.push_back(std::move(extension));
    }
}

void Calculator::pushEnums()
{
    m_enums.reserve(qsizetype(m_schema.enums.size()));
    if (isPostgres())
        m_out.enums.reserve(m_schema.enums.size());
    for (const schema::Enum &e : m_schema.enums) {
        m_enums.insert(e.name, &e);
        if (!isPostgres())
            continue;
        EnumType type;
        type.schema = namespaceFor(e.schemaName);
        type.name = e.databaseName();
        type.values.reserve(qsizetype(e.values.size()));
        for (const schema::EnumValue &value : e.values)
            type.values << value.databaseName();
        m_out.enums.push_back(std::move(type));
    }
}

QString Calculator::renderLiteral(ValueType type, const QString &value, const QString &fullType) const
{
    Q_UNUSED(fullType);
    if (m_dialect == Dialect::MySql) {
        // flavour/mysql/renderer.rs render_default: strings and enums quoted, DateTime as RFC 3339 text.
        if (type == ValueType::String || type == ValueType::Enum)
            return mysql::quoteString(value);
        if (type == ValueType::DateTime)
            return mysql::quoteString(mysql::dateTimeLiteral(value));
        return value;
    }
    switch (type) {
    case ValueType::String:
    case ValueType::Enum:
        return quotePostgresString(value);
    case ValueType::Json:
        return isPostgres() ? quotePostgresString(value) : value;
    case ValueType::DateTime:
        return u'\'' + value + u'\'';
    case ValueType::Bytes:
        return isPostgres() ? QString(QStringLiteral("'\\x") + value + u'\'') : QString(u'\'' + value + u'\'');
    default:
        return value;
    }
}

ColumnDefault Calculator::literalDefault(const DefaultValue &value, Family family, const QString &fullType) const
{
    ColumnDefault out;
    out.kind = ColumnDefault::Kind::Value;
    auto scalar = [&](const DefaultValue &item, ValueType &type, QString &text) {
        switch (item.kind) {
        case DefaultValue::Kind::Number:
            if (family == Family::Int) {
                type = ValueType::Int;
                text = normalizeInteger(item.value);
            } else if (family == Family::BigInt) {
                type = ValueType::BigInt;
                text = normalizeInteger(item.value);
            } else {
                type = ValueType::Float;
                text = item.value;
            }
            break;
        case DefaultValue::Kind::String:
            switch (family) {
            case Family::DateTime:
                type = ValueType::DateTime;
                text = normalizeDateTime(item.value);
                break;
            case Family::Json:
                type = ValueType::Json;
                text = item.value;
                break;
            case Family::Binary:
                type = ValueType::Bytes;
                text = QString::fromLatin1(QByteArray::fromBase64(item.value.toLatin1()).toHex());
                break;
            case Family::Decimal:
            case Family::Float:
                type = ValueType::Float;
                text = item.value;
                break;
            default:
                type = ValueType::String;
                text = item.value;
                break;
            }
            break;
        case DefaultValue::Kind::Boolean:
            type = ValueType::Boolean;
            text = item.value;
            break;
        case DefaultValue::Kind::EnumValue:
            type = family == Family::Boolean ? ValueType::Boolean : ValueType::Enum;
            text = item.value;
            break;
        default:
            type = ValueType::Unknown;
            text = item.value;
            break;
        }
    };
    if (value.kind == DefaultValue::Kind::List) {
        out.valueType = ValueType::List;
        QStringList rendered;
        for (const DefaultValue &item : *value.items) {
            ValueType type = ValueType::Unknown;
            QString text;
            scalar(item, type, text);
            out.itemType = type;
            out.values << text;
            rendered << renderLiteral(type, text, fullType);
        }
        out.expression = QStringLiteral("ARRAY[") + rendered.join(QStringLiteral(", ")) + QStringLiteral("]::") + fullType;
        return out;
    }
    QString text;
    scalar(value, out.valueType, text);
    out.values << text;
    out.expression = renderLiteral(out.valueType, text, fullType);
    return out;
}

ColumnDefault Calculator::defaultFor(const Field &field, Family family, const QString &fullType, bool &prismaLevel) const
{
    const DefaultValue &value = *field.defaultValue;
    ColumnDefault out;
    switch (value.kind) {
    case DefaultValue::Kind::None:
        return out;
    case DefaultValue::Kind::DbGenerated:
        out.kind = ColumnDefault::Kind::DbGenerated;
        out.expression = value.value;
        return out;
    case DefaultValue::Kind::Now:
        out.kind = ColumnDefault::Kind::Now;
        out.expression = m_dialect == Dialect::MySql
            ? QStringLiteral("CURRENT_TIMESTAMP(%1)").arg(mysql::timestampPrecision(fullType))
            : QStringLiteral("CURRENT_TIMESTAMP");
        return out;
    case DefaultValue::Kind::Autoincrement:
        if (isPostgres())
            out.kind = ColumnDefault::Kind::Sequence;
        return out;
    case DefaultValue::Kind::Sequence:
        out.kind = ColumnDefault::Kind::Sequence;
        return out;
    case DefaultValue::Kind::Uuid:
    case DefaultValue::Kind::Cuid:
    case DefaultValue::Kind::Nanoid:
    case DefaultValue::Kind::Ulid:
    case DefaultValue::Kind::Function:
        prismaLevel = true;
        return out;
    case DefaultValue::Kind::EnumValue:
        if (field.kind == FieldKind::Enum) {
            out.kind = ColumnDefault::Kind::Value;
            out.valueType = ValueType::Enum;
            QString name = value.value;
            if (const auto it = m_enums.constFind(field.typeName); it != m_enums.constEnd()) {
                if (const schema::EnumValue *enumValue = (*it)->value(value.value.view()))
                    name = enumValue->databaseName();
            }
            out.values << name;
            out.expression = quotePostgresString(name);
            return out;
        }
        return literalDefault(value, family, fullType);
    case DefaultValue::Kind::List:
        if (field.kind == FieldKind::Enum) {
            out.kind = ColumnDefault::Kind::Value;
            out.valueType = ValueType::List;
            out.itemType = ValueType::Enum;
            QStringList rendered;
            const auto it = m_enums.constFind(field.typeName);
            for (const DefaultValue &item : *value.items) {
                QString name = item.value;
                if (it != m_enums.constEnd()) {
                    if (const schema::EnumValue *enumValue = (*it)->value(item.value.view()))
                        name = enumValue->databaseName();
                }
                out.values << name;
                rendered << quotePostgresString(name);
            }
            out.expression = QStringLiteral("ARRAY[") + rendered.join(QStringLiteral(", ")) + QStringLiteral("]::") + fullType;
            return out;
        }
        return literalDefault(value, family, fullType);
    case DefaultValue::Kind::String:
    case DefaultValue::Kind::Number:
    case DefaultValue::Kind::Boolean:
        return literalDefault(value, family, fullType);
    }
    return out;
}

/// Fills in a new column of the model's table (in place: a Column is large and tables have many).
void Calculator::setUpColumn(Column &column, const Model &model, const Field &field) const
{
    column.name = field.databaseName();
    column.nullable = field.arity != Arity::Required;
    column.type.isArray = field.arity == Arity::List;
    if (field.kind == FieldKind::Enum) {
        column.type.family = Family::Enum;
        const auto it = m_enums.constFind(field.typeName);
        const QString enumName = it != m_enums.constEnd() ? (*it)->databaseName() : field.typeName.text();
        if (m_dialect == Dialect::MySql) {
            // MySQL: an inline ENUM(...) column type with the enum's values.
            QStringList &values = column.type.enumParts.mut().values;
            if (it != m_enums.constEnd()) {
                values.reserve(qsizetype((*it)->values.size()));
                for (const schema::EnumValue &value : (*it)->values)
                    values << value.databaseName();
            }
            column.type.name = mysql::enumTypeName(values);
        } else if (isPostgres()) {
            column.type.name = enumName;
            ColumnType::EnumParts &parts = column.type.enumParts.mut();
            parts.name = enumName;
            parts.schema = namespaceFor(it != m_enums.constEnd() ? (*it)->schemaName : QString());
        } else {
            // SQLite keeps enum values in TEXT columns.
            column.type.family = Family::String;
            column.type.name = sqliteTypeName(Family::String);
        }
    } else if (field.kind == FieldKind::Unsupported) {
        column.type.family = Family::Unsupported;
        column.type.name = field.unsupportedType();
    } else {
        const ScalarType scalar = field.scalarType.value_or(ScalarType::String);
        column.type.family = familyOf(scalar);
        if (isPostgres())
            column.type.name = field.nativeType->isSet() ? postgresNativeTypeName(*field.nativeType) : postgresDefaultTypeName(scalar);
        else if (m_dialect == Dialect::MySql)
            column.type.name = field.nativeType->isSet() ? mysql::nativeTypeName(*field.nativeType, scalar) : mysql::defaultTypeName(scalar);
        else
            column.type.name = sqliteTypeName(column.type.family);
    }
    // Only list defaults (`ARRAY[...]::type`) and MySQL's now() need the type as rendered.
    const bool needsFullType = field.defaultValue->kind == DefaultValue::Kind::List || field.defaultValue->kind == DefaultValue::Kind::Now;
    const QString fullType = needsFullType ? renderedType(column) : QString();

    bool prismaLevel = false;
    if (ColumnDefault value = defaultFor(field, column.type.family, fullType, prismaLevel); value.isSet())
        column.defaultValue = std::move(value); // allocated only for a default the database has
    column.prismaLevelDefault = prismaLevel;
    column.autoIncrement = field.defaultValue->kind == DefaultValue::Kind::Autoincrement;
    if (m_dialect == Dialect::Sqlite && field.scalarType == ScalarType::Int) {
        // SQLite: an INTEGER primary key of its own is the rowid, so it counts as autoincrementing.
        if (const schema::Index *pk = model.primaryKey(); pk && pk->fields.size() == 1 && pk->fields.front().name == field.name)
            column.autoIncrement = true;
    }
}

/// The column's type as a migration writes it, array brackets included.
QString Calculator::renderedType(const Column &column) const
{
    QString type;
    if (column.type.family == Family::Enum && isPostgres()) {
        const ColumnType::EnumParts &parts = *column.type.enumParts;
        if (parts.schema != m_out.defaultNamespace) {
            type += quoteIdent(parts.schema);
            type += u'.';
        }
        type += quoteIdent(parts.name);
    } else {
        type = column.type.name;
    }
    if (column.type.isArray)
        type += QLatin1StringView("[]");
    return type;
}

QString Calculator::columnName(const Model &model, const QString &fieldName) const
{
    const Field *field = model.field(fieldName);
    return field ? field->databaseName() : fieldName;
}

SortOrder sortOrderOf(const QString &sort)
{
    if (sort == u"Desc")
        return SortOrder::Desc;
    if (sort == u"Asc")
        return SortOrder::Asc;
    return SortOrder::Unspecified;
}

Table Calculator::modelTable(const Model &model, Scratch &scratch) const
{
    Table table;
    table.schema = namespaceFor(model.schemaName);
    table.name = model.databaseName();
    // Exact sizes: a table's lists live as long as the SQL schema, and large schemas have many tables.
    const auto hasColumn = [](const Field &field) { return field.isScalarLike() || field.kind == FieldKind::Composite; };
    table.columns.reserve(size_t(std::count_if(model.fields.begin(), model.fields.end(), hasColumn)));
    // The names of the fields that have a column, in column order: indexes and foreign keys find their columns
    // in this compact list rather than among the (large) fields.
    std::vector<QStringView> &columnFieldNames = scratch.columnFieldNames;
    std::vector<const Field *> &foreignKeyFields = scratch.foreignKeyFields;
    columnFieldNames.clear();
    foreignKeyFields.clear();
    for (const Field &field : model.fields) {
        if (field.isRelation() && !field.relation->fields.isEmpty())
            foreignKeyFields.push_back(&field);
        if (!hasColumn(field))
            continue;
        columnFieldNames.push_back(field.name.view());
        setUpColumn(table.columns.emplace_back(), model, field);
    }
    auto columnPosition = [&](const QString &fieldName) -> qsizetype {
        const auto it = std::find(columnFieldNames.begin(), columnFieldNames.end(), fieldName);
        return it == columnFieldNames.end() ? -1 : it - columnFieldNames.begin();
    };
    auto tableColumnName = [&](const QString &fieldName) {
        const qsizetype position = columnPosition(fieldName);
        return position >= 0 ? table.columns[size_t(position)].name : columnName(model, fieldName);
    };
    auto indexColumns = [&](const schema::Index &index) {
        std::vector<IndexColumn> columns;
        columns.reserve(index.fields.size());
        for (const schema::IndexField &indexField : index.fields) {
            IndexColumn column;
            column.name = tableColumnName(indexField.name);
            column.sort = sortOrderOf(indexField.sort);
            if (indexField.length > 0)
                column.length = indexField.length;
            if (!indexField.ops.isEmpty() && isPostgres())
                column.operatorClass = operatorClassName(indexField.ops);
            columns.push_back(std::move(column));
        }
        return columns;
    };
    for (const schema::Index &index : model.indexes) {
        if (index.kind == IndexKind::PrimaryKey) {
            if (table.primaryKey)
                continue;
            PrimaryKey pk;
            pk.columns = indexColumns(index);
            if (isPostgres() || m_dialect == Dialect::MySql)
                pk.name = !index.map->isEmpty() ? *index.map : SchemaCalculator::primaryKeyName(table.name, m_dialect);
            if (m_dialect == Dialect::MySql)
                pk.name.clear();
            table.primaryKey = std::move(pk);
        }
    }
    // Prisma's order: the field-level @unique attributes, then @@index, @@unique and @@fulltext in turn.
    std::vector<const schema::Index *> &ordered = scratch.orderedIndexes;
    ordered.clear();
    for (const schema::Index &index : model.indexes) {
        if (index.kind != IndexKind::PrimaryKey && index.fromFieldAttribute)
            ordered.push_back(&index);
    }
    for (const IndexKind kind : {IndexKind::Normal, IndexKind::Unique, IndexKind::Fulltext}) {
        for (const schema::Index &index : model.indexes) {
            if (index.kind == kind && !index.fromFieldAttribute)
                ordered.push_back(&index);
        }
    }
    table.indexes.reserve(ordered.size());
    for (const schema::Index *indexPointer : ordered) {
        const schema::Index &index = *indexPointer;
        Index sqlIndex;
        sqlIndex.columns = indexColumns(index);
        sqlIndex.kind = index.kind == IndexKind::Unique ? Index::Kind::Unique
            : index.kind == IndexKind::Fulltext       ? Index::Kind::Fulltext
                                                      : Index::Kind::Normal;
        if (!index.map->isEmpty())
            sqlIndex.name = index.map;
        else if (sqlIndex.kind != Index::Kind::Unique && !index.name->isEmpty())
            sqlIndex.name = index.name; // on @@index, `name:` is the old spelling of `map:`
        else if (sqlIndex.kind == Index::Kind::Unique)
            sqlIndex.name = constraintName(table.name, sqlIndex.columns, uniqueIndexSuffix, m_dialect);
        else
            sqlIndex.name = constraintName(table.name, sqlIndex.columns, indexSuffix, m_dialect);
        if (isPostgres())
            sqlIndex.algorithm = algorithmName(index.algorithm);
        table.indexes.push_back(std::move(sqlIndex));
    }
    if (m_withForeignKeys) {
        table.foreignKeys.reserve(foreignKeyFields.size()); // one each, but for relations to views
        for (const Field *field : foreignKeyFields) {
            auto isRequired = [&](const QString &fieldName) {
                const qsizetype position = columnPosition(fieldName);
                if (position >= 0)
                    return !table.columns[size_t(position)].nullable;
                const Field *scalar = model.field(fieldName);
                return scalar && scalar->arity == Arity::Required;
            };
            pushForeignKey(table, *field, tableColumnName, isRequired);
        }
    }
    return table;
}

void Calculator::pushModelTables(int tables)
{
    const size_t first = m_out.tables.size();
    m_out.tables.resize(first + size_t(tables));
    std::vector<const Model *> models;
    models.reserve(size_t(tables));
    for (const Model &model : m_schema.models) {
        if (!model.isView)
            models.push_back(&model);
    }
    // Large schemas on two threads; each table goes to its model's place.
    constexpr size_t MinimumModelsForTwoThreads = 500;
    constexpr size_t ModelsPerChunk = 64;
    const size_t threads = models.size() >= MinimumModelsForTwoThreads ? std::min(2u, std::thread::hardware_concurrency()) : 1;
    psl::runInChunks(models.size(), ModelsPerChunk, threads, [&](size_t, size_t begin, size_t end) {
        Scratch scratch;
        for (size_t i = begin; i < end; ++i)
            m_out.tables[first + i] = modelTable(*models[i], scratch);
    });
}

template<typename TableColumnName, typename IsRequired>
void Calculator::pushForeignKey(Table &table, const Field &field, const TableColumnName &tableColumnName, const IsRequired &isRequired) const
{
    const auto referencedIt = m_models.constFind(field.typeName);
    if (referencedIt == m_models.constEnd() || referencedIt->model->isView)
        return;
    const Model &referenced = *referencedIt->model;
    ForeignKey fk;
    bool anyRequired = false;
    fk.columns.reserve(field.relation->fields.size());
    fk.referencedColumns.reserve(field.relation->references.size());
    for (const QString &name : field.relation->fields) {
        fk.columns << tableColumnName(name);
        anyRequired = anyRequired || isRequired(name);
    }
    for (const QString &name : field.relation->references)
        fk.referencedColumns << columnName(referenced, name);
    // The referenced model's table, as pushModelTable() names it (it may come later in the schema).
    fk.referencedSchema = namespaceFor(referenced.schemaName);
    fk.referencedTable = referenced.databaseName();
    fk.name = !field.relation->map.isEmpty() ? field.relation->map : constraintName(table.name, fk.columns, foreignKeySuffix, m_dialect);
    fk.onDelete = field.relation->onDelete != schema::ReferentialAction::Unset
        ? field.relation->onDelete
        : (anyRequired ? ReferentialAction::Restrict : ReferentialAction::SetNull);
    fk.onUpdate = field.relation->onUpdate != schema::ReferentialAction::Unset ? field.relation->onUpdate : ReferentialAction::Cascade;
    table.foreignKeys.push_back(std::move(fk));
}

std::vector<Calculator::JoinRelation> Calculator::joinRelations() const
{
    std::vector<JoinRelation> relations;
    for (const schema::Relation &relation : m_schema.relations) {
        if (relation.kind != schema::RelationKind::ManyToMany || relation.fieldB.isEmpty())
            continue;
        const ModelEntry a = m_models.value(relation.modelA);
        const Model *b = m_models.value(relation.modelB).model;
        if (!a.model || !b || a.model->isView || b->isView)
            continue;
        int fieldPosition = 0;
        for (int i = 0; i < int(a.model->fields.size()); ++i) {
            if (a.model->fields[i].name == relation.fieldA)
                fieldPosition = i;
        }
        relations.push_back({&relation, a.position, fieldPosition});
    }
    std::stable_sort(relations.begin(), relations.end(), [](const JoinRelation &x, const JoinRelation &y) {
        return std::tie(x.modelPosition, x.fieldPosition) < std::tie(y.modelPosition, y.fieldPosition);
    });
    return relations;
}

void Calculator::pushJoinTables(const std::vector<JoinRelation> &relations)
{
    const int max = maxLength();
    for (const JoinRelation &entry : relations) {
        const schema::Relation &relation = *entry.relation;
        // Column A references the model whose name sorts first.
        const QString modelAName = std::min(relation.modelA, relation.modelB);
        const QString modelBName = std::max(relation.modelA, relation.modelB);
        const int tableA = m_models.value(modelAName).table;
        const int tableB = m_models.value(modelBName).table;
        if (tableA < 0 || tableB < 0)
            continue;
        const Table &a = m_out.tables[tableA];
        const Table &b = m_out.tables[tableB];
        if (!a.primaryKey || !b.primaryKey || a.primaryKey->columns.empty() || b.primaryKey->columns.empty())
            continue;
        const Column *idA = a.column(a.primaryKey->columns.front().name);
        const Column *idB = b.column(b.primaryKey->columns.front().name);
        if (!idA || !idB)
            continue;

        const QString tableName = takeChars(relation.joinTableName(), max);
        Table join;
        join.schema = a.schema;
        join.name = tableName;
        Column columnA;
        columnA.name = QStringLiteral("A");
        columnA.type = idA->type;
        columnA.nullable = idA->nullable;
        Column columnB;
        columnB.name = QStringLiteral("B");
        columnB.type = idB->type;
        columnB.nullable = idB->nullable;
        join.columns.reserve(2);
        join.columns.push_back(std::move(columnA));
        join.columns.push_back(std::move(columnB));

        const std::vector<IndexColumn> ab = {IndexColumn{QStringLiteral("A"), SortOrder::Unspecified, std::nullopt, {}},
                                             IndexColumn{QStringLiteral("B"), SortOrder::Unspecified, std::nullopt, {}}};
        if (isPostgres()) {
            PrimaryKey pk;
            pk.name = takeChars(tableName, max - 8) + QStringLiteral("_AB_pkey");
            pk.columns = ab;
            join.primaryKey = std::move(pk);
        } else {
            Index unique;
            unique.kind = Index::Kind::Unique;
            unique.name = takeChars(tableName, max - 10) + QStringLiteral("_AB_unique");
            unique.columns = ab;
            join.indexes.push_back(std::move(unique));
        }
        Index indexB;
        indexB.name = takeChars(tableName, max - 8) + QStringLiteral("_B_index");
        indexB.columns.push_back(IndexColumn{QStringLiteral("B"), SortOrder::Unspecified, std::nullopt, {}});
        join.indexes.push_back(std::move(indexB));

        if (m_withForeignKeys) {
            // Prisma's own truncation here differs from the conventional one, to rule out collisions.
            const int maxTableLength = max - 5 - 2;
            const QByteArray utf8 = tableName.toUtf8();
            const QString nameA = utf8.size() > maxTableLength ? QString::fromUtf8(utf8.left(maxTableLength)) : tableName;
            const QString nameB = utf8.size() >= maxTableLength ? QString::fromUtf8(utf8.left(maxTableLength)) : tableName;
            ForeignKey fkA;
            fkA.name = nameA + QStringLiteral("_A_fkey");
            fkA.columns << QStringLiteral("A");
            fkA.referencedSchema = a.schema;
            fkA.referencedTable = a.name;
            fkA.referencedColumns << idA->name;
            fkA.onDelete = fkA.onUpdate = ReferentialAction::Cascade;
            ForeignKey fkB;
            fkB.name = nameB + QStringLiteral("_B_fkey");
            fkB.columns << QStringLiteral("B");
            fkB.referencedSchema = b.schema;
            fkB.referencedTable = b.name;
            fkB.referencedColumns << idB->name;
            fkB.onDelete = fkB.onUpdate = ReferentialAction::Cascade;
            join.foreignKeys.push_back(std::move(fkA));
            join.foreignKeys.push_back(std::move(fkB));
        }
        m_out.tables.push_back(std::move(join));
    }
}

SqlSchema Calculator::run()
{
    m_out.dialect = m_dialect;
    m_withForeignKeys = !m_schema.usesPrismaRelationMode();
    m_models.reserve(qsizetype(m_schema.models.size()));
    int tables = 0;
    for (int i = 0; i < int(m_schema.models.size()); ++i) {
        const Model &model = m_schema.models[i];
        m_models.insert(model.name, {&model, i, model.isView ? -1 : tables++});
    }
    pushNamespaces();
    pushEnums();
    const std::vector<JoinRelation> joins = joinRelations();
    m_out.tables.reserve(size_t(tables) + joins.size());
    pushModelTables(tables);
    pushJoinTables(joins);
    return std::move(m_out);
}

} // namespace

std::optional<SqlSchema> SchemaCalculator::calculate(const schema::Schema &schema)
{
    const std::optional<Dialect> dialect = dialectForProvider(schema.provider());
    if (!dialect)
        return std::nullopt;
    return calculate(schema, *dialect);
}

SqlSchema SchemaCalculator::calculate(const schema::Schema &schema, Dialect dialect)
{
    return Calculator(schema, dialect).run();
}

int SchemaCalculator::maxIdentifierLength(Dialect dialect)
{
    switch (dialect) {
    case Dialect::PostgreSql: return 63;
    case Dialect::MySql: return 64;
    case Dialect::Sqlite: return 10000;
    }
    return 63;
}

QString SchemaCalculator::primaryKeyName(const QString &table, Dialect dialect)
{
    const int limit = maxIdentifierLength(dialect);
    const QString base = utf8Length(table) >= limit - 5 ? truncateBytes(table, limit - 5) : table;
    return base + QLatin1StringView("_pkey");
}

QString SchemaCalculator::uniqueIndexName(const QString &table, const QStringList &columns, Dialect dialect)
{
    return constraintName(table, columns, uniqueIndexSuffix, dialect);
}

QString SchemaCalculator::indexName(const QString &table, const QStringList &columns, Dialect dialect)
{
    return constraintName(table, columns, indexSuffix, dialect);
}

QString SchemaCalculator::foreignKeyName(const QString &table, const QStringList &columns, Dialect dialect)
{
    return constraintName(table, columns, foreignKeySuffix, dialect);
}

} // namespace strata::sql
