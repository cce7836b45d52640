// SPDX-License-Identifier: GPL-3.0-or-later
#define QT_USE_QSTRINGBUILDER
#include "mysqltype_p.h"

#include <QHash>
#include <QRegularExpression>

namespace strata::sql::mysql {

using schema::ScalarType;

QString defaultTypeName(ScalarType type)
{
    // prisma-engines psl builtin_connectors/mysql_datamodel_connector.rs: default_native_type_for_scalar_type,
    // rendered by flavour/mysql/renderer.rs render_column_type.
    switch (type) {
    case ScalarType::String: return QStringLiteral("VARCHAR(191)");
    case ScalarType::Boolean: return QStringLiteral("BOOLEAN");
    case ScalarType::Int: return QStringLiteral("INTEGER");
    case ScalarType::BigInt: return QStringLiteral("BIGINT");
    case ScalarType::Float: return QStringLiteral("DOUBLE");
    case ScalarType::Decimal: return QStringLiteral("DECIMAL(65, 30)");
    case ScalarType::DateTime: return QStringLiteral("DATETIME(3)");
    case ScalarType::Json: return QStringLiteral("JSON");
    case ScalarType::Bytes: return QStringLiteral("LONGBLOB");
    }
    return {};
}

QString nativeTypeName(const schema::NativeType &native, ScalarType scalar)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("Int"), QStringLiteral("INTEGER")},
        {QStringLiteral("UnsignedInt"), QStringLiteral("INTEGER UNSIGNED")},
        {QStringLiteral("SmallInt"), QStringLiteral("SMALLINT")},
        {QStringLiteral("UnsignedSmallInt"), QStringLiteral("SMALLINT UNSIGNED")},
        {QStringLiteral("TinyInt"), QStringLiteral("TINYINT")},
        {QStringLiteral("UnsignedTinyInt"), QStringLiteral("TINYINT UNSIGNED")},
        {QStringLiteral("MediumInt"), QStringLiteral("MEDIUMINT")},
        {QStringLiteral("UnsignedMediumInt"), QStringLiteral("MEDIUMINT UNSIGNED")},
        {QStringLiteral("BigInt"), QStringLiteral("BIGINT")},
        {QStringLiteral("UnsignedBigInt"), QStringLiteral("BIGINT UNSIGNED")},
        {QStringLiteral("Decimal"), QStringLiteral("DECIMAL")},
        {QStringLiteral("Float"), QStringLiteral("FLOAT")},
        {QStringLiteral("Double"), QStringLiteral("DOUBLE")},
        {QStringLiteral("Bit"), QStringLiteral("BIT")},
        {QStringLiteral("Char"), QStringLiteral("CHAR")},
        {QStringLiteral("VarChar"), QStringLiteral("VARCHAR")},
        {QStringLiteral("Binary"), QStringLiteral("BINARY")},
        {QStringLiteral("VarBinary"), QStringLiteral("VARBINARY")},
        {QStringLiteral("TinyBlob"), QStringLiteral("TINYBLOB")},
        {QStringLiteral("Blob"), QStringLiteral("BLOB")},
        {QStringLiteral("MediumBlob"), QStringLiteral("MEDIUMBLOB")},
        {QStringLiteral("LongBlob"), QStringLiteral("LONGBLOB")},
        {QStringLiteral("TinyText"), QStringLiteral("TINYTEXT")},
        {QStringLiteral("Text"), QStringLiteral("TEXT")},
        {QStringLiteral("MediumText"), QStringLiteral("MEDIUMTEXT")},
        {QStringLiteral("LongText"), QStringLiteral("LONGTEXT")},
        {QStringLiteral("Date"), QStringLiteral("DATE")},
        {QStringLiteral("Time"), QStringLiteral("TIME")},
        {QStringLiteral("DateTime"), QStringLiteral("DATETIME")},
        {QStringLiteral("Timestamp"), QStringLiteral("TIMESTAMP")},
        {QStringLiteral("Year"), QStringLiteral("YEAR")},
        {QStringLiteral("Json"), QStringLiteral("JSON")},
    };
    // render_column_type: TinyInt on a Boolean column is spelled BOOLEAN.
    if (native.name == u"TinyInt" && scalar == ScalarType::Boolean)
        return QStringLiteral("BOOLEAN");
    QString name = names.value(native.name, native.name.toUpper());
    if (!native.arguments.isEmpty()) {
        QStringList arguments;
        for (const QString &argument : native.arguments)
            arguments << argument.trimmed();
        // render_decimal writes "(precision, scale)" with a space; single arguments as "(n)".
        name += u'(' + arguments.join(QStringLiteral(", ")) + u')';
    }
    return name;
}

QString quoteString(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\'', QStringLiteral("''"));
    return u'\'' + escaped + u'\'';
}

QString enumTypeName(const QStringList &values)
{
    QStringList quoted;
    for (const QString &value : values)
        quoted << quoteString(value);
    return QStringLiteral("ENUM(") + quoted.join(QStringLiteral(", ")) + u')';
}

int timestampPrecision(const QString &typeName)
{
    static const QRegularExpression re(QStringLiteral(R"(^(?:DATETIME|TIMESTAMP|TIME)\((\d+)\)$)"));
    const QRegularExpressionMatch m = re.match(typeName);
    return m.hasMatch() ? m.captured(1).toInt() : 3;
}

QString dateTimeLiteral(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(\d{4}-\d{2}-\d{2})[Tt ](\d{2}:\d{2}:\d{2})(?:\.(\d+))?(?:([Zz])|([+-]\d{2}):?(\d{2}))$)"));
    const QRegularExpressionMatch m = re.match(text);
    if (!m.hasMatch())
        return text;
    // chrono's to_rfc3339 (SecondsFormat::AutoSi): fraction in groups of 3 digits, "+00:00" for UTC.
    QString out = m.captured(1) + u'T' + m.captured(2);
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
    out += m.captured(4).isEmpty() ? m.captured(5) + u':' + m.captured(6) : QStringLiteral("+00:00");
    return out;
}

QString prismaNativeTypeName(const Column &column)
{
    if (column.type.family == ColumnType::Family::Enum || column.type.family == ColumnType::Family::Unsupported)
        return {};
    static const QRegularExpression re(QStringLiteral(R"(^([A-Z]+)(?:\((\d+)(?:,\s*(\d+))?\))?( UNSIGNED)?$)"));
    const QRegularExpressionMatch m = re.match(column.type.name);
    if (!m.hasMatch())
        return {};
    static const QHash<QString, QString> names = {
        {QStringLiteral("INTEGER"), QStringLiteral("Int")},          {QStringLiteral("SMALLINT"), QStringLiteral("SmallInt")},
        {QStringLiteral("TINYINT"), QStringLiteral("TinyInt")},      {QStringLiteral("BOOLEAN"), QStringLiteral("TinyInt")},
        {QStringLiteral("MEDIUMINT"), QStringLiteral("MediumInt")},  {QStringLiteral("BIGINT"), QStringLiteral("BigInt")},
        {QStringLiteral("DECIMAL"), QStringLiteral("Decimal")},      {QStringLiteral("FLOAT"), QStringLiteral("Float")},
        {QStringLiteral("DOUBLE"), QStringLiteral("Double")},        {QStringLiteral("BIT"), QStringLiteral("Bit")},
        {QStringLiteral("CHAR"), QStringLiteral("Char")},            {QStringLiteral("VARCHAR"), QStringLiteral("VarChar")},
        {QStringLiteral("BINARY"), QStringLiteral("Binary")},        {QStringLiteral("VARBINARY"), QStringLiteral("VarBinary")},
        {QStringLiteral("TINYBLOB"), QStringLiteral("TinyBlob")},    {QStringLiteral("BLOB"), QStringLiteral("Blob")},
        {QStringLiteral("MEDIUMBLOB"), QStringLiteral("MediumBlob")},{QStringLiteral("LONGBLOB"), QStringLiteral("LongBlob")},
        {QStringLiteral("TINYTEXT"), QStringLiteral("TinyText")},    {QStringLiteral("TEXT"), QStringLiteral("Text")},
        {QStringLiteral("MEDIUMTEXT"), QStringLiteral("MediumText")},{QStringLiteral("LONGTEXT"), QStringLiteral("LongText")},
        {QStringLiteral("DATE"), QStringLiteral("Date")},            {QStringLiteral("TIME"), QStringLiteral("Time")},
        {QStringLiteral("DATETIME"), QStringLiteral("DateTime")},    {QStringLiteral("TIMESTAMP"), QStringLiteral("Timestamp")},
        {QStringLiteral("YEAR"), QStringLiteral("Year")},            {QStringLiteral("JSON"), QStringLiteral("Json")},
    };
    const auto it = names.constFind(m.captured(1));
    if (it == names.constEnd())
        return {};
    QString name = *it;
    if (!m.captured(4).isEmpty())
        name.prepend(QStringLiteral("Unsigned"));
    if (!m.captured(2).isEmpty()) {
        name += u'(' + m.captured(2);
        if (!m.captured(3).isEmpty())
            name += u',' + m.captured(3);
        name += u')';
    }
    return name;
}

namespace {

enum class Kind { Int, Bool, Bit, Decimal, Float, Char, Text, Binary, Blob, Date, Time, DateTime, Json, Enum, Other };

struct Parsed {
    Kind kind = Kind::Other;
    int rank = 0;   ///< integer width, text/blob size class
    int length = -1;///< CHAR/VARCHAR/BINARY/BIT length, DATETIME precision
    QString text;
};

Parsed parse(const Column &column)
{
    Parsed p;
    p.text = column.type.name;
    if (column.type.family == ColumnType::Family::Enum) {
        p.kind = Kind::Enum;
        return p;
    }
    if (column.type.family == ColumnType::Family::Unsupported)
        return p;
    static const QRegularExpression re(QStringLiteral(R"(^([A-Z]+)(?:\((\d+)(?:,\s*(\d+))?\))?(?: UNSIGNED)?$)"));
    const QRegularExpressionMatch m = re.match(column.type.name.toUpper());
    if (!m.hasMatch())
        return p;
    const QString base = m.captured(1);
    if (!m.captured(2).isEmpty())
        p.length = m.captured(2).toInt();
    static const QHash<QString, std::pair<Kind, int>> kinds = {
        {QStringLiteral("BOOLEAN"), {Kind::Bool, 1}},       {QStringLiteral("TINYINT"), {Kind::Int, 1}},
        {QStringLiteral("YEAR"), {Kind::Int, 2}},           {QStringLiteral("SMALLINT"), {Kind::Int, 2}},
        {QStringLiteral("MEDIUMINT"), {Kind::Int, 3}},      {QStringLiteral("INTEGER"), {Kind::Int, 4}},
        {QStringLiteral("INT"), {Kind::Int, 4}},            {QStringLiteral("BIGINT"), {Kind::Int, 8}},
        {QStringLiteral("BIT"), {Kind::Bit, 0}},            {QStringLiteral("DECIMAL"), {Kind::Decimal, 0}},
        {QStringLiteral("FLOAT"), {Kind::Float, 1}},        {QStringLiteral("DOUBLE"), {Kind::Float, 2}},
        {QStringLiteral("CHAR"), {Kind::Char, 0}},          {QStringLiteral("VARCHAR"), {Kind::Char, 0}},
        {QStringLiteral("TINYTEXT"), {Kind::Text, 1}},      {QStringLiteral("TEXT"), {Kind::Text, 2}},
        {QStringLiteral("MEDIUMTEXT"), {Kind::Text, 3}},    {QStringLiteral("LONGTEXT"), {Kind::Text, 4}},
        {QStringLiteral("BINARY"), {Kind::Binary, 0}},      {QStringLiteral("VARBINARY"), {Kind::Binary, 0}},
        {QStringLiteral("TINYBLOB"), {Kind::Blob, 1}},      {QStringLiteral("BLOB"), {Kind::Blob, 2}},
        {QStringLiteral("MEDIUMBLOB"), {Kind::Blob, 3}},    {QStringLiteral("LONGBLOB"), {Kind::Blob, 4}},
        {QStringLiteral("DATE"), {Kind::Date, 0}},          {QStringLiteral("TIME"), {Kind::Time, 0}},
        {QStringLiteral("DATETIME"), {Kind::DateTime, 0}},  {QStringLiteral("TIMESTAMP"), {Kind::DateTime, 0}},
        {QStringLiteral("JSON"), {Kind::Json, 0}},
    };
    const auto it = kinds.constFind(base);
    if (it == kinds.constEnd())
        return p;
    p.kind = it->first;
    p.rank = it->second;
    return p;
}

bool isNumeric(Kind k)
{
    return k == Kind::Int || k == Kind::Bool || k == Kind::Bit || k == Kind::Decimal || k == Kind::Float;
}

bool isStringLike(Kind k)
{
    return k == Kind::Char || k == Kind::Text || k == Kind::Binary || k == Kind::Blob;
}

bool isTemporal(Kind k)
{
    return k == Kind::Date || k == Kind::Time || k == Kind::DateTime;
}

} // namespace

TypeChange typeChange(const Column &previous, const Column &next)
{
    const Parsed a = parse(previous);
    const Parsed b = parse(next);
    // Inline enums compare by their values (flavour/mysql/schema_differ.rs column_type_change).
    if (a.kind == Kind::Enum && b.kind == Kind::Enum) {
        if (previous.type.enumParts->values == next.type.enumParts->values)
            return TypeChange::None;
        for (const QString &value : previous.type.enumParts->values) {
            if (!next.type.enumParts->values.contains(value))
                return TypeChange::RiskyCast;
        }
        return TypeChange::SafeCast;
    }
    if (a.kind == Kind::Enum || b.kind == Kind::Enum)
        return TypeChange::RiskyCast;
    if (a.text.compare(b.text, Qt::CaseInsensitive) == 0)
        return TypeChange::None;
    if (a.kind == Kind::Other || b.kind == Kind::Other)
        return TypeChange::RiskyCast;
    // A coarse form of native_type_change: the exact Safe/Risky split only changes warnings; what must hold is
    // which changes cannot be cast at all (then the column is dropped and added again).
    if (a.kind == b.kind) {
        switch (a.kind) {
        case Kind::Int:
        case Kind::Float:
        case Kind::Text:
        case Kind::Blob:
            return b.rank >= a.rank ? TypeChange::SafeCast : TypeChange::RiskyCast;
        case Kind::Char:
        case Kind::Binary:
        case Kind::Bit:
        case Kind::DateTime:
            return b.length >= a.length ? TypeChange::SafeCast : TypeChange::RiskyCast;
        default:
            return TypeChange::RiskyCast;
        }
    }
    if (isStringLike(b.kind)) {
        if (a.kind == Kind::Blob && (b.kind == Kind::Char || b.kind == Kind::Text))
            return TypeChange::RiskyCast;
        if (b.kind == Kind::Char || b.kind == Kind::Binary)
            return TypeChange::RiskyCast;
        return isStringLike(a.kind) ? TypeChange::RiskyCast : TypeChange::SafeCast;
    }
    if (a.kind == Kind::Json || b.kind == Kind::Json)
        return isStringLike(a.kind) ? TypeChange::RiskyCast : TypeChange::NotCastable;
    if (a.kind == Kind::Blob)
        return TypeChange::NotCastable;
    if (isNumeric(a.kind) && isTemporal(b.kind))
        return TypeChange::NotCastable;
    if (isTemporal(a.kind) && isNumeric(b.kind)) {
        if (a.kind == Kind::Date && (b.kind == Kind::Decimal || b.kind == Kind::Float || (b.kind == Kind::Int && b.rank >= 4)))
            return TypeChange::SafeCast;
        if (a.kind == Kind::DateTime && b.kind == Kind::Int && b.rank == 8)
            return TypeChange::SafeCast;
        return TypeChange::NotCastable;
    }
    if (isTemporal(a.kind) && isTemporal(b.kind))
        return a.kind == Kind::DateTime ? TypeChange::SafeCast : TypeChange::NotCastable;
    return TypeChange::RiskyCast;
}

} // namespace strata::sql::mysql
