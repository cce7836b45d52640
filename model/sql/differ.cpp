// SPDX-License-Identifier: GPL-3.0-or-later
#define QT_USE_QSTRINGBUILDER
#include "differ.h"

#include "mysqltype_p.h"
#include "nativetype_p.h"

#include "psl/chunkedwork.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonValue>
#include <QSet>
#include <algorithm>
#include <array>
#include <numeric>
#include <optional>
#include <string_view>

namespace strata::sql {

namespace {

using Family = ColumnType::Family;
using ValueType = ColumnDefault::ValueType;

/// From this many tables on both sides, their columns are paired on two threads (the pair of 1,000-model schemas
/// of bench/compare-migrate-diff: the diff step 1.95 -> 1.55 ms).
constexpr size_t ParallelPairingMinimumTables = 500;

/// PostgreSQL: a namespace left empty (a replayed or hand-built schema) is the default one.
bool sameNamespace(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    static const QString fallback = QStringLiteral("public");
    return (a.isEmpty() ? fallback : a) == (b.isEmpty() ? fallback : b);
}


// ---------------------------------------------------------------------------------------------------------
// Column comparison (Prisma's sql_schema_differ/column.rs and the flavours' column_type_change)

bool jsonEqual(const QString &a, const QString &b)
{
    // Prisma compares JSON defaults as values; text that is not JSON compares equal.
    QJsonParseError errorA{};
    QJsonParseError errorB{};
    const QJsonDocument docA = QJsonDocument::fromJson(QByteArray("[") + a.toUtf8() + "]", &errorA);
    const QJsonDocument docB = QJsonDocument::fromJson(QByteArray("[") + b.toUtf8() + "]", &errorB);
    if (errorA.error != QJsonParseError::NoError || errorB.error != QJsonParseError::NoError)
        return true;
    return docA == docB;
}

/// "001.500" -> "1.5", "-0" -> "0": the numeric value of a decimal literal, for comparisons.
QString canonicalDecimal(const QString &text)
{
    QString s = text.trimmed();
    bool negative = false;
    if (s.startsWith(u'-')) {
        negative = true;
        s.remove(0, 1);
    } else if (s.startsWith(u'+')) {
        s.remove(0, 1);
    }
    QString integer = s.section(u'.', 0, 0);
    QString fraction = s.contains(u'.') ? s.section(u'.', 1) : QString();
    while (integer.size() > 1 && integer.startsWith(u'0'))
        integer.remove(0, 1);
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    if (integer.isEmpty())
        integer = QStringLiteral("0");
    QString out = fraction.isEmpty() ? integer : integer + u'.' + fraction;
    if (negative && out != u"0")
        out.prepend(u'-');
    return out;
}

bool scalarValuesEqual(ValueType type, const QString &a, const QString &b)
{
    if (type == ValueType::Float)
        return canonicalDecimal(a) == canonicalDecimal(b);
    return a == b;
}

bool stringMatchesBytes(Dialect dialect, const QString &string, const QString &hex)
{
    if (dialect == Dialect::PostgreSql)
        return string.startsWith(QStringLiteral("\\x")) && string.mid(2).toLower() == hex;
    return string.toUtf8().toHex() == hex.toLatin1();
}

bool listDefaultsMatch(Dialect dialect, const ColumnDefault &prev, const ColumnDefault &next)
{
    if (prev.values.size() != next.values.size())
        return false;
    for (int i = 0; i < prev.values.size(); ++i) {
        const ValueType a = prev.itemType;
        const ValueType b = next.itemType;
        const QString &x = prev.values.at(i);
        const QString &y = next.values.at(i);
        if ((a == ValueType::String && b == ValueType::Json) || (a == ValueType::Json && b == ValueType::String)) {
            if (!jsonEqual(x, y))
                return false;
        } else if (a == ValueType::DateTime || b == ValueType::DateTime) {
            continue;
        } else if (a == ValueType::Enum && b == ValueType::Bytes) {
            if (!stringMatchesBytes(dialect, x, y))
                return false;
        } else if (a == ValueType::Bytes && b == ValueType::Enum) {
            if (!stringMatchesBytes(dialect, y, x))
                return false;
        } else if (a != b || !scalarValuesEqual(a, x, y)) {
            return false;
        }
    }
    return true;
}

bool defaultsMatch(Dialect dialect, const Column &previous, const Column &next)
{
    using Kind = ColumnDefault::Kind;
    const ColumnDefault &p = *previous.defaultValue;
    const ColumnDefault &n = *next.defaultValue;
    const bool namesMatch = p.constraintName == n.constraintName;
    const bool pValue = p.kind == Kind::Value;
    const bool nValue = n.kind == Kind::Value;
    auto isList = [](const ColumnDefault &d) { return d.kind == Kind::Value && d.valueType == ValueType::List; };
    auto valueIs = [](const ColumnDefault &d, ValueType type) { return d.kind == Kind::Value && d.valueType == type; };
    const bool eitherDateTime = previous.type.family == Family::DateTime || next.type.family == Family::DateTime;

    if (((p.kind == Kind::DbGenerated && isList(n)) || (isList(p) && n.kind == Kind::DbGenerated)) && eitherDateTime)
        return true;
    if (isList(p) && isList(n))
        return listDefaultsMatch(dialect, p, n);
    if ((valueIs(p, ValueType::Json) && valueIs(n, ValueType::Json)) || (valueIs(p, ValueType::String) && valueIs(n, ValueType::Json))
        || (valueIs(p, ValueType::Json) && valueIs(n, ValueType::String)))
        return jsonEqual(p.values.value(0), n.values.value(0)) && namesMatch;
    if ((valueIs(p, ValueType::DateTime) && n.isSet()) || (p.isSet() && valueIs(n, ValueType::DateTime)))
        return true;
    if ((valueIs(p, ValueType::Int) && valueIs(n, ValueType::BigInt)) || (valueIs(p, ValueType::BigInt) && valueIs(n, ValueType::Int)))
        return p.values.value(0) == n.values.value(0);
    if ((valueIs(p, ValueType::Enum) || valueIs(p, ValueType::String)) && (valueIs(n, ValueType::Enum) || valueIs(n, ValueType::String)))
        return p.values.value(0) == n.values.value(0) && namesMatch;
    if (pValue && nValue) {
        if (p.valueType == ValueType::Unknown || n.valueType == ValueType::Unknown)
            return p.expression == n.expression && namesMatch;
        return p.valueType == n.valueType && p.values.size() == n.values.size()
            && scalarValuesEqual(p.valueType, p.values.value(0), n.values.value(0)) && namesMatch;
    }
    if (pValue && (n.kind == Kind::Now || n.kind == Kind::None))
        return false;
    if (p.kind == Kind::Now && n.kind == Kind::Now)
        return true;
    if (p.kind == Kind::Now && (n.kind == Kind::None || nValue))
        return false;
    if (p.kind == Kind::DbGenerated && (nValue || n.kind == Kind::Now || n.kind == Kind::None))
        return false;
    if (n.kind == Kind::DbGenerated && n.expression.isEmpty())
        return true;
    if (p.kind == Kind::Sequence && n.kind == Kind::None)
        return true; // sequences are dropped separately
    if (p.kind == Kind::Sequence && (nValue || n.kind == Kind::Now))
        return false;
    if (p.kind == Kind::None && n.kind == Kind::None)
        return true;
    if (p.kind == Kind::None && (nValue || n.kind == Kind::Now))
        return false;
    if (p.kind == Kind::DbGenerated && n.kind == Kind::DbGenerated && !p.expression.isEmpty())
        return p.expression.compare(n.expression, Qt::CaseInsensitive) == 0 && namesMatch;
    if (n.kind == Kind::DbGenerated)
        return false;
    return true; // (_, Sequence)
}

TypeChange postgresRiskiness(const PgType &previous, const PgType &next)
{
    using K = PgKind;
    if (previous == next)
        return TypeChange::None;
    const bool nextIsChar = next.kind == K::Char;
    const auto nextLength = next.a; // VarChar/Char/Bit/VarBit length
    switch (previous.kind) {
    case K::Inet:
        return (next.kind == K::Citext || next.kind == K::Text || next.kind == K::VarChar) ? TypeChange::SafeCast : TypeChange::NotCastable;
    case K::Money:
        return (next.kind == K::Citext || next.kind == K::Text || next.kind == K::VarChar) ? TypeChange::SafeCast : TypeChange::RiskyCast;
    case K::Citext:
        return (next.kind == K::Text || next.kind == K::VarChar) ? TypeChange::SafeCast : TypeChange::RiskyCast;
    case K::Oid:
        return (next.kind == K::Text || next.kind == K::VarChar || next.kind == K::BigInt || next.kind == K::Integer)
            ? TypeChange::SafeCast
            : TypeChange::NotCastable;
    case K::SmallInt:
    case K::Integer:
    case K::BigInt: {
        const int digits = previous.kind == K::SmallInt ? 3 : previous.kind == K::Integer ? 10 : 19;
        const int chars = previous.kind == K::SmallInt ? 4 : previous.kind == K::Integer ? 11 : 20;
        switch (next.kind) {
        case K::SmallInt: return previous.kind == K::SmallInt ? TypeChange::None : TypeChange::RiskyCast;
        case K::Integer: return previous.kind == K::SmallInt ? TypeChange::SafeCast : TypeChange::RiskyCast;
        case K::BigInt: return TypeChange::SafeCast;
        case K::Decimal:
            if (next.a && next.b && *next.a - *next.b < digits)
                return TypeChange::RiskyCast;
            return TypeChange::SafeCast;
        case K::Real:
        case K::DoublePrecision: return TypeChange::SafeCast;
        case K::VarChar:
        case K::Char:
            if (nextLength && *nextLength < chars)
                return TypeChange::RiskyCast;
            if (!nextLength && nextIsChar)
                return TypeChange::RiskyCast;
            return TypeChange::SafeCast;
        case K::Text: return TypeChange::SafeCast;
        default: return TypeChange::NotCastable;
        }
    }
    case K::Decimal: {
        const auto p = previous.a;
        const auto s = previous.b;
        const bool hasParams = p && s;
        auto toInt = [&](int maxPrecision) {
            if (!hasParams)
                return TypeChange::RiskyCast;
            if (*s > 0)
                return TypeChange::RiskyCast;
            if (*p > maxPrecision)
                return TypeChange::RiskyCast;
            return TypeChange::SafeCast;
        };
        switch (next.kind) {
        case K::SmallInt: return toInt(2);
        case K::Integer: return toInt(9);
        case K::BigInt: return toInt(18);
        case K::Decimal: {
            const bool nextHasParams = next.a && next.b;
            if (hasParams && !nextHasParams)
                return TypeChange::SafeCast;
            if (!hasParams && nextHasParams && (*next.a < 131072 || *next.b < 16383))
                return TypeChange::RiskyCast;
            if (hasParams && nextHasParams && (*p - *s > *next.a - *next.b || *s > *next.b))
                return TypeChange::RiskyCast;
            return TypeChange::SafeCast;
        }
        case K::Real:
        case K::DoublePrecision: return TypeChange::RiskyCast;
        case K::VarChar:
        case K::Char:
            if (nextLength && hasParams && *s == 0 && *p + 1 > *nextLength)
                return TypeChange::RiskyCast;
            if (nextLength && hasParams && *s > 0 && *p + 2 > *nextLength)
                return TypeChange::RiskyCast;
            if (nextLength && !hasParams && *nextLength < 131073)
                return TypeChange::RiskyCast;
            if (!nextLength && nextIsChar)
                return TypeChange::RiskyCast;
            return TypeChange::SafeCast;
        case K::Text: return TypeChange::SafeCast;
        default: return TypeChange::NotCastable;
        }
    }
    case K::Real:
    case K::DoublePrecision: {
        const bool isReal = previous.kind == K::Real;
        switch (next.kind) {
        case K::SmallInt:
        case K::Integer:
        case K::BigInt:
        case K::Decimal: return TypeChange::RiskyCast;
        case K::Real: return isReal ? TypeChange::SafeCast : TypeChange::RiskyCast;
        case K::DoublePrecision: return TypeChange::SafeCast;
        case K::VarChar:
        case K::Char:
            if (nextLength && *nextLength < (isReal ? 47 : 317))
                return TypeChange::RiskyCast;
            if (!nextLength && nextIsChar)
                return TypeChange::RiskyCast;
            return TypeChange::SafeCast;
        case K::Text: return TypeChange::SafeCast;
        default: return TypeChange::NotCastable;
        }
    }
    case K::VarChar:
    case K::Char: {
        const auto old = previous.a;
        if (next.kind == K::Text)
            return TypeChange::SafeCast;
        if (next.kind != K::VarChar && next.kind != K::Char)
            return TypeChange::NotCastable;
        const auto neu = next.a;
        if (previous.kind == K::VarChar) {
            if (!old && !neu && nextIsChar)
                return TypeChange::RiskyCast;
            if (!old && neu)
                return TypeChange::RiskyCast;
        } else if (!old) {
            return TypeChange::SafeCast;
        }
        if (old && *old == 1 && !neu)
            return TypeChange::SafeCast;
        if (old && !neu && nextIsChar)
            return TypeChange::RiskyCast;
        if (old && !neu)
            return TypeChange::SafeCast;
        if (old && neu && *old > *neu)
            return TypeChange::RiskyCast;
        return TypeChange::SafeCast;
    }
    case K::Text:
        if (next.kind == K::Text || (next.kind == K::VarChar && !next.a) || next.kind == K::Citext)
            return TypeChange::SafeCast;
        if (next.kind == K::VarChar || next.kind == K::Char)
            return TypeChange::RiskyCast;
        return TypeChange::NotCastable;
    case K::ByteA:
        if (next.kind == K::Text || (next.kind == K::VarChar && !next.a))
            return TypeChange::SafeCast;
        if ((next.kind == K::VarChar || next.kind == K::Char) && next.a && *next.a > 2)
            return TypeChange::RiskyCast;
        return TypeChange::NotCastable;
    case K::Timestamp:
    case K::Timestamptz: {
        const bool tz = previous.kind == K::Timestamptz;
        if (next.kind == K::Text || (next.kind == K::VarChar && !next.a))
            return TypeChange::SafeCast;
        if ((next.kind == K::Char || next.kind == K::VarChar) && next.a && *next.a > (tz ? 27 : 22))
            return TypeChange::SafeCast;
        if (next.kind == previous.kind) {
            if (!next.a)
                return TypeChange::None;
            if (!previous.a || previous.a == next.a)
                return TypeChange::None;
        }
        if (next.kind == K::Timestamp || next.kind == K::Timestamptz || next.kind == K::Date || next.kind == K::Time || next.kind == K::Timetz)
            return TypeChange::SafeCast;
        return TypeChange::NotCastable;
    }
    case K::Date:
        if (next.kind == K::Text || (next.kind == K::VarChar && !next.a))
            return TypeChange::SafeCast;
        if ((next.kind == K::Char || next.kind == K::VarChar) && next.a && *next.a > 27)
            return TypeChange::SafeCast;
        if (next.kind == K::Timestamp || next.kind == K::Timestamptz)
            return TypeChange::SafeCast;
        return TypeChange::NotCastable;
    case K::Time:
    case K::Timetz: {
        const bool tz = previous.kind == K::Timetz;
        if (next.kind == K::Text || (next.kind == K::VarChar && !next.a))
            return TypeChange::SafeCast;
        if ((next.kind == K::Char || next.kind == K::VarChar) && next.a && *next.a > (tz ? 18 : 13))
            return TypeChange::SafeCast;
        if (next.kind == previous.kind) {
            if (!next.a)
                return TypeChange::None;
            if (!previous.a || previous.a == next.a)
                return TypeChange::None;
        }
        if (next.kind == K::Timetz || (tz && next.kind == K::Time))
            return TypeChange::SafeCast;
        return TypeChange::NotCastable;
    }
    case K::Boolean:
        if (next.kind == K::Text || next.kind == K::VarChar)
            return TypeChange::SafeCast;
        if (next.kind == K::Char && next.a && *next.a > 4)
            return TypeChange::SafeCast;
        if (next.kind == K::Char && next.a && *next.a > 3)
            return TypeChange::RiskyCast;
        return TypeChange::NotCastable;
    case K::Bit:
        if (!previous.a) {
            if (next.kind == K::Text || next.kind == K::VarChar || next.kind == K::Char || next.kind == K::VarBit)
                return TypeChange::SafeCast;
            return TypeChange::NotCastable;
        }
        if (next.kind == K::Text || (next.kind == K::VarChar && !next.a) || (next.kind == K::VarBit && !next.a))
            return TypeChange::SafeCast;
        if ((next.kind == K::VarChar || next.kind == K::VarBit || next.kind == K::Char) && next.a && *next.a >= *previous.a)
            return TypeChange::SafeCast;
        return TypeChange::NotCastable;
    case K::VarBit:
        if (!previous.a) {
            if (next.kind == K::Text || (next.kind == K::VarChar && !next.a))
                return TypeChange::SafeCast;
            if (next.kind == K::VarChar || next.kind == K::Char || next.kind == K::Bit)
                return TypeChange::RiskyCast;
            return TypeChange::NotCastable;
        }
        if (next.kind == K::Text || (next.kind == K::VarChar && !next.a) || (next.kind == K::VarBit && !next.a))
            return TypeChange::SafeCast;
        if (next.kind == K::VarBit && next.a && *next.a > *previous.a)
            return TypeChange::SafeCast;
        if ((next.kind == K::VarChar || next.kind == K::Char) && next.a && *next.a >= *previous.a)
            return TypeChange::SafeCast;
        if (next.kind == K::Bit && next.a && *next.a <= *previous.a)
            return TypeChange::RiskyCast;
        if (next.kind == K::Bit && !next.a)
            return TypeChange::RiskyCast;
        if (next.kind == K::Char || next.kind == K::VarChar)
            return TypeChange::RiskyCast;
        return TypeChange::NotCastable;
    case K::Uuid:
        if (next.kind == K::Text || (next.kind == K::VarChar && !next.a))
            return TypeChange::SafeCast;
        if ((next.kind == K::VarChar || next.kind == K::Char) && next.a && *next.a > 31)
            return TypeChange::SafeCast;
        return TypeChange::NotCastable;
    case K::Xml:
        if (next.kind == K::Text || (next.kind == K::VarChar && !next.a))
            return TypeChange::SafeCast;
        if (next.kind == K::VarChar || next.kind == K::Char)
            return TypeChange::RiskyCast;
        return TypeChange::NotCastable;
    case K::Json:
    case K::JsonB:
        if (next.kind == K::Text || (next.kind == K::VarChar && !next.a)
            || (previous.kind == K::Json ? next.kind == K::JsonB : next.kind == K::Json))
            return TypeChange::SafeCast;
        if (next.kind == K::VarChar || next.kind == K::Char)
            return TypeChange::RiskyCast;
        return TypeChange::NotCastable;
    case K::Unknown: break;
    }
    return TypeChange::RiskyCast;
}

TypeChange postgresTypeChange(const Column &previous, const Column &next)
{
    const ColumnType::EnumParts &previousParts = *previous.type.enumParts;
    const ColumnType::EnumParts &nextParts = *next.type.enumParts;
    const bool sameEnum = previousParts.name == nextParts.name && sameNamespace(previousParts.schema, nextParts.schema);
    if (previous.type.family == next.type.family && previous.type.name == next.type.name && previous.type.isArray == next.type.isArray
        && sameEnum)
        return TypeChange::None;
    const bool prevEnum = previous.type.family == Family::Enum;
    const bool nextEnum = next.type.family == Family::Enum;
    if (prevEnum && nextEnum)
        return sameEnum ? TypeChange::None : TypeChange::NotCastable;
    if (prevEnum || nextEnum)
        return TypeChange::NotCastable;

    const std::optional<PgType> prev = postgresNativeType(previous);
    const std::optional<PgType> nxt = postgresNativeType(next);
    const bool listToScalar = previous.type.isArray && !next.type.isArray;
    const bool scalarToList = !previous.type.isArray && next.type.isArray;
    if (listToScalar && nxt) {
        if (nxt->kind == PgKind::Text)
            return TypeChange::SafeCast;
        if (nxt->kind == PgKind::VarChar && !nxt->a)
            return TypeChange::SafeCast;
        if (nxt->kind == PgKind::VarChar || nxt->kind == PgKind::Char)
            return TypeChange::RiskyCast;
    }
    if (scalarToList || listToScalar)
        return TypeChange::NotCastable;
    const bool prevKnown = prev && prev->kind != PgKind::Unknown;
    const bool nextKnown = nxt && nxt->kind != PgKind::Unknown;
    if (prevKnown && nextKnown)
        return postgresRiskiness(*prev, *nxt);
    if (prev && nxt && !prevKnown && !nextKnown)
        return prev->raw == nxt->raw ? TypeChange::None : TypeChange::RiskyCast;
    if (!prevKnown && !nextKnown)
        return TypeChange::None; // Prisma compares the previous type with itself here
    return TypeChange::RiskyCast;
}

TypeChange sqliteTypeChange(const Column &previous, const Column &next)
{
    if (previous.type.family == next.type.family) {
        if (previous.type.family != Family::Unsupported || previous.type.name == next.type.name)
            return TypeChange::None;
    }
    if (next.type.family == Family::String)
        return TypeChange::SafeCast;
    return TypeChange::RiskyCast;
}

ColumnChanges columnChanges(Dialect dialect, const Column &previous, const Column &next)
{
    ColumnChanges changes;
    changes.typeChange = dialect == Dialect::PostgreSql ? postgresTypeChange(previous, next)
        : dialect == Dialect::MySql                     ? mysql::typeChange(previous, next)
                                                        : sqliteTypeChange(previous, next);
    changes.type = changes.typeChange != TypeChange::None;
    changes.arity = previous.arity() != next.arity();
    // MySQL: JSON defaults are not compared (should_ignore_json_defaults).
    const bool ignoreDefault = dialect == Dialect::MySql && (previous.type.family == Family::Json || next.type.family == Family::Json);
    changes.defaultValue = !ignoreDefault && !defaultsMatch(dialect, previous, next);
    changes.autoIncrement = dialect != Dialect::Sqlite && previous.autoIncrement != next.autoIncrement;
    return changes;
}

// ---------------------------------------------------------------------------------------------------------
// Index and foreign key comparison

bool sortsMatch(SortOrder a, SortOrder b)
{
    auto normalized = [](SortOrder s) { return s == SortOrder::Desc ? SortOrder::Desc : SortOrder::Asc; };
    return normalized(a) == normalized(b);
}

QString normalizedAlgorithm(const QString &algorithm)
{
    return algorithm.isEmpty() ? QStringLiteral("BTREE") : algorithm.toUpper();
}

/// Whether PostgreSQL uses this operator class anyway for the index method (Prisma's `is_default`).
bool isDefaultOperatorClass(const QString &name, const QString &algorithm)
{
    if (name == u"inet_ops")
        return normalizedAlgorithm(algorithm) == u"SPGIST";
    if (name == u"jsonb_ops" || name == u"array_ops" || name == u"text_ops" || name == u"inet_inclusion_ops")
        return true;
    return name.endsWith(QStringLiteral("_minmax_ops"));
}

bool indexesMatch(Dialect dialect, const Index &a, const Index &b)
{
    if (a.columns.size() != b.columns.size() || a.kind != b.kind)
        return false;
    for (size_t i = 0; i < a.columns.size(); ++i) {
        const IndexColumn &x = a.columns[i];
        const IndexColumn &y = b.columns[i];
        if (x.name != y.name || x.length != y.length || !sortsMatch(x.sort, y.sort))
            return false;
    }
    if (dialect != Dialect::PostgreSql)
        return true;
    if (normalizedAlgorithm(a.algorithm) != normalizedAlgorithm(b.algorithm))
        return false;
    for (size_t i = 0; i < a.columns.size(); ++i) {
        const QString &x = a.columns[i].operatorClass;
        const QString &y = b.columns[i].operatorClass;
        const bool ok = x == y || (x.isEmpty() && isDefaultOperatorClass(y, b.algorithm))
            || (y.isEmpty() && isDefaultOperatorClass(x, a.algorithm));
        if (!ok)
            return false;
    }
    return true;
}

bool isPostgisTable(const QString &name)
{
    static constexpr QLatin1StringView names[] = {QLatin1StringView("spatial_ref_sys"), QLatin1StringView("geometry_columns"),
                                                  QLatin1StringView("geography_columns"), QLatin1StringView("raster_columns"),
                                                  QLatin1StringView("raster_overviews")};
    return std::any_of(std::begin(names), std::end(names),
                       [&](QLatin1StringView postgisName) { return name.compare(postgisName, Qt::CaseInsensitive) == 0; });
}

// ---------------------------------------------------------------------------------------------------------

using SortKey = std::array<qint64, 7>;

struct ColumnEntry {
    QString name;
    int previous = -1;
    int next = -1;
    ColumnChanges changes;
};

struct TableEntry {
    int previous = -1;
    int next = -1;
    std::vector<ColumnEntry> columns; ///< pairs only: by column name, as Prisma's BTreeMap
    std::vector<int> pairOfPrevious;  ///< previous column -> entry in `columns`, or -1
    bool redefine = false;
};

class Differ {
public:
    Differ(std::shared_ptr<const SqlSchema> previous, std::shared_ptr<const SqlSchema> next, Dialect dialect)
        : m_previousPtr(std::move(previous))
        , m_nextPtr(std::move(next))
        , m_previous(*m_previousPtr)
        , m_next(*m_nextPtr)
        , m_dialect(dialect)
    {
    }

    Migration run(std::vector<MigrationStep> renameSteps);

private:
    bool isPostgres() const { return m_dialect == Dialect::PostgreSql; }
    bool isSqlite() const { return m_dialect == Dialect::Sqlite; }
    bool isMySql() const { return m_dialect == Dialect::MySql; }
    const Table &prevTable(const TableEntry &e) const { return m_previous.tables[e.previous]; }
    const Table &nextTable(const TableEntry &e) const { return m_next.tables[e.next]; }

    void pairTables();
    /// Pairs the columns of an entry of tables on both sides; the orders are scratch space.
    void pairColumns(TableEntry &entry, std::vector<int> &previousOrder, std::vector<int> &nextOrder) const;
    void setTablesToRedefine();

    const ColumnEntry *pairOf(const TableEntry &entry, int previousColumn) const
    {
        const int i = entry.pairOfPrevious[previousColumn];
        return i < 0 ? nullptr : &entry.columns[i];
    }
    bool anyColumnChanged(const TableEntry &entry) const;
    bool foreignKeysMatch(const TableEntry &entry, const ForeignKey &previous, const ForeignKey &next) const;
    std::vector<int> createdForeignKeys(const TableEntry &entry) const;
    std::vector<int> droppedForeignKeys(const TableEntry &entry) const;
    std::vector<std::pair<int, int>> foreignKeyPairs(const TableEntry &entry) const;
    std::vector<int> createdIndexes(const TableEntry &entry) const;
    std::vector<int> droppedIndexes(const TableEntry &entry) const;
    std::vector<std::pair<int, int>> indexPairs(const TableEntry &entry) const;
    bool primaryKeyChanged(const TableEntry &entry) const;
    bool createdPrimaryKey(const TableEntry &entry) const { return !prevTable(entry).primaryKey && nextTable(entry).primaryKey; }
    bool droppedPrimaryKeyPsl(const TableEntry &entry) const { return prevTable(entry).primaryKey && !nextTable(entry).primaryKey; }
    std::vector<int> droppedColumns(const TableEntry &entry) const;
    std::vector<int> addedColumns(const TableEntry &entry) const;

    void pushExtensionSteps();
    void pushCreatedSchemaSteps();
    void pushCreatedTableSteps();
    void pushDroppedTableSteps();
    void pushDroppedIndexSteps();
    void pushCreatedIndexSteps();
    void recreateForeignKeysCoveredBy(const TableEntry &entry, const Index &index);
    void pushAlteredTableSteps();
    void pushRedefinedTableSteps();
    /// A column with a default whose type is an enum, and where pushEnumSteps() lists it when that enum changes:
    /// `usage` has the next side's column where the column is kept (dropped by pushEnumSteps() where its
    /// default does not come back).
    struct EnumDefaultColumn {
        const QString *enumName;
        EnumDefaultUsage usage;
    };
    /// Every such column of the dropped tables, then of the kept tables (per table its dropped columns, then its
    /// kept ones), in the order of the tables and columns: one walk of the tables for all the enums that change.
    std::vector<EnumDefaultColumn> enumDefaultColumns() const;
    void pushEnumSteps();
    void sortSteps();
    void applyPartialOrderPermutations();

    /// A new step of the migration; stepId() names it from its positions when asked.
    MigrationStep &push(StepKind kind)
    {
        MigrationStep &step = m_steps.emplace_back();
        step.kind = kind;
        return step;
    }

    std::shared_ptr<const SqlSchema> m_previousPtr;
    std::shared_ptr<const SqlSchema> m_nextPtr;
    const SqlSchema &m_previous;
    const SqlSchema &m_next;
    Dialect m_dialect;
    std::vector<TableEntry> m_tables; ///< previous tables first (their order), then the new ones (next order)
    std::vector<MigrationStep> m_steps;
    bool m_anyRedefine = false;
    QSet<qint64> m_recreatedForeignKeys; ///< MySQL: (previous table << 32 | foreign key) dropped and added again
};

void Differ::pairTables()
{
    auto ignored = [&](const Table &table) {
        return table.name == u"_prisma_migrations" || (isPostgres() && isPostgisTable(table.name));
    };
    // Keyed by name alone (no allocation); the namespace is compared on lookup.
    QMultiHash<QString, int> byName;
    byName.reserve(qsizetype(m_previous.tables.size()));
    m_tables.reserve(std::max(m_previous.tables.size(), m_next.tables.size()));
    for (int i = 0; i < int(m_previous.tables.size()); ++i) {
        const Table &table = m_previous.tables[i];
        if (ignored(table))
            continue;
        byName.insert(table.name, int(m_tables.size()));
        TableEntry entry;
        entry.previous = i;
        m_tables.push_back(std::move(entry));
    }
    std::vector<size_t> paired; // the entries of tables on both sides, in the order of the next side
    paired.reserve(m_tables.size());
    for (int i = 0; i < int(m_next.tables.size()); ++i) {
        const Table &table = m_next.tables[i];
        if (ignored(table))
            continue;
        int match = -1;
        for (auto it = byName.constFind(table.name); it != byName.constEnd() && it.key() == table.name; ++it) {
            const TableEntry &candidate = m_tables[*it];
            if (candidate.next < 0 && sameNamespace(prevTable(candidate).schema, table.schema)) {
                match = *it;
                break;
            }
        }
        if (match >= 0) {
            m_tables[match].next = i;
            paired.push_back(size_t(match));
        } else {
            TableEntry entry;
            entry.next = i;
            m_tables.push_back(std::move(entry));
        }
    }
    // Each entry's columns are paired on their own: large diffs pair them on two threads.
    auto pairChunk = [&](size_t, size_t begin, size_t end) {
        std::vector<int> previousOrder;
        std::vector<int> nextOrder;
        for (size_t p = begin; p < end; ++p)
            pairColumns(m_tables[paired[p]], previousOrder, nextOrder);
    };
    if (paired.size() >= ParallelPairingMinimumTables)
        psl::runInChunks(paired.size(), 64, 2, pairChunk);
    else
        pairChunk(0, 0, paired.size());
}

namespace {

/// QString's order (UTF-16 code units), compared inline: pairing sorts the columns of every table.
bool nameLess(const QString &a, const QString &b)
{
    return std::u16string_view(reinterpret_cast<const char16_t *>(a.constData()), size_t(a.size()))
        < std::u16string_view(reinterpret_cast<const char16_t *>(b.constData()), size_t(b.size()));
}

/// The positions of columns, ordered by name; false when two columns share a name.
bool orderByName(const std::vector<Column> &columns, std::vector<int> &order)
{
    order.resize(columns.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return nameLess(columns[size_t(a)].name, columns[size_t(b)].name); });
    for (size_t i = 1; i < order.size(); ++i) {
        if (columns[size_t(order[i - 1])].name == columns[size_t(order[i])].name)
            return false;
    }
    return true;
}

/// The column entries of a table, by name: each name of either side once, paired where both sides have it.
/// Where a side repeats a name (a folder of hand-written migrations can), a next column pairs with the last
/// previous column of its name that is still unpaired, as Prisma's map of columns by name does.
std::vector<ColumnEntry> columnEntries(const Table &previous, const Table &next, std::vector<int> &previousOrder, std::vector<int> &nextOrder)
{
    std::vector<ColumnEntry> all;
    all.reserve(previous.columns.size() + next.columns.size());
    // Most tables of a diff keep their columns, in their order: one order by name serves both sides.
    const bool sameNames = previous.columns.size() == next.columns.size()
        && std::equal(previous.columns.begin(), previous.columns.end(), next.columns.begin(),
                      [](const Column &a, const Column &b) { return a.name == b.name; });
    if (sameNames && orderByName(previous.columns, previousOrder)) {
        for (const int i : previousOrder)
            all.push_back({previous.columns[size_t(i)].name, i, i, {}});
        return all;
    }
    if (orderByName(previous.columns, previousOrder) && orderByName(next.columns, nextOrder)) {
        // Names unique on both sides (always, for schemas that validate): a merge of the two orders.
        size_t p = 0;
        size_t n = 0;
        while (p < previousOrder.size() || n < nextOrder.size()) {
            const Column *before = p < previousOrder.size() ? &previous.columns[size_t(previousOrder[p])] : nullptr;
            const Column *after = n < nextOrder.size() ? &next.columns[size_t(nextOrder[n])] : nullptr;
            if (before && (!after || nameLess(before->name, after->name))) {
                all.push_back({before->name, previousOrder[p++], -1, {}});
            } else if (!before || nameLess(after->name, before->name)) {
                all.push_back({after->name, -1, nextOrder[n++], {}});
            } else {
                all.push_back({before->name, previousOrder[p++], nextOrder[n++], {}});
            }
        }
        return all;
    }
    QHash<QString, int> byName;
    for (int i = 0; i < int(previous.columns.size()); ++i) {
        byName.insert(previous.columns[i].name, int(all.size()));
        all.push_back({previous.columns[i].name, i, -1, {}});
    }
    for (int i = 0; i < int(next.columns.size()); ++i) {
        const auto it = byName.constFind(next.columns[i].name);
        if (it != byName.constEnd() && all[*it].next < 0)
            all[*it].next = i;
        else
            all.push_back({next.columns[i].name, -1, i, {}});
    }
    std::stable_sort(all.begin(), all.end(), [](const ColumnEntry &a, const ColumnEntry &b) { return nameLess(a.name, b.name); });
    return all;
}

} // namespace

void Differ::pairColumns(TableEntry &entry, std::vector<int> &previousOrder, std::vector<int> &nextOrder) const
{
    const Table &previous = prevTable(entry);
    const Table &next = nextTable(entry);
    entry.pairOfPrevious.assign(previous.columns.size(), -1);
    entry.columns = columnEntries(previous, next, previousOrder, nextOrder);
    for (int i = 0; i < int(entry.columns.size()); ++i) {
        ColumnEntry &column = entry.columns[i];
        if (column.previous >= 0 && column.next >= 0) {
            column.changes = columnChanges(m_dialect, previous.columns[column.previous], next.columns[column.next]);
            entry.pairOfPrevious[column.previous] = i;
        }
    }
}

bool Differ::anyColumnChanged(const TableEntry &entry) const
{
    return std::any_of(entry.columns.begin(), entry.columns.end(),
                       [](const ColumnEntry &c) { return c.previous >= 0 && c.next >= 0 && c.changes.any(); });
}

std::vector<int> Differ::droppedColumns(const TableEntry &entry) const
{
    std::vector<int> out;
    for (const ColumnEntry &c : entry.columns) {
        if (c.next < 0)
            out.push_back(c.previous);
    }
    return out;
}

std::vector<int> Differ::addedColumns(const TableEntry &entry) const
{
    std::vector<int> out;
    for (const ColumnEntry &c : entry.columns) {
        if (c.previous < 0)
            out.push_back(c.next);
    }
    return out;
}

bool Differ::foreignKeysMatch(const TableEntry &entry, const ForeignKey &previous, const ForeignKey &next) const
{
    if (previous.referencedTable != next.referencedTable)
        return false;
    if (previous.referencedColumns.size() != next.referencedColumns.size() || previous.columns.size() != next.columns.size())
        return false;
    const Table &table = prevTable(entry);
    for (int i = 0; i < previous.columns.size(); ++i) {
        if (previous.columns.at(i) != next.columns.at(i))
            return false;
        for (int c = 0; c < int(table.columns.size()); ++c) {
            if (table.columns[c].name == previous.columns.at(i)) {
                const ColumnEntry *pair = pairOf(entry, c);
                if (pair && pair->changes.type)
                    return false;
                // MySQL cannot make a column of a foreign key NOT NULL in place: the key is dropped and added again
                // (can_cope_with_foreign_key_column_becoming_non_nullable).
                if (pair && isMySql() && pair->next >= 0) {
                    const ColumnArity a = table.columns[c].arity();
                    const ColumnArity b = nextTable(entry).columns[pair->next].arity();
                    if (a != b && !(a == ColumnArity::Required && b == ColumnArity::Nullable))
                        return false;
                }
                break;
            }
        }
    }
    if (previous.referencedColumns != next.referencedColumns)
        return false;
    return previous.onDelete == next.onDelete && previous.onUpdate == next.onUpdate;
}

std::vector<int> Differ::createdForeignKeys(const TableEntry &entry) const
{
    std::vector<int> out;
    const Table &previous = prevTable(entry);
    const Table &next = nextTable(entry);
    for (int n = 0; n < int(next.foreignKeys.size()); ++n) {
        const bool matched = std::any_of(previous.foreignKeys.begin(), previous.foreignKeys.end(),
                                         [&](const ForeignKey &p) { return foreignKeysMatch(entry, p, next.foreignKeys[n]); });
        if (!matched)
            out.push_back(n);
    }
    return out;
}

std::vector<int> Differ::droppedForeignKeys(const TableEntry &entry) const
{
    std::vector<int> out;
    const Table &previous = prevTable(entry);
    const Table &next = nextTable(entry);
    for (int p = 0; p < int(previous.foreignKeys.size()); ++p) {
        const bool matched = std::any_of(next.foreignKeys.begin(), next.foreignKeys.end(),
                                         [&](const ForeignKey &n) { return foreignKeysMatch(entry, previous.foreignKeys[p], n); });
        if (!matched)
            out.push_back(p);
    }
    return out;
}

std::vector<std::pair<int, int>> Differ::foreignKeyPairs(const TableEntry &entry) const
{
    std::vector<std::pair<int, int>> out;
    const Table &previous = prevTable(entry);
    const Table &next = nextTable(entry);
    std::vector<bool> seen(next.foreignKeys.size(), false);
    for (int p = 0; p < int(previous.foreignKeys.size()); ++p) {
        for (int n = 0; n < int(next.foreignKeys.size()); ++n) {
            if (!seen[n] && foreignKeysMatch(entry, previous.foreignKeys[p], next.foreignKeys[n])) {
                seen[n] = true;
                out.emplace_back(p, n);
                break;
            }
        }
    }
    return out;
}

std::vector<int> Differ::createdIndexes(const TableEntry &entry) const
{
    std::vector<int> out;
    const Table &previous = prevTable(entry);
    const Table &next = nextTable(entry);
    for (int n = 0; n < int(next.indexes.size()); ++n) {
        const bool matched = std::any_of(previous.indexes.begin(), previous.indexes.end(),
                                         [&](const Index &p) { return indexesMatch(m_dialect, p, next.indexes[n]); });
        if (!matched)
            out.push_back(n);
    }
    return out;
}

std::vector<int> Differ::droppedIndexes(const TableEntry &entry) const
{
    std::vector<int> out;
    const Table &previous = prevTable(entry);
    const Table &next = nextTable(entry);
    for (int p = 0; p < int(previous.indexes.size()); ++p) {
        const bool matched = std::any_of(next.indexes.begin(), next.indexes.end(),
                                         [&](const Index &n) { return indexesMatch(m_dialect, previous.indexes[p], n); });
        if (!matched)
            out.push_back(p);
    }
    return out;
}

std::vector<std::pair<int, int>> Differ::indexPairs(const TableEntry &entry) const
{
    std::vector<std::pair<int, int>> out;
    const Table &previous = prevTable(entry);
    const Table &next = nextTable(entry);
    auto sameShape = [](const Index &a, const Index &b) {
        if (a.kind != b.kind || a.columns.size() != b.columns.size())
            return false;
        for (size_t i = 0; i < a.columns.size(); ++i) {
            if (a.columns[i].name != b.columns[i].name)
                return false;
        }
        return true;
    };
    for (int p = 0; p < int(previous.indexes.size()); ++p) {
        const Index &left = previous.indexes[p];
        const auto identical = std::count_if(previous.indexes.begin(), previous.indexes.end(),
                                             [&](const Index &right) { return sameShape(left, right); });
        if (identical != 1)
            continue;
        for (int n = 0; n < int(next.indexes.size()); ++n) {
            if (indexesMatch(m_dialect, left, next.indexes[n])) {
                out.emplace_back(p, n);
                break;
            }
        }
    }
    return out;
}

bool Differ::primaryKeyChanged(const TableEntry &entry) const
{
    const Table &previous = prevTable(entry);
    const Table &next = nextTable(entry);
    if (!previous.primaryKey || !next.primaryKey)
        return false;
    const PrimaryKey &a = *previous.primaryKey;
    const PrimaryKey &b = *next.primaryKey;
    if (a.columns.size() != b.columns.size())
        return true;
    for (size_t i = 0; i < a.columns.size(); ++i) {
        if (a.columns[i].name != b.columns[i].name || !sortsMatch(a.columns[i].sort, b.columns[i].sort)
            || a.columns[i].length != b.columns[i].length)
            return true;
    }
    for (const ColumnEntry &column : entry.columns) {
        if (column.previous < 0 || column.next < 0 || !column.changes.type)
            continue;
        const QString &name = previous.columns[column.previous].name;
        if (std::any_of(a.columns.begin(), a.columns.end(), [&](const IndexColumn &c) { return c.name == name; }))
            return true;
    }
    return false;
}

void Differ::setTablesToRedefine()
{
    if (!isSqlite())
        return;
    for (TableEntry &entry : m_tables) {
        if (entry.previous < 0 || entry.next < 0)
            continue;
        const Table &next = nextTable(entry);
        bool addedRequired = false;
        for (const int column : addedColumns(entry)) {
            if (next.columns[column].arity() == ColumnArity::Required)
                addedRequired = true;
        }
        entry.redefine = createdPrimaryKey(entry) || droppedPrimaryKeyPsl(entry) || primaryKeyChanged(entry)
            || !droppedColumns(entry).empty() || addedRequired || anyColumnChanged(entry)
            || !createdForeignKeys(entry).empty() || !droppedForeignKeys(entry).empty();
        m_anyRedefine = m_anyRedefine || entry.redefine;
    }
}

void Differ::pushExtensionSteps()
{
    if (!isPostgres())
        return;
    auto extensionsMatch = [](const Extension &a, const Extension &b) {
        return a.name == b.name && (a.version == b.version || a.version.isEmpty() || b.version.isEmpty())
            && (a.schema == b.schema || a.schema.isEmpty() || b.schema.isEmpty());
    };
    for (int p = 0; p < int(m_previous.extensions.size()); ++p) {
        const Extension &previous = m_previous.extensions[p];
        for (int n = 0; n < int(m_next.extensions.size()); ++n) {
            const Extension &next = m_next.extensions[n];
            if (previous.name == next.name && !extensionsMatch(previous, next)) {
                MigrationStep &drop = push(StepKind::DropExtension);
                drop.previousItem = p;
                MigrationStep &create = push(StepKind::CreateExtension);
                create.nextItem = n;
                break;
            }
        }
    }
    for (int n = 0; n < int(m_next.extensions.size()); ++n) {
        const Extension &next = m_next.extensions[n];
        const bool existed = std::any_of(m_previous.extensions.begin(), m_previous.extensions.end(),
                                         [&](const Extension &e) { return e.name == next.name; });
        if (!existed) {
            MigrationStep &create = push(StepKind::CreateExtension);
            create.nextItem = n;
        }
    }
}

void Differ::pushCreatedSchemaSteps()
{
    for (int n = 0; n < m_next.namespaces.size(); ++n) {
        const QString &name = m_next.namespaces.at(n);
        if (!m_previous.namespaces.contains(name)) {
            MigrationStep &step = push(StepKind::CreateSchema);
            step.nextItem = n;
            step.details.mut().schemaName = name;
        }
    }
}

void Differ::pushCreatedTableSteps()
{
    for (const TableEntry &entry : m_tables) {
        if (entry.previous >= 0)
            continue;
        const Table &table = nextTable(entry);
        MigrationStep &create = push(StepKind::CreateTable);
        create.nextTable = entry.next;
        if (!isSqlite()) {
            for (int f = 0; f < int(table.foreignKeys.size()); ++f) {
                MigrationStep &fk = push(StepKind::AddForeignKey);
                fk.nextTable = entry.next;
                fk.nextItem = f;
            }
        }
        // MySQL writes the indexes of a new table into its CREATE TABLE (should_create_indexes_from_created_tables).
        for (int i = 0; i < int(table.indexes.size()) && !isMySql(); ++i) {
            MigrationStep &index = push(StepKind::CreateIndex);
            index.nextTable = entry.next;
            index.nextItem = i;
        }
    }
}

void Differ::pushDroppedTableSteps()
{
    for (const TableEntry &entry : m_tables) {
        if (entry.next >= 0)
            continue;
        const Table &table = prevTable(entry);
        MigrationStep &drop = push(StepKind::DropTable);
        drop.previousTable = entry.previous;
        if (isSqlite())
            continue;
        for (int f = 0; f < int(table.foreignKeys.size()); ++f) {
            MigrationStep &fk = push(StepKind::DropForeignKey);
            fk.previousTable = entry.previous;
            fk.previousItem = f;
        }
    }
}

void Differ::pushDroppedIndexSteps()
{
    QSet<qint64> seen;
    auto pushDrop = [&](int table, int index) {
        const qint64 key = (qint64(table) << 32) | quint32(index);
        if (seen.contains(key))
            return;
        seen.insert(key);
        MigrationStep &step = push(StepKind::DropIndex);
        step.previousTable = table;
        step.previousItem = index;
    };
    for (const TableEntry &entry : m_tables) {
        if (entry.previous < 0 || entry.next < 0 || entry.redefine)
            continue;
        for (const int index : droppedIndexes(entry)) {
            pushDrop(entry.previous, index);
            if (isMySql())
                recreateForeignKeysCoveredBy(entry, prevTable(entry).indexes[index]);
        }
    }
    if (m_anyRedefine && isSqlite()) {
        // SQLite recreates indexes in the redefinition; those of dropped tables go explicitly.
        for (const TableEntry &entry : m_tables) {
            if (entry.next >= 0)
                continue;
            for (int i = 0; i < int(prevTable(entry).indexes.size()); ++i)
                pushDrop(entry.previous, i);
        }
    }
}

void Differ::recreateForeignKeysCoveredBy(const TableEntry &entry, const Index &index)
{
    // MySQL needs an index on the columns of a foreign key: a key whose index goes is dropped first and added
    // again afterwards (should_recreate_fks_covered_by_deleted_indexes; index.rs get_fks_covered_by_index).
    if (index.kind == Index::Kind::Fulltext)
        return;
    const Table &previous = prevTable(entry);
    for (const auto &[p, n] : foreignKeyPairs(entry)) {
        const ForeignKey &fk = previous.foreignKeys[p];
        if (fk.columns.size() > qsizetype(index.columns.size()))
            continue;
        bool covered = true;
        for (int i = 0; i < fk.columns.size() && covered; ++i)
            covered = fk.columns.at(i) == index.columns[i].name;
        if (!covered || m_recreatedForeignKeys.contains(qint64(entry.previous) << 32 | quint32(p)))
            continue;
        m_recreatedForeignKeys.insert(qint64(entry.previous) << 32 | quint32(p));
        MigrationStep &drop = push(StepKind::DropForeignKey);
        drop.previousTable = entry.previous;
        drop.nextTable = entry.next;
        drop.previousItem = p;
        MigrationStep &add = push(StepKind::AddForeignKey);
        add.previousTable = entry.previous;
        add.nextTable = entry.next;
        add.nextItem = n;
    }
}

void Differ::pushCreatedIndexSteps()
{
    for (const TableEntry &entry : m_tables) {
        if (entry.previous < 0 || entry.next < 0 || entry.redefine)
            continue;
        const Table &table = nextTable(entry);
        for (const int index : createdIndexes(entry)) {
            MigrationStep &step = push(StepKind::CreateIndex);
            step.previousTable = entry.previous;
            step.nextTable = entry.next;
            step.nextItem = index;
        }
        if (!isPostgres())
            continue;
        // PostgreSQL drops the indexes of a dropped column: recreate those on recreated columns.
        QSet<QString> recreated;
        for (const ColumnEntry &column : entry.columns) {
            if (column.previous >= 0 && column.next >= 0 && column.changes.typeChange == TypeChange::NotCastable)
                recreated.insert(table.columns[column.next].name);
        }
        if (recreated.isEmpty())
            continue;
        for (const auto &[previousIndex, nextIndex] : indexPairs(entry)) {
            Q_UNUSED(previousIndex);
            const Index &index = table.indexes[nextIndex];
            const bool affected = std::any_of(index.columns.begin(), index.columns.end(),
                                              [&](const IndexColumn &c) { return recreated.contains(c.name); });
            if (!affected)
                continue;
            MigrationStep &step = push(StepKind::CreateIndex);
            step.previousTable = entry.previous;
            step.nextTable = entry.next;
            step.nextItem = nextIndex;
            step.fromDropAndRecreate = true;
        }
    }
}

void Differ::pushAlteredTableSteps()
{
    for (const TableEntry &entry : m_tables) {
        if (entry.previous < 0 || entry.next < 0 || entry.redefine)
            continue;
        const Table &previous = prevTable(entry);
        const Table &next = nextTable(entry);

        for (const int fk : createdForeignKeys(entry)) {
            MigrationStep &step = push(StepKind::AddForeignKey);
            step.previousTable = entry.previous;
            step.nextTable = entry.next;
            step.nextItem = fk;
        }
        for (const int fk : droppedForeignKeys(entry)) {
            MigrationStep &step = push(StepKind::DropForeignKey);
            step.previousTable = entry.previous;
            step.nextTable = entry.next;
            step.previousItem = fk;
        }
        if (isPostgres()) {
            // SQLite's foreign keys have no names of their own to rename.
            for (const auto &[p, n] : foreignKeyPairs(entry)) {
                const ForeignKey &a = previous.foreignKeys[p];
                const ForeignKey &b = next.foreignKeys[n];
                if (a.name == b.name || a.name.isEmpty() || b.name.isEmpty())
                    continue;
                auto isImplicitJoinTable = [](const Table &t) {
                    return t.columns.size() == 2 && t.column(u"A") && t.column(u"B");
                };
                if (isImplicitJoinTable(previous) && isImplicitJoinTable(next))
                    continue;
                MigrationStep &step = push(StepKind::RenameForeignKey);
                step.previousTable = entry.previous;
                step.nextTable = entry.next;
                step.previousItem = p;
                step.nextItem = n;
            }
        } else if (isMySql()) {
            // No RENAME for foreign keys on MySQL: a renamed key is added under its new name and the old one
            // dropped (push_foreign_key_pair_changes without can_rename_foreign_key).
            for (const auto &[p, n] : foreignKeyPairs(entry)) {
                const ForeignKey &a = previous.foreignKeys[p];
                const ForeignKey &b = next.foreignKeys[n];
                if (a.name == b.name || a.name.isEmpty() || b.name.isEmpty())
                    continue;
                auto isImplicitJoinTable = [](const Table &t) {
                    return t.columns.size() == 2 && t.column(u"A") && t.column(u"B");
                };
                if (isImplicitJoinTable(previous) && isImplicitJoinTable(next))
                    continue;
                if (m_recreatedForeignKeys.contains(qint64(entry.previous) << 32 | quint32(p)))
                    continue;
                m_recreatedForeignKeys.insert(qint64(entry.previous) << 32 | quint32(p));
                MigrationStep &add = push(StepKind::AddForeignKey);
                add.previousTable = entry.previous;
                add.nextTable = entry.next;
                add.nextItem = n;
                MigrationStep &drop = push(StepKind::DropForeignKey);
                drop.previousTable = entry.previous;
                drop.nextTable = entry.next;
                drop.previousItem = p;
            }
        }
        for (const auto &[p, n] : indexPairs(entry)) {
            if (previous.indexes[p].name == next.indexes[n].name)
                continue;
            MigrationStep &step = push(isPostgres() || isMySql() ? StepKind::RenameIndex : StepKind::RedefineIndex);
            step.previousTable = entry.previous;
            step.nextTable = entry.next;
            step.previousItem = p;
            step.nextItem = n;
        }

        std::vector<TableChange> changes;
        const bool pkChanged = primaryKeyChanged(entry);
        if (droppedPrimaryKeyPsl(entry) || pkChanged)
            changes.push_back({TableChange::Kind::DropPrimaryKey});
        if (previous.primaryKey && next.primaryKey && previous.primaryKey->name != next.primaryKey->name)
            changes.push_back({TableChange::Kind::RenamePrimaryKey});
        for (const int column : droppedColumns(entry)) {
            TableChange change{TableChange::Kind::DropColumn};
            change.previousColumn = column;
            changes.push_back(change);
        }
        for (const int column : addedColumns(entry)) {
            TableChange change{TableChange::Kind::AddColumn};
            change.nextColumn = column;
            change.hasVirtualDefault = next.columns[column].prismaLevelDefault;
            changes.push_back(change);
        }
        std::vector<TableChange> altered;
        for (const ColumnEntry &column : entry.columns) {
            if (column.previous < 0 || column.next < 0 || !column.changes.any())
                continue;
            TableChange change{column.changes.typeChange == TypeChange::NotCastable ? TableChange::Kind::DropAndRecreateColumn
                                                                                     : TableChange::Kind::AlterColumn};
            change.previousColumn = column.previous;
            change.nextColumn = column.next;
            change.changes = column.changes;
            altered.push_back(change);
        }
        std::stable_sort(altered.begin(), altered.end(), [](const TableChange &a, const TableChange &b) {
            return std::tie(a.previousColumn, a.nextColumn) < std::tie(b.previousColumn, b.nextColumn);
        });
        changes.insert(changes.end(), altered.begin(), altered.end());
        if (createdPrimaryKey(entry) || pkChanged)
            changes.push_back({TableChange::Kind::AddPrimaryKey});
        if (changes.empty())
            continue;
        MigrationStep &step = push(StepKind::AlterTable);
        step.previousTable = entry.previous;
        step.nextTable = entry.next;
        step.details.mut().tableChanges = std::move(changes);
    }
}

void Differ::pushRedefinedTableSteps()
{
    if (!m_anyRedefine)
        return;
    std::vector<RedefinedTable> tables;
    for (const TableEntry &entry : m_tables) {
        if (!entry.redefine)
            continue;
        RedefinedTable table;
        table.previousTable = entry.previous;
        table.nextTable = entry.next;
        table.droppedPrimaryKey = droppedPrimaryKeyPsl(entry) || primaryKeyChanged(entry);
        const Table &next = nextTable(entry);
        for (const ColumnEntry &column : entry.columns) {
            if (column.previous < 0) {
                table.addedColumns.push_back(column.next);
                if (next.columns[column.next].prismaLevelDefault)
                    table.addedColumnsWithVirtualDefaults.push_back(column.next);
            } else if (column.next < 0) {
                table.droppedColumns.push_back(column.previous);
            } else {
                table.columnPairs.push_back({column.previous, column.next, column.changes});
            }
        }
        tables.push_back(std::move(table));
    }
    MigrationStep &step = push(StepKind::RedefineTables);
    step.details.mut().redefinedTables = std::move(tables);
}

namespace {

/// The name of the enum a column's default is a value of, or nullptr where the column has no default or is no enum.
const QString *enumOfDefault(const Column &column)
{
    return column.type.family == Family::Enum && column.defaultValue->isSet() ? &column.type.enumParts->name : nullptr;
}

} // namespace

std::vector<Differ::EnumDefaultColumn> Differ::enumDefaultColumns() const
{
    std::vector<EnumDefaultColumn> out;
    for (const TableEntry &entry : m_tables) { // the columns of dropped tables
        if (entry.next >= 0)
            continue;
        const Table &table = prevTable(entry);
        for (int c = 0; c < int(table.columns.size()); ++c) {
            if (const QString *name = enumOfDefault(table.columns[size_t(c)]))
                out.push_back({name, {entry.previous, c, -1, -1}});
        }
    }
    for (const TableEntry &entry : m_tables) {
        if (entry.previous < 0 || entry.next < 0)
            continue;
        const Table &before = prevTable(entry);
        for (const ColumnEntry &column : entry.columns) { // the dropped columns, as droppedColumns() gives them
            if (column.next >= 0)
                continue;
            if (const QString *name = enumOfDefault(before.columns[size_t(column.previous)]))
                out.push_back({name, {entry.previous, column.previous, -1, -1}});
        }
        for (const ColumnEntry &column : entry.columns) { // then the kept ones, whose default may come back
            if (column.previous < 0 || column.next < 0)
                continue;
            if (const QString *name = enumOfDefault(before.columns[size_t(column.previous)]))
                out.push_back({name, {entry.previous, column.previous, entry.next, column.next}});
        }
    }
    return out;
}

void Differ::pushEnumSteps()
{
    if (!isPostgres())
        return;
    auto findNext = [&](const EnumType &previous) -> int {
        for (int n = 0; n < int(m_next.enums.size()); ++n) {
            if (m_next.enums[n].name == previous.name && sameNamespace(m_next.enums[n].schema, previous.schema))
                return n;
        }
        return -1;
    };
    std::vector<bool> nextMatched(m_next.enums.size(), false);
    std::optional<std::vector<EnumDefaultColumn>> enumDefaults; // made for the first enum that changes
    for (int p = 0; p < int(m_previous.enums.size()); ++p) {
        const EnumType &previous = m_previous.enums[p];
        const int n = findNext(previous);
        if (n < 0)
            continue;
        nextMatched[n] = true;
        const EnumType &next = m_next.enums[n];
        QStringList created;
        QStringList dropped;
        for (const QString &value : next.values) {
            if (!previous.values.contains(value))
                created << value;
        }
        for (const QString &value : previous.values) {
            if (!next.values.contains(value))
                dropped << value;
        }
        if (created.isEmpty() && dropped.isEmpty())
            continue;
        MigrationStep &step = push(StepKind::AlterEnum);
        step.previousItem = p;
        step.nextItem = n;
        StepDetails &details = step.details.mut();
        details.createdValues = created;
        details.droppedValues = dropped;
        // Columns whose default uses the enum: the default goes while the type is swapped.
        if (!enumDefaults)
            enumDefaults = enumDefaultColumns();
        for (const EnumDefaultColumn &column : *enumDefaults) {
            if (*column.enumName != previous.name)
                continue;
            EnumDefaultUsage usage = column.usage;
            if (usage.nextTable >= 0) {
                const QString *after = enumOfDefault(m_next.tables[size_t(usage.nextTable)].columns[size_t(usage.nextColumn)]);
                if (!after || *after != next.name)
                    usage.nextTable = usage.nextColumn = -1; // the default does not come back
            }
            details.enumDefaults.push_back(usage);
        }
    }
    for (int n = 0; n < int(m_next.enums.size()); ++n) {
        if (nextMatched[n])
            continue;
        bool existed = false;
        for (const EnumType &e : m_previous.enums)
            existed = existed || (e.name == m_next.enums[n].name && sameNamespace(e.schema, m_next.enums[n].schema));
        if (existed)
            continue;
        MigrationStep &step = push(StepKind::CreateEnum);
        step.nextItem = n;
    }
    for (int p = 0; p < int(m_previous.enums.size()); ++p) {
        if (findNext(m_previous.enums[p]) >= 0)
            continue;
        MigrationStep &step = push(StepKind::DropEnum);
        step.previousItem = p;
    }
}

SortKey sortKey(const MigrationStep &step, int sequence)
{
    SortKey key{};
    key[0] = qint64(step.kind);
    switch (step.kind) {
    case StepKind::RenameTable:
    case StepKind::RenameColumn:
    case StepKind::RenameEnum:
        key[1] = sequence;
        break;
    case StepKind::CreateSchema:
    case StepKind::CreateExtension:
    case StepKind::CreateEnum:
        key[1] = step.nextItem;
        break;
    case StepKind::DropExtension:
    case StepKind::DropEnum:
        key[1] = step.previousItem;
        break;
    case StepKind::AlterExtension:
    case StepKind::AlterEnum:
        key[1] = step.previousItem;
        key[2] = step.nextItem;
        break;
    case StepKind::DropForeignKey:
        key[1] = step.previousTable;
        key[2] = step.previousItem;
        break;
    case StepKind::DropIndex:
        key[1] = step.previousTable;
        key[2] = step.previousItem + 1; // the primary key is index 0 of its table
        break;
    case StepKind::AlterTable:
        key[1] = step.previousTable;
        key[2] = step.nextTable;
        break;
    case StepKind::DropTable:
        key[1] = step.previousTable;
        break;
    case StepKind::CreateTable:
        key[1] = step.nextTable;
        break;
    case StepKind::RedefineTables:
        break;
    case StepKind::CreateIndex:
        key[1] = step.previousTable >= 0 ? 1 : 0;
        key[2] = std::max(step.previousTable, 0);
        key[3] = step.nextTable;
        key[4] = step.nextItem + 1;
        key[5] = step.fromDropAndRecreate ? 1 : 0;
        break;
    case StepKind::RenameForeignKey:
        key[1] = step.previousTable;
        key[2] = step.previousItem;
        key[3] = step.nextTable;
        key[4] = step.nextItem;
        break;
    case StepKind::AddForeignKey:
        key[1] = step.nextTable;
        key[2] = step.nextItem;
        break;
    case StepKind::RenameIndex:
    case StepKind::RedefineIndex:
        key[1] = step.previousTable;
        key[2] = step.previousItem + 1;
        key[3] = step.nextTable;
        key[4] = step.nextItem + 1;
        break;
    }
    return key;
}

void Differ::sortSteps()
{
    std::vector<std::pair<SortKey, int>> keys;
    keys.reserve(m_steps.size());
    for (int i = 0; i < int(m_steps.size()); ++i)
        keys.emplace_back(sortKey(m_steps[i], i), i);
    std::stable_sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    std::vector<MigrationStep> sorted;
    sorted.reserve(m_steps.size());
    for (const auto &[key, index] : keys)
        sorted.push_back(std::move(m_steps[index]));
    m_steps = std::move(sorted);
    applyPartialOrderPermutations();
}

void Differ::applyPartialOrderPermutations()
{
    // A unique index dropped from a table without primary key must go after the ALTER TABLE that adds a
    // primary key on the same columns (Prisma's apply_partial_order_permutations).
    size_t i = 0;
    while (i < m_steps.size()) {
        const MigrationStep &step = m_steps[i];
        ++i;
        if (step.kind != StepKind::DropIndex)
            continue;
        const Table &table = m_previous.tables[step.previousTable];
        const Index &index = table.indexes[step.previousItem];
        if (!index.isUnique() || table.primaryKey)
            continue;
        QStringList indexColumns;
        for (const IndexColumn &column : index.columns)
            indexColumns << column.name;
        const size_t indexPosition = i - 1;
        for (size_t j = i; j < m_steps.size(); ++j) {
            const MigrationStep &alter = m_steps[j];
            if (alter.kind != StepKind::AlterTable || alter.previousTable != step.previousTable)
                continue;
            const std::vector<TableChange> &changes = alter.details->tableChanges;
            const bool addsPk = std::any_of(changes.begin(), changes.end(),
                                            [](const TableChange &c) { return c.kind == TableChange::Kind::AddPrimaryKey; });
            if (!addsPk)
                continue;
            const bool keepsColumns = std::all_of(changes.begin(), changes.end(), [&](const TableChange &c) {
                if (c.kind == TableChange::Kind::DropColumn || c.kind == TableChange::Kind::DropAndRecreateColumn)
                    return !indexColumns.contains(table.columns[c.previousColumn].name);
                return true;
            });
            if (!keepsColumns)
                continue;
            const Table &nextTable = m_next.tables[alter.nextTable];
            if (!nextTable.primaryKey || nextTable.primaryKey->columnNames() != indexColumns)
                continue;
            MigrationStep moved = std::move(m_steps[indexPosition]);
            m_steps.erase(m_steps.begin() + qsizetype(indexPosition));
            m_steps.insert(m_steps.begin() + qsizetype(j), std::move(moved));
            --i;
            break;
        }
    }
}

Migration Differ::run(std::vector<MigrationStep> renameSteps)
{
    pairTables();
    setTablesToRedefine();
    m_steps = std::move(renameSteps);
    // A rough count (a table with its indexes and foreign keys) that spares most regrowth on large schemas.
    m_steps.reserve(m_steps.size() + m_next.enums.size() + 4 * std::max(m_previous.tables.size(), m_next.tables.size()));
    pushExtensionSteps();
    pushCreatedSchemaSteps();
    pushCreatedTableSteps();
    pushDroppedTableSteps();
    pushDroppedIndexSteps();
    pushCreatedIndexSteps();
    pushAlteredTableSteps();
    pushRedefinedTableSteps();
    pushEnumSteps();
    sortSteps();

    Migration migration;
    migration.dialect = m_dialect;
    migration.previous = m_previousPtr;
    migration.next = m_nextPtr;
    migration.steps = std::move(m_steps);
    return migration;
}

/// Applies the rename hints to a copy of the previous schema and lists the RENAME steps, so that the rest of
/// the diff sees renamed objects as unchanged.
std::vector<MigrationStep> applyRenames(SqlSchema &schema, const RenameHints &hints)
{
    std::vector<MigrationStep> steps;
    auto schemaMatches = [](const QString &wanted, const QString &actual) { return wanted.isEmpty() || wanted == actual; };
    for (const RenameHints::Table &rename : hints.tables) {
        for (Table &table : schema.tables) {
            if (table.name != rename.from || !schemaMatches(rename.schema, table.schema))
                continue;
            const QString tableSchema = table.schema;
            table.name = rename.to;
            for (Table &other : schema.tables) {
                for (ForeignKey &fk : other.foreignKeys) {
                    if (fk.referencedTable == rename.from && schemaMatches(fk.referencedSchema, tableSchema))
                        fk.referencedTable = rename.to;
                }
            }
            MigrationStep step;
            step.kind = StepKind::RenameTable;
            StepDetails &details = step.details.mut();
            details.schemaName = tableSchema;
            details.oldName = rename.from;
            details.newName = rename.to;
            steps.push_back(std::move(step));
            break;
        }
    }
    for (const RenameHints::Column &rename : hints.columns) {
        for (Table &table : schema.tables) {
            if (table.name != rename.table || !schemaMatches(rename.schema, table.schema))
                continue;
            Column *column = table.column(rename.from);
            if (!column)
                break;
            column->name = rename.to;
            auto renameIn = [&](std::vector<IndexColumn> &columns) {
                for (IndexColumn &c : columns) {
                    if (c.name == rename.from)
                        c.name = rename.to;
                }
            };
            if (table.primaryKey)
                renameIn(table.primaryKey->columns);
            for (Index &index : table.indexes)
                renameIn(index.columns);
            for (ForeignKey &fk : table.foreignKeys)
                fk.columns.replaceInStrings(QRegularExpression(u'^' + QRegularExpression::escape(rename.from) + u'$'), rename.to);
            for (Table &other : schema.tables) {
                for (ForeignKey &fk : other.foreignKeys) {
                    if (fk.referencedTable != table.name || !schemaMatches(fk.referencedSchema, table.schema))
                        continue;
                    for (QString &name : fk.referencedColumns) {
                        if (name == rename.from)
                            name = rename.to;
                    }
                }
            }
            MigrationStep step;
            step.kind = StepKind::RenameColumn;
            StepDetails &details = step.details.mut();
            details.schemaName = table.schema;
            details.tableName = table.name;
            details.oldName = rename.from;
            details.newName = rename.to;
            steps.push_back(std::move(step));
            break;
        }
    }
    for (const RenameHints::Enum &rename : hints.enums) {
        for (EnumType &e : schema.enums) {
            if (e.name != rename.from || !schemaMatches(rename.schema, e.schema))
                continue;
            e.name = rename.to;
            for (Table &table : schema.tables) {
                for (Column &column : table.columns) {
                    if (column.type.family == ColumnType::Family::Enum && column.type.enumParts->name == rename.from
                        && column.type.enumParts->schema == e.schema) {
                        column.type.enumParts.mut().name = rename.to;
                        column.type.name = rename.to;
                    }
                }
            }
            MigrationStep step;
            step.kind = StepKind::RenameEnum;
            StepDetails &details = step.details.mut();
            details.schemaName = e.schema;
            details.oldName = rename.from;
            details.newName = rename.to;
            steps.push_back(std::move(step));
            break;
        }
    }
    return steps;
}

} // namespace

Migration SchemaDiffer::diff(const SqlSchema &previous, const SqlSchema &next, const RenameHints &hints)
{
    return diff(std::make_shared<const SqlSchema>(previous), std::make_shared<const SqlSchema>(next), hints);
}

Migration SchemaDiffer::diff(std::shared_ptr<const SqlSchema> previous, std::shared_ptr<const SqlSchema> next, const RenameHints &hints)
{
    std::vector<MigrationStep> renames;
    if (!hints.isEmpty()) {
        auto renamed = std::make_shared<SqlSchema>(*previous);
        renames = applyRenames(*renamed, hints);
        previous = std::move(renamed);
    }
    const Dialect dialect = next->dialect;
    return Differ(std::move(previous), std::move(next), dialect).run(std::move(renames));
}

} // namespace strata::sql
