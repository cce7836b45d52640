// SPDX-License-Identifier: GPL-3.0-or-later
#include "validationcontext_p.h"
#include "validationhelpers_p.h"
#include "validationsupport_p.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <limits>

namespace strata::schema::validation {

using psl::Attribute;
using psl::Block;
using psl::Expression;

namespace {

// ---------------------------------------------------------------------------------------------------------------
// Phase 1: every attribute is known where it is used, used once where it may be used only once, and its
// arguments are the ones it takes. Follows the order of Prisma's attribute visitor.
// ---------------------------------------------------------------------------------------------------------------

/// The attributes of one field, block or enum value, taken one by one by the rules that know them. What is
/// left at the end is unknown.
class AttributeSet {
public:
    explicit AttributeSet(const Context &context)
        : m_context(context)
    {
    }
    AttributeSet(const Context &context, const psl::NodeList<Attribute> &attributes)
        : m_context(context)
    {
        for (const Attribute &attribute : attributes)
            add(&attribute);
    }

    void add(const Attribute *attribute)
    {
        const AttributeName name = attributeNameOf(attribute->name.name.view());
        m_attributes.append({attribute, name, false});
        m_names.insert(name);
    }

    /// The attribute `name` if it is there exactly once; reports each one when it is repeated.
    const Attribute *single(AttributeName name)
    {
        if (!m_names.contains(name))
            return nullptr; // the usual answer: a field has a few attributes, and rules ask for a dozen
        int count = 0;
        int index = -1;
        for (int i = 0; i < int(m_attributes.size()); ++i) {
            if (m_attributes[i].name == name) {
                ++count;
                index = i;
            }
        }
        if (count == 0)
            return nullptr;
        if (count > 1) {
            for (Entry &entry : m_attributes) {
                if (entry.name != name)
                    continue;
                entry.used = true;
                m_context.error("P1012-attribute-duplicate", entry.attribute->span(),
                                tr("Attribute \"@%1\" can only be defined once.").arg(entry.attribute->name.name));
            }
            return nullptr;
        }
        m_attributes[index].used = true;
        return m_attributes[index].attribute;
    }

    QVarLengthArray<const Attribute *, 4> repeated(AttributeName name)
    {
        QVarLengthArray<const Attribute *, 4> out;
        if (!m_names.contains(name))
            return out;
        for (Entry &entry : m_attributes) {
            if (entry.name == name) {
                entry.used = true;
                out.append(entry.attribute);
            }
        }
        return out;
    }

    /// The `@db.Type` attribute (any `prefix.name`); the last one wins, the others are reported.
    const Attribute *datasourceScoped()
    {
        const Attribute *found = nullptr;
        if (!m_names.contains(AttributeName::DatasourceScoped))
            return found;
        for (Entry &entry : m_attributes) {
            if (entry.name != AttributeName::DatasourceScoped)
                continue;
            entry.used = true;
            if (found) {
                const QString &name = entry.attribute->name.name;
                m_context.error("P1012-attribute-duplicate", entry.attribute->span(),
                                tr("Attribute \"@%1\" can only be defined once.").arg(name.left(name.indexOf(u'.'))));
            }
            found = entry.attribute;
        }
        return found;
    }

    void finish()
    {
        for (const Entry &entry : m_attributes) {
            if (entry.used)
                continue;
            m_context.error("P1012-attribute-unknown", entry.attribute->span(),
                            tr("Attribute not known: \"@%1\".").arg(entry.attribute->name.name));
        }
    }

private:
    struct Entry {
        const Attribute *attribute;
        AttributeName name;
        bool used;
    };
    const Context &m_context;
    QVarLengthArray<Entry, 8> m_attributes;
    AttributeNames m_names; ///< the names among m_attributes
};

/// `@map("name")` / `@@map("name")`, and the name it gives.
std::optional<QString> visitMap(ArgumentChecker &arguments)
{
    const Expression *value = arguments.defaultArgument(u"name");
    return arguments.coerceString(value);
}

bool isFunctionNamed(const Expression &expression, QStringView name)
{
    return expression.isFunction() && expression.text == name;
}

const QStringList &knownDefaultFunctions()
{
    static const QStringList names{QStringLiteral("autoincrement"), QStringLiteral("cuid"), QStringLiteral("ulid"),
                                   QStringLiteral("dbgenerated"),   QStringLiteral("nanoid"), QStringLiteral("now"),
                                   QStringLiteral("uuid"),          QStringLiteral("auto")};
    return names;
}

/// The checks of `@default(...)` that Prisma makes while reading the schema (the value's kind against the
/// field type, the functions and their arguments). The value itself is parsed later, in the pipeline.
class DefaultChecker {
public:
    DefaultChecker(ArgumentChecker &arguments)
        : m_arguments(arguments)
    {
    }

    void checkModelField(const Expression &value, const ResolvedType &type, bool isList, bool named)
    {
        if (isFunctionNamed(value, u"dbgenerated")) {
            checkDbGenerated(value);
            return;
        }
        switch (type.kind) {
        case ResolvedType::Kind::Enum:
            if (isList)
                checkEnumList(value, *type.target);
            else
                checkEnum(value, *type.target);
            break;
        case ResolvedType::Kind::Scalar:
            checkScalar(*type.scalar, value, isList, named, false);
            break;
        case ResolvedType::Kind::Unsupported:
            error(tr("Only @default(dbgenerated(\"...\")) can be used for Unsupported types."));
            break;
        case ResolvedType::Kind::Composite:
        case ResolvedType::Kind::Model:
        case ResolvedType::Kind::Unknown:
            break;
        }
    }

    void checkCompositeField(const Expression &value, const ResolvedType &type, bool isList)
    {
        if (isFunctionNamed(value, u"dbgenerated")) {
            error(tr("Fields of composite types cannot have `dbgenerated()` as default."));
            return;
        }
        switch (type.kind) {
        case ResolvedType::Kind::Enum:
            if (isList)
                checkEnumList(value, *type.target);
            else
                checkEnum(value, *type.target);
            break;
        case ResolvedType::Kind::Scalar:
            checkScalar(*type.scalar, value, isList, false, true);
            break;
        case ResolvedType::Kind::Unsupported:
            error(tr("Composite field of type `Unsupported` cannot have default values."));
            break;
        default:
            break;
        }
    }

private:
    void error(const QString &message) const { m_arguments.attributeError(message); }

    void checkScalar(ScalarType scalar, const Expression &value, bool isList, bool named, bool composite)
    {
        if (value.isFunction()) {
            const QString &name = value.text;
            if (!composite && name == u"autoincrement" && named) {
                error(tr("Naming an autoincrement default value is not allowed."));
                return;
            }
            if (!composite && name == u"autoincrement" && (scalar == ScalarType::Int || scalar == ScalarType::BigInt)) {
                checkNoArguments(value);
                return;
            }
            if (scalar == ScalarType::String && name == u"ulid") {
                checkNoArguments(value);
                return;
            }
            if (scalar == ScalarType::String && name == u"cuid") {
                checkVersion(value, {1, 2});
                return;
            }
            if (scalar == ScalarType::String && name == u"uuid") {
                checkVersion(value, {4, 7});
                return;
            }
            if (!composite && scalar == ScalarType::String && name == u"nanoid") {
                checkNanoid(value);
                return;
            }
            if (scalar == ScalarType::DateTime && name == u"now") {
                checkNoArguments(value);
                return;
            }
            if (composite && (name == u"autoincrement" || name == u"auto")) {
                error(tr("The function `%1()` is not supported on composite fields.").arg(name));
                return;
            }
            if (name == u"auto") {
                if (!value.arguments.empty())
                    error(tr("`auto()` takes no arguments"));
                return;
            }
            if (!knownDefaultFunctions().contains(name)) {
                // Unknown functions are the connector's business (CockroachDB's sequence()): see the pipeline.
                if (composite) {
                    m_arguments.errorAt("P1012-default-unknown-function", value.span,
                                        tr("Unknown function in @default(): `%1` is not known. You can read about the "
                                           "available functions here: https://pris.ly/d/attribute-functions")
                                            .arg(name));
                }
                return;
            }
            error(tr("The function `%1()` cannot be used on fields of type `%2`.").arg(name, scalarTypeName(scalar)));
            return;
        }
        if (isList) {
            if (!value.isArray()) {
                error(tr("The default value of a list field must be a list."));
                return;
            }
            for (const Expression &item : value.items) {
                if (!checkLiteral(scalar, item))
                    return;
            }
            return;
        }
        if (value.isArray()) {
            error(tr("The default value of a non-list field cannot be a list."));
            return;
        }
        checkLiteral(scalar, value);
    }

    bool checkLiteral(ScalarType scalar, const Expression &value)
    {
        switch (scalar) {
        case ScalarType::String:
        case ScalarType::Json:
        case ScalarType::Bytes:
        case ScalarType::DateTime:
            if (value.isString())
                return true;
            break;
        case ScalarType::Int:
        case ScalarType::BigInt:
        case ScalarType::Float:
            if (value.isNumber())
                return true;
            break;
        case ScalarType::Decimal:
            if (value.isNumber() || value.isString())
                return true;
            break;
        case ScalarType::Boolean:
            if (value.isConstant()) {
                if (value.text == u"true" || value.text == u"false")
                    return true;
                m_arguments.errorAt("P1012-default-boolean", value.span, attributeErrorMessage(QStringLiteral("@default"),
                                                                           tr("A boolean literal must be `true` or `false`.")));
                return false;
            }
            break;
        }
        error(tr("Expected a %1 value, but found `%2`.").arg(scalarTypeName(scalar), displayExpression(value)));
        return false;
    }

    bool checkEnum(const Expression &value, const Block &enumBlock)
    {
        if (!value.isConstant()) {
            error(tr("Expected an enum value, but found `%1`.").arg(displayExpression(value)));
            return false;
        }
        for (const psl::EnumValue *enumValue : enumBlock.enumValues()) {
            if (enumValue->name.name == value.text)
                return true;
        }
        error(tr("The defined default value `%1` is not a valid value of the enum specified for the field.").arg(value.text));
        return false;
    }

    void checkEnumList(const Expression &value, const Block &enumBlock)
    {
        if (!value.isArray()) {
            error(tr("Expected an enum value, but found `%1`.").arg(displayExpression(value)));
            return;
        }
        for (const Expression &item : value.items) {
            if (!checkEnum(item, enumBlock))
                return;
        }
    }

    void checkNoArguments(const Expression &function)
    {
        if (!function.arguments.empty()) {
            error(tr("The `%1` function does not take any argument. Consider changing this default to `%1()`.")
                      .arg(function.text));
        }
    }

    void checkDbGenerated(const Expression &function)
    {
        auto bail = [&] { error(tr("`dbgenerated()` takes a single String argument")); };
        if (function.arguments.size() > 1)
            bail();
        if (function.arguments.empty())
            return;
        const psl::Argument &first = function.arguments.front();
        if (!first.value)
            return;
        if (first.value->isString()) {
            if (first.value->text.isEmpty())
                error(tr("dbgenerated() takes either no argument, or a single nonempty string argument."));
            return;
        }
        bail();
    }

    void checkVersion(const Expression &function, std::initializer_list<int> versions)
    {
        auto bail = [&] { error(tr("`%1()` takes a single Int argument.").arg(function.text)); };
        if (function.arguments.size() > 1)
            bail();
        if (function.arguments.empty() || !function.arguments.front().value)
            return;
        const Expression &first = *function.arguments.front().value;
        if (!first.isNumber()) {
            bail();
            return;
        }
        bool ok = false;
        const uint version = first.text.toUInt(&ok);
        if (ok && version <= 255 && std::find(versions.begin(), versions.end(), int(version)) != versions.end())
            return;
        QStringList allowed;
        for (int v : versions)
            allowed << QString::number(v);
        error(tr("`%1()` takes either no argument, or a single integer argument which is either %2.")
                  .arg(function.text, allowed.join(QStringLiteral(" or "))));
    }

    void checkNanoid(const Expression &function)
    {
        auto bail = [&] { error(tr("`nanoid()` takes a single Int argument.")); };
        if (function.arguments.size() > 1)
            bail();
        if (function.arguments.empty() || !function.arguments.front().value)
            return;
        const Expression &first = *function.arguments.front().value;
        if (!first.isNumber()) {
            bail();
            return;
        }
        bool ok = false;
        const uint length = first.text.toUInt(&ok);
        if (ok && length >= 2 && length <= 255)
            return;
        error(tr("`nanoid()` takes either no argument, or a single integer argument between 2 and 255."));
    }

    ArgumentChecker &m_arguments;
};

class AttributeVisitor {
public:
    explicit AttributeVisitor(const Context &context)
        : m_context(context)
        , m_tops(topIndex(context))
    {
    }

    void run(const BlockSlice &slice)
    {
        for (size_t b = slice.first; b < slice.end; ++b) {
            const Block *block = m_tops.blocks()[b];
            switch (block->kind) {
            case Block::Kind::Model:
            case Block::Kind::View:
                visitModel(*block, m_tops.fieldFacts(b));
                break;
            case Block::Kind::Enum:
                visitEnum(*block);
                break;
            case Block::Kind::CompositeType:
                visitCompositeType(*block, m_tops.fieldFacts(b));
                break;
            case Block::Kind::Datasource:
            case Block::Kind::Generator:
                break;
            }
        }
    }

private:
    /// Starts reading the arguments of an attribute; nullopt when they are too broken to be read.
    std::optional<ArgumentChecker> arguments(const Attribute &attribute) const
    {
        std::optional<ArgumentChecker> checker(std::in_place, m_context, attribute);
        if (!checker->isValid())
            checker.reset();
        return checker;
    }

    /// The block attributes (`@@name`) of a block.
    AttributeSet blockAttributes(const Block &block) const
    {
        AttributeSet attributes(m_context);
        for (const psl::BlockItem &item : block.items) {
            if (const psl::BlockAttribute *attribute = std::get_if<psl::BlockAttribute>(&item))
                attributes.add(&attribute->attribute);
        }
        return attributes;
    }

    void visitModel(const Block &block, std::span<const FieldFacts> facts)
    {
        m_modelHasFieldId = false;
        QVarLengthArray<const psl::Field *, 4> ignoredFields;
        AttributeSet attributes(m_context); // the block attributes, collected on the way (nothing is reported yet)
        size_t fieldNumber = 0;
        for (const psl::BlockItem &item : block.items) {
            const psl::Field *field = std::get_if<psl::Field>(&item);
            if (!field) {
                if (const psl::BlockAttribute *attribute = std::get_if<psl::BlockAttribute>(&item))
                    attributes.add(&attribute->attribute);
                continue;
            }
            const ResolvedType &type = facts[fieldNumber++].type;
            if (type.kind == ResolvedType::Kind::Model)
                visitRelationField(*field);
            else if (type.isScalarLike() && visitScalarField(*field, type))
                ignoredFields.append(field);
        }

        if (const Attribute *ignore = attributes.single(AttributeName::Ignore)) {
            if (auto args = arguments(*ignore)) {
                for (const psl::Field *field : ignoredFields) {
                    m_context.error("P1012-ignore-redundant", field->span(),
                                    attributeErrorMessage(QStringLiteral("@ignore"),
                                                          tr("Fields on an already ignored Model do not need an `@ignore` "
                                                             "annotation.")));
                }
                args->finish();
            }
        }
        if (const Attribute *id = attributes.single(AttributeName::Id)) {
            if (auto args = arguments(*id)) {
                // Prisma stops reading @@id when its fields do not resolve; the other arguments are then unknown.
                const Expression *fields = args->defaultArgument(u"fields");
                if (fields && resolvesToScalarFields(block, *fields))
                    args->takeArguments({u"map", u"name", u"clustered"});
                args->finish();
            }
        }
        if (const Attribute *map = attributes.single(AttributeName::Map)) {
            if (auto args = arguments(*map)) {
                visitMap(*args);
                args->finish();
            }
        }
        if (const Attribute *schema = attributes.single(AttributeName::Schema)) {
            if (auto args = arguments(*schema)) {
                args->coerceString(args->defaultArgument(u"map"));
                args->finish();
            }
        }
        for (const Attribute *index : attributes.repeated(AttributeName::Index)) {
            if (auto args = arguments(*index)) {
                args->defaultArgument(u"fields");
                args->takeArguments({u"name", u"map", u"type", u"clustered", u"where"});
                args->finish();
            }
        }
        for (const Attribute *unique : attributes.repeated(AttributeName::Unique)) {
            if (auto args = arguments(*unique)) {
                args->defaultArgument(u"fields");
                args->takeArguments({u"name", u"map", u"clustered", u"where"});
                args->finish();
            }
        }
        for (const Attribute *fulltext : attributes.repeated(AttributeName::Fulltext)) {
            if (auto args = arguments(*fulltext)) {
                args->defaultArgument(u"fields");
                args->takeArguments({u"map"});
                args->finish();
            }
        }
        if (const Attribute *shardKey = attributes.single(AttributeName::ShardKey)) {
            if (auto args = arguments(*shardKey)) {
                if (args->defaultArgument(u"fields"))
                    args->finish();
                else
                    args->discard();
            }
        }
        attributes.finish();
    }

    /// Whether `[a, b(sort: Desc)]` names distinct scalar fields of the model.
    bool resolvesToScalarFields(const Block &block, const Expression &fields) const
    {
        // `fields: a` is read as `fields: [a]`. Such lists are short: linear searches beat building tables.
        const std::span<const Expression> items = fields.isArray() ? std::span<const Expression>(fields.items)
                                                                   : std::span<const Expression>(&fields, 1);
        auto firstFieldNamed = [&](const QString &name) -> const psl::Field * {
            for (const psl::BlockItem &item : block.items) {
                const psl::Field *field = std::get_if<psl::Field>(&item);
                if (field && field->name.name == name)
                    return field;
            }
            return nullptr;
        };
        for (size_t i = 0; i < items.size(); ++i) {
            const Expression &item = items[i];
            if (!item.isConstant() && !item.isFunction())
                return false;
            const psl::Field *field = firstFieldNamed(item.text);
            if (!field || !m_tops.resolve(*field).isScalarLike())
                return false;
            const auto earlier = items.subspan(0, i);
            if (std::any_of(earlier.begin(), earlier.end(), [&](const Expression &seen) { return seen.text == item.text; }))
                return false;
        }
        return true;
    }

    /// Returns whether the field is @ignore'd.
    bool visitScalarField(const psl::Field &field, const ResolvedType &type)
    {
        if (field.attributes.empty())
            return false; // nothing to check (and most fields have no attribute)
        bool ignored = false;
        AttributeSet attributes(m_context, field.attributes);
        if (const Attribute *map = attributes.single(AttributeName::Map)) {
            if (auto args = arguments(*map)) {
                visitMap(*args);
                args->finish();
            }
        }
        if (const Attribute *ignore = attributes.single(AttributeName::Ignore)) {
            if (auto args = arguments(*ignore)) {
                if (type.kind == ResolvedType::Kind::Unsupported) {
                    args->attributeError(tr("Fields of type `Unsupported` cannot take an `@ignore` attribute. They are "
                                            "already treated as ignored by the client due to their type."));
                } else {
                    ignored = true;
                }
                args->finish();
            }
        }
        if (const Attribute *relation = attributes.single(AttributeName::Relation)) {
            // "Invalid field type, not a relation." is reported by the relation rules; none of its arguments
            // means anything here.
            if (auto args = arguments(*relation))
                args->finish();
        }
        if (const Attribute *id = attributes.single(AttributeName::Id)) {
            if (auto args = arguments(*id)) {
                // After the first @id of a model Prisma reads no argument of another ("At most one field ...").
                if (!m_modelHasFieldId)
                    args->takeArguments({u"map", u"length", u"sort", u"clustered"});
                m_modelHasFieldId = true;
                args->finish();
            }
        }
        if (const Attribute *updatedAt = attributes.single(AttributeName::UpdatedAt)) {
            if (auto args = arguments(*updatedAt)) {
                if (type.kind != ResolvedType::Kind::Scalar || type.scalar != ScalarType::DateTime)
                    args->attributeError(tr("Fields that are marked with @updatedAt must be of type DateTime."));
                if (field.type && field.type->isList())
                    args->attributeError(tr("Fields that are marked with @updatedAt cannot be lists."));
                args->finish();
            }
        }
        if (const Attribute *defaultAttribute = attributes.single(AttributeName::Default)) {
            if (auto args = arguments(*defaultAttribute)) {
                if (const Expression *value = args->defaultArgument(u"value")) {
                    bool named = false;
                    if (const Expression *map = args->optionalArgument(u"map")) {
                        if (const auto name = args->coerceString(map)) {
                            if (name->isEmpty())
                                args->attributeError(tr("The `map` argument cannot be an empty string."));
                            else
                                named = true;
                        }
                    }
                    if (type.kind == ResolvedType::Kind::Composite)
                        compositeDefaultError(field, type, *defaultAttribute);
                    else
                        DefaultChecker(*args).checkModelField(*value, type, field.type && field.type->isList(), named);
                }
                args->finish();
            }
        }
        if (type.kind == ResolvedType::Kind::Scalar)
            attributes.datasourceScoped(); // checked in the pipeline
        if (const Attribute *unique = attributes.single(AttributeName::Unique)) {
            if (auto args = arguments(*unique)) {
                args->takeArguments({u"map", u"length", u"sort", u"clustered"});
                args->finish();
            }
        }
        if (const Attribute *shardKey = attributes.single(AttributeName::ShardKey)) {
            if (auto args = arguments(*shardKey))
                args->finish();
        }
        attributes.finish();
        return ignored;
    }

    void visitRelationField(const psl::Field &field)
    {
        if (field.attributes.empty())
            return;
        AttributeSet attributes(m_context, field.attributes);
        if (const Attribute *relation = attributes.single(AttributeName::Relation)) {
            if (auto args = arguments(*relation)) {
                args->takeArguments({u"fields", u"references"});
                args->defaultArgument(u"name", false);
                args->takeArguments({u"onDelete", u"onUpdate", u"map"});
                args->finish();
            }
        }
        // @id: "is a relation field and cannot be marked with `@id`" is reported by the model rules.
        attributes.single(AttributeName::Id);
        if (const Attribute *ignore = attributes.single(AttributeName::Ignore)) {
            if (auto args = arguments(*ignore))
                args->finish();
        }
        if (const Attribute *defaultAttribute = attributes.single(AttributeName::Default)) {
            if (auto args = arguments(*defaultAttribute))
                args->attributeError(tr("Cannot set a default value on a relation field."));
        }
        if (const Attribute *map = attributes.single(AttributeName::Map)) {
            if (auto args = arguments(*map)) {
                args->attributeError(tr("The attribute `@map` cannot be used on relation fields."));
                args->defaultArgument(u"name");
            }
        }
        // @unique: "is a relation field and cannot be marked with `unique`" is reported by the model rules.
        attributes.single(AttributeName::Unique);
        attributes.finish();
    }

    void visitEnum(const Block &block)
    {
        for (const psl::EnumValue *value : block.enumValues()) {
            AttributeSet attributes(m_context, value->attributes);
            if (const Attribute *map = attributes.single(AttributeName::Map)) {
                if (auto args = arguments(*map)) {
                    visitMap(*args);
                    args->finish();
                }
            }
            attributes.finish();
        }
        AttributeSet attributes = blockAttributes(block);
        if (const Attribute *map = attributes.single(AttributeName::Map)) {
            if (auto args = arguments(*map)) {
                visitMap(*args);
                args->finish();
            }
        }
        if (const Attribute *schema = attributes.single(AttributeName::Schema)) {
            if (auto args = arguments(*schema)) {
                args->coerceString(args->defaultArgument(u"map"));
                args->finish();
            }
        }
        attributes.finish();
    }

    void visitCompositeType(const Block &block, std::span<const FieldFacts> facts)
    {
        // @map: the column names of a composite type must differ too (Prisma checks while reading in order).
        QHash<QString, int> fieldsByName;
        QHash<QString, int> mappedNames;
        std::vector<std::optional<QString>> visitedMappedNames;
        std::vector<const psl::Field *> fields;
        for (const psl::BlockItem &item : block.items) {
            if (const psl::Field *field = std::get_if<psl::Field>(&item)) {
                fieldsByName.insert(field->name.name, int(fields.size())); // the last of a name, as in Prisma
                fields.push_back(field);
            }
        }
        visitedMappedNames.resize(fields.size());
        for (int i = 0; i < int(fields.size()); ++i) {
            const psl::Field *field = fields[size_t(i)];
            for (const Attribute &attribute : field->attributes) {
                const QString &name = attribute.name.name;
                if (name == u"unique" || name == u"id" || name == u"relation") {
                    m_context.error("P1012-composite-attribute", field->span(),
                                    tr("Error validating: Defining `@%1` attribute for a field in a composite type is not "
                                       "allowed.")
                                        .arg(name));
                }
            }
            const ResolvedType &type = facts[size_t(i)].type;
            if (!type.isScalarLike())
                continue; // unknown types and relations are reported elsewhere
            AttributeSet attributes(m_context, field->attributes);
            if (type.kind == ResolvedType::Kind::Scalar)
                attributes.datasourceScoped();
            if (const Attribute *map = attributes.single(AttributeName::Map)) {
                if (auto args = arguments(*map)) {
                    if (const auto mapped = visitMap(*args)) {
                        visitedMappedNames[size_t(i)] = mapped;
                        if (mappedNames.contains(*mapped)) {
                            m_context.error("P1012-duplicate-field", field->span(),
                                            tr("Field \"%1\" is already defined on composite type \"%2\".")
                                                .arg(*mapped, block.name.name));
                        }
                        mappedNames.insert(*mapped, i);
                        const auto other = fieldsByName.constFind(*mapped);
                        if (other != fieldsByName.constEnd() && !visitedMappedNames[size_t(other.value())]) {
                            m_context.error("P1012-duplicate-field", field->span(),
                                            tr("Field \"%1\" is already defined on composite type \"%2\".")
                                                .arg(field->name.name, block.name.name));
                        }
                    }
                    args->finish();
                }
            }
            if (const Attribute *defaultAttribute = attributes.single(AttributeName::Default)) {
                if (auto args = arguments(*defaultAttribute)) {
                    if (const Expression *value = args->defaultArgument(u"value")) {
                        if (args->optionalArgument(u"map"))
                            args->attributeError(tr("The `map` argument is not allowed on a composite type field."));
                        if (type.kind == ResolvedType::Kind::Composite)
                            compositeDefaultError(*field, type, *defaultAttribute);
                        else
                            DefaultChecker(*args).checkCompositeField(*value, type, field->type && field->type->isList());
                    }
                    args->finish();
                }
            }
            attributes.finish();
        }
        // Prisma reads no block attribute in a composite type; it says why for each.
        for (const psl::BlockItem &item : block.items) {
            const psl::BlockAttribute *attribute = std::get_if<psl::BlockAttribute>(&item);
            if (!attribute)
                continue;
            const QString &name = attribute->attribute.name.name;
            QString message;
            if (name == u"id")
                message = tr("A composite type cannot define an id.");
            else if (name == u"index")
                message = tr("An index should be defined in the model containing the embed.");
            else if (name == u"unique")
                message = tr("A unique constraint should be defined in the model containing the embed.");
            else if (name == u"fulltext")
                message = tr("A fulltext index should be defined in the model containing the embed.");
            else if (name == u"map")
                message = tr("The name of a composite type is not persisted in the database, therefore it does not need a "
                             "mapped database name.");
            else
                message = tr("A composite type cannot have block-level attributes.");
            m_context.error("P1012-composite-block-attribute", attribute->attribute.span(),
                            tr("Error validating: %1").arg(message));
        }
    }

    /// `@default` on a field whose type is a composite type.
    void compositeDefaultError(const psl::Field &field, const ResolvedType &type, const Attribute &attribute) const
    {
        m_context.error("P1012-default-composite", attribute.span(),
                        tr("Error validating field `%1` in composite type `%2`: Defaults on fields of type composite are "
                           "not supported. Please remove the `@default` attribute.")
                            .arg(field.name.name, type.target->name.name));
    }

    const Context &m_context;
    const TopIndex &m_tops;
    bool m_modelHasFieldId = false;
};

} // namespace

void checkAttributes(const Context &context)
{
    checkAttributes(context, wholeSchema(context));
}

void checkAttributes(const Context &context, const BlockSlice &slice)
{
    AttributeVisitor(context).run(slice);
}

// ---------------------------------------------------------------------------------------------------------------
// Phase 2 (Prisma's validation pipeline): native types, default values, autoincrement, shard keys.
// ---------------------------------------------------------------------------------------------------------------

namespace {

enum class NativeArguments { None, Number, NumberPair, NumberOrMax };

struct NativeTypeDefinition {
    const char *name;
    int required;   ///< number of required arguments
    int optional;   ///< number of optional arguments
    NativeArguments arguments;
    std::vector<ScalarType> types;
};

using S = ScalarType;
using A = NativeArguments;

const std::vector<NativeTypeDefinition> &nativeTypes(Provider provider)
{
    static const std::vector<NativeTypeDefinition> postgres{
        {"SmallInt", 0, 0, A::None, {S::Int}},
        {"Integer", 0, 0, A::None, {S::Int}},
        {"BigInt", 0, 0, A::None, {S::BigInt}},
        {"Decimal", 0, 2, A::NumberPair, {S::Decimal}},
        {"Money", 0, 0, A::None, {S::Decimal}},
        {"Inet", 0, 0, A::None, {S::String}},
        {"Oid", 0, 0, A::None, {S::Int}},
        {"Citext", 0, 0, A::None, {S::String}},
        {"Real", 0, 0, A::None, {S::Float}},
        {"DoublePrecision", 0, 0, A::None, {S::Float}},
        {"VarChar", 0, 1, A::Number, {S::String}},
        {"Char", 0, 1, A::Number, {S::String}},
        {"Text", 0, 0, A::None, {S::String}},
        {"ByteA", 0, 0, A::None, {S::Bytes}},
        {"Timestamp", 0, 1, A::Number, {S::DateTime}},
        {"Timestamptz", 0, 1, A::Number, {S::DateTime}},
        {"Date", 0, 0, A::None, {S::DateTime}},
        {"Time", 0, 1, A::Number, {S::DateTime}},
        {"Timetz", 0, 1, A::Number, {S::DateTime}},
        {"Boolean", 0, 0, A::None, {S::Boolean}},
        {"Bit", 0, 1, A::Number, {S::String}},
        {"VarBit", 0, 1, A::Number, {S::String}},
        {"Uuid", 0, 0, A::None, {S::String}},
        {"Xml", 0, 0, A::None, {S::String}},
        {"Json", 0, 0, A::None, {S::Json}},
        {"JsonB", 0, 0, A::None, {S::Json}},
    };
    static const std::vector<NativeTypeDefinition> mysql{
        {"Int", 0, 0, A::None, {S::Int}},
        {"UnsignedInt", 0, 0, A::None, {S::Int}},
        {"SmallInt", 0, 0, A::None, {S::Int}},
        {"UnsignedSmallInt", 0, 0, A::None, {S::Int}},
        {"TinyInt", 0, 0, A::None, {S::Boolean, S::Int}},
        {"UnsignedTinyInt", 0, 0, A::None, {S::Boolean, S::Int}},
        {"MediumInt", 0, 0, A::None, {S::Int}},
        {"UnsignedMediumInt", 0, 0, A::None, {S::Int}},
        {"BigInt", 0, 0, A::None, {S::BigInt}},
        {"Decimal", 0, 2, A::NumberPair, {S::Decimal}},
        {"UnsignedBigInt", 0, 0, A::None, {S::BigInt}},
        {"Float", 0, 0, A::None, {S::Float}},
        {"Double", 0, 0, A::None, {S::Float}},
        {"Bit", 1, 0, A::Number, {S::Boolean, S::Bytes}},
        {"Char", 1, 0, A::Number, {S::String}},
        {"VarChar", 1, 0, A::Number, {S::String}},
        {"Binary", 1, 0, A::Number, {S::Bytes}},
        {"VarBinary", 1, 0, A::Number, {S::Bytes}},
        {"TinyBlob", 0, 0, A::None, {S::Bytes}},
        {"Blob", 0, 0, A::None, {S::Bytes}},
        {"MediumBlob", 0, 0, A::None, {S::Bytes}},
        {"LongBlob", 0, 0, A::None, {S::Bytes}},
        {"TinyText", 0, 0, A::None, {S::String}},
        {"Text", 0, 0, A::None, {S::String}},
        {"MediumText", 0, 0, A::None, {S::String}},
        {"LongText", 0, 0, A::None, {S::String}},
        {"Date", 0, 0, A::None, {S::DateTime}},
        {"Time", 0, 1, A::Number, {S::DateTime}},
        {"DateTime", 0, 1, A::Number, {S::DateTime}},
        {"Timestamp", 0, 1, A::Number, {S::DateTime}},
        {"Year", 0, 0, A::None, {S::Int}},
        {"Json", 0, 0, A::None, {S::Json}},
    };
    static const std::vector<NativeTypeDefinition> sqlserver{
        {"TinyInt", 0, 0, A::None, {S::Int}},
        {"SmallInt", 0, 0, A::None, {S::Int}},
        {"Int", 0, 0, A::None, {S::Int}},
        {"BigInt", 0, 0, A::None, {S::BigInt}},
        {"Decimal", 0, 2, A::NumberPair, {S::Decimal}},
        {"Money", 0, 0, A::None, {S::Float}},
        {"SmallMoney", 0, 0, A::None, {S::Float}},
        {"Bit", 0, 0, A::None, {S::Boolean, S::Int}},
        {"Float", 0, 1, A::Number, {S::Float}},
        {"Real", 0, 0, A::None, {S::Float}},
        {"Date", 0, 0, A::None, {S::DateTime}},
        {"Time", 0, 0, A::None, {S::DateTime}},
        {"DateTime", 0, 0, A::None, {S::DateTime}},
        {"DateTime2", 0, 0, A::None, {S::DateTime}},
        {"DateTimeOffset", 0, 0, A::None, {S::DateTime}},
        {"SmallDateTime", 0, 0, A::None, {S::DateTime}},
        {"Char", 0, 1, A::Number, {S::String}},
        {"NChar", 0, 1, A::Number, {S::String}},
        {"VarChar", 0, 1, A::NumberOrMax, {S::String}},
        {"Text", 0, 0, A::None, {S::String}},
        {"NVarChar", 0, 1, A::NumberOrMax, {S::String}},
        {"NText", 0, 0, A::None, {S::String}},
        {"Binary", 0, 1, A::Number, {S::Bytes}},
        {"VarBinary", 0, 1, A::NumberOrMax, {S::Bytes}},
        {"Image", 0, 0, A::None, {S::Bytes}},
        {"Xml", 0, 0, A::None, {S::String}},
        {"UniqueIdentifier", 0, 0, A::None, {S::String}},
    };
    static const std::vector<NativeTypeDefinition> cockroach{
        {"Bit", 0, 1, A::Number, {S::String}},
        {"Bool", 0, 0, A::None, {S::Boolean}},
        {"Bytes", 0, 0, A::None, {S::Bytes}},
        {"Char", 0, 1, A::Number, {S::String}},
        {"Date", 0, 0, A::None, {S::DateTime}},
        {"Decimal", 0, 2, A::NumberPair, {S::Decimal}},
        {"Float4", 0, 0, A::None, {S::Float}},
        {"Float8", 0, 0, A::None, {S::Float}},
        {"Inet", 0, 0, A::None, {S::String}},
        {"Int2", 0, 0, A::None, {S::Int}},
        {"Int4", 0, 0, A::None, {S::Int}},
        {"Int8", 0, 0, A::None, {S::BigInt}},
        {"JsonB", 0, 0, A::None, {S::Json}},
        {"Oid", 0, 0, A::None, {S::Int}},
        {"CatalogSingleChar", 0, 0, A::None, {S::String}},
        {"String", 0, 1, A::Number, {S::String}},
        {"Time", 0, 1, A::Number, {S::DateTime}},
        {"Timestamp", 0, 1, A::Number, {S::DateTime}},
        {"Timestamptz", 0, 1, A::Number, {S::DateTime}},
        {"Timetz", 0, 1, A::Number, {S::DateTime}},
        {"Uuid", 0, 0, A::None, {S::String}},
        {"VarBit", 0, 1, A::Number, {S::String}},
    };
    static const std::vector<NativeTypeDefinition> mongodb{
        {"String", 0, 0, A::None, {S::String}},
        {"Double", 0, 0, A::None, {S::Float}},
        {"BinData", 0, 0, A::None, {S::Bytes}},
        {"ObjectId", 0, 0, A::None, {S::String, S::Bytes}},
        {"Bool", 0, 0, A::None, {S::Boolean}},
        {"Date", 0, 0, A::None, {S::DateTime}},
        {"Int", 0, 0, A::None, {S::Int}},
        {"Timestamp", 0, 0, A::None, {S::DateTime}},
        {"Long", 0, 0, A::None, {S::Int, S::BigInt}},
        {"Json", 0, 0, A::None, {S::Json}},
    };
    static const std::vector<NativeTypeDefinition> none;
    switch (provider) {
    case Provider::PostgreSql: return postgres;
    case Provider::MySql: return mysql;
    case Provider::SqlServer: return sqlserver;
    case Provider::CockroachDb: return cockroach;
    case Provider::MongoDb: return mongodb;
    case Provider::Sqlite:
    case Provider::Unknown: break;
    }
    return none;
}

const NativeTypeDefinition *findNativeType(Provider provider, QStringView name)
{
    // One table per provider, built on first use: a native type is looked up for every `@db.X` attribute.
    struct Table {
        std::vector<QString> names; ///< the texts the keys of byName view
        QHash<QStringView, const NativeTypeDefinition *> byName;
        const NativeTypeDefinition *value(QStringView name) const { return byName.value(name); }
    };
    auto tableOf = [](Provider p) {
        Table table;
        for (const NativeTypeDefinition &definition : nativeTypes(p)) {
            table.names.push_back(QString::fromLatin1(definition.name));
            table.byName.insert(table.names.back(), &definition);
        }
        return table;
    };
    static const Table postgres = tableOf(Provider::PostgreSql);
    static const Table mysql = tableOf(Provider::MySql);
    static const Table sqlserver = tableOf(Provider::SqlServer);
    static const Table cockroach = tableOf(Provider::CockroachDb);
    static const Table mongodb = tableOf(Provider::MongoDb);
    const Table *table = nullptr;
    switch (provider) {
    case Provider::PostgreSql: table = &postgres; break;
    case Provider::MySql: table = &mysql; break;
    case Provider::SqlServer: table = &sqlserver; break;
    case Provider::CockroachDb: table = &cockroach; break;
    case Provider::MongoDb: table = &mongodb; break;
    case Provider::Sqlite:
    case Provider::Unknown: break;
    }
    return table ? table->value(name) : nullptr;
}

/// Rust's `u32::from_str`.
std::optional<quint32> parseU32(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    int start = text.startsWith(u'+') ? 1 : 0;
    if (start == text.size())
        return std::nullopt;
    quint64 value = 0;
    for (int i = start; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + quint64(c.unicode() - u'0');
        if (value > std::numeric_limits<quint32>::max())
            return std::nullopt;
    }
    return quint32(value);
}

struct NativeTypeCheck {
    const Context &context;
    Provider provider;
    const ConnectorInfo &connector;

    /// Validates `@prefix.Name(args)` on a field of type `scalar`.
    void check(const Attribute &attribute, ScalarType scalar) const
    {
        const QString &fullName = attribute.name.name;
        const qsizetype dot = fullName.indexOf(u'.');
        const QStringView prefix = QStringView(fullName).left(dot);
        const QStringView name = QStringView(fullName).mid(dot + 1);
        const psl::Span &span = attribute.span();
        if (context.schema.datasource && context.schema.datasource->name != prefix) {
            context.error("P1012-native-type-prefix", span,
                          tr("The prefix %1 is invalid. It must be equal to the name of an existing datasource e.g. %2. "
                             "Did you mean to use %2.%3?")
                              .arg(prefix, context.schema.datasource->name, name));
        }
        const NativeTypeDefinition *definition = findNativeType(provider, name);
        if (!definition) {
            context.error("P1012-native-type-unknown", span,
                          tr("Native type %1 is not supported for %2 connector.").arg(name, connector.providerName));
            return;
        }
        const int count = int(attribute.arguments.size());
        auto argumentText = [&](int i) {
            const psl::Argument &argument = attribute.arguments[size_t(i)];
            return argument.value ? displayExpression(*argument.value) : QString();
        };
        if (count < definition->required || (count > definition->required && definition->optional == 0)) {
            context.error("P1012-native-type-arguments", span,
                          tr("Function \"%1\" takes %2 arguments, but received %3.")
                              .arg(name, QString::number(definition->required), QString::number(count)));
            return;
        }
        if (count > definition->required + definition->optional && definition->optional > 0) {
            context.error("P1012-native-type-arguments", span,
                          tr("Native type %1 takes %2 optional arguments, but received %3.")
                              .arg(name, QString::number(definition->optional), QString::number(count)));
            return;
        }
        if (std::find(definition->types.begin(), definition->types.end(), scalar) == definition->types.end()) {
            QStringList expected;
            for (ScalarType type : definition->types)
                expected << scalarTypeName(type);
            context.error("P1012-native-type-incompatible", span,
                          tr("Native type %1 is not compatible with declared field type %2, expected field type %3.")
                              .arg(name, scalarTypeName(scalar), expected.join(QStringLiteral(" or "))));
            return;
        }
        // Parse the arguments.
        QVarLengthArray<quint32, 2> numbers;
        bool max = false;
        if (count > 0) {
            bool ok = true;
            switch (definition->arguments) {
            case A::None:
                break;
            case A::Number:
                if (const auto number = count == 1 ? parseU32(argumentText(0)) : std::nullopt)
                    numbers.append(*number);
                else
                    ok = false;
                break;
            case A::NumberPair: {
                const auto first = count == 2 ? parseU32(argumentText(0)) : std::nullopt;
                const auto second = count == 2 ? parseU32(argumentText(1)) : std::nullopt;
                if (first && second) {
                    numbers.append(*first);
                    numbers.append(*second);
                } else {
                    ok = false;
                }
                break;
            }
            case A::NumberOrMax: {
                const QString text = count == 1 ? argumentText(0) : QString();
                const auto number = count == 1 ? parseU32(text) : std::nullopt;
                if (count == 1 && text.compare(u"max", Qt::CaseInsensitive) == 0)
                    max = true;
                else if (number && *number <= 65535)
                    numbers.append(*number);
                else
                    ok = false;
                break;
            }
            }
            if (!ok) {
                const QString description = definition->arguments == A::Number ? tr("a nonnegative integer")
                    : definition->arguments == A::NumberPair                   ? tr("two nonnegative integers")
                                                                               : tr("an integer or `Max`");
                QStringList arguments;
                for (int i = 0; i < count; ++i)
                    arguments << argumentText(i);
                context.error("P1012-native-type-argument", span,
                              tr("Expected %1, but found (%2).").arg(description, arguments.join(QStringLiteral(", "))));
                return;
            }
        }
        checkRanges(name, numbers, max, scalar, span);
    }

    void checkRanges(QStringView name, const QVarLengthArray<quint32, 2> &n, bool max, ScalarType scalar,
                     const psl::Span &span) const
    {
        // `Name(1,2)`, as Prisma prints the native type in these messages.
        auto rendered = [&] {
            QStringList parts;
            if (max)
                parts << QStringLiteral("Max");
            for (quint32 value : n)
                parts << QString::number(value);
            return parts.isEmpty() ? name.toString() : name.toString() + u'(' + parts.join(u',') + u')';
        };
        auto outOfRange = [&](const QString &message) {
            context.error("P1012-native-type-range", span,
                          tr("Argument M is out of range for native type `%1` of %2: %3").arg(rendered(), connector.displayName, message));
        };
        auto scaleTooLarge = [&] {
            context.error("P1012-native-type-range", span,
                          tr("The scale must not be larger than the precision for the %1 native type in %2.")
                              .arg(rendered(), connector.displayName));
        };
        const bool decimal = name == u"Decimal" && n.size() == 2;
        switch (provider) {
        case Provider::PostgreSql:
        case Provider::CockroachDb:
            if (decimal && n[1] > n[0])
                scaleTooLarge();
            else if (decimal && (n[0] > 1000 || n[0] == 0))
                outOfRange(tr("Precision must be positive with a maximum value of 1000."));
            else if ((name == u"Bit" || name == u"VarBit") && n.size() == 1 && n[0] == 0)
                outOfRange(tr("M must be a positive integer."));
            else if ((name == u"Timestamp" || name == u"Timestamptz" || name == u"Time" || name == u"Timetz") && n.size() == 1
                     && n[0] > 6)
                outOfRange(tr("M can range from 0 to 6."));
            break;
        case Provider::MySql:
            if (decimal && n[1] > n[0])
                scaleTooLarge();
            else if (decimal && n[0] > 65)
                outOfRange(tr("Precision can range from 1 to 65."));
            else if (decimal && n[1] > 30)
                outOfRange(tr("Scale can range from 0 to 30."));
            else if (name == u"Bit" && n.size() == 1 && (n[0] == 0 || n[0] > 64))
                outOfRange(tr("M can range from 1 to 64."));
            else if (name == u"Char" && n.size() == 1 && n[0] > 255)
                outOfRange(tr("M can range from 0 to 255."));
            else if (name == u"VarChar" && n.size() == 1 && n[0] > 65535)
                outOfRange(tr("M can range from 0 to 65,535."));
            else if (name == u"Bit" && n.size() == 1 && n[0] > 1 && scalar == ScalarType::Boolean)
                outOfRange(tr("only Bit(1) can be used as Boolean."));
            break;
        case Provider::SqlServer:
            if (decimal && n[1] > n[0])
                scaleTooLarge();
            else if (decimal && (n[0] == 0 || n[0] > 38))
                outOfRange(tr("Precision can range from 1 to 38."));
            else if (decimal && n[1] > 38)
                outOfRange(tr("Scale can range from 0 to 38."));
            else if (name == u"Float" && n.size() == 1 && (n[0] == 0 || n[0] > 53))
                outOfRange(tr("Bits can range from 1 to 53."));
            else if (name == u"NVarChar" && n.size() == 1 && n[0] > 4000)
                outOfRange(tr("Length can range from 1 to 4000. For larger sizes, use the `Max` variant."));
            else if ((name == u"VarChar" || name == u"VarBinary") && n.size() == 1 && n[0] > 8000)
                outOfRange(tr("Length can range from 1 to 8000. For larger sizes, use the `Max` variant."));
            else if (name == u"NChar" && n.size() == 1 && n[0] > 4000)
                outOfRange(tr("Length can range from 1 to 4000."));
            else if ((name == u"Char" || name == u"Binary") && n.size() == 1 && n[0] > 8000)
                outOfRange(tr("Length can range from 1 to 8000."));
            break;
        default:
            break;
        }
    }
};

// --- Default values: Prisma parses them with Rust libraries; their error texts are reproduced here. ---

/// serde_json's verdict on a JSON text: empty when valid, else its error ("expected value at line 1 column 1").
class JsonChecker {
public:
    explicit JsonChecker(const QString &text)
        : m_text(text)
    {
    }

    QString error()
    {
        skipWhitespace();
        if (!value())
            return m_error;
        skipWhitespace();
        if (m_pos < m_text.size())
            return failText(QStringLiteral("trailing characters"), true);
        return {};
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar peek() const { return m_text.at(m_pos); }
    void advance()
    {
        if (peek() == u'\n') {
            ++m_line;
            m_column = 0;
        } else {
            ++m_column;
        }
        ++m_pos;
    }
    void skipWhitespace()
    {
        while (!atEnd() && (peek() == u' ' || peek() == u'\n' || peek() == u'\t' || peek() == u'\r'))
            advance();
    }
    /// serde_json counts the column of the offending character (1-based), or of the last character read at EOF.
    bool fail(const QString &what, bool atCurrent)
    {
        const int column = atCurrent && !atEnd() ? m_column + 1 : m_column;
        m_error = QStringLiteral("%1 at line %2 column %3").arg(what).arg(m_line).arg(column);
        return false;
    }
    QString failText(const QString &what, bool atCurrent)
    {
        fail(what, atCurrent);
        return m_error;
    }

    bool value()
    {
        if (atEnd())
            return fail(QStringLiteral("EOF while parsing a value"), false);
        const QChar c = peek();
        if (c == u'{')
            return object();
        if (c == u'[')
            return array();
        if (c == u'"')
            return string();
        if (c == u'-' || c.isDigit())
            return number();
        if (c == u't')
            return ident(QStringLiteral("true"));
        if (c == u'f')
            return ident(QStringLiteral("false"));
        if (c == u'n')
            return ident(QStringLiteral("null"));
        return fail(QStringLiteral("expected value"), true);
    }

    bool ident(const QString &word)
    {
        advance();
        for (int i = 1; i < word.size(); ++i) {
            if (atEnd())
                return fail(QStringLiteral("EOF while parsing a value"), false);
            if (peek() != word.at(i)) {
                advance();
                return fail(QStringLiteral("expected ident"), false);
            }
            advance();
        }
        return true;
    }

    bool number()
    {
        if (peek() == u'-')
            advance();
        if (atEnd())
            return fail(QStringLiteral("EOF while parsing a value"), false);
        if (!peek().isDigit()) {
            advance();
            return fail(QStringLiteral("invalid number"), false);
        }
        if (peek() == u'0') {
            advance();
            if (!atEnd() && peek().isDigit())
                return fail(QStringLiteral("invalid number"), true);
        } else {
            while (!atEnd() && peek().isDigit())
                advance();
        }
        if (!atEnd() && peek() == u'.') {
            advance();
            if (atEnd())
                return fail(QStringLiteral("EOF while parsing a value"), false);
            if (!peek().isDigit()) {
                advance();
                return fail(QStringLiteral("invalid number"), false);
            }
            while (!atEnd() && peek().isDigit())
                advance();
        }
        if (!atEnd() && (peek() == u'e' || peek() == u'E')) {
            advance();
            if (!atEnd() && (peek() == u'+' || peek() == u'-'))
                advance();
            if (atEnd())
                return fail(QStringLiteral("EOF while parsing a value"), false);
            if (!peek().isDigit()) {
                advance();
                return fail(QStringLiteral("invalid number"), false);
            }
            while (!atEnd() && peek().isDigit())
                advance();
        }
        return true;
    }

    bool string()
    {
        advance(); // "
        while (true) {
            if (atEnd())
                return fail(QStringLiteral("EOF while parsing a string"), false);
            const QChar c = peek();
            if (c == u'"') {
                advance();
                return true;
            }
            if (c.unicode() < 0x20) {
                advance();
                return fail(QStringLiteral("control character (\\u0000-\\u001F) found while parsing a string"), false);
            }
            if (c == u'\\') {
                advance();
                if (atEnd())
                    return fail(QStringLiteral("EOF while parsing a string"), false);
                const QChar e = peek();
                advance();
                if (e == u'u') {
                    for (int i = 0; i < 4; ++i) {
                        if (atEnd())
                            return fail(QStringLiteral("EOF while parsing a string"), false);
                        if (!isxdigit(peek().toLatin1())) {
                            advance();
                            return fail(QStringLiteral("invalid escape"), false);
                        }
                        advance();
                    }
                } else if (!QStringLiteral("\"\\/bfnrt").contains(e)) {
                    return fail(QStringLiteral("invalid escape"), false);
                }
                continue;
            }
            advance();
        }
    }

    bool array()
    {
        advance(); // [
        skipWhitespace();
        if (atEnd())
            return fail(QStringLiteral("EOF while parsing a list"), false);
        if (peek() == u']') {
            advance();
            return true;
        }
        while (true) {
            if (!value())
                return false;
            skipWhitespace();
            if (atEnd())
                return fail(QStringLiteral("EOF while parsing a list"), false);
            if (peek() == u']') {
                advance();
                return true;
            }
            if (peek() != u',')
                return fail(QStringLiteral("expected `,` or `]`"), true);
            advance();
            skipWhitespace();
            if (!atEnd() && peek() == u']')
                return fail(QStringLiteral("trailing comma"), true);
        }
    }

    bool object()
    {
        advance(); // {
        skipWhitespace();
        if (atEnd())
            return fail(QStringLiteral("EOF while parsing an object"), false);
        if (peek() == u'}') {
            advance();
            return true;
        }
        while (true) {
            if (atEnd())
                return fail(QStringLiteral("EOF while parsing an object"), false);
            if (peek() != u'"')
                return fail(QStringLiteral("key must be a string"), true);
            if (!string())
                return false;
            skipWhitespace();
            if (atEnd())
                return fail(QStringLiteral("EOF while parsing an object"), false);
            if (peek() != u':')
                return fail(QStringLiteral("expected `:`"), true);
            advance();
            skipWhitespace();
            if (!value())
                return false;
            skipWhitespace();
            if (atEnd())
                return fail(QStringLiteral("EOF while parsing an object"), false);
            if (peek() == u'}') {
                advance();
                return true;
            }
            if (peek() != u',')
                return fail(QStringLiteral("expected `,` or `}`"), true);
            advance();
            skipWhitespace();
            if (!atEnd() && peek() == u'}')
                return fail(QStringLiteral("trailing comma"), true);
        }
    }

    const QString &m_text;
    int m_pos = 0;
    int m_line = 1;
    int m_column = 0;
    QString m_error;
};

/// chrono's `DateTime::parse_from_rfc3339` verdict: empty when valid, else chrono's error text.
QString rfc3339Error(const QString &text)
{
    const QString invalid = QStringLiteral("input contains invalid characters");
    const QString tooShort = QStringLiteral("premature end of input");
    const QString outOfRange = QStringLiteral("input is out of range");
    int pos = 0;
    auto digits = [&](int count, int &out) -> QString {
        out = 0;
        for (int i = 0; i < count; ++i) {
            if (pos >= text.size())
                return tooShort;
            const QChar c = text.at(pos);
            if (c < u'0' || c > u'9')
                return invalid;
            out = out * 10 + (c.unicode() - u'0');
            ++pos;
        }
        return {};
    };
    auto expect = [&](std::initializer_list<char16_t> allowed) -> QString {
        if (pos >= text.size())
            return tooShort;
        for (char16_t c : allowed) {
            if (text.at(pos) == QChar(c)) {
                ++pos;
                return {};
            }
        }
        return invalid;
    };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    QString e;
    if (!(e = digits(4, year)).isEmpty() || !(e = expect({u'-'})).isEmpty() || !(e = digits(2, month)).isEmpty()
        || !(e = expect({u'-'})).isEmpty() || !(e = digits(2, day)).isEmpty() || !(e = expect({u'T', u't', u' '})).isEmpty()
        || !(e = digits(2, hour)).isEmpty() || !(e = expect({u':'})).isEmpty() || !(e = digits(2, minute)).isEmpty()
        || !(e = expect({u':'})).isEmpty() || !(e = digits(2, second)).isEmpty())
        return e;
    if (pos < text.size() && text.at(pos) == u'.') {
        ++pos;
        const int start = pos;
        while (pos < text.size() && text.at(pos).isDigit())
            ++pos;
        if (pos == start)
            return pos >= text.size() ? tooShort : invalid;
    }
    if (pos >= text.size())
        return tooShort;
    const QChar zone = text.at(pos);
    if (zone == u'Z' || zone == u'z') {
        ++pos;
    } else if (zone == u'+' || zone == u'-') {
        ++pos;
        int offsetHours = 0, offsetMinutes = 0;
        if (!(e = digits(2, offsetHours)).isEmpty() || !(e = expect({u':'})).isEmpty() || !(e = digits(2, offsetMinutes)).isEmpty())
            return e;
        if (offsetHours > 23 || offsetMinutes > 59)
            return outOfRange;
    } else {
        return invalid;
    }
    if (pos < text.size())
        return QStringLiteral("trailing input");
    if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 60)
        return outOfRange;
    static const int daysInMonth[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int maxDay = month == 2 && leap ? 29 : daysInMonth[month - 1];
    if (day < 1 || day > maxDay)
        return outOfRange;
    return {};
}

/// Rust's `i64::from_str` verdict.
QString integerError(const QString &text)
{
    if (text.isEmpty())
        return QStringLiteral("cannot parse integer from empty string");
    int start = (text.startsWith(u'-') || text.startsWith(u'+')) ? 1 : 0;
    if (start == text.size())
        return QStringLiteral("invalid digit found in string");
    for (int i = start; i < text.size(); ++i) {
        if (!text.at(i).isDigit() || text.at(i).unicode() > 127)
            return QStringLiteral("invalid digit found in string");
    }
    bool ok = false;
    text.toLongLong(&ok);
    if (!ok)
        return text.startsWith(u'-') ? QStringLiteral("number too small to fit in target type")
                                     : QStringLiteral("number too large to fit in target type");
    return {};
}

/// Whether Prisma's base64 decoder (standard alphabet, padding required, canonical last symbol) accepts a text.
bool isValidBase64(const QString &text)
{
    auto value = [](QChar c) -> int {
        if (c >= u'A' && c <= u'Z')
            return c.unicode() - u'A';
        if (c >= u'a' && c <= u'z')
            return c.unicode() - u'a' + 26;
        if (c >= u'0' && c <= u'9')
            return c.unicode() - u'0' + 52;
        if (c == u'+')
            return 62;
        if (c == u'/')
            return 63;
        return -1;
    };
    if (text.size() % 4 != 0)
        return false;
    int padding = 0;
    while (padding < 2 && padding < text.size() && text.at(text.size() - 1 - padding) == u'=')
        ++padding;
    const int symbols = int(text.size()) - padding;
    for (int i = 0; i < symbols; ++i) {
        if (value(text.at(i)) < 0)
            return false;
    }
    // The bits after the last full byte must be zero.
    if (padding == 1 && (value(text.at(symbols - 1)) & 0x3) != 0)
        return false;
    if (padding == 2 && (value(text.at(symbols - 1)) & 0xF) != 0)
        return false;
    return true;
}

/// BigDecimal's verdict.
QString decimalError(const QString &text)
{
    if (text.isEmpty())
        return QStringLiteral("Failed to parse empty string");
    int i = 0;
    if (text.at(0) == u'-' || text.at(0) == u'+')
        ++i;
    bool digits = false;
    bool dot = false;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isDigit() && c.unicode() < 128) {
            digits = true;
        } else if (c == u'.' && !dot) {
            dot = true;
        } else if ((c == u'e' || c == u'E') && digits) {
            const QString exponent = text.mid(i + 1);
            if (!integerError(exponent).isEmpty())
                return QStringLiteral("invalid digit found in string");
            return {};
        } else {
            return QStringLiteral("invalid digit found in string");
        }
    }
    return digits ? QString() : QStringLiteral("invalid digit found in string");
}

class Pipeline {
public:
    explicit Pipeline(const Context &context)
        : m_context(context)
        , m_provider(context.provider())
        , m_connector(connectorInfo(m_provider))
        , m_tops(topIndex(context))
        , m_nativeTypes{context, m_provider, m_connector}
    {
    }

    void run(const BlockSlice &slice)
    {
        // The pipeline runs on schemas without errors, so without repeated names: the models and views of the
        // graph follow their blocks one to one.
        const SchemaIndex &index = modelLookups(m_context).index;
        const std::vector<ModelEntry> &models = index.models;
        size_t nextModel = size_t(index.firstModelOf(slice));
        for (size_t b = slice.first; b < slice.end; ++b) {
            const Block *block = m_tops.blocks()[b];
            if (!block->isModelLike())
                continue;
            const bool composite = block->kind == Block::Kind::CompositeType;
            if (!composite && nextModel < models.size() && models[nextModel].block == block)
                checkAutoincrement(models[nextModel++]);
            // The facts say which fields and block attributes have something to check: the block's items are
            // read only for those (a large schema's syntax tree is far larger than the cache).
            if (!composite && m_tops.blockAttributeNames(b).contains(AttributeName::ShardKey)) {
                for (const psl::BlockAttribute *attribute : block->blockAttributes()) {
                    if (attributeNameOf(attribute->attribute.name.name.view()) == AttributeName::ShardKey)
                        checkShardKey(attribute->attribute, QStringLiteral("@@shardKey"));
                }
            }
            for (const FieldFacts &fieldFacts : m_tops.fieldFacts(b)) {
                const ResolvedType &type = fieldFacts.type;
                // Most fields have nothing to check here: leave them without reading their attributes.
                if (!fieldFacts.attributes.containsAny({AttributeName::Default, AttributeName::ShardKey,
                                                        AttributeName::DatasourceScoped})
                    && type.kind != ResolvedType::Kind::Unsupported)
                    continue;
                const psl::Field *field = fieldFacts.node;
                const Attribute *defaultAttribute = nullptr;
                const Attribute *native = nullptr;
                for (const Attribute &attribute : field->attributes) {
                    switch (attributeNameOf(attribute.name.name.view())) {
                    case AttributeName::Default:
                        defaultAttribute = &attribute;
                        break;
                    case AttributeName::ShardKey:
                        if (!composite)
                            checkShardKey(attribute, QStringLiteral("@shardKey"));
                        break;
                    case AttributeName::DatasourceScoped:
                        native = &attribute;
                        break;
                    default:
                        break;
                    }
                }
                if (!defaultAttribute && !native && !(field->type && field->type->isUnsupported()))
                    continue;
                if (type.kind == ResolvedType::Kind::Scalar && native)
                    m_nativeTypes.check(*native, *type.scalar);
                if (composite)
                    continue;
                if (defaultAttribute && type.isScalarLike())
                    checkDefault(*defaultAttribute, type);
                if (type.kind == ResolvedType::Kind::Unsupported)
                    checkUnsupported(*field);
            }
        }
    }

private:
    static const Expression *defaultValueOf(const Attribute *attribute)
    {
        if (!attribute)
            return nullptr;
        const psl::Argument *argument = attribute->argument(u"value", true);
        return argument && argument->value ? &*argument->value : nullptr;
    }

    static const Attribute *nativeTypeOf(const psl::Field &field)
    {
        const Attribute *found = nullptr;
        for (const Attribute &attribute : field.attributes) {
            if (attribute.name.name.contains(u'.'))
                found = &attribute;
        }
        return found;
    }

    void checkUnknownFunction(const Expression &function) const
    {
        if (m_provider == Provider::CockroachDb && function.text == u"sequence") {
            for (const psl::Argument &argument : function.arguments) {
                const QString &name = argument.name.name;
                if (name == u"virtual") {
                    if (argument.value && !(argument.value->isConstant()
                                            && (argument.value->text == u"true" || argument.value->text == u"false")))
                        m_context.error("P1012-type-mismatch", argument.value->span,
                                        typeMismatchMessage(QStringLiteral("boolean"), *argument.value));
                } else if (name == u"cache" || name == u"increment" || name == u"minValue" || name == u"maxValue"
                           || name == u"start") {
                    bool ok = false;
                    if (argument.value && argument.value->isNumber())
                        argument.value->text.toLongLong(&ok);
                    if (argument.value && !ok)
                        m_context.error("P1012-type-mismatch", argument.value->span,
                                        typeMismatchMessage(QStringLiteral("numeric"), *argument.value));
                } else {
                    m_context.error("P1012-sequence-argument", argument.span(),
                                    tr("Unexpected argument in `sequence()` function call"));
                }
            }
            return;
        }
        m_context.error("P1012-default-unknown-function", function.span,
                        tr("Unknown function in @default(): `%1` is not known. You can read about the available "
                           "functions here: https://pris.ly/d/attribute-functions")
                            .arg(function.text));
    }

    void checkDefault(const Attribute &defaultAttribute, const ResolvedType &type) const
    {
        const Attribute *attribute = &defaultAttribute;
        const Expression *value = defaultValueOf(attribute);
        // Functions no connector knows (CockroachDB has sequence()).
        if (type.kind == ResolvedType::Kind::Scalar && value && value->isFunction()
            && !knownDefaultFunctions().contains(value->text))
            checkUnknownFunction(*value);
        if (const psl::Argument *map = attribute->named(u"map"); map && m_provider != Provider::SqlServer) {
            m_context.error("P1012-default-named", attribute->span(),
                            attributeErrorMessage(QStringLiteral("@default"),
                                                  tr("You defined a database name for the default value of a field on "
                                                     "the model. This is not supported by the provider.")));
        }
        if (!value)
            return;
        if (type.kind == ResolvedType::Kind::Scalar)
            checkDefaultValue(*value, *type.scalar);
        if (isFunctionNamed(*value, u"auto") && m_provider != Provider::MongoDb) {
            m_context.error("P1012-default-auto", value->span,
                            attributeErrorMessage(QStringLiteral("@default"),
                                                  tr("The current connector does not support the `auto()` function.")));
        }
    }

    void checkDefaultValue(const Expression &value, ScalarType scalar) const
    {
        if (value.isArray()) {
            for (const Expression &item : value.items)
                checkDefaultValue(item, scalar);
            return;
        }
        auto parseError = [&](const QString &attributeName, const QString &message) {
            m_context.error("P1012-default-parse", value.span, attributeErrorMessage(attributeName, message));
        };
        if (scalar == ScalarType::Json && value.isString()) {
            const QString error = JsonChecker(value.text).error();
            if (!error.isEmpty())
                parseError(QStringLiteral("@default"),
                           tr("Parse error: \"%1\" is not a valid JSON string. (%2)").arg(value.text, error));
        } else if (scalar == ScalarType::Bytes && value.isString()) {
            if (!isValidBase64(value.text))
                parseError(QStringLiteral("@default"),
                           tr("Parse error: \"%1\" is not a valid base64 string. (Could not convert from `base64 encoded "
                              "bytes` to `PrismaValue::Bytes`)")
                               .arg(value.text));
        } else if (scalar == ScalarType::DateTime && value.isString()) {
            const QString error = rfc3339Error(value.text);
            if (!error.isEmpty())
                parseError(QStringLiteral("@default"),
                           tr("Parse error: \"%1\" is not a valid rfc3339 datetime string. (%2)").arg(value.text, error));
        } else if ((scalar == ScalarType::Int || scalar == ScalarType::BigInt) && value.isNumber()) {
            const QString error = integerError(value.text);
            if (!error.isEmpty())
                parseError(QStringLiteral("@default"),
                           tr("Parse error: \"%1\" is not a valid integer. (%2)").arg(value.text, error));
        } else if (scalar == ScalarType::Decimal && value.isString()) {
            const QString error = decimalError(value.text);
            if (!error.isEmpty())
                parseError(QStringLiteral("default"),
                           tr("Parse error: \"%1\" is not a valid decimal. (%2)").arg(value.text, error));
        }
    }

    void checkUnsupported(const psl::Field &field) const
    {
        if (!m_context.schema.datasource || !field.type)
            return;
        // `Unsupported("VarChar(10)")` names a type Prisma supports natively.
        const QString &literal = field.type->unsupportedValue;
        const int paren = literal.indexOf(u'(');
        const QString prefix = (paren < 0 ? literal : literal.left(paren)).trimmed();
        QStringList arguments;
        QString suffix;
        if (paren >= 0) {
            const int close = literal.indexOf(u')', paren);
            if (close < 0) {
                suffix = literal.mid(paren);
            } else {
                for (const QString &part : literal.mid(paren + 1, close - paren - 1).split(u','))
                    arguments << part.trimmed();
                suffix = literal.mid(close + 1);
            }
        }
        if (!suffix.isEmpty())
            return; // Prisma's native type parser does not take suffixes either
        const NativeTypeDefinition *definition = findNativeType(m_provider, prefix);
        if (!definition)
            return;
        const int count = paren < 0 ? 0 : int(arguments.size());
        if (count < definition->required || count > definition->required + definition->optional)
            return;
        for (const QString &argument : arguments) {
            if (definition->arguments != A::NumberOrMax && !parseU32(argument))
                return;
        }
        const QString rendered = count == 0 ? prefix : prefix + u'(' + arguments.join(u',') + u')';
        m_context.error("P1012-unsupported-is-native", field.span(),
                        tr("Error validating: The type `Unsupported(\"%1\")` you specified in the type definition for the "
                           "field `%2` is supported as a native type by Prisma. Please use the native type notation `%3 "
                           "@%4.%5` for full support.")
                            .arg(literal, field.name.name, scalarTypeName(*definition->types.begin()),
                                 m_context.schema.datasource->name, rendered));
    }

    void checkAutoincrement(const ModelEntry &entry) const
    {
        const Model &model = *entry.model;
        QVarLengthArray<int, 4> fields; // positions of the fields with `@default(autoincrement())`
        for (int f = 0; f < int(model.fields.size()); ++f) {
            const Field &field = model.fields[size_t(f)];
            if (field.isScalarLike() && field.defaultValue->kind == DefaultValue::Kind::Autoincrement)
                fields.append(f);
        }
        if (fields.empty())
            return;
        auto node = [&](int f) { return size_t(f) < entry.fields.size() ? entry.fields[size_t(f)] : nullptr; };
        auto defaultSpan = [&](int f) {
            const psl::Field *fieldNode = node(f);
            const Attribute *attribute = fieldNode ? fieldNode->attribute(u"default") : nullptr;
            return attribute ? attribute->span() : model.fields[size_t(f)].span;
        };
        if (m_provider == Provider::CockroachDb) {
            for (int f : fields) {
                if (model.fields[size_t(f)].scalarType != ScalarType::Int)
                    continue;
                m_context.error("P1012-autoincrement-cockroach", defaultSpan(f),
                                attributeErrorMessage(QStringLiteral("default"),
                                                      tr("The `autoincrement()` default function is defined only on BigInt "
                                                         "fields on CockroachDB. Use sequence() if you want an "
                                                         "autoincrementing Int field.")));
            }
        }
        if (!m_connector.autoIncrement) {
            for (int f : fields) {
                m_context.error("P1012-autoincrement-unsupported", defaultSpan(f),
                                attributeErrorMessage(QStringLiteral("@default"),
                                                      tr("The `autoincrement()` default value is used with a datasource "
                                                         "that does not support it.")));
            }
            return;
        }
        if (!m_connector.autoIncrementMultipleAllowed && fields.size() > 1) {
            m_context.error("P1012-autoincrement-multiple", entry.block->span,
                            attributeErrorMessage(QStringLiteral("@default"),
                                                  tr("The `autoincrement()` default value is used multiple times on this "
                                                     "model even though the underlying datasource only supports one "
                                                     "instance per table.")));
        }
        if (m_connector.autoIncrementAllowedOnNonId && m_connector.autoIncrementNonIndexedAllowed)
            return; // nothing more to check (PostgreSQL, CockroachDB, SQL Server)
        const Index *primaryKey = model.primaryKey();
        for (int f : fields) {
            const Field *field = &model.fields[size_t(f)];
            const bool singlePk = primaryKey && primaryKey->fields.size() == 1 && primaryKey->fields.front().name == field->name;
            bool indexed = false;
            for (const Index &index : model.indexes) {
                if (!index.fields.empty() && index.fields.front().name == field->name)
                    indexed = true;
            }
            const psl::Span span = node(f) ? node(f)->span() : field->span;
            if (!m_connector.autoIncrementAllowedOnNonId && !singlePk) {
                m_context.error("P1012-autoincrement-non-id", span,
                                attributeErrorMessage(QStringLiteral("@default"),
                                                      tr("The `autoincrement()` default value is used on a non-id field "
                                                         "even though the datasource does not support this.")));
            }
            if (!m_connector.autoIncrementNonIndexedAllowed && !indexed) {
                m_context.error("P1012-autoincrement-non-indexed", span,
                                attributeErrorMessage(QStringLiteral("@default"),
                                                      tr("The `autoincrement()` default value is used on a non-indexed "
                                                         "field even though the datasource does not support this.")));
            }
        }
    }

    void checkShardKey(const Attribute &attribute, const QString &name) const
    {
        if (!m_context.schema.hasPreviewFeature(u"shardKeys")) {
            m_context.error("P1012-shard-key-preview", attribute.span(),
                            attributeErrorMessage(name, tr("Defining shard keys requires enabling the `shardKeys` "
                                                           "preview feature")));
        } else if (!m_connector.supportsShardKeys) {
            m_context.error("P1012-shard-key-unsupported", attribute.span(),
                            attributeErrorMessage(name, tr("Shard keys are not currently supported for provider %1")
                                                            .arg(m_connector.providerName)));
        }
    }

    const Context &m_context;
    Provider m_provider;
    const ConnectorInfo &m_connector;
    const TopIndex &m_tops;
    NativeTypeCheck m_nativeTypes;
};

} // namespace

void checkAttributesPipeline(const Context &context)
{
    checkAttributesPipeline(context, wholeSchema(context));
}

void checkAttributesPipeline(const Context &context, const BlockSlice &slice)
{
    Pipeline(context).run(slice);
}

} // namespace strata::schema::validation
