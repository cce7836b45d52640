// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationcontext_p.h"

#include <QHash>
#include <QString>
#include <QVarLengthArray>

#include <algorithm>
#include <optional>
#include <span>
#include <vector>

/// Helpers of the configuration, names and attributes rule groups: how Prisma prints values in its messages, the
/// per-provider facts its rules depend on, and a checker for the arguments of one attribute.
namespace strata::schema::validation {

/// An expression the way Prisma prints it in messages: strings as written (quotes and escapes included),
/// `[a,b]` for lists, `f(a,b: c)` for calls, `{ a: 1 }` for objects.
QString displayExpression(const psl::Expression &expression);

/// Prisma's word for the kind of a value: "string", "numeric", "literal", "functional", "array", "object".
QString describeValueType(const psl::Expression &expression);

/// "Expected a string value, but received numeric value `42`."
QString typeMismatchMessage(const QString &expectedType, const psl::Expression &expression);

/// `Error parsing attribute "@name": message`. attributeName includes the `@` or `@@`.
QString attributeErrorMessage(const QString &attributeName, const QString &message);

/// The facts about a provider's connector that validation rules depend on.
struct ConnectorInfo {
    Provider provider = Provider::Unknown;
    QString providerName;  ///< "postgresql", as in `Native type X is not supported for postgresql connector.`
    QString displayName;   ///< "Postgres", as in `... native type `Timestamp(7)` of Postgres: ...`
    int maxIdentifierLength = 0; ///< 0: unlimited
    bool autoIncrement = true;
    bool autoIncrementAllowedOnNonId = false;
    bool autoIncrementMultipleAllowed = false;
    bool autoIncrementNonIndexedAllowed = false;
    bool namedPrimaryKeys = false;
    bool namedForeignKeys = false;
    bool namedDefaultValues = false;
    bool enums = true;
    bool json = true;
    bool scalarLists = false;
    bool multiSchema = false;
    bool decimal = true;
    bool supportsShardKeys = false;
    QStringList relationModes; ///< allowed relationMode values
};

const ConnectorInfo &connectorInfo(Provider provider);

/// True for the characters Rust's `char::is_numeric` accepts as the first character of a name.
bool startsWithNumber(const QString &name);
/// Whether Prisma rejects a name of the schema's items: empty, starting with a number, or with a `-`.
bool isOddName(const QString &name);

/// scalarTypeFromName() with a fast way out for the names that are not scalar types.
std::optional<ScalarType> scalarTypeOf(QStringView name);

/// What a field's type refers to, resolved the way Prisma resolves names (the last top of a name wins).
struct ResolvedType {
    enum class Kind : quint8 { Unknown, Scalar, Enum, Composite, Unsupported, Model };
    const psl::Block *target = nullptr; ///< Enum, Composite, Model (model or view)
    Kind kind = Kind::Unknown;
    std::optional<ScalarType> scalar; ///< Scalar

    bool isScalarLike() const { return kind == Kind::Scalar || kind == Kind::Enum || kind == Kind::Composite || kind == Kind::Unsupported; }
    bool operator==(const ResolvedType &) const = default;
};

/// The attribute names the rules know. An attribute is classified once, so that the rules look for one by
/// a number instead of comparing its name again and again.
enum class AttributeName : quint8 {
    Other,
    Map,
    Id,
    Ignore,
    Relation,
    UpdatedAt,
    Default,
    Unique,
    ShardKey,
    Schema,
    Index,
    Fulltext,
    DatasourceScoped, ///< `@db.Type`: any `prefix.name`
};

AttributeName attributeNameOf(QStringView name);

/// A set of attribute names, as bits.
class AttributeNames {
public:
    void insert(AttributeName name) { m_bits |= bit(name); }
    bool contains(AttributeName name) const { return m_bits & bit(name); }
    bool containsAny(std::initializer_list<AttributeName> names) const
    {
        return std::any_of(names.begin(), names.end(), [&](AttributeName name) { return contains(name); });
    }
    bool operator==(const AttributeNames &) const = default;

private:
    static quint16 bit(AttributeName name) { return quint16(1u << unsigned(name)); }
    quint16 m_bits = 0;
};
static_assert(int(AttributeName::DatasourceScoped) < 16, "an AttributeNames holds one bit per name");

/// What the rules ask first about a field of a model, view or composite type: what its type is and which
/// attributes it carries. Computed once per run, so that the rule groups need not walk the syntax of every
/// field again to find the few fields they have something to check on.
/// 24 bytes: the members after the type sit in its tail padding (a large schema has tens of thousands of fields).
struct FieldFacts {
    const psl::Field *node = nullptr; ///< the field itself: a rule that finds nothing to check in the facts need not read it
    [[no_unique_address]] ResolvedType type;
    AttributeNames attributes;
    /// The field's name or an attribute's name is empty, starts with a number or has a `-`: the name rules
    /// have something to report (checkIdentifier()); other fields they need not read again.
    bool oddName = false;
    bool typeless = false; ///< a line with a name and no type (the name rules report it)

    bool operator==(const FieldFacts &) const = default;
};
static_assert(sizeof(FieldFacts) == 3 * sizeof(void *), "FieldFacts grew: mind its memory");

/// Name lookups over the top-level blocks of a schema.
class TopIndex {
public:
    /// When the facts about fields are computed: with the index, or block by block by its user (the schema
    /// builder computes them while it reads the same syntax: SyntaxIndex), completed by completeFieldFacts().
    enum class FieldFactsTime { Now, Later };

    explicit TopIndex(const psl::SchemaAst &ast, FieldFactsTime when = FieldFactsTime::Now);
    /// Computes the facts about the fields of blocks()[block]. Distinct blocks may be computed on distinct threads.
    void computeFieldFacts(size_t block);
    /// Computes the facts of the blocks not computed yet (a large schema's on two threads).
    void completeFieldFacts();
    /// The last model, view, composite type or enum of that name (the one Prisma resolves names to).
    const psl::Block *top(QStringView name) const { return m_tops.value(name); }
    ResolvedType resolve(const psl::Field &field) const;
    /// Every block of every file, in source order.
    const std::vector<const psl::Block *> &blocks() const { return m_blocks; }
    /// The facts about the fields of blocks()[block], in source order; empty for blocks without fields.
    std::span<const FieldFacts> fieldFacts(size_t block) const
    {
        return std::span<const FieldFacts>(m_fieldFacts).subspan(m_fieldStart[block], m_fieldStart[block + 1] - m_fieldStart[block]);
    }
    /// The names of the block attributes (`@@x`) of blocks()[block].
    AttributeNames blockAttributeNames(size_t block) const { return m_blockAttributeNames[block]; }
    /// Whether a block attribute of blocks()[block], a model, view or composite type, has an odd name (see
    /// FieldFacts::oddName).
    bool hasOddBlockAttributeName(size_t block) const { return m_oddBlockAttributeName[block] != 0; }

private:
    std::vector<const psl::Block *> m_blocks;
    QHash<QStringView, const psl::Block *> m_tops; ///< views into the syntax tree, which outlives a validation run
    std::vector<FieldFacts> m_fieldFacts;
    std::vector<size_t> m_fieldStart; ///< the facts of block b: [m_fieldStart[b], m_fieldStart[b + 1])
    std::vector<AttributeNames> m_blockAttributeNames;
    std::vector<quint8> m_oddBlockAttributeName; ///< bytes, not bits: threads write neighbouring blocks
    std::vector<quint8> m_factsComputed;         ///< per block
};

/// The block index of this validation run, built on first use.
const TopIndex &topIndex(const Context &context);

/// A run of top-level blocks, [first, end) in TopIndex::blocks(): the part of the schema whose blocks a rule group's
/// per-block rules look at. A large schema is validated slice by slice, so that all groups read one slice of the
/// syntax tree and graph while it is still in the cache (validationschedule.cpp).
struct BlockSlice {
    size_t first = 0;
    size_t end = 0;
};

/// Every block of the schema as one slice.
inline BlockSlice wholeSchema(const Context &context)
{
    return BlockSlice{0, topIndex(context).blocks().size()};
}
/// Every block of the schema in source order (without building a new list on each call).
inline const std::vector<const psl::Block *> &blocksOf(const Context &context)
{
    return topIndex(context).blocks();
}

/// Bytes of the UTF-8 form of a text, counted without converting it.
qsizetype utf8Length(QStringView text);

/// Checks the arguments of one attribute the way Prisma's attribute visitor does: arguments are taken one
/// by one by the rule that understands them; whatever is left over is reported as "No such argument.".
class ArgumentChecker {
public:
    /// Messages name the attribute with one `@` (`@map`), also block attributes, as Prisma's visitor does.
    ArgumentChecker(const Context &context, const psl::Attribute &attribute);

    /// False when the attribute is too broken to be read (an argument without a value was reported).
    bool isValid() const { return m_valid; }
    const psl::Attribute &attribute() const { return m_attribute; }

    /// The argument `name`, or else the unnamed one. Reports "Argument "name" is missing." when there is
    /// neither and reportMissing is set.
    const psl::Expression *defaultArgument(QStringView name, bool reportMissing = true);
    /// The named argument `name`, if given.
    const psl::Expression *optionalArgument(QStringView name);
    /// Takes the named arguments whose meaning another rule group checks, so they are not reported as unknown.
    void takeArguments(std::initializer_list<QStringView> names);
    /// The span of a named argument (name and value), for rules that point at it.
    std::optional<psl::Span> argumentSpan(QStringView name) const;

    /// Reports every argument no rule took ("No such argument.").
    void finish();
    /// Forgets the remaining arguments without reporting them.
    void discard() { m_remaining.clear(); }

    /// Reports an `Error parsing attribute "@name": message` at the attribute.
    void attributeError(const QString &message) const;
    /// Reports a message at a span.
    void errorAt(const char *code, const psl::Span &span, const QString &message) const;

    /// Coercions that report Prisma's type mismatch error and return nothing on failure.
    std::optional<QString> coerceString(const psl::Expression *expression) const;
    std::optional<QString> coerceConstant(const psl::Expression *expression) const;
    std::optional<bool> coerceBoolean(const psl::Expression *expression) const;
    std::optional<qint64> coerceInteger(const psl::Expression *expression) const;

private:
    const Context &m_context;
    const psl::Attribute &m_attribute;
    QString attributeName() const { return u'@' + m_attribute.name.name; }
    bool m_valid = true;
    /// For each argument name ("" for unnamed), the index of its last argument in m_attribute.arguments; -1 when
    /// taken. Attributes have a handful of arguments: a linear list beats a hash here.
    struct Slot {
        QStringView name;
        int index;
    };
    QVarLengthArray<Slot, 8> m_remaining;
    int find(QStringView name) const;
};

} // namespace strata::schema::validation
