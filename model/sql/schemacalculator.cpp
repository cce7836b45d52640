// SPDX-License-Identifier: GPL-3.0-or-later
#define QT_USE_QSTRINGBUILDER
#include "schemacalculator.h"

#include "mysqltype_p.h"

#include <QByteArray>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>

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
QString truncateBytes(const QString &name, int maxBytes)
{
    const QByteArray utf8 = name.toUtf8();
    if (utf8.size() <= maxBytes)
        return name;
    int cut = std::max(0, maxBytes);
    while (cut > 0 && (static_cast<unsigned char>(utf8.at(cut)) & 0xC0) == 0x80)
        --cut;
    return QString::fromUtf8(utf8.left(cut));
}

int byteLength(const QString &name)
{
    return int(name.toUtf8().size());
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
    QString name = names.value(native.name, native.name.toUpper());
    if (!native.arguments.isEmpty()) {
        QStringList arguments;
        for (const QString &argument : native.arguments)
            arguments << argument.trimmed();
        name += u'(' + arguments.join(u',') + u')';
    }
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
    void pushModelTable(const Model &model);
    Column columnFor(const Model &model, const Field &field) const;
    ColumnDefault defaultFor(const Field &field, Family family, const QString &fullType, bool &prismaLevel) const;
    ColumnDefault literalDefault(const DefaultValue &value, Family family, const QString &fullType) const;
    QString renderLiteral(ValueType type, const QString &value, const QString &fullType) const;
    QString columnName(const Model &model, const QString &fieldName) const;
    void pushForeignKeys();
    void pushJoinTables();
    QString namespaceFor(const QString &explicitSchema) const;

    const schema::Schema &m_schema;
    Dialect m_dialect;
    SqlSchema m_out;
    QHash<QString, const Model *> m_models;
    QHash<QString, int> m_modelIndex;  ///< model name -> position in m_schema.models
    QHash<QString, int> m_tableOfModel; ///< model name -> position in m_out.tables
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
    for (const schema::Enum &e : m_schema.enums) {
        m_enums.insert(e.name, &e);
        if (!isPostgres())
            continue;
        EnumType type;
        type.schema = namespaceFor(e.schemaName);
        type.name = e.databaseName();
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
        for (const DefaultValue &item : value.items) {
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
    const DefaultValue &value = field.defaultValue;
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
                if (const schema::EnumValue *enumValue = (*it)->value(value.value))
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
            for (const DefaultValue &item : value.items) {
                QString name = item.value;
                if (it != m_enums.constEnd()) {
                    if (const schema::EnumValue *enumValue = (*it)->value(item.value))
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

Column Calculator::columnFor(const Model &model, const Field &field) const
{
    Column column;
    column.name = field.databaseName();
    column.nullable = field.arity != Arity::Required;
    column.type.isArray = field.arity == Arity::List;
    QString fullType; // the rendered column type, for `ARRAY[...]::type` defaults
    if (field.kind == FieldKind::Enum) {
        column.type.family = Family::Enum;
        const auto it = m_enums.constFind(field.typeName);
        const QString enumName = it != m_enums.constEnd() ? (*it)->databaseName() : field.typeName;
        if (m_dialect == Dialect::MySql) {
            // MySQL: an inline ENUM(...) column type with the enum's values.
            if (it != m_enums.constEnd()) {
                for (const schema::EnumValue &value : (*it)->values)
                    column.type.enumValues << value.databaseName();
            }
            column.type.name = mysql::enumTypeName(column.type.enumValues);
            fullType = column.type.name;
        } else if (isPostgres()) {
            column.type.name = enumName;
            column.type.enumName = enumName;
            column.type.enumSchema = namespaceFor(it != m_enums.constEnd() ? (*it)->schemaName : QString());
            fullType = (column.type.enumSchema == m_out.defaultNamespace ? QString() : quoteIdent(column.type.enumSchema) + u'.')
                + quoteIdent(enumName);
        } else {
            // SQLite keeps enum values in TEXT columns.
            column.type.family = Family::String;
            column.type.name = sqliteTypeName(Family::String);
            fullType = column.type.name;
        }
    } else if (field.kind == FieldKind::Unsupported) {
        column.type.family = Family::Unsupported;
        column.type.name = field.unsupportedType;
        fullType = column.type.name;
    } else {
        const ScalarType scalar = field.scalarType.value_or(ScalarType::String);
        column.type.family = familyOf(scalar);
        if (isPostgres())
            column.type.name = field.nativeType.isSet() ? postgresNativeTypeName(field.nativeType) : postgresDefaultTypeName(scalar);
        else if (m_dialect == Dialect::MySql)
            column.type.name = field.nativeType.isSet() ? mysql::nativeTypeName(field.nativeType, scalar) : mysql::defaultTypeName(scalar);
        else
            column.type.name = sqliteTypeName(column.type.family);
        fullType = column.type.name;
    }
    if (column.type.isArray)
        fullType += QStringLiteral("[]");

    bool prismaLevel = false;
    column.defaultValue = defaultFor(field, column.type.family, fullType, prismaLevel);
    column.prismaLevelDefault = prismaLevel;
    column.autoIncrement = field.defaultValue.kind == DefaultValue::Kind::Autoincrement;
    if (m_dialect == Dialect::Sqlite && field.scalarType == ScalarType::Int) {
        // SQLite: an INTEGER primary key of its own is the rowid, so it counts as autoincrementing.
        if (const schema::Index *pk = model.primaryKey(); pk && pk->fields.size() == 1 && pk->fields.front().name == field.name)
            column.autoIncrement = true;
    }
    return column;
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

void Calculator::pushModelTable(const Model &model)
{
    Table table;
    table.schema = namespaceFor(model.schemaName);
    table.name = model.databaseName();
    table.columns.reserve(model.fields.size());
    for (const Field &field : model.fields) {
        if (!field.isScalarLike() && field.kind != FieldKind::Composite)
            continue;
        table.columns.push_back(columnFor(model, field));
    }
    auto indexColumns = [&](const schema::Index &index) {
        std::vector<IndexColumn> columns;
        columns.reserve(index.fields.size());
        for (const schema::IndexField &indexField : index.fields) {
            IndexColumn column;
            column.name = columnName(model, indexField.name);
            column.sort = sortOrderOf(indexField.sort);
            if (indexField.length > 0)
                column.length = indexField.length;
            if (!indexField.ops.isEmpty() && isPostgres())
                column.operatorClass = operatorClassName(indexField.ops);
            columns.push_back(std::move(column));
        }
        return columns;
    };
    auto columnNames = [](const std::vector<IndexColumn> &columns) {
        QStringList names;
        for (const IndexColumn &column : columns)
            names << column.name;
        return names;
    };
    for (const schema::Index &index : model.indexes) {
        if (index.kind == IndexKind::PrimaryKey) {
            if (table.primaryKey)
                continue;
            PrimaryKey pk;
            pk.columns = indexColumns(index);
            if (isPostgres() || m_dialect == Dialect::MySql)
                pk.name = !index.map.isEmpty() ? index.map : SchemaCalculator::primaryKeyName(table.name, m_dialect);
            if (m_dialect == Dialect::MySql)
                pk.name.clear();
            table.primaryKey = std::move(pk);
        }
    }
    // Prisma's order: the field-level @unique attributes, then @@index, @@unique and @@fulltext in turn.
    std::vector<const schema::Index *> ordered;
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
    for (const schema::Index *indexPointer : ordered) {
        const schema::Index &index = *indexPointer;
        Index sqlIndex;
        sqlIndex.columns = indexColumns(index);
        sqlIndex.kind = index.kind == IndexKind::Unique ? Index::Kind::Unique
            : index.kind == IndexKind::Fulltext       ? Index::Kind::Fulltext
                                                      : Index::Kind::Normal;
        if (!index.map.isEmpty())
            sqlIndex.name = index.map;
        else if (sqlIndex.kind != Index::Kind::Unique && !index.name.isEmpty())
            sqlIndex.name = index.name; // on @@index, `name:` is the old spelling of `map:`
        else if (sqlIndex.kind == Index::Kind::Unique)
            sqlIndex.name = SchemaCalculator::uniqueIndexName(table.name, columnNames(sqlIndex.columns), m_dialect);
        else
            sqlIndex.name = SchemaCalculator::indexName(table.name, columnNames(sqlIndex.columns), m_dialect);
        if (isPostgres())
            sqlIndex.algorithm = algorithmName(index.algorithm);
        table.indexes.push_back(std::move(sqlIndex));
    }
    m_tableOfModel.insert(model.name, int(m_out.tables.size()));
    m_out.tables.push_back(std::move(table));
}

ReferentialAction toAction(schema::ReferentialAction action)
{
    return action;
}

void Calculator::pushForeignKeys()
{
    if (m_schema.usesPrismaRelationMode())
        return;
    for (const Model &model : m_schema.models) {
        if (model.isView)
            continue;
        const auto tableIt = m_tableOfModel.constFind(model.name);
        if (tableIt == m_tableOfModel.constEnd())
            continue;
        Table &table = m_out.tables[*tableIt];
        for (const Field &field : model.fields) {
            if (!field.isRelation() || field.relation.fields.isEmpty())
                continue;
            const auto referencedIt = m_models.constFind(field.typeName);
            if (referencedIt == m_models.constEnd() || (*referencedIt)->isView)
                continue;
            const Model &referenced = **referencedIt;
            const Table &referencedTable = m_out.tables[m_tableOfModel.value(referenced.name)];
            ForeignKey fk;
            bool anyRequired = false;
            for (const QString &name : field.relation.fields) {
                fk.columns << columnName(model, name);
                if (const Field *scalar = model.field(name); scalar && scalar->arity == Arity::Required)
                    anyRequired = true;
            }
            for (const QString &name : field.relation.references)
                fk.referencedColumns << columnName(referenced, name);
            fk.referencedSchema = referencedTable.schema;
            fk.referencedTable = referencedTable.name;
            fk.name = !field.relation.map.isEmpty() ? field.relation.map
                                                     : SchemaCalculator::foreignKeyName(table.name, fk.columns, m_dialect);
            fk.onDelete = field.relation.onDelete != schema::ReferentialAction::Unset
                ? toAction(field.relation.onDelete)
                : (anyRequired ? ReferentialAction::Restrict : ReferentialAction::SetNull);
            fk.onUpdate = field.relation.onUpdate != schema::ReferentialAction::Unset ? toAction(field.relation.onUpdate)
                                                                                     : ReferentialAction::Cascade;
            table.foreignKeys.push_back(std::move(fk));
        }
    }
}

void Calculator::pushJoinTables()
{
    struct JoinRelation {
        const schema::Relation *relation;
        int modelPosition;
        int fieldPosition;
    };
    std::vector<JoinRelation> relations;
    for (const schema::Relation &relation : m_schema.relations) {
        if (relation.kind != schema::RelationKind::ManyToMany || relation.fieldB.isEmpty())
            continue;
        const Model *a = m_models.value(relation.modelA);
        const Model *b = m_models.value(relation.modelB);
        if (!a || !b || a->isView || b->isView)
            continue;
        int fieldPosition = 0;
        for (int i = 0; i < int(a->fields.size()); ++i) {
            if (a->fields[i].name == relation.fieldA)
                fieldPosition = i;
        }
        relations.push_back({&relation, m_modelIndex.value(relation.modelA), fieldPosition});
    }
    std::stable_sort(relations.begin(), relations.end(), [](const JoinRelation &x, const JoinRelation &y) {
        return std::tie(x.modelPosition, x.fieldPosition) < std::tie(y.modelPosition, y.fieldPosition);
    });

    const int max = maxLength();
    for (const JoinRelation &entry : relations) {
        const schema::Relation &relation = *entry.relation;
        // Column A references the model whose name sorts first.
        const QString modelAName = std::min(relation.modelA, relation.modelB);
        const QString modelBName = std::max(relation.modelA, relation.modelB);
        const int tableA = m_tableOfModel.value(modelAName, -1);
        const int tableB = m_tableOfModel.value(modelBName, -1);
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
        join.columns.push_back(columnA);
        join.columns.push_back(columnB);

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

        if (!m_schema.usesPrismaRelationMode()) {
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
    m_models.reserve(qsizetype(m_schema.models.size()));
    m_modelIndex.reserve(qsizetype(m_schema.models.size()));
    m_tableOfModel.reserve(qsizetype(m_schema.models.size()));
    for (int i = 0; i < int(m_schema.models.size()); ++i) {
        m_models.insert(m_schema.models[i].name, &m_schema.models[i]);
        m_modelIndex.insert(m_schema.models[i].name, i);
    }
    pushNamespaces();
    pushEnums();
    m_out.tables.reserve(m_schema.models.size());
    for (const Model &model : m_schema.models) {
        if (!model.isView)
            pushModelTable(model);
    }
    pushForeignKeys();
    pushJoinTables();
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
    const QString base = byteLength(table) >= limit - 5 ? truncateBytes(table, limit - 5) : table;
    return base + QStringLiteral("_pkey");
}

static QString indexNameWithSuffix(const QString &table, const QStringList &columns, const QString &suffix, Dialect dialect)
{
    const int limit = SchemaCalculator::maxIdentifierLength(dialect);
    QString out = table + u'_' + columns.join(u'_');
    if (byteLength(out) >= limit - suffix.size())
        out = truncateBytes(out, limit - int(suffix.size()));
    return out + suffix;
}

QString SchemaCalculator::uniqueIndexName(const QString &table, const QStringList &columns, Dialect dialect)
{
    return indexNameWithSuffix(table, columns, QStringLiteral("_key"), dialect);
}

QString SchemaCalculator::indexName(const QString &table, const QStringList &columns, Dialect dialect)
{
    return indexNameWithSuffix(table, columns, QStringLiteral("_idx"), dialect);
}

QString SchemaCalculator::foreignKeyName(const QString &table, const QStringList &columns, Dialect dialect)
{
    const int limit = maxIdentifierLength(dialect);
    QString joined = table + u'_' + columns.join(u'_');
    if (byteLength(joined) >= limit - 5)
        joined = truncateBytes(joined, limit - 5);
    return joined + QStringLiteral("_fkey");
}

} // namespace strata::sql
