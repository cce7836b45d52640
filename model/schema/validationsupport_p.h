// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationcontext_p.h"

#include <QHash>
#include <QString>
#include <QVarLengthArray>

#include <optional>
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

/// scalarTypeFromName() with a fast way out for the names that are not scalar types.
std::optional<ScalarType> scalarTypeOf(QStringView name);

/// What a field's type refers to, resolved the way Prisma resolves names (the last top of a name wins).
struct ResolvedType {
    enum class Kind { Unknown, Scalar, Enum, Composite, Unsupported, Model };
    Kind kind = Kind::Unknown;
    std::optional<ScalarType> scalar; ///< Scalar
    const psl::Block *target = nullptr; ///< Enum, Composite, Model (model or view)

    bool isScalarLike() const { return kind == Kind::Scalar || kind == Kind::Enum || kind == Kind::Composite || kind == Kind::Unsupported; }
};

/// Name lookups over the top-level blocks of a schema.
class TopIndex {
public:
    explicit TopIndex(const psl::SchemaAst &ast);
    const psl::Block *top(const QString &name) const { return m_tops.value(name); }
    ResolvedType resolve(const psl::Field &field) const;

private:
    QHash<QString, const psl::Block *> m_tops;
};

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
    const psl::Expression *defaultArgument(const QString &name, bool reportMissing = true);
    /// The named argument `name`, if given.
    const psl::Expression *optionalArgument(const QString &name);
    /// The span of a named argument (name and value), for rules that point at it.
    std::optional<psl::Span> argumentSpan(const QString &name) const;

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
