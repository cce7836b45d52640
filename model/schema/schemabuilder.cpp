// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemabuilder.h"
#include "syntaxindex.h"

#include "psl/chunkedwork.h"

#include <QHash>

#include <algorithm>
#include <iterator>
#include <string_view>
#include <thread>

namespace strata::schema {

using namespace std::string_view_literals;
using psl::Argument;
using psl::Attribute;
using psl::Block;
using psl::Expression;

namespace {

/// text == literal, with the literal's length known at compile time (a `const char16_t *` is measured with a
/// strlen on every comparison, and these run for every attribute of every field).
inline bool is(const QString &text, std::u16string_view literal)
{
    return size_t(text.size()) == literal.size()
        && std::equal(literal.begin(), literal.end(), reinterpret_cast<const char16_t *>(text.utf16()));
}

/// Whether a field attribute of this name becomes an index: `@id`, `@unique`.
bool isFieldIndexAttribute(const QString &name)
{
    return is(name, u"id"sv) || is(name, u"unique"sv);
}

/// Whether a block attribute of this name becomes an index: `@@id`, `@@unique`, `@@index`, `@@fulltext`.
bool isBlockIndexAttribute(const QString &name)
{
    return is(name, u"id"sv) || is(name, u"unique"sv) || is(name, u"index"sv) || is(name, u"fulltext"sv);
}

/// How many indexes a model with these fields and block attributes has, so that its vector is allocated once.
size_t indexCount(psl::ItemsOf<psl::Field> fieldNodes, psl::ItemsOf<psl::BlockAttribute> blockNodes)
{
    size_t count = 0;
    for (const psl::Field *node : fieldNodes) {
        for (const Attribute &attribute : node->attributes)
            count += isFieldIndexAttribute(attribute.name.name);
    }
    for (const psl::BlockAttribute *node : blockNodes)
        count += isBlockIndexAttribute(node->attribute.name.name);
    return count;
}

} // namespace

QStringList namesFromExpression(const Expression &expression)
{
    QStringList names;
    if (expression.isArray()) {
        names.reserve(qsizetype(expression.items.size()));
        for (const Expression &item : expression.items)
            names << item.text;
    } else if (expression.kind != Expression::Kind::Invalid) {
        names << expression.text;
    }
    return names;
}

DefaultValue defaultValueFromExpression(const Expression &e)
{
    DefaultValue value;
    switch (e.kind) {
    case Expression::Kind::String:
        value.kind = DefaultValue::Kind::String;
        value.value = e.text;
        break;
    case Expression::Kind::Number:
        value.kind = DefaultValue::Kind::Number;
        value.value = e.text;
        break;
    case Expression::Kind::Constant:
        value.value = e.text;
        value.kind = (is(e.text, u"true"sv) || is(e.text, u"false"sv)) ? DefaultValue::Kind::Boolean : DefaultValue::Kind::EnumValue;
        break;
    case Expression::Kind::Array:
        value.kind = DefaultValue::Kind::List;
        value.items.mut().reserve(e.items.size());
        for (const Expression &item : e.items)
            value.items.mut().push_back(defaultValueFromExpression(item));
        break;
    case Expression::Kind::Function: {
        value.value = e.text;
        static constexpr std::pair<std::u16string_view, DefaultValue::Kind> functions[] = {
            {u"autoincrement"sv, DefaultValue::Kind::Autoincrement}, {u"now"sv, DefaultValue::Kind::Now},
            {u"uuid"sv, DefaultValue::Kind::Uuid},                   {u"cuid"sv, DefaultValue::Kind::Cuid},
            {u"nanoid"sv, DefaultValue::Kind::Nanoid},               {u"ulid"sv, DefaultValue::Kind::Ulid},
            {u"dbgenerated"sv, DefaultValue::Kind::DbGenerated},     {u"sequence"sv, DefaultValue::Kind::Sequence},
        };
        value.kind = DefaultValue::Kind::Function;
        for (const auto &[name, kind] : functions) {
            if (is(e.text, name))
                value.kind = kind;
        }
        if (value.kind == DefaultValue::Kind::DbGenerated)
            value.value = psl::Name(); // `dbgenerated()` without an argument
        if (!e.arguments.empty() && e.arguments.front().value) {
            const Expression &argument = *e.arguments.front().value;
            if (value.kind == DefaultValue::Kind::DbGenerated)
                value.value = argument.text;
            else if (argument.isNumber())
                value.version = argument.text.toInt();
        }
        if (value.kind == DefaultValue::Kind::Sequence || value.kind == DefaultValue::Kind::Function) {
            for (const Argument &argument : e.arguments) {
                const QString text = argument.value ? argument.value->raw.text() : QString();
                value.arguments.mut() << (argument.isNamed() ? argument.name.name + QStringLiteral(": ") + text : text);
            }
        }
        break;
    }
    case Expression::Kind::Invalid:
    case Expression::Kind::Object:
        break;
    }
    return value;
}

std::vector<IndexField> indexFieldsFromExpression(const Expression &expression)
{
    std::vector<IndexField> fields;
    fields.reserve(expression.isArray() ? expression.items.size() : 1);
    auto addOne = [&](const Expression &item) {
        IndexField field;
        field.name = item.text;
        field.span = item.span;
        if (item.isFunction()) {
            for (const Argument &argument : item.arguments) {
                if (!argument.value)
                    continue;
                if (is(argument.name.name, u"sort"sv))
                    field.sort = argument.value->text;
                else if (is(argument.name.name, u"length"sv))
                    field.length = argument.value->text.toInt();
                else if (is(argument.name.name, u"ops"sv))
                    field.ops = argument.value->raw;
            }
        }
        fields.push_back(std::move(field));
    };
    if (expression.isArray()) {
        for (const Expression &item : expression.items)
            addOne(item);
    } else if (expression.kind != Expression::Kind::Invalid) {
        addOne(expression);
    }
    return fields;
}

namespace {

QString stringArgument(const Attribute &attribute, QStringView name, bool isDefault)
{
    const Argument *argument = attribute.argument(name, isDefault);
    return argument && argument->value ? argument->value->text.text() : QString();
}

ReferentialAction actionArgument(const Attribute &attribute, QStringView name)
{
    const Argument *argument = attribute.named(name);
    if (!argument || !argument->value)
        return ReferentialAction::Unset;
    return referentialActionFromName(argument->value->text.view()).value_or(ReferentialAction::Unset);
}

/// Writes a text that few nodes have into its out-of-line holder only when it is given: an absent one then costs
/// no allocation.
void assignGiven(OutOfLine<QString> &holder, QString text)
{
    if (!text.isEmpty())
        holder = std::move(text);
}

/// Applies the index-like arguments shared by @id/@unique and @@id/@@unique/@@index/@@fulltext.
void readIndexArguments(const Attribute &attribute, Index &index)
{
    assignGiven(index.name, stringArgument(attribute, u"name", false));
    assignGiven(index.map, stringArgument(attribute, u"map", false));
    assignGiven(index.algorithm, stringArgument(attribute, u"type", false));
    if (const Argument *clustered = attribute.named(u"clustered"); clustered && clustered->value)
        index.clustered = is(clustered->value->text, u"true"sv);
    index.span = attribute.span();
}

class Builder {
public:
    Builder(const Schema *previous, SyntaxIndex *syntax)
        : m_previous(previous)
        , m_syntax(syntax)
    {
    }

    Schema build(const psl::SchemaAst &ast);

private:
    /// The id of the node whose key makeKey() builds: the previous graph's, else a new one. Keys are built
    /// only when there is a previous graph (string concatenation per node is a good part of a large build).
    template<typename MakeKey>
    NodeId idFor(MakeKey &&makeKey) const
    {
        if (m_previous) {
            if (const NodeId id = m_previousIds.value(makeKey()))
                return id;
        }
        return newNodeId();
    }
    void rememberPreviousIds();
    /// Records what each declared name is (unless the syntax index, which has them, is there), and reserves room
    /// for the enums.
    void declareNames(const std::vector<const Block *> &blocks);
    /// What a field of that type is: a relation (a model or view), an enum, a composite type, or unknown.
    FieldKind typeKind(const QString &typeName) const;
    void buildField(const psl::Field &node, const QString &ownerKey, Field &field) const;
    void buildModel(const Block &block, Model &model) const;
    /// Builds the models and views, in source order; large schemas on several threads. Returns the ends of their
    /// relation fields, gathered on the same threads while the fields are fresh in the cache.
    std::vector<RelationEnd> buildModels(const std::vector<const Block *> &blocks);
    /// Records the facts of the fields of blocks[position] in the validator's index, if there is one.
    void recordFields(size_t position) const;
    void buildEnum(const Block &block);
    void buildComposite(const Block &block);
    void buildDatasource(const Block &block);
    void buildGenerator(const Block &block);

    const Schema *m_previous;
    SyntaxIndex *m_syntax;
    QHash<QString, NodeId> m_previousIds;
    QHash<QString, FieldKind> m_typeKinds; ///< without a syntax index only
    Schema m_schema;
};

void Builder::rememberPreviousIds()
{
    if (!m_previous)
        return;
    for (const Model &model : m_previous->models) {
        const QString key = QStringLiteral("m:") + model.name;
        m_previousIds.insert(key, model.id);
        for (const Field &field : model.fields)
            m_previousIds.insert(key + u'.' + field.name, field.id);
        for (const Index &index : model.indexes)
            m_previousIds.insert(key + QStringLiteral("#%1:").arg(int(index.kind)) + index.fieldNames().join(u','), index.id);
    }
    for (const Enum &e : m_previous->enums) {
        const QString key = QStringLiteral("e:") + e.name;
        m_previousIds.insert(key, e.id);
        for (const EnumValue &value : e.values)
            m_previousIds.insert(key + u'.' + value.name, value.id);
    }
    for (const CompositeType &type : m_previous->compositeTypes) {
        const QString key = QStringLiteral("t:") + type.name;
        m_previousIds.insert(key, type.id);
        for (const Field &field : type.fields)
            m_previousIds.insert(key + u'.' + field.name, field.id);
    }
    m_schema.relations = m_previous->relations; // computeRelations() reuses their ids
}

FieldKind Builder::typeKind(const QString &typeName) const
{
    if (!m_syntax)
        return m_typeKinds.value(typeName, FieldKind::Unknown);
    const Block *top = m_syntax->top(typeName);
    if (!top)
        return FieldKind::Unknown;
    switch (top->kind) {
    case Block::Kind::Model:
    case Block::Kind::View: return FieldKind::Relation;
    case Block::Kind::Enum: return FieldKind::Enum;
    case Block::Kind::CompositeType: return FieldKind::Composite;
    case Block::Kind::Datasource:
    case Block::Kind::Generator: break;
    }
    return FieldKind::Unknown;
}

void Builder::declareNames(const std::vector<const Block *> &blocks)
{
    size_t enumCount = 0;
    for (const Block *block : blocks)
        enumCount += block->kind == Block::Kind::Enum;
    m_schema.enums.reserve(enumCount);
    if (m_syntax)
        return; // the index has the names already: typeKind() asks it
    m_typeKinds.reserve(qsizetype(blocks.size()));
    for (const Block *block : blocks) {
        switch (block->kind) {
        case Block::Kind::Model:
        case Block::Kind::View:
            m_typeKinds.insert(block->name.name, FieldKind::Relation);
            break;
        case Block::Kind::Enum:
            m_typeKinds.insert(block->name.name, FieldKind::Enum);
            break;
        case Block::Kind::CompositeType:
            m_typeKinds.insert(block->name.name, FieldKind::Composite);
            break;
        default:
            break;
        }
    }
}

void Builder::buildField(const psl::Field &node, const QString &ownerKey, Field &field) const
{
    field.name = node.name.name;
    field.id = idFor([&] { return ownerKey + u'.' + field.name; });
    field.span = node.span();
    field.setDocumentation(*node.documentation);
    if (node.type) {
        const psl::FieldType &type = *node.type;
        field.arity = type.isList() ? Arity::List : type.isOptional() ? Arity::Optional : Arity::Required;
        const std::optional<ScalarType> scalar = type.isUnsupported() ? std::nullopt : scalarTypeFromName(type.name.name.view());
        // A scalar's name is an immortal one: the parser interns type names, so all `String` fields would share one
        // name, and copying it on several threads makes them contend for its reference count.
        field.typeName = scalar ? scalarTypeNameHandle(*scalar) : type.name.name;
        if (type.isUnsupported()) {
            field.kind = FieldKind::Unsupported;
            field.setUnsupportedType(*type.unsupportedValue);
        } else if (scalar) {
            field.kind = FieldKind::Scalar;
            field.scalarType = scalar;
        } else {
            field.kind = typeKind(field.typeName);
        }
    }
    for (const Attribute &attribute : node.attributes) {
        const QString &name = attribute.name.name;
        if (is(name, u"id"sv)) {
            field.isId = true;
        } else if (is(name, u"unique"sv)) {
            field.isUnique = true;
        } else if (is(name, u"default"sv)) {
            DefaultValue &defaultValue = field.defaultValue.mut();
            if (const Argument *value = attribute.argument(u"value", true); value && value->value)
                defaultValue = defaultValueFromExpression(*value->value);
            assignGiven(defaultValue.map, stringArgument(attribute, u"map", false));
        } else if (is(name, u"updatedAt"sv)) {
            field.isUpdatedAt = true;
        } else if (is(name, u"map"sv)) {
            field.mappedName = stringArgument(attribute, u"name", true);
        } else if (is(name, u"ignore"sv)) {
            field.isIgnored = true;
        } else if (is(name, u"relation"sv)) {
            RelationAttribute &relation = field.relation.mut();
            relation.present = true;
            relation.span = attribute.span();
            relation.name = stringArgument(attribute, u"name", true);
            if (const Argument *fields = attribute.named(u"fields"); fields && fields->value)
                relation.fields = namesFromExpression(*fields->value);
            if (const Argument *references = attribute.named(u"references"); references && references->value)
                relation.references = namesFromExpression(*references->value);
            relation.onDelete = actionArgument(attribute, u"onDelete");
            relation.onUpdate = actionArgument(attribute, u"onUpdate");
            relation.map = stringArgument(attribute, u"map", false);
        } else if (name.startsWith(u"db.")) {
            NativeType &nativeType = field.nativeType.mut();
            nativeType.name = name.mid(3);
            nativeType.span = attribute.span();
            for (const Argument &argument : attribute.arguments) {
                if (argument.value)
                    nativeType.arguments << argument.value->raw;
            }
        }
    }
}

std::vector<RelationEnd> Builder::buildModels(const std::vector<const Block *> &blocks)
{
    std::vector<const Block *> modelBlocks;
    std::vector<size_t> positions;
    for (size_t b = 0; b < blocks.size(); ++b) {
        if (blocks[b]->kind == Block::Kind::Model || blocks[b]->kind == Block::Kind::View) {
            modelBlocks.push_back(blocks[b]);
            positions.push_back(b);
        }
    }
    m_schema.models.resize(modelBlocks.size());
    // Models are built independently (names were declared before), in chunks that the threads take in turn.
    constexpr size_t ModelsPerThread = 500;
    constexpr size_t ModelsPerChunk = 64;
    const size_t threads = std::clamp<size_t>(modelBlocks.size() / ModelsPerThread, 1, std::max(1u, std::thread::hardware_concurrency()));
    std::vector<std::vector<RelationEnd>> relationEnds(std::max<size_t>(psl::chunkCount(modelBlocks.size(), ModelsPerChunk), 1));
    psl::runInChunks(modelBlocks.size(), ModelsPerChunk, threads, [&](size_t chunk, size_t begin, size_t end) {
        for (size_t i = begin; i < end; ++i) {
            buildModel(*modelBlocks[i], m_schema.models[i]);
            recordFields(positions[i]); // the block's syntax is in the cache now
            collectRelationEnds(m_schema.models[i], relationEnds[chunk]);
        }
    });
    size_t endCount = 0;
    for (const std::vector<RelationEnd> &ends : relationEnds)
        endCount += ends.size();
    relationEnds[0].reserve(endCount);
    for (size_t chunk = 1; chunk < relationEnds.size(); ++chunk)
        std::move(relationEnds[chunk].begin(), relationEnds[chunk].end(), std::back_inserter(relationEnds[0]));
    return std::move(relationEnds[0]);
}

void Builder::buildModel(const Block &block, Model &model) const
{
    model.name = block.name.name;
    model.nameSpan = block.name.span;
    model.span = block.span;
    model.isView = block.kind == Block::Kind::View;
    model.documentation = block.documentation;
    const QString key = m_previous ? QStringLiteral("m:") + model.name : QString();
    model.id = idFor([&] { return key; });
    const psl::ItemsOf<psl::Field> fieldNodes = block.fields();
    const psl::ItemsOf<psl::BlockAttribute> blockNodes = block.blockAttributes();
    model.fields.reserve(fieldNodes.count());
    model.indexes.reserve(indexCount(fieldNodes, blockNodes));
    for (const psl::Field *node : fieldNodes) {
        Field &field = model.fields.emplace_back();
        buildField(*node, key, field);
        // Field-level @id and @unique become indexes too, so the SQL layer sees one list.
        for (const Attribute &attribute : node->attributes) {
            if (!isFieldIndexAttribute(attribute.name.name))
                continue;
            Index index;
            index.kind = is(attribute.name.name, u"id"sv) ? IndexKind::PrimaryKey : IndexKind::Unique;
            readIndexArguments(attribute, index);
            index.fromFieldAttribute = true;
            IndexField indexField;
            indexField.name = field.name;
            indexField.span = attribute.span();
            indexField.sort = stringArgument(attribute, u"sort", false);
            if (const Argument *length = attribute.named(u"length"); length && length->value)
                indexField.length = length->value->text.toInt();
            index.fields.push_back(indexField);
            index.id = idFor([&] { return key + QStringLiteral("#%1:").arg(int(index.kind)) + field.name; });
            model.indexes.push_back(std::move(index));
        }
    }
    for (const psl::BlockAttribute *node : blockNodes) {
        const Attribute &attribute = node->attribute;
        const QString &name = attribute.name.name;
        if (is(name, u"map"sv)) {
            model.mappedName = stringArgument(attribute, u"name", true);
        } else if (is(name, u"ignore"sv)) {
            model.isIgnored = true;
        } else if (is(name, u"schema"sv)) {
            model.schemaName = stringArgument(attribute, u"name", true);
        } else if (isBlockIndexAttribute(name)) {
            Index index;
            index.kind = is(name, u"id"sv) ? IndexKind::PrimaryKey
                : is(name, u"unique"sv)    ? IndexKind::Unique
                : is(name, u"index"sv)     ? IndexKind::Normal
                                       : IndexKind::Fulltext;
            readIndexArguments(attribute, index);
            if (const Argument *fields = attribute.argument(u"fields", true); fields && fields->value)
                index.fields = indexFieldsFromExpression(*fields->value);
            index.id = idFor([&] { return key + QStringLiteral("#%1:").arg(int(index.kind)) + index.fieldNames().join(u','); });
            model.indexes.push_back(std::move(index));
        }
    }
}

void Builder::buildEnum(const Block &block)
{
    Enum e;
    e.name = block.name.name;
    e.nameSpan = block.name.span;
    e.span = block.span;
    e.documentation = block.documentation;
    const QString key = m_previous ? QStringLiteral("e:") + e.name : QString();
    e.id = idFor([&] { return key; });
    const psl::ItemsOf<psl::EnumValue> valueNodes = block.enumValues();
    e.values.reserve(valueNodes.count());
    for (const psl::EnumValue *node : valueNodes) {
        EnumValue value;
        value.name = node->name.name;
        value.id = idFor([&] { return key + u'.' + value.name; });
        value.span = node->span;
        value.documentation = node->documentation;
        if (const Attribute *map = node->attribute(u"map"))
            value.mappedName = stringArgument(*map, u"name", true);
        e.values.push_back(std::move(value));
    }
    for (const psl::BlockAttribute *node : block.blockAttributes()) {
        const Attribute &attribute = node->attribute;
        if (is(attribute.name.name, u"map"sv))
            e.mappedName = stringArgument(attribute, u"name", true);
        else if (is(attribute.name.name, u"schema"sv))
            e.schemaName = stringArgument(attribute, u"name", true);
    }
    m_schema.enums.push_back(std::move(e));
}

void Builder::buildComposite(const Block &block)
{
    CompositeType type;
    type.name = block.name.name;
    type.nameSpan = block.name.span;
    type.span = block.span;
    type.documentation = block.documentation;
    const QString key = m_previous ? QStringLiteral("t:") + type.name : QString();
    type.id = idFor([&] { return key; });
    const psl::ItemsOf<psl::Field> fieldNodes = block.fields();
    type.fields.reserve(fieldNodes.count());
    for (const psl::Field *node : fieldNodes)
        buildField(*node, key, type.fields.emplace_back());
    m_schema.compositeTypes.push_back(std::move(type));
}

void Builder::buildDatasource(const Block &block)
{
    if (m_schema.datasource)
        return; // the validator reports the second one
    Datasource source;
    source.name = block.name.name;
    source.span = block.span;
    for (const psl::Property *property : block.properties()) {
        const QString &name = property->name.name;
        source.properties.push_back({name, property->value.raw});
        if (is(name, u"provider"sv)) {
            source.provider = property->value.text;
            source.providerSpan = property->value.span;
            source.activeProvider = providerFromName(source.provider);
        } else if (is(name, u"url"sv)) {
            source.hasUrl = true;
        } else if (is(name, u"relationMode"sv) || is(name, u"referentialIntegrity"sv)) {
            source.relationMode = property->value.text;
        } else if (is(name, u"schemas"sv)) {
            source.schemas = namesFromExpression(property->value);
        } else if (is(name, u"extensions"sv)) {
            for (const Expression &item : property->value.items)
                source.extensions << item.raw;
        }
    }
    m_schema.datasource = std::move(source);
}

void Builder::buildGenerator(const Block &block)
{
    Generator generator;
    generator.name = block.name.name;
    generator.span = block.span;
    for (const psl::Property *property : block.properties()) {
        const QString &name = property->name.name;
        generator.properties.push_back({name, property->value.raw});
        if (is(name, u"provider"sv))
            generator.provider = property->value.text;
        else if (is(name, u"output"sv))
            generator.output = property->value.text;
        else if (is(name, u"previewFeatures"sv))
            generator.previewFeatures = namesFromExpression(property->value);
    }
    m_schema.generators.push_back(std::move(generator));
}

Schema Builder::build(const psl::SchemaAst &ast)
{
    rememberPreviousIds();
    const std::vector<const Block *> blocks = ast.blocks();
    declareNames(blocks);
    std::vector<RelationEnd> relationEnds = buildModels(blocks);
    for (size_t b = 0; b < blocks.size(); ++b) {
        const Block *block = blocks[b];
        switch (block->kind) {
        case Block::Kind::Model:
        case Block::Kind::View:
            break;
        case Block::Kind::Enum:
            buildEnum(*block);
            break;
        case Block::Kind::CompositeType:
            buildComposite(*block);
            recordFields(b);
            break;
        case Block::Kind::Datasource:
            buildDatasource(*block);
            break;
        case Block::Kind::Generator:
            buildGenerator(*block);
            break;
        }
    }
    computeRelations(m_schema, std::move(relationEnds));
    return std::move(m_schema);
}

} // namespace

void Builder::recordFields(size_t position) const
{
    if (m_syntax)
        m_syntax->recordFields(position);
}

Schema SchemaBuilder::build(const psl::SchemaAst &ast, const Schema *previous, SyntaxIndex *syntax)
{
    return Builder(previous, syntax).build(ast);
}

} // namespace strata::schema
