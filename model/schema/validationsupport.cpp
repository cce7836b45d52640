// SPDX-License-Identifier: GPL-3.0-or-later
#include "validationsupport_p.h"

#include "psl/helperthreads.h"

#include <algorithm>
#include <string_view>
#include <thread>

namespace strata::schema::validation {

namespace {

/// Schemas with fewer fields get their field facts on one thread: a thread costs more than it saves there.
constexpr size_t ParallelFactsMinimumFields = 4000;

} // namespace

using psl::Expression;

QString displayExpression(const Expression &expression)
{
    switch (expression.kind) {
    case Expression::Kind::String:
        return expression.raw;
    case Expression::Kind::Number:
    case Expression::Kind::Constant:
        return expression.text;
    case Expression::Kind::Function: {
        QStringList arguments;
        for (const psl::Argument &argument : expression.arguments) {
            const QString value = argument.value ? displayExpression(*argument.value) : QString();
            arguments << (argument.isNamed() ? argument.name.name + QStringLiteral(": ") + value : value);
        }
        return expression.text + u'(' + arguments.join(u',') + u')';
    }
    case Expression::Kind::Array: {
        QStringList items;
        for (const Expression &item : expression.items)
            items << displayExpression(item);
        return u'[' + items.join(u',') + u']';
    }
    case Expression::Kind::Object: {
        QStringList members;
        for (const psl::Argument &member : expression.arguments)
            members << member.name.name + QStringLiteral(": ") + (member.value ? displayExpression(*member.value) : QString());
        return QStringLiteral("{ ") + members.join(QStringLiteral(", ")) + QStringLiteral(" }");
    }
    case Expression::Kind::Invalid:
        break;
    }
    return expression.raw;
}

QString describeValueType(const Expression &expression)
{
    switch (expression.kind) {
    case Expression::Kind::String: return QStringLiteral("string");
    case Expression::Kind::Number: return QStringLiteral("numeric");
    case Expression::Kind::Constant: return QStringLiteral("literal");
    case Expression::Kind::Function: return QStringLiteral("functional");
    case Expression::Kind::Array: return QStringLiteral("array");
    case Expression::Kind::Object: return QStringLiteral("object");
    case Expression::Kind::Invalid: break;
    }
    return QStringLiteral("invalid");
}

QString typeMismatchMessage(const QString &expectedType, const Expression &expression)
{
    return tr("Expected a %1 value, but received %2 value `%3`.")
        .arg(expectedType, describeValueType(expression), displayExpression(expression));
}

QString attributeErrorMessage(const QString &attributeName, const QString &message)
{
    return tr("Error parsing attribute \"%1\": %2").arg(attributeName, message);
}

bool startsWithNumber(const QString &name)
{
    if (name.isEmpty())
        return false;
    const char16_t first = name.front().unicode();
    if (first < 0x80)
        return first >= u'0' && first <= u'9';
    return QChar(first).isNumber();
}

bool isOddName(const QString &name)
{
    // Names are short: a plain loop beats a search call.
    return name.isEmpty() || startsWithNumber(name) || std::find(name.cbegin(), name.cend(), u'-') != name.cend();
}

std::optional<ScalarType> scalarTypeOf(QStringView name)
{
    // The common case, a model or enum name, leaves after one or two comparisons.
    if (name.size() < 3 || name.size() > 8)
        return std::nullopt;
    switch (name.front().unicode()) {
    case u'S':
    case u'B':
    case u'I':
    case u'F':
    case u'D':
    case u'J':
        return scalarTypeFromName(name);
    default:
        return std::nullopt;
    }
}

const ConnectorInfo &connectorInfo(Provider provider)
{
    static const ConnectorInfo infos[] = {
        [] {
            ConnectorInfo c; // no datasource: Prisma's empty connector
            c.providerName = QStringLiteral("Default");
            c.displayName = QStringLiteral("Default");
            c.relationModes = {QStringLiteral("foreignKeys"), QStringLiteral("prisma")};
            return c;
        }(),
        [] {
            ConnectorInfo c;
            c.provider = Provider::PostgreSql;
            c.providerName = QStringLiteral("postgresql");
            c.displayName = QStringLiteral("Postgres");
            c.maxIdentifierLength = 63;
            c.autoIncrementAllowedOnNonId = c.autoIncrementMultipleAllowed = c.autoIncrementNonIndexedAllowed = true;
            c.namedPrimaryKeys = c.namedForeignKeys = true;
            c.scalarLists = c.multiSchema = true;
            c.relationModes = {QStringLiteral("foreignKeys"), QStringLiteral("prisma")};
            return c;
        }(),
        [] {
            ConnectorInfo c;
            c.provider = Provider::CockroachDb;
            c.providerName = QStringLiteral("cockroachdb");
            c.displayName = QStringLiteral("CockroachDB");
            c.maxIdentifierLength = 63;
            c.autoIncrementAllowedOnNonId = c.autoIncrementMultipleAllowed = c.autoIncrementNonIndexedAllowed = true;
            c.namedPrimaryKeys = c.namedForeignKeys = true;
            c.scalarLists = c.multiSchema = true;
            c.relationModes = {QStringLiteral("foreignKeys"), QStringLiteral("prisma")};
            return c;
        }(),
        [] {
            ConnectorInfo c;
            c.provider = Provider::MySql;
            c.providerName = QStringLiteral("mysql");
            c.displayName = QStringLiteral("MySQL");
            c.maxIdentifierLength = 64;
            c.autoIncrementAllowedOnNonId = true;
            c.namedForeignKeys = true;
            c.supportsShardKeys = true;
            c.relationModes = {QStringLiteral("foreignKeys"), QStringLiteral("prisma")};
            return c;
        }(),
        [] {
            ConnectorInfo c;
            c.provider = Provider::Sqlite;
            c.providerName = QStringLiteral("sqlite");
            c.displayName = QStringLiteral("sqlite");
            c.maxIdentifierLength = 10000;
            c.enums = true;
            c.json = true;
            c.relationModes = {QStringLiteral("foreignKeys"), QStringLiteral("prisma")};
            return c;
        }(),
        [] {
            ConnectorInfo c;
            c.provider = Provider::SqlServer;
            c.providerName = QStringLiteral("sqlserver");
            c.displayName = QStringLiteral("SQL Server");
            c.maxIdentifierLength = 128;
            c.autoIncrementAllowedOnNonId = c.autoIncrementMultipleAllowed = c.autoIncrementNonIndexedAllowed = true;
            c.namedPrimaryKeys = c.namedForeignKeys = c.namedDefaultValues = true;
            c.multiSchema = true;
            c.enums = false;
            c.json = false;
            c.relationModes = {QStringLiteral("foreignKeys"), QStringLiteral("prisma")};
            return c;
        }(),
        [] {
            ConnectorInfo c;
            c.provider = Provider::MongoDb;
            c.providerName = QStringLiteral("mongodb");
            c.displayName = QStringLiteral("MongoDB");
            c.maxIdentifierLength = 127;
            c.autoIncrement = false;
            c.scalarLists = true;
            c.decimal = false;
            c.relationModes = {QStringLiteral("prisma")};
            return c;
        }(),
    };
    switch (provider) {
    case Provider::PostgreSql: return infos[1];
    case Provider::CockroachDb: return infos[2];
    case Provider::MySql: return infos[3];
    case Provider::Sqlite: return infos[4];
    case Provider::SqlServer: return infos[5];
    case Provider::MongoDb: return infos[6];
    case Provider::Unknown: break;
    }
    return infos[0];
}

AttributeName attributeNameOf(QStringView name)
{
    using namespace std::string_view_literals; // compared inline: this runs for every attribute, twice
    const std::u16string_view name16(name.utf16(), size_t(name.size()));
    switch (name.size()) {
    case 2:
        if (name16 == u"id"sv)
            return AttributeName::Id;
        break;
    case 3:
        if (name16 == u"map"sv)
            return AttributeName::Map;
        break;
    case 5:
        if (name16 == u"index"sv)
            return AttributeName::Index;
        break;
    case 6:
        if (name16 == u"ignore"sv)
            return AttributeName::Ignore;
        if (name16 == u"unique"sv)
            return AttributeName::Unique;
        if (name16 == u"schema"sv)
            return AttributeName::Schema;
        break;
    case 7:
        if (name16 == u"default"sv)
            return AttributeName::Default;
        break;
    case 8:
        if (name16 == u"relation"sv)
            return AttributeName::Relation;
        if (name16 == u"fulltext"sv)
            return AttributeName::Fulltext;
        if (name16 == u"shardKey"sv)
            return AttributeName::ShardKey;
        break;
    case 9:
        if (name16 == u"updatedAt"sv)
            return AttributeName::UpdatedAt;
        break;
    default:
        break;
    }
    return name.contains(u'.') ? AttributeName::DatasourceScoped : AttributeName::Other;
}

TopIndex::TopIndex(const psl::SchemaAst &ast, FieldFactsTime when)
    : m_blocks(ast.blocks())
{
    m_tops.reserve(qsizetype(m_blocks.size()));
    size_t fieldCount = 0;
    m_fieldStart.reserve(m_blocks.size() + 1);
    for (const psl::Block *block : m_blocks) {
        m_fieldStart.push_back(fieldCount);
        if (block->isModelLike() || block->kind == psl::Block::Kind::Enum)
            m_tops.insert(block->name.name.view(), block);
        if (block->isModelLike())
            fieldCount += size_t(std::count_if(block->items.begin(), block->items.end(),
                                               [](const psl::BlockItem &item) { return std::holds_alternative<psl::Field>(item); }));
    }
    m_fieldStart.push_back(fieldCount);

    // The field facts need every name above: a type may name a block further down. Each block's facts have
    // their place already, so they can be computed block by block, on any thread.
    m_fieldFacts.resize(fieldCount);
    m_blockAttributeNames.resize(m_blocks.size());
    m_oddBlockAttributeName.resize(m_blocks.size());
    m_factsComputed.resize(m_blocks.size());
    if (when == FieldFactsTime::Now)
        completeFieldFacts();
}

void TopIndex::computeFieldFacts(size_t b)
{
    const psl::Block *block = m_blocks[b];
    m_factsComputed[b] = 1;
    if (!block->isModelLike())
        return;
    FieldFacts *facts = m_fieldFacts.data() + m_fieldStart[b];
    for (const psl::BlockItem &item : block->items) {
        if (const psl::BlockAttribute *attribute = std::get_if<psl::BlockAttribute>(&item)) {
            m_blockAttributeNames[b].insert(attributeNameOf(attribute->attribute.name.name.view()));
            m_oddBlockAttributeName[b] |= quint8(isOddName(attribute->attribute.name.name));
            continue;
        }
        const psl::Field *field = std::get_if<psl::Field>(&item);
        if (!field)
            continue;
        facts->node = field;
        facts->typeless = !field->type;
        facts->type = resolve(*field);
        facts->oddName = isOddName(field->name.name);
        for (const psl::Attribute &attribute : field->attributes) {
            facts->attributes.insert(attributeNameOf(attribute.name.name.view()));
            facts->oddName = facts->oddName || isOddName(attribute.name.name);
        }
        ++facts;
    }
}

void TopIndex::completeFieldFacts()
{
    auto computeRange = [this](size_t firstBlock, size_t endBlock) {
        for (size_t b = firstBlock; b < endBlock; ++b) {
            if (!m_factsComputed[b])
                computeFieldFacts(b);
        }
    };
    // When the builder recorded every block, which is how analyze() runs, there is nothing left to start a thread for.
    if (std::find(m_factsComputed.begin(), m_factsComputed.end(), quint8(0)) == m_factsComputed.end())
        return;
    const size_t fieldCount = m_fieldFacts.size();
    if (fieldCount < ParallelFactsMinimumFields || std::thread::hardware_concurrency() < 2) {
        computeRange(0, m_blocks.size());
        return;
    }
    // Cut where half of the fields are behind.
    const size_t cut = size_t(std::upper_bound(m_fieldStart.begin(), m_fieldStart.end(), fieldCount / 2) - m_fieldStart.begin()) - 1;
    psl::HelperTasks helpers;
    helpers.run([&computeRange, cut, end = m_blocks.size()] { computeRange(cut, end); });
    computeRange(0, cut);
    helpers.wait();
}

const TopIndex &topIndex(const Context &context)
{
    if (!context.topIndex)
        context.topIndex = std::make_shared<const TopIndex>(context.ast);
    return *context.topIndex;
}

qsizetype utf8Length(QStringView text)
{
    // Names are ASCII nearly always: one byte per unit until the first unit that is not.
    const char16_t *units = text.utf16();
    const qsizetype size = text.size();
    qsizetype i = 0;
    while (i < size && units[i] < 0x80)
        ++i;
    qsizetype bytes = i;
    for (; i < size; ++i) {
        const char16_t unit = units[i];
        if (unit < 0x80) {
            bytes += 1;
        } else if (unit < 0x800) {
            bytes += 2;
        } else if (QChar::isHighSurrogate(unit) && i + 1 < size && QChar::isLowSurrogate(units[i + 1])) {
            bytes += 4;
            ++i;
        } else {
            bytes += 3; // a lone surrogate becomes U+FFFD, three bytes too
        }
    }
    return bytes;
}

ResolvedType TopIndex::resolve(const psl::Field &field) const
{
    ResolvedType resolved;
    if (!field.type)
        return resolved;
    const psl::FieldType &type = *field.type;
    if (type.isUnsupported()) {
        resolved.kind = ResolvedType::Kind::Unsupported;
        return resolved;
    }
    if (const auto scalar = scalarTypeOf(type.name.name.view())) {
        resolved.kind = ResolvedType::Kind::Scalar;
        resolved.scalar = scalar;
        return resolved;
    }
    const psl::Block *target = m_tops.value(type.name.name.view());
    if (!target)
        return resolved;
    resolved.target = target;
    switch (target->kind) {
    case psl::Block::Kind::Enum: resolved.kind = ResolvedType::Kind::Enum; break;
    case psl::Block::Kind::CompositeType: resolved.kind = ResolvedType::Kind::Composite; break;
    default: resolved.kind = ResolvedType::Kind::Model; break;
    }
    return resolved;
}

// --- ArgumentChecker ---

ArgumentChecker::ArgumentChecker(const Context &context, const psl::Attribute &attribute)
    : m_context(context)
    , m_attribute(attribute)
{
    // Prisma first looks for `name:` without a value, in the attribute and in the calls among its arguments.
    auto reportEmpty = [&](const psl::Argument &argument, const QString &prefix) {
        context.error("P1012-argument-missing-value", argument.name.span,
                      attributeErrorMessage(prefix, tr("The `%1` argument is missing a value.").arg(argument.name.name)));
        m_valid = false;
    };
    for (const psl::Argument &argument : attribute.arguments) {
        if (!argument.value) {
            reportEmpty(argument, attributeName());
            continue;
        }
        const Expression &value = *argument.value;
        if (value.isFunction()) {
            for (const psl::Argument &inner : value.arguments) {
                if (!inner.value)
                    reportEmpty(inner, attributeName());
            }
        } else if (value.isArray()) {
            for (const Expression &item : value.items) {
                if (!item.isFunction())
                    continue;
                for (const psl::Argument &inner : item.arguments) {
                    if (!inner.value)
                        reportEmpty(inner, u'@' + attributeName()); // Prisma says "@@index" here
                }
            }
        }
    }
    // A comma before the closing parenthesis, of the attribute or of a call among its arguments. The AST keeps
    // only a flag: the comma is taken to follow the last argument directly.
    auto reportTrailingComma = [&](const psl::NodeList<psl::Argument> &arguments, const psl::Span &fallback) {
        psl::Span comma = fallback;
        if (!arguments.empty()) {
            const psl::Span &last = arguments.back().span();
            comma.start = last.end;
            comma.line = last.line;
            comma.column = last.column + (last.end - last.start);
        }
        comma.end = comma.start + 1;
        context.error("P1012-trailing-comma", comma,
                      attributeErrorMessage(attributeName(),
                                            tr("Trailing commas are not valid in attribute arguments, please remove the comma.")));
    };
    if (attribute.trailingComma)
        reportTrailingComma(attribute.arguments, attribute.span());
    for (const psl::Argument &argument : attribute.arguments) {
        if (argument.value && argument.value->isFunction() && argument.value->trailingComma)
            reportTrailingComma(argument.value->arguments, argument.value->span);
    }
    if (!m_valid)
        return;

    QStringList unnamed;
    for (int i = 0; i < int(attribute.arguments.size()); ++i) {
        const psl::Argument &argument = attribute.arguments[size_t(i)];
        const QString &key = argument.name.name;
        const int existing = find(key);
        if (existing >= 0) {
            if (!argument.isNamed()) {
                if (unnamed.isEmpty()) {
                    const psl::Argument &first = attribute.arguments[size_t(m_remaining[existing].index)];
                    unnamed << (first.value ? displayExpression(*first.value) : QString());
                }
                unnamed << (argument.value ? displayExpression(*argument.value) : QString());
            } else {
                context.error("P1012-argument-duplicate", argument.span(), tr("Argument \"%1\" is already specified.").arg(key));
            }
        }
        if (existing >= 0)
            m_remaining[existing].index = i;
        else
            m_remaining.append({QStringView(key), i});
    }
    if (!unnamed.isEmpty()) {
        attributeError(tr("You provided multiple unnamed arguments. This is not possible. Did you forget the brackets? "
                          "Did you mean `[%1]`?")
                           .arg(unnamed.join(QStringLiteral(", "))));
    }
}

int ArgumentChecker::find(QStringView name) const
{
    for (int i = 0; i < int(m_remaining.size()); ++i) {
        if (m_remaining[i].index >= 0 && m_remaining[i].name == name)
            return i;
    }
    return -1;
}

const Expression *ArgumentChecker::defaultArgument(QStringView name, bool reportMissing)
{
    const int named = find(name);
    const int unnamed = find(QStringView());
    const int namedIndex = named < 0 ? -1 : m_remaining[named].index;
    const int unnamedIndex = unnamed < 0 ? -1 : m_remaining[unnamed].index;
    if (named >= 0)
        m_remaining[named].index = -1;
    if (unnamed >= 0)
        m_remaining[unnamed].index = -1;
    if (namedIndex >= 0 && unnamedIndex >= 0) {
        const psl::Argument &argument = m_attribute.arguments[size_t(namedIndex)];
        m_context.error("P1012-argument-duplicate", argument.span(),
                        tr("Argument \"%1\" is already specified as unnamed argument.").arg(name));
        return nullptr;
    }
    const int index = namedIndex >= 0 ? namedIndex : unnamedIndex;
    if (index < 0) {
        if (reportMissing)
            m_context.error("P1012-argument-missing", m_attribute.span(), tr("Argument \"%1\" is missing.").arg(name));
        return nullptr;
    }
    const psl::Argument &argument = m_attribute.arguments[size_t(index)];
    return argument.value ? &*argument.value : nullptr;
}

void ArgumentChecker::takeArguments(std::initializer_list<QStringView> names)
{
    for (QStringView name : names)
        optionalArgument(name);
}

const Expression *ArgumentChecker::optionalArgument(QStringView name)
{
    const int slot = name.isEmpty() ? -1 : find(name);
    if (slot < 0)
        return nullptr;
    const int index = m_remaining[slot].index;
    m_remaining[slot].index = -1;
    const psl::Argument &argument = m_attribute.arguments[size_t(index)];
    return argument.value ? &*argument.value : nullptr;
}

std::optional<psl::Span> ArgumentChecker::argumentSpan(QStringView name) const
{
    for (const psl::Argument &argument : m_attribute.arguments) {
        if (argument.name.name == name)
            return argument.span();
    }
    return std::nullopt;
}

void ArgumentChecker::finish()
{
    for (const Slot &slot : m_remaining) {
        if (slot.index >= 0)
            m_context.error("P1012-argument-unknown", m_attribute.arguments[size_t(slot.index)].span(), tr("No such argument."));
    }
    m_remaining.clear();
}

void ArgumentChecker::attributeError(const QString &message) const
{
    m_context.error("P1012-attribute-invalid", m_attribute.span(), attributeErrorMessage(attributeName(), message));
}

void ArgumentChecker::errorAt(const char *code, const psl::Span &span, const QString &message) const
{
    m_context.error(code, span, message);
}

std::optional<QString> ArgumentChecker::coerceString(const Expression *expression) const
{
    if (!expression)
        return std::nullopt;
    if (expression->isString())
        return expression->text;
    m_context.error("P1012-type-mismatch", expression->span, typeMismatchMessage(QStringLiteral("string"), *expression));
    return std::nullopt;
}

std::optional<QString> ArgumentChecker::coerceConstant(const Expression *expression) const
{
    if (!expression)
        return std::nullopt;
    if (expression->isConstant())
        return expression->text;
    m_context.error("P1012-type-mismatch", expression->span, typeMismatchMessage(QStringLiteral("constant"), *expression));
    return std::nullopt;
}

std::optional<bool> ArgumentChecker::coerceBoolean(const Expression *expression) const
{
    if (!expression)
        return std::nullopt;
    if (expression->isConstant() && (expression->text == u"true" || expression->text == u"false"))
        return expression->text == u"true";
    m_context.error("P1012-type-mismatch", expression->span, typeMismatchMessage(QStringLiteral("boolean"), *expression));
    return std::nullopt;
}

std::optional<qint64> ArgumentChecker::coerceInteger(const Expression *expression) const
{
    if (!expression)
        return std::nullopt;
    if (expression->isNumber()) {
        bool ok = false;
        const qint64 value = expression->text.toLongLong(&ok);
        if (ok)
            return value;
    }
    m_context.error("P1012-type-mismatch", expression->span, typeMismatchMessage(QStringLiteral("numeric"), *expression));
    return std::nullopt;
}

} // namespace strata::schema::validation
