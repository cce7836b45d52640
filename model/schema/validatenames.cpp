// SPDX-License-Identifier: GPL-3.0-or-later
#include "validationcontext_p.h"
#include "validationhelpers_p.h"
#include "validationsupport_p.h"

#include "psl/texthash.h"

#include <QHash>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <bit>

namespace strata::schema::validation {

using psl::Block;

namespace {

/// Prisma's client reserves these names (prisma-client-js keywords and JavaScript's reserved words).
bool isReservedTypeName(const QString &name)
{
    static const QSet<QString> reserved = [] {
        QSet<QString> set;
        for (const char *word : {"PrismaClient", "break", "case", "catch", "class", "const", "continue", "debugger",
                                 "default", "delete", "do", "else", "enum", "export", "extends", "false", "finally",
                                 "for", "function", "if", "implements", "import", "in", "instanceof", "interface",
                                 "let", "new", "null", "package", "private", "protected", "public", "return", "super",
                                 "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with",
                                 "yield"})
            set.insert(QString::fromLatin1(word));
        return set;
    }();
    // All of them but PrismaClient start with a lower-case letter: most model and enum names leave here.
    if (name.isEmpty() || (name.front() != u'P' && (name.front() < u'a' || name.front() > u'z')))
        return false;
    return reserved.contains(name);
}

QString topTypeName(Block::Kind kind)
{
    switch (kind) {
    case Block::Kind::Model: return QStringLiteral("model");
    case Block::Kind::View: return QStringLiteral("view");
    case Block::Kind::Enum: return QStringLiteral("enum");
    case Block::Kind::CompositeType: return QStringLiteral("composite type");
    case Block::Kind::Datasource: return QStringLiteral("source");
    case Block::Kind::Generator: return QStringLiteral("generator");
    }
    return {};
}

void checkIdentifier(const Context &context, const psl::Identifier &identifier, QLatin1StringView item)
{
    if (identifier.name.isEmpty()) {
        context.error("P1012-name-empty", identifier.span, tr("Error validating: The name of a %1 must not be empty.").arg(item));
    } else if (startsWithNumber(identifier.name)) {
        context.error("P1012-name-starts-with-number", identifier.span,
                      tr("Error validating: The name of a %1 must not start with a number.").arg(item));
    } else if (std::find(identifier.name.begin(), identifier.name.end(), u'-') != identifier.name.end()) {
        context.error("P1012-name-dash", identifier.span,
                      tr("Error validating: The character `-` is not allowed in %1 names.").arg(item));
    }
}

void checkAttributeIdentifiers(const Context &context, const psl::NodeList<psl::Attribute> &attributes)
{
    for (const psl::Attribute &attribute : attributes)
        checkIdentifier(context, attribute.name, QLatin1StringView("Attribute"));
}

void checkBlockAttributeIdentifiers(const Context &context, const Block &block)
{
    for (const psl::BlockItem &item : block.items) {
        if (const psl::BlockAttribute *attribute = std::get_if<psl::BlockAttribute>(&item))
            checkIdentifier(context, attribute->attribute.name, QLatin1StringView("Attribute"));
    }
}

/// What a field's type resolves to, as far as name rules care.
enum class FieldClass { Scalar, Relation, Unknown };

/// The name given by a field's single `@map("...")`, the way Prisma's attribute visitor reads it.
std::optional<QString> mappedNameOf(const psl::Field &field)
{
    const psl::Attribute *map = nullptr;
    for (const psl::Attribute &attribute : field.attributes) {
        if (attribute.name.name != u"map")
            continue;
        if (map)
            return std::nullopt; // repeated: Prisma reads neither
        map = &attribute;
    }
    if (!map)
        return std::nullopt;
    // The argument `name`, else the unnamed one (the last of each wins); both given is an error.
    const psl::Argument *named = nullptr;
    const psl::Argument *unnamed = nullptr;
    for (const psl::Argument &argument : map->arguments) {
        if (!argument.value)
            return std::nullopt;
        if (!argument.isNamed())
            unnamed = &argument;
        else if (argument.name.name == u"name")
            named = &argument;
    }
    if (map->trailingComma)
        return std::nullopt;
    const psl::Argument *argument = named ? named : unnamed;
    if (!argument || (named && unnamed) || !argument->value->isString())
        return std::nullopt;
    return argument->value->text;
}

/// Finds repeated names among a block's members without allocating for the usual handful of them.
class NameSet {
public:
    /// Returns false when the name was seen before.
    bool insert(QStringView name)
    {
        if (m_small.size() < 32 && m_large.isEmpty()) {
            for (QStringView seen : m_small) {
                if (seen == name)
                    return false;
            }
            m_small.append(name);
            return true;
        }
        if (m_large.isEmpty()) {
            for (QStringView seen : m_small)
                m_large.insert(seen.toString());
        }
        if (m_large.contains(name.toString()))
            return false;
        m_large.insert(name.toString());
        return true;
    }

private:
    QVarLengthArray<QStringView, 32> m_small;
    QSet<QString> m_large;
};

template<typename Member, typename Function>
void forEachMember(const Block &block, Function function)
{
    for (const psl::BlockItem &item : block.items) {
        if (const Member *member = std::get_if<Member>(&item))
            function(*member);
    }
}

/// The names of the top-level blocks: models, views, enums and composite types share one namespace,
/// datasources and generators have one each.
class TopNames {
public:
    explicit TopNames(size_t blocks) { m_tops.reserve(qsizetype(blocks)); }

    /// Reports a block whose name an earlier block has in its namespace.
    void check(const Context &context, const Block *block)
    {
        QHash<QString, const Block *> &namespace_ = block->kind == Block::Kind::Datasource ? m_datasources
            : block->kind == Block::Kind::Generator                                         ? m_generators
                                                                                            : m_tops;
        if (const Block *existing = namespace_.value(block->name.name)) {
            context.error("P1012-duplicate-top", block->name.span,
                          tr("The %1 \"%2\" cannot be defined because a %3 with that name already exists.")
                              .arg(topTypeName(block->kind), block->name.name, topTypeName(existing->kind)));
        }
        namespace_.insert(block->name.name, block);
    }
    /// Models, views, enums and composite types seen so far.
    const QHash<QString, const Block *> &tops() const { return m_tops; }

private:
    QHash<QString, const Block *> m_tops;
    QHash<QString, const Block *> m_datasources;
    QHash<QString, const Block *> m_generators;
};

/// The name rules of the blocks of a slice; with `topNames`, also the names of the blocks against each other.
void checkNamesOf(const Context &context, const BlockSlice &slice, TopNames *topNames)
{
    const TopIndex &index = topIndex(context);
    const std::vector<const Block *> &blocks = index.blocks();

    for (size_t b = slice.first; b < slice.end; ++b) {
        const Block *block = blocks[b];
        if (scalarTypeOf(block->name.name.view())) {
            context.error("P1012-reserved-scalar-name", block->name.span,
                          tr("\"%1\" is a reserved scalar type name and cannot be used.").arg(block->name.name));
        }
        switch (block->kind) {
        case Block::Kind::Enum: {
            checkIdentifier(context, block->name, QLatin1StringView("Enum"));
            if (isReservedTypeName(block->name.name)) {
                context.error("P1012-reserved-name", block->span,
                              tr("Error validating enum `%1`: The enum name `%1` is invalid. It is a reserved name. Please "
                                 "change it. Read more at "
                                 "https://www.prisma.io/docs/reference/tools-and-interfaces/prisma-schema/data-model#naming-enums")
                                  .arg(block->name.name));
            }
            checkBlockAttributeIdentifiers(context, *block);
            NameSet values;
            bool empty = true;
            forEachMember<psl::EnumValue>(*block, [&](const psl::EnumValue &value) {
                empty = false;
                checkIdentifier(context, value.name, QLatin1StringView("Enum Value"));
                checkAttributeIdentifiers(context, value.attributes);
                if (!values.insert(value.name.name.view())) {
                    context.error("P1012-duplicate-enum-value", value.span,
                                  tr("Value \"%1\" is already defined on enum \"%2\".").arg(value.name.name, block->name.name));
                }
            });
            if (empty)
                context.error("P1012-enum-empty", block->span, tr("Error validating: An enum must have at least one value."));
            break;
        }
        case Block::Kind::Model:
        case Block::Kind::View: {
            const bool view = block->kind == Block::Kind::View;
            checkIdentifier(context, block->name, view ? QLatin1StringView("view") : QLatin1StringView("Model"));
            if (isReservedTypeName(block->name.name)) {
                context.error("P1012-reserved-name", block->span,
                              tr("Error validating model \"%1\": The %2 name `%1` is invalid. It is a reserved name. "
                                 "Please change it. Read more at https://pris.ly/d/naming-models")
                                  .arg(block->name.name, view ? QStringLiteral("view") : QStringLiteral("model")));
            }
            // The facts know which names are odd and where the fields are: most blocks' items need no walk.
            if (index.hasOddBlockAttributeName(b))
                checkBlockAttributeIdentifiers(context, *block);
            NameSet fields;
            for (const FieldFacts &fieldFacts : index.fieldFacts(b)) {
                const psl::Field &field = *fieldFacts.node;
                if (fieldFacts.oddName) {
                    checkIdentifier(context, field.name, view ? QLatin1StringView("field") : QLatin1StringView("Field"));
                    checkAttributeIdentifiers(context, field.attributes);
                }
                if (!fields.insert(field.name.name.view())) {
                    context.error("P1012-duplicate-field", field.name.span,
                                  tr("Field \"%1\" is already defined on %2 \"%3\".")
                                      .arg(field.name.name, view ? QStringLiteral("view") : QStringLiteral("model"),
                                           block->name.name));
                }
            }
            break;
        }
        case Block::Kind::CompositeType: {
            checkIdentifier(context, block->name, QLatin1StringView("Composite type"));
            NameSet fields;
            forEachMember<psl::Field>(*block, [&](const psl::Field &field) {
                if (!fields.insert(field.name.name.view())) {
                    context.error("P1012-duplicate-field", field.name.span,
                                  tr("Field \"%1\" is already defined on composite type \"%2\".")
                                      .arg(field.name.name, block->name.name));
                }
            });
            break;
        }
        case Block::Kind::Datasource:
        case Block::Kind::Generator:
            break; // duplicate keys: checkConfiguration()
        }
        if (topNames)
            topNames->check(context, block);
    }

    // Types: every field type must be a scalar type, a model, a view, an enum or a composite type.
    // Every name is known now: what a field's type refers to is in the field facts.
    auto classify = [](const ResolvedType &type) {
        switch (type.kind) {
        case ResolvedType::Kind::Unknown: return FieldClass::Unknown;
        case ResolvedType::Kind::Model: return FieldClass::Relation;
        case ResolvedType::Kind::Scalar:
        case ResolvedType::Kind::Unsupported:
        case ResolvedType::Kind::Enum:
        case ResolvedType::Kind::Composite: break;
        }
        return FieldClass::Scalar;
    };
    auto suggestionFor = [&](const QString &name) {
        const QString lower = name.toLower();
        for (const char *scalar : {"String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime", "Json", "Bytes"}) {
            if (lower == QLatin1String(scalar).toString().toLower())
                return QString::fromLatin1(scalar);
        }
        if (!topNames)
            return QString(); // a slice's rules run only to see that there is no error
        for (auto it = topNames->tops().constBegin(); it != topNames->tops().constEnd(); ++it) {
            if (it.key().compare(name, Qt::CaseInsensitive) == 0)
                return it.key();
        }
        return QString();
    };
    std::vector<const psl::Field *> fields;
    std::vector<FieldClass> classes;
    for (size_t b = slice.first; b < slice.end; ++b) {
        const Block *block = blocks[b];
        if (!block->isModelLike())
            continue;
        const std::span<const FieldFacts> facts = index.fieldFacts(b);
        fields.clear();
        classes.clear();
        bool anyMap = false;
        for (const FieldFacts &fieldFacts : facts) {
            const psl::Field &field = *fieldFacts.node;
            if (fieldFacts.typeless) {
                const QString container = block->kind == Block::Kind::View ? QStringLiteral("view")
                    : block->kind == Block::Kind::CompositeType            ? QStringLiteral("type")
                                                                           : QStringLiteral("model");
                context.error("P1012-field-without-type", field.span(),
                              tr("Error validating %1 \"%2\": This field declaration is invalid. It is either missing a "
                                 "name or a type.")
                                  .arg(container, block->name.name));
            }
            const FieldClass fieldClass = classify(fieldFacts.type);
            fields.push_back(&field);
            classes.push_back(fieldClass);
            if (fieldClass == FieldClass::Unknown && field.type) {
                const QString &name = field.type->name.name;
                const QString suggestion = suggestionFor(name);
                if (!suggestion.isEmpty() && suggestion != name) {
                    context.error("P1012-unknown-type", field.type->name.span,
                                  tr("Type \"%1\" is neither a built-in type, nor refers to another model, composite type, "
                                     "or enum. Did you mean \"%2\"?")
                                      .arg(name, suggestion));
                } else {
                    context.error("P1012-unknown-type", field.type->name.span,
                                  tr("Type \"%1\" is neither a built-in type, nor refers to another model, composite type, "
                                     "or enum.")
                                      .arg(name));
                }
            } else if (fieldClass == FieldClass::Relation && block->kind == Block::Kind::CompositeType) {
                context.error("P1012-composite-relation", field.type->name.span,
                              tr("Error validating composite type \"%1\": %2 refers to a model, making this a relation "
                                 "field. Relation fields inside composite types are not supported.")
                                  .arg(block->name.name, field.type->name.name));
            } else if (fieldClass == FieldClass::Scalar) {
                anyMap = anyMap || fieldFacts.attributes.contains(AttributeName::Map);
            }
        }
        if (!anyMap || block->kind == Block::Kind::CompositeType)
            continue;

        // @map on scalar fields: two fields must not end up with the same column name. Prisma checks this while
        // it reads the fields in order, so a field mapped to the name of a later field that has its own @map
        // still collides.
        // Prisma's name table keeps the last field of a name.
        auto lastNamed = [&](const QString &name) {
            for (int i = int(fields.size()) - 1; i >= 0; --i) {
                if (fields[size_t(i)]->name.name == name)
                    return i;
            }
            return -1;
        };
        std::vector<std::optional<QString>> visitedMappedNames(fields.size());
        NameSet mappedNames;
        const QString container = block->kind == Block::Kind::View ? QStringLiteral("view") : QStringLiteral("model");
        for (int i = 0; i < int(fields.size()); ++i) {
            const psl::Field &field = *fields[size_t(i)];
            if (classes[size_t(i)] != FieldClass::Scalar)
                continue;
            const std::optional<QString> mapped = mappedNameOf(field);
            if (!mapped)
                continue;
            visitedMappedNames[size_t(i)] = mapped;
            auto reportDuplicate = [&] {
                context.error("P1012-duplicate-field", field.span(),
                              tr("Field \"%1\" is already defined on %2 \"%3\".").arg(field.name.name, container, block->name.name));
            };
            if (!mappedNames.insert(*visitedMappedNames[size_t(i)]))
                reportDuplicate();
            const int other = lastNamed(*mapped);
            if (other < 0 || other == i || classes[size_t(other)] != FieldClass::Scalar)
                continue;
            const std::optional<QString> &otherMapped = visitedMappedNames[size_t(other)];
            if (otherMapped && *otherMapped != *mapped)
                continue;
            reportDuplicate();
        }
    }
}

} // namespace

void checkNames(const Context &context)
{
    TopNames topNames(topIndex(context).blocks().size());
    checkNamesOf(context, wholeSchema(context), &topNames);
}

void checkNames(const Context &context, const BlockSlice &slice)
{
    checkNamesOf(context, slice, nullptr);
}

void checkTopNames(const Context &context)
{
    const std::vector<const Block *> &blocks = topIndex(context).blocks();
    TopNames topNames(blocks.size());
    for (const Block *block : blocks)
        topNames.check(context, block);
}

// --- Database names and constraint names (Prisma's validation pipeline) ---

namespace {

enum class Scope {
    GlobalKeyIndex,
    GlobalForeignKey,
    GlobalPrimaryKeyKeyIndex,
    GlobalPrimaryKeyForeignKeyDefault,
    ModelKeyIndex,
    ModelPrimaryKeyKeyIndex,
    ModelPrimaryKeyKeyIndexForeignKey,
};

enum class ConstraintKind { Index, Relation, Default, PrimaryKey };

std::vector<Scope> scopesOf(Provider provider)
{
    switch (provider) {
    case Provider::PostgreSql: return {Scope::GlobalPrimaryKeyKeyIndex, Scope::ModelPrimaryKeyKeyIndexForeignKey};
    case Provider::CockroachDb: return {Scope::ModelPrimaryKeyKeyIndexForeignKey};
    case Provider::MySql: return {Scope::GlobalForeignKey, Scope::ModelKeyIndex};
    case Provider::Sqlite: return {Scope::GlobalKeyIndex};
    case Provider::SqlServer: return {Scope::GlobalPrimaryKeyForeignKeyDefault, Scope::ModelPrimaryKeyKeyIndex};
    case Provider::MongoDb: return {Scope::ModelKeyIndex};
    case Provider::Unknown: break;
    }
    return {};
}

bool isGlobal(Scope scope)
{
    return scope == Scope::GlobalKeyIndex || scope == Scope::GlobalForeignKey || scope == Scope::GlobalPrimaryKeyKeyIndex
        || scope == Scope::GlobalPrimaryKeyForeignKeyDefault;
}

const std::vector<Scope> &possibleScopes(ConstraintKind kind)
{
    static const std::vector<Scope> index{Scope::GlobalKeyIndex, Scope::GlobalPrimaryKeyKeyIndex, Scope::ModelKeyIndex,
                                          Scope::ModelPrimaryKeyKeyIndex};
    static const std::vector<Scope> relation{Scope::GlobalForeignKey, Scope::GlobalPrimaryKeyForeignKeyDefault,
                                             Scope::ModelPrimaryKeyKeyIndexForeignKey};
    static const std::vector<Scope> defaults{Scope::GlobalPrimaryKeyForeignKeyDefault};
    static const std::vector<Scope> primaryKey{Scope::GlobalPrimaryKeyForeignKeyDefault, Scope::GlobalPrimaryKeyKeyIndex,
                                               Scope::ModelPrimaryKeyKeyIndex, Scope::ModelPrimaryKeyKeyIndexForeignKey};
    switch (kind) {
    case ConstraintKind::Index: return index;
    case ConstraintKind::Relation: return relation;
    case ConstraintKind::Default: return defaults;
    case ConstraintKind::PrimaryKey: return primaryKey;
    }
    return index;
}

QString scopeDescription(Scope scope, const QString &modelName)
{
    switch (scope) {
    case Scope::GlobalKeyIndex: return tr("global for indexes and unique constraints");
    case Scope::GlobalForeignKey: return tr("global for foreign keys");
    case Scope::GlobalPrimaryKeyKeyIndex: return tr("global for primary key, indexes and unique constraints");
    case Scope::GlobalPrimaryKeyForeignKeyDefault: return tr("global for primary keys, foreign keys and default constraints");
    case Scope::ModelKeyIndex: return tr("on model `%1` for indexes and unique constraints").arg(modelName);
    case Scope::ModelPrimaryKeyKeyIndex: return tr("on model `%1` for primary key, indexes and unique constraints").arg(modelName);
    case Scope::ModelPrimaryKeyKeyIndexForeignKey:
        return tr("on model `%1` for primary key, indexes, unique constraints and foreign keys").arg(modelName);
    }
    return {};
}

/// Cuts a name to at most `limit` UTF-8 bytes without splitting a character.
QString truncatedToBytes(const QString &name, int limit)
{
    const QByteArray utf8 = name.toUtf8();
    if (utf8.size() <= limit)
        return name;
    int cut = limit;
    while (cut > 0 && (quint8(utf8.at(cut)) & 0xC0) == 0x80)
        --cut;
    return QString::fromUtf8(utf8.left(cut));
}

/// Prisma's default constraint names (`{table}_{columns}_{suffix}`), cut to the provider's identifier length:
/// `name` holds `{table}_{columns}` and gets the suffix.
void finishConstraintName(QString &name, QStringView suffix, int maxLength)
{
    if (maxLength > 0) {
        const int limit = maxLength - int(suffix.size());
        // UTF-8 takes at most three bytes per UTF-16 unit: short names need no counting.
        if (name.size() * 3 >= limit && utf8Length(name) >= limit)
            name = truncatedToBytes(name, limit);
    }
    name += suffix;
}

/// Writes `{table}_{column}_{column}` into out, reusing its memory.
template<typename Columns>
void joinedNameInto(QString &out, QStringView table, const Columns &columns)
{
    out.resize(0);
    out += table;
    out += u'_';
    const qsizetype columnsStart = out.size();
    for (QStringView column : columns) {
        if (out.size() > columnsStart)
            out += u'_';
        out += column;
    }
}

/// The name of a model, field or enum in the database, without copying it.
template<typename Node>
QStringView databaseNameOf(const Node &node)
{
    const QString &mappedName = node.mappedName; // a plain string, or a field's OutOfLine one
    return mappedName.isEmpty() ? QStringView(static_cast<const QString &>(node.name)) : QStringView(mappedName);
}

/// A constraint of a model, in 32 bytes: a large schema has tens of thousands.
struct Constraint {
    psl::Name name;     ///< a `map:` name; a default name is written only when its hash is shared (see nameHash)
    const Model *model;
    const void *node;   ///< index() or field(), by kind
    quint32 nameHash = 0;
    ConstraintKind kind;

    static Constraint ofIndex(ConstraintKind kind, const Model &model, const Index &index)
    {
        return Constraint{{}, &model, &index, 0, kind};
    }
    static Constraint ofField(ConstraintKind kind, const Model &model, const Field &field)
    {
        return Constraint{{}, &model, &field, 0, kind};
    }
    bool hasIndex() const { return kind == ConstraintKind::PrimaryKey || kind == ConstraintKind::Index; }
    /// The index or primary key, else nullptr.
    const Index *index() const { return hasIndex() ? static_cast<const Index *>(node) : nullptr; }
    /// Relation: the field with `fields`; Default: the field; else nullptr.
    const Field *field() const { return hasIndex() ? nullptr : static_cast<const Field *>(node); }

    /// "@@index", "@id", "@relation", "@default"
    QString attributeName() const
    {
        switch (kind) {
        case ConstraintKind::Relation: return QStringLiteral("@relation");
        case ConstraintKind::Default: return QStringLiteral("@default");
        case ConstraintKind::PrimaryKey:
        case ConstraintKind::Index: break;
        }
        const QString prefix = index()->fromFieldAttribute ? QStringLiteral("@") : QStringLiteral("@@");
        switch (index()->kind) {
        case IndexKind::PrimaryKey: return prefix + QStringLiteral("id");
        case IndexKind::Unique: return prefix + QStringLiteral("unique");
        case IndexKind::Fulltext: return prefix + QStringLiteral("fulltext");
        case IndexKind::Normal: break;
        }
        return prefix + QStringLiteral("index");
    }
};
static_assert(sizeof(Constraint) <= 32 || sizeof(void *) != 8, "Constraint grew: a large schema has tens of thousands");

/// A constraint name in one namespace: global ones per database schema, the others per model.
struct NamespaceKey {
    Scope scope;
    const void *owner; ///< the model, or nullptr for a global scope
    QString schemaName;
    QString name;

    bool operator==(const NamespaceKey &other) const
    {
        return scope == other.scope && owner == other.owner && schemaName == other.schemaName && name == other.name;
    }
};

size_t qHash(const NamespaceKey &key, size_t seed = 0)
{
    return qHashMulti(seed, int(key.scope), quintptr(key.owner), key.schemaName, key.name);
}

std::optional<psl::Span> argumentSpan(const psl::Attribute &attribute, QStringView name)
{
    for (const psl::Argument &argument : attribute.arguments) {
        if (argument.name.name == name)
            return argument.span();
    }
    return std::nullopt;
}

const psl::Field *findField(const Block &block, QStringView name)
{
    for (const psl::BlockItem &item : block.items) {
        if (const psl::Field *field = std::get_if<psl::Field>(&item); field && field->name.name == name)
            return field;
    }
    return nullptr;
}

} // namespace

namespace {

/// Two models (views included) must not share a table, nor two enums a type.
void checkDatabaseNamesOf(const Context &context)
{
    const Schema &schema = context.schema;
    const ConnectorInfo &connector = connectorInfo(context.provider());
    const TopIndex &blocksByName = topIndex(context);

    // Two models (views included) must not share a table.
    {
        QHash<std::pair<QStringView, QStringView>, const Model *> databaseNames;
        databaseNames.reserve(qsizetype(schema.models.size()));
        for (const Model &model : schema.models) {
            const std::pair<QStringView, QStringView> key{model.schemaName, databaseNameOf(model)};
            const Model *existing = databaseNames.value(key);
            databaseNames.insert(key, &model);
            if (!existing)
                continue;
            const bool mapped = !model.mappedName.isEmpty();
            const Block *carrier = blocksByName.top(mapped ? model.name : existing->name);
            const psl::Attribute *map = nullptr;
            if (carrier) {
                for (const psl::BlockAttribute *attribute : carrier->blockAttributes()) {
                    if (attribute->attribute.name.name == u"map")
                        map = &attribute->attribute;
                }
            }
            context.error("P1012-duplicate-table", map ? map->span() : model.span,
                          tr("The model with database name \"%1\" could not be defined because another model or view with "
                             "this name exists: \"%2\"")
                              .arg(model.databaseName(), mapped ? existing->name : model.name));
        }
    }

    if (connector.enums) {
        QSet<std::pair<QString, QString>> databaseNames;
        for (const Enum &e : schema.enums) {
            const std::pair<QString, QString> key{e.schemaName, e.databaseName()};
            if (databaseNames.contains(key))
                context.error("P1012-duplicate-enum-database-name", e.span,
                              tr("An enum with the same database name is already defined."));
            databaseNames.insert(key);
        }
    }

}

/// The constraint names of Prisma's validation pipeline: each index, primary key, foreign key and (SQL Server)
/// default gets a name, given (`map:`) or Prisma's default one, and names must not clash within their namespaces.
/// The syntax tree is only looked at to point at an error.
class ConstraintNames {
public:
    explicit ConstraintNames(const Context &context)
        : m_context(context)
        , m_schema(context.schema)
        , m_provider(context.provider())
        , m_connector(connectorInfo(m_provider))
        , m_maxLength(m_connector.maxIdentifierLength)
        , m_namedDefaults(m_provider == Provider::SqlServer) // only SQL Server has a namespace for them
        , m_blocksByName(topIndex(context))
        , m_schemaIndex(modelLookups(context).index)
    {
    }

    /// At most one constraint per index and default (SQL Server) of models [first, end), and one per relation of
    /// the schema (`ForeignKeys::OfRelations`) or per relation field of those models: large schemas have tens of
    /// thousands, and a grown vector would hold up to twice that while validation peaks.
    enum class ForeignKeys { OfRelations, OfModels };
    size_t mostConstraints(std::pair<int, int> models, ForeignKeys foreignKeys) const
    {
        size_t count = m_schema.relations.size();
        if (foreignKeys == ForeignKeys::OfModels) {
            const std::vector<int> &starts = relationFields(m_context, false).modelStart;
            count = size_t(starts[size_t(models.second)] - starts[size_t(models.first)]);
        }
        for (int m = models.first; m < models.second; ++m) {
            const Model &model = m_schema.models[size_t(m)];
            count += model.indexes.size();
            if (m_namedDefaults)
                count += size_t(std::count_if(model.fields.begin(), model.fields.end(), [](const Field &f) { return f.defaultValue->isSet(); }));
        }
        return count;
    }

    /// The index, primary key and default constraints of models [first, end), in model order; reports `map:`
    /// names that are too long. Returns whether an `@@id` or `@@unique` has a client name (`name:`).
    bool collectModels(std::pair<int, int> models, std::vector<Constraint> &out);
    /// The foreign keys, one per relation whose side holds `fields`; reports `map:` names that are too long.
    void collectForeignKeys(std::vector<Constraint> &out);
    /// The foreign keys of models [first, end): one per field that holds `fields`. On a schema without errors
    /// these are the foreign keys of collectForeignKeys(), in another order (should there be more, a clash may be
    /// reported that is not one: the run in order then finds none).
    void collectForeignKeysOf(std::pair<int, int> models, std::vector<Constraint> &out);
    /// Reports every name that two constraints share in a namespace of the provider.
    /// The constraints come in parts (one per slice of models, or one), in the order they were found.
    void reportClashes(const std::vector<std::vector<Constraint> *> &parts);
    /// Client names of @@id and @@unique: unique per model, and not the name of a field.
    void checkClientNames();

private:
    bool isTooLong(const QString &name) const
    {
        // UTF-8 needs at most three bytes for one UTF-16 unit: count the bytes only for long names.
        return m_maxLength > 0 && name.size() * 3 > m_maxLength && utf8Length(name) > m_maxLength;
    }
    void reportTooLong(const QString &modelName, const psl::Attribute &attribute, const QString &name, bool doubleAt) const;
    void addForeignKey(const Model &referencing, const Field &forward, std::vector<Constraint> &out);
    /// The attribute an index of a model comes from, found by its position.
    const psl::Attribute *indexAttribute(const Model &model, const Index &index) const;
    const psl::Attribute *fieldAttribute(const Model &model, const QString &fieldName, QStringView attributeName) const;
    /// A default name is written into one buffer and only its hash kept: names are compared in full only where
    /// hashes meet (a large schema has tens of thousands of constraints and, as a rule, no clash).
    void writeDefaultName(const Constraint &constraint, QString &out) const;
    void addConstraint(Constraint constraint, const QString &mapped, std::vector<Constraint> &out);
    /// Where Prisma points at a clash: the `map:` argument (or `name:` of an index), else the attribute or field.
    psl::Span clashSpan(const Constraint &constraint) const;

    const Context &m_context;
    const Schema &m_schema;
    Provider m_provider;
    const ConnectorInfo &m_connector;
    int m_maxLength;
    bool m_namedDefaults;
    const TopIndex &m_blocksByName;
    const SchemaIndex &m_schemaIndex;
    QString m_defaultName; ///< the buffer of writeDefaultName()
};

void ConstraintNames::reportTooLong(const QString &modelName, const psl::Attribute &attribute, const QString &name, bool doubleAt) const
{
    m_context.error("P1012-constraint-name-too-long", attribute.span(),
                    tr("Error validating model \"%1\": The constraint name '%2' specified in the `map` argument for the "
                       "`%3%4` constraint is too long for your chosen provider. The maximum allowed length is %5 bytes.")
                        .arg(modelName, name, doubleAt ? QStringLiteral("@@") : QStringLiteral("@"), attribute.name.name,
                             QString::number(m_maxLength)));
}

const psl::Attribute *ConstraintNames::indexAttribute(const Model &model, const Index &index) const
{
    const Block *block = m_blocksByName.top(model.name);
    if (!block)
        return nullptr;
    for (const psl::BlockItem &item : block->items) {
        if (const psl::BlockAttribute *attribute = std::get_if<psl::BlockAttribute>(&item)) {
            if (attribute->attribute.span().start == index.span.start && attribute->attribute.span().file == index.span.file)
                return &attribute->attribute;
        } else if (const psl::Field *field = std::get_if<psl::Field>(&item)) {
            for (const psl::Attribute &attribute : field->attributes) {
                if (attribute.span().start == index.span.start && attribute.span().file == index.span.file)
                    return &attribute;
            }
        }
    }
    return nullptr;
}

const psl::Attribute *ConstraintNames::fieldAttribute(const Model &model, const QString &fieldName, QStringView attributeName) const
{
    const Block *block = m_blocksByName.top(model.name);
    const psl::Field *node = block ? findField(*block, fieldName) : nullptr;
    return node ? node->attribute(attributeName) : nullptr;
}

void ConstraintNames::writeDefaultName(const Constraint &constraint, QString &out) const
{
    const QStringView table = databaseNameOf(*constraint.model);
    QVarLengthArray<QStringView, 4> columns;
    QStringView suffix;
    switch (constraint.kind) {
    case ConstraintKind::PrimaryKey:
        suffix = u"_pkey";
        out.resize(0);
        out += table;
        break;
    case ConstraintKind::Index:
        // The columns of the fields; a path into a composite type counts as its first field.
        for (const IndexField &indexField : constraint.index()->fields) {
            const qsizetype dot = indexField.name.indexOf(u'.');
            const Field *field = constraint.model->field(dot < 0 ? indexField.name.view() : indexField.name.view().left(dot));
            columns.append(field ? databaseNameOf(*field) : indexField.name.view());
        }
        suffix = constraint.index()->kind == IndexKind::Unique ? QStringView(u"_key") : QStringView(u"_idx");
        joinedNameInto(out, table, columns);
        break;
    case ConstraintKind::Default:
        suffix = u"_df";
        columns.append(databaseNameOf(*constraint.field()));
        joinedNameInto(out, table, columns);
        break;
    case ConstraintKind::Relation:
        for (const QString &name : constraint.field()->relation->fields) {
            const Field *field = constraint.model->field(name);
            columns.append(field ? databaseNameOf(*field) : QStringView(name));
        }
        suffix = u"_fkey";
        joinedNameInto(out, table, columns);
        break;
    }
    finishConstraintName(out, suffix, m_maxLength);
}

void ConstraintNames::addConstraint(Constraint constraint, const QString &mapped, std::vector<Constraint> &out)
{
    if (!mapped.isEmpty()) {
        constraint.name = mapped;
        constraint.nameHash = quint32(psl::textHash(mapped));
    } else {
        writeDefaultName(constraint, m_defaultName);
        constraint.nameHash = quint32(psl::textHash(m_defaultName));
    }
    out.push_back(std::move(constraint));
}

bool ConstraintNames::collectModels(std::pair<int, int> models, std::vector<Constraint> &out)
{
    bool anyClientName = false;
    for (int m = models.first; m < models.second; ++m) {
        const Model &model = m_schema.models[size_t(m)];
        for (const Index &index : model.indexes) {
            Constraint constraint = Constraint::ofIndex(ConstraintKind::Index, model, index);
            if (!index.name->isEmpty() && index.kind != IndexKind::Normal && index.kind != IndexKind::Fulltext)
                anyClientName = true;
            QString mapped = index.map;
            if (index.kind == IndexKind::PrimaryKey) {
                if (!m_connector.namedPrimaryKeys)
                    continue;
                constraint.kind = ConstraintKind::PrimaryKey;
            } else if (index.kind == IndexKind::Normal && mapped.isEmpty()) {
                mapped = index.name; // @@index(name: ...) is the legacy spelling of map
            }
            if (!mapped.isEmpty() && isTooLong(mapped)) {
                if (const psl::Attribute *attribute = indexAttribute(model, index))
                    reportTooLong(model.name, *attribute, mapped, !index.fromFieldAttribute);
            }
            addConstraint(std::move(constraint), mapped, out);
        }
        // The field facts say which fields have a `@default` without walking the graph's fields (at 5,000 models,
        // 85,000 of them, a cache miss each).
        const bool aligned = size_t(m) < m_schemaIndex.models.size() && m_schemaIndex.models[size_t(m)].model == &model;
        const std::span<const FieldFacts> facts = aligned ? m_schemaIndex.models[size_t(m)].facts : std::span<const FieldFacts>();
        for (size_t f = 0; f < model.fields.size(); ++f) {
            if (f < facts.size() && !facts[f].attributes.contains(AttributeName::Default))
                continue;
            const Field &field = model.fields[f];
            if (!field.defaultValue->isSet())
                continue;
            if (!field.defaultValue->map->isEmpty() && isTooLong(field.defaultValue->map)) {
                if (const psl::Attribute *attribute = fieldAttribute(model, field.name, u"default"))
                    reportTooLong(model.name, *attribute, field.defaultValue->map, false);
            }
            if (!m_namedDefaults)
                continue;
            Constraint constraint = Constraint::ofField(ConstraintKind::Default, model, field);
            addConstraint(std::move(constraint), field.defaultValue->map, out);
        }
    }

    return anyClientName;
}

void ConstraintNames::collectForeignKeys(std::vector<Constraint> &out)
{
    // One per relation whose side holds `fields`. The pipeline runs on schemas without errors, so model names are
    // unique.
    auto modelNamed = [&](const QString &name) -> const Model * {
        const int m = m_schemaIndex.model(name);
        return m < 0 ? nullptr : m_schemaIndex.models[size_t(m)].model;
    };
    for (const Relation &relation : m_schema.relations) {
        if (relation.kind == RelationKind::ManyToMany)
            continue;
        const Model *modelA = modelNamed(relation.modelA);
        const Model *modelB = modelNamed(relation.modelB);
        const Field *fieldA = modelA ? modelA->field(relation.fieldA) : nullptr;
        const Field *fieldB = modelB && !relation.fieldB.isEmpty() ? modelB->field(relation.fieldB) : nullptr;
        if (fieldA && !fieldA->relation->fields.isEmpty())
            addForeignKey(*modelA, *fieldA, out);
        else if (fieldB && !fieldB->relation->fields.isEmpty())
            addForeignKey(*modelB, *fieldB, out);
    }
}

void ConstraintNames::collectForeignKeysOf(std::pair<int, int> models, std::vector<Constraint> &out)
{
    for (int m = models.first; m < models.second; ++m) {
        const Model &model = m_schema.models[size_t(m)];
        for (const Field &field : model.fields) {
            if (!field.relation->fields.isEmpty())
                addForeignKey(model, field, out);
        }
    }
}

void ConstraintNames::addForeignKey(const Model &referencing, const Field &forward, std::vector<Constraint> &out)
{
    // Named foreign keys where the provider has none: reported by the relation rules.
    if (!forward.relation->map.isEmpty() && m_connector.namedForeignKeys && isTooLong(forward.relation->map)) {
        if (const psl::Attribute *attribute = fieldAttribute(referencing, forward.name, u"relation"))
            reportTooLong(referencing.name, *attribute, forward.relation->map, false);
    }
    Constraint constraint = Constraint::ofField(ConstraintKind::Relation, referencing, forward);
    addConstraint(std::move(constraint), forward.relation->map, out);
}

psl::Span ConstraintNames::clashSpan(const Constraint &constraint) const
{
    const psl::Attribute *attribute = nullptr;
    if (constraint.index())
        attribute = indexAttribute(*constraint.model, *constraint.index());
    else if (constraint.field())
        attribute = fieldAttribute(*constraint.model, constraint.field()->name,
                                   constraint.kind == ConstraintKind::Relation ? u"relation" : u"default");
    if (attribute) {
        if (const auto map = argumentSpan(*attribute, u"map"))
            return *map;
        if (constraint.kind == ConstraintKind::Index) {
            if (const auto name = argumentSpan(*attribute, u"name"))
                return *name;
        }
        if (constraint.index())
            return attribute->span();
    }
    // The index attribute, or the field of a foreign key or default.
    return constraint.index() ? constraint.index()->span : constraint.field() ? constraint.field()->span : psl::Span();
}

void ConstraintNames::reportClashes(const std::vector<std::vector<Constraint> *> &parts)
{
    // Count every constraint in the namespaces of the provider.
    const std::vector<Scope> scopes = scopesOf(m_provider);
    auto counted = [](Scope scope, ConstraintKind kind) {
        switch (scope) {
        case Scope::GlobalKeyIndex:
        case Scope::ModelKeyIndex:
            return kind == ConstraintKind::Index;
        case Scope::GlobalForeignKey:
            return kind == ConstraintKind::Relation;
        case Scope::GlobalPrimaryKeyKeyIndex:
        case Scope::ModelPrimaryKeyKeyIndex:
            return kind == ConstraintKind::PrimaryKey || kind == ConstraintKind::Index;
        case Scope::GlobalPrimaryKeyForeignKeyDefault:
            return kind == ConstraintKind::PrimaryKey || kind == ConstraintKind::Relation || kind == ConstraintKind::Default;
        case Scope::ModelPrimaryKeyKeyIndexForeignKey:
            return kind != ConstraintKind::Default;
        }
        return false;
    };
    auto keyOf = [](Scope scope, const Constraint &constraint) {
        return isGlobal(scope) ? NamespaceKey{scope, nullptr, constraint.model->schemaName, constraint.name}
                               : NamespaceKey{scope, constraint.model, QString(), constraint.name};
    };
    // Only a name used twice can clash. Constraints whose hashes meet have their default names written out and
    // counted; the namespaces of the names really repeated are counted next. The hashes are counted in an
    // open-addressing table (one pass, and a second for the constraints whose hash was seen twice), so the
    // constraints that share a hash come out in the order they were found, the order clashes are reported in.
    size_t total = 0;
    for (const std::vector<Constraint> *part : parts)
        total += part->size();
    const size_t capacity = std::bit_ceil(total * 2 + 2);
    const int shift = std::countl_zero(capacity - 1);
    std::vector<quint32> hashes(capacity);
    std::vector<quint8> seen(capacity, 0); // 0: empty, 1: once, 2: more
    auto slotOf = [&](quint32 hash) {
        size_t i = size_t((quint64(hash) * 0x9E3779B97F4A7C15ull) >> shift) & (capacity - 1);
        while (seen[i] && hashes[i] != hash)
            i = (i + 1) & (capacity - 1);
        return i;
    };
    for (const std::vector<Constraint> *part : parts) {
        for (const Constraint &constraint : *part) {
            const size_t i = slotOf(constraint.nameHash);
            hashes[i] = constraint.nameHash;
            seen[i] = quint8(std::min(seen[i] + 1, 2));
        }
    }
    std::vector<Constraint *> sharingHash;
    for (std::vector<Constraint> *part : parts) {
        for (Constraint &constraint : *part) {
            if (seen[slotOf(constraint.nameHash)] == 2)
                sharingHash.push_back(&constraint);
        }
    }
    for (Constraint *constraint : sharingHash) {
        if (constraint->name.isEmpty()) {
            QString name;
            writeDefaultName(*constraint, name);
            constraint->name = std::move(name);
        }
    }
    QHash<QStringView, int> uses; // views of the names in `constraints`
    uses.reserve(qsizetype(sharingHash.size()));
    for (const Constraint *constraint : sharingHash)
        uses[constraint->name.view()] += 1;
    std::vector<const Constraint *> repeated;
    for (const Constraint *constraint : sharingHash) {
        if (uses.value(constraint->name.view()) > 1)
            repeated.push_back(constraint);
    }
    QHash<NamespaceKey, int> counts;
    for (Scope scope : scopes) {
        for (const Constraint *constraint : repeated) {
            if (counted(scope, constraint->kind))
                counts[keyOf(scope, *constraint)] += 1;
        }
    }
    for (const Constraint *repeatedConstraint : repeated) {
        const Constraint &constraint = *repeatedConstraint;
        // Global scopes first, then the model's own, as Prisma reports them.
        for (const bool global : {true, false}) {
            for (Scope scope : possibleScopes(constraint.kind)) {
                if (isGlobal(scope) != global)
                    continue;
                if (std::find(scopes.begin(), scopes.end(), scope) == scopes.end())
                    continue;
                if (counts.value(keyOf(scope, constraint)) <= 1)
                    continue;
                m_context.error("P1012-constraint-name-clash", clashSpan(constraint),
                              attributeErrorMessage(constraint.attributeName(),
                                                    tr("The given constraint name `%1` has to be unique in the following "
                                                       "namespace: %2. Please provide a different name using the `map` "
                                                       "argument.")
                                                        .arg(constraint.name, scopeDescription(scope, constraint.model->name))));
            }
        }
    }

}

void ConstraintNames::checkClientNames()
{
    for (const Model &model : m_schema.models) {
        QHash<QString, int> customNames;
        for (const Index &index : model.indexes) {
            if (!index.name->isEmpty() && index.kind != IndexKind::Normal && index.kind != IndexKind::Fulltext)
                customNames[index.name] += 1;
        }
        if (customNames.isEmpty())
            continue;
        const Block *block = m_blocksByName.top(model.name);
        for (const Index &index : model.indexes) {
            if (index.name->isEmpty() || index.kind == IndexKind::Normal || index.kind == IndexKind::Fulltext)
                continue;
            const QString attributeName = (index.fromFieldAttribute ? QStringLiteral("@") : QStringLiteral("@@"))
                + (index.kind == IndexKind::PrimaryKey ? QStringLiteral("id") : QStringLiteral("unique"));
            if (customNames.value(index.name) > 1) {
                std::optional<psl::Span> span;
                if (block) {
                    for (const psl::BlockAttribute *attribute : block->blockAttributes()) {
                        if (attribute->attribute.span().start == index.span.start)
                            span = argumentSpan(attribute->attribute, u"name");
                    }
                }
                m_context.error("P1012-custom-name-clash", span ? *span : index.span,
                              attributeErrorMessage(attributeName,
                                                    tr("The given custom name `%1` has to be unique on the model. Please "
                                                       "provide a different name for the `name` argument.")
                                                        .arg(index.name)));
            }
            if (model.field(*index.name)) {
                m_context.error("P1012-custom-name-field", block ? block->span : model.span,
                              tr("Error validating %1 \"%2\": The custom name `%3` specified for the `@@%4` attribute is "
                                 "already used as a name for a field. Please choose a different name.")
                                  .arg(model.isView ? QStringLiteral("view") : QStringLiteral("model"), model.name,
                                       index.name,
                                       index.kind == IndexKind::PrimaryKey ? QStringLiteral("id") : QStringLiteral("unique")));
            }
        }
    }
}

} // namespace

/// The constraints a slice's models gather for checkConstraintNames().
struct ConstraintNameParts::Part {
    std::vector<Constraint> constraints;
    bool anyClientName = false;
};

ConstraintNameParts::ConstraintNameParts(size_t slices)
    : m_parts(slices)
{
}

ConstraintNameParts::~ConstraintNameParts() = default;

void checkNamesPipeline(const Context &context)
{
    checkDatabaseNames(context);
    ConstraintNames names(context);
    const std::pair<int, int> models{0, int(context.schema.models.size())};
    std::vector<Constraint> constraints;
    constraints.reserve(names.mostConstraints(models, ConstraintNames::ForeignKeys::OfRelations));
    const bool anyClientName = names.collectModels(models, constraints);
    names.collectForeignKeys(constraints);
    names.reportClashes({&constraints});
    if (anyClientName)
        names.checkClientNames();
}

void checkDatabaseNames(const Context &context)
{
    checkDatabaseNamesOf(context);
}

void collectConstraintNames(const Context &context, const BlockSlice &slice, ConstraintNameParts &parts, size_t part)
{
    ConstraintNames names(context);
    const std::pair<int, int> models = modelLookups(context).index.modelsOf(slice);
    ConstraintNameParts::Part &out = *(parts.m_parts[part] = std::make_unique<ConstraintNameParts::Part>());
    out.constraints.reserve(names.mostConstraints(models, ConstraintNames::ForeignKeys::OfModels));
    out.anyClientName = names.collectModels(models, out.constraints);
    names.collectForeignKeysOf(models, out.constraints);
}

void checkConstraintNames(const Context &context, ConstraintNameParts &parts)
{
    ConstraintNames names(context);
    bool anyClientName = false;
    std::vector<std::vector<Constraint> *> constraints;
    constraints.reserve(parts.m_parts.size());
    for (const std::unique_ptr<ConstraintNameParts::Part> &part : parts.m_parts) {
        if (!part)
            continue;
        constraints.push_back(&part->constraints);
        anyClientName = anyClientName || part->anyClientName;
    }
    names.reportClashes(constraints);
    if (anyClientName)
        names.checkClientNames();
}

} // namespace strata::schema::validation
