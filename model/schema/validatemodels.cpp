// SPDX-License-Identifier: GPL-3.0-or-later
// Rules on models, views and composite types: field types, legacy field syntax, primary keys, unique
// criteria, indexes, and what each database supports (scalar lists, Json, Decimal, index types, ...).
// Messages and locations are Prisma's (`prisma validate`), so users recognise them.
#include "validationhelpers_p.h"

#include <QSet>

#include <memory>

namespace strata::schema::validation {

namespace {

using psl::Argument;
using psl::Attribute;
using psl::Expression;
using psl::Span;

// ---- What each connector supports (Prisma's connector capabilities) --------------------------------

bool supportsScalarLists(Provider p)
{
    return p == Provider::PostgreSql || p == Provider::CockroachDb || p == Provider::MongoDb;
}
bool supportsJson(Provider p) { return p != Provider::SqlServer; }
bool supportsJsonLists(Provider p) { return p == Provider::PostgreSql || p == Provider::MongoDb; }
bool supportsDecimal(Provider p) { return p != Provider::MongoDb && p != Provider::Unknown; }
bool supportsCompoundIds(Provider p) { return p != Provider::MongoDb; }
bool supportsNamedPrimaryKeys(Provider p)
{
    return p == Provider::PostgreSql || p == Provider::CockroachDb || p == Provider::SqlServer;
}
bool supportsLengthPrefix(Provider p) { return p == Provider::MySql; }
bool supportsPrimaryKeySortOrder(Provider p) { return p == Provider::SqlServer; }
bool supportsFulltext(Provider p) { return p == Provider::MySql || p == Provider::MongoDb; }
bool supportsMultipleFulltext(Provider p) { return p == Provider::MySql; }
bool supportsFulltextSortOrder(Provider p) { return p == Provider::MongoDb; }
bool supportsClustering(Provider p) { return p == Provider::SqlServer; }
bool supportsCompositeTypes(Provider p) { return p == Provider::MongoDb; }

bool supportsIndexAlgorithm(Provider p, const QString &algorithm)
{
    if (algorithm == u"BTree")
        return true;
    if (p == Provider::PostgreSql)
        return true;
    if (p == Provider::CockroachDb)
        return algorithm == u"Gin";
    return false;
}

const QSet<QString> &operatorClasses()
{
    static const QSet<QString> names = {
        QStringLiteral("InetOps"), QStringLiteral("JsonbOps"), QStringLiteral("JsonbPathOps"), QStringLiteral("ArrayOps"), QStringLiteral("TextOps"), QStringLiteral("BitMinMaxOps"),
        QStringLiteral("VarBitMinMaxOps"), QStringLiteral("BpcharBloomOps"), QStringLiteral("BpcharMinMaxOps"), QStringLiteral("ByteaBloomOps"),
        QStringLiteral("ByteaMinMaxOps"), QStringLiteral("DateBloomOps"), QStringLiteral("DateMinMaxOps"), QStringLiteral("DateMinMaxMultiOps"),
        QStringLiteral("Float4BloomOps"), QStringLiteral("Float4MinMaxOps"), QStringLiteral("Float4MinMaxMultiOps"), QStringLiteral("Float8BloomOps"),
        QStringLiteral("Float8MinMaxOps"), QStringLiteral("Float8MinMaxMultiOps"), QStringLiteral("InetInclusionOps"), QStringLiteral("InetBloomOps"),
        QStringLiteral("InetMinMaxOps"), QStringLiteral("InetMinMaxMultiOps"), QStringLiteral("Int2BloomOps"), QStringLiteral("Int2MinMaxOps"),
        QStringLiteral("Int2MinMaxMultiOps"), QStringLiteral("Int4BloomOps"), QStringLiteral("Int4MinMaxOps"), QStringLiteral("Int4MinMaxMultiOps"),
        QStringLiteral("Int8BloomOps"), QStringLiteral("Int8MinMaxOps"), QStringLiteral("Int8MinMaxMultiOps"), QStringLiteral("NumericBloomOps"),
        QStringLiteral("NumericMinMaxOps"), QStringLiteral("NumericMinMaxMultiOps"), QStringLiteral("OidBloomOps"), QStringLiteral("OidMinMaxOps"),
        QStringLiteral("OidMinMaxMultiOps"), QStringLiteral("TextBloomOps"), QStringLiteral("TextMinMaxOps"), QStringLiteral("TimestampBloomOps"),
        QStringLiteral("TimestampMinMaxOps"), QStringLiteral("TimestampMinMaxMultiOps"), QStringLiteral("TimestampTzBloomOps"),
        QStringLiteral("TimestampTzMinMaxOps"), QStringLiteral("TimestampTzMinMaxMultiOps"), QStringLiteral("TimeBloomOps"), QStringLiteral("TimeMinMaxOps"),
        QStringLiteral("TimeMinMaxMultiOps"), QStringLiteral("TimeTzBloomOps"), QStringLiteral("TimeTzMinMaxOps"), QStringLiteral("TimeTzMinMaxMultiOps"),
        QStringLiteral("UuidBloomOps"), QStringLiteral("UuidMinMaxOps"), QStringLiteral("UuidMinMaxMultiOps"),
    };
    return names;
}

// ---- Message shapes ----------------------------------------------------------------------------------

QString modelError(const ModelEntry &entry, const QString &message)
{
    return tr("Error validating %1 \"%2\": %3").arg(entry.container(), entry.model->name, message);
}

QString attributeError(const QString &attribute, const QString &message)
{
    return tr("Error parsing attribute \"%1\": %2").arg(attribute, message);
}

QString validationError(const QString &message)
{
    return tr("Error validating: %1").arg(message);
}

QString describeValueType(const Expression &e)
{
    switch (e.kind) {
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

QString typeMismatch(const QString &expected, const Expression &e)
{
    return tr("Expected a %1 value, but received %2 value `%3`.").arg(expected, describeValueType(e), e.raw);
}

QString unexpectedToken(const QString &expected)
{
    return tr("Unexpected token. Expected one of: %1").arg(expected);
}

// ---- Attribute helpers -------------------------------------------------------------------------------

/// Attributes that may appear once: a repeated one is reported elsewhere and, as in Prisma, not read.
template<typename Attributes>
const Attribute *singleAttribute(const Attributes &attributes, QStringView name)
{
    const Attribute *found = nullptr;
    for (const auto &item : attributes) {
        const Attribute &attribute = item;
        if (attribute.name.name != name)
            continue;
        if (found)
            return nullptr;
        found = &attribute;
    }
    return found;
}

const Attribute *fieldAttribute(const psl::Field &field, QStringView name)
{
    return singleAttribute(field.attributes, name);
}

/// The block attributes of a model that decide its keys and indexes, in one pass over its lines.
struct KeyAttributes {
    std::vector<const Attribute *> ignore;
    std::vector<const Attribute *> id;
    std::vector<const Attribute *> index;
    std::vector<const Attribute *> unique;
    std::vector<const Attribute *> fulltext;

    explicit KeyAttributes(const psl::Block &block)
    {
        for (const psl::BlockItem &item : block.items) {
            const psl::BlockAttribute *node = std::get_if<psl::BlockAttribute>(&item);
            if (!node)
                continue;
            const QString &name = node->attribute.name.name;
            if (name == u"index")
                index.push_back(&node->attribute);
            else if (name == u"unique")
                unique.push_back(&node->attribute);
            else if (name == u"id")
                id.push_back(&node->attribute);
            else if (name == u"ignore")
                ignore.push_back(&node->attribute);
            else if (name == u"fulltext")
                fulltext.push_back(&node->attribute);
        }
    }
    /// A repeated `@@id` or `@@ignore` is reported elsewhere and, as in Prisma, not read.
    static const Attribute *single(const std::vector<const Attribute *> &list)
    {
        return list.size() == 1 ? list.front() : nullptr;
    }
};

const Expression *argumentValue(const Attribute &attribute, QStringView name, bool isDefault = false)
{
    const Argument *argument = attribute.argument(name, isDefault);
    return argument && argument->value ? &*argument->value : nullptr;
}

/// A string argument: nullopt when absent or not a string (the attribute rules report the latter).
std::optional<QString> stringArgument(const Attribute &attribute, QStringView name)
{
    const Expression *value = argumentValue(attribute, name);
    if (!value || !value->isString())
        return std::nullopt;
    return value->text;
}

bool isValidClientName(const QString &name)
{
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return c == u'_' || (c.unicode() < 128 && c.isLetterOrNumber());
    });
}

// ---- Field resolution --------------------------------------------------------------------------------

struct Resolution {
    std::vector<IndexFieldRef> fields;
    QStringList unknown;          ///< as Prisma prints them ("a", or "b in type T")
    QStringList relationFields;
    std::vector<int> relationFieldIndexes;
    bool dealtWith = false;       ///< a problem already reported (bad item, field listed twice)
    bool ok() const { return !dealtWith && unknown.isEmpty() && relationFields.isEmpty(); }
};

class ModelResolver {
public:
    ModelResolver(const Context &context, const SchemaIndex &index, int model, bool report)
        : m_context(context), m_index(index), m_entry(index.models[size_t(model)]), m_report(report)
    {
    }

    ResolvedModel resolve();

private:
    void error(const char *code, const Span &span, const QString &message) const
    {
        if (m_report)
            m_context.error(code, span, message);
    }
    bool parseItem(const Expression &item, IndexFieldRef &out);
    Resolution resolveFields(const Expression &value, const Attribute &attribute, bool followComposites);
    void resolvePath(const IndexFieldRef &ref, Resolution &out);
    void visitScalarField(int f, const psl::Field &node, ResolvedModel &out);
    void visitRelationField(int f, const psl::Field &node);
    void visitBlockId(const Attribute &attribute, ResolvedModel &out);
    void visitIndex(const Attribute &attribute, IndexKind kind, ResolvedModel &out);
    void reportResolution(const Resolution &r, const Attribute &attribute, IndexKind kind, const Expression &value);
    void checkSortArgument(const Attribute &attribute, std::optional<psl::Name> &sort);
    std::optional<QString> checkedName(const Attribute &attribute, const QString &attributeName, bool validateChars);
    void checkMap(const Attribute &attribute);

    const Context &m_context;
    const SchemaIndex &m_index;
    const ModelEntry &m_entry;
    bool m_report;
};

bool ModelResolver::parseItem(const Expression &item, IndexFieldRef &out)
{
    if (item.isConstant()) {
        out.name = item.text;
        return true;
    }
    if (!item.isFunction()) {
        error("P1012-type-mismatch", item.span, typeMismatch(QStringLiteral("constant literal"), item));
        return false;
    }
    out.name = item.text;
    // Prisma reads the first `sort:`, `length:` and `ops:` of each field.
    const Argument *sort = nullptr;
    const Argument *length = nullptr;
    const Argument *ops = nullptr;
    for (const Argument &argument : item.arguments) {
        if (argument.name.name == u"sort" && !sort)
            sort = &argument;
        else if (argument.name.name == u"length" && !length)
            length = &argument;
        else if (argument.name.name == u"ops" && !ops)
            ops = &argument;
    }
    if (sort && sort->value) {
        if (!sort->value->isConstant())
            error("P1012-type-mismatch", sort->value->span, typeMismatch(QStringLiteral("constant"), *sort->value));
        else if (sort->value->text == u"Asc" || sort->value->text == u"Desc")
            out.sort = sort->value->text;
        else
            error("P1012-index-sort", sort->span(), unexpectedToken(QStringLiteral("Asc, Desc")));
    }
    if (length && length->value) {
        bool ok = false;
        const qlonglong value = length->value->isNumber() ? length->value->text.toLongLong(&ok) : 0;
        if (!ok)
            error("P1012-type-mismatch", length->value->span, typeMismatch(QStringLiteral("numeric"), *length->value));
        else if (value >= 0)
            out.length = int(value);
    }
    if (ops && ops->value) {
        const Expression &value = *ops->value;
        if (value.isConstant()) {
            if (operatorClasses().contains(value.text)) {
                out.hasOperatorClass = true;
                out.operatorClass = value.text;
            }
            else
                error("P1012-index-ops", value.span, unexpectedToken(tr("Invalid operator class: %1").arg(value.text)));
        } else if (value.isFunction() && value.text == u"raw") {
            if (value.arguments.size() != 1) {
                error("P1012-index-ops", value.span,
                      unexpectedToken(tr("Wrong number of arguments. Expected: 1, got: %1").arg(value.arguments.size())));
            } else if (!value.arguments.front().value || !value.arguments.front().value->isString()) {
                error("P1012-index-ops", value.span, unexpectedToken(tr("Invalid parameter type: expected string")));
            } else {
                out.hasOperatorClass = true;
            }
        } else if (!value.isFunction()) {
            error("P1012-index-ops", ops->span(), unexpectedToken(QStringLiteral("operator class")));
        }
    }
    return true;
}

void ModelResolver::resolvePath(const IndexFieldRef &ref, Resolution &out)
{
    // `address.city`: a path through composite types (MongoDB).
    const QStringList parts = ref.name.split(u'.');
    const int first = m_entry.field(parts.front());
    const ModelEntry::Lookup found = m_entry.lookup(first);
    if (found == ModelEntry::Lookup::Missing) {
        out.unknown << parts.front();
        return;
    }
    const Field &top = m_entry.model->fields[size_t(first)];
    if (found == ModelEntry::Lookup::Other) {
        out.relationFields << top.name;
        out.relationFieldIndexes.push_back(first);
        return;
    }
    if (top.kind != FieldKind::Composite) {
        out.unknown << ref.name;
        return;
    }
    const CompositeType *type = &m_context.schema.compositeTypes[size_t(m_index.compositeIndex.value(top.typeName))];
    for (int i = 1; i < parts.size(); ++i) {
        const Field *next = nullptr;
        for (const Field &f : type->fields) {
            if (f.name == parts[i]) {
                next = &f;
                break;
            }
        }
        if (!next) {
            out.unknown << tr("%1 in type %2").arg(parts[i], type->name);
            return;
        }
        if (next->kind == FieldKind::Composite && m_index.compositeIndex.contains(next->typeName)) {
            type = &m_context.schema.compositeTypes[size_t(m_index.compositeIndex.value(next->typeName))];
        } else if (i < parts.size() - 1) {
            out.unknown << ref.name;
            return;
        }
    }
    IndexFieldRef resolved = ref;
    resolved.field = -1;
    out.fields.push_back(resolved);
}

Resolution ModelResolver::resolveFields(const Expression &value, const Attribute &attribute, bool followComposites)
{
    Resolution out;
    std::vector<IndexFieldRef> items;
    bool valid = true;
    if (value.isArray()) {
        for (const Expression &item : value.items) {
            IndexFieldRef ref;
            if (parseItem(item, ref))
                items.push_back(ref);
            else
                valid = false;
        }
    } else {
        IndexFieldRef ref;
        if (parseItem(value, ref))
            items.push_back(ref);
        else
            valid = false;
    }
    if (!valid) {
        out.dealtWith = true;
        return out;
    }
    // Index field lists are short: a linear search for repeats is cheaper than a set.
    auto seen = [&](int field, const QString &name) {
        return std::any_of(out.fields.begin(), out.fields.end() - (field < 0 ? 1 : 0), [&](const IndexFieldRef &r) {
            return field >= 0 ? r.field == field : (r.field < 0 && r.name == name);
        });
    };
    for (IndexFieldRef &ref : items) {
        if (ref.name.contains(u'.')) {
            if (!followComposites) {
                out.unknown << ref.name;
                continue;
            }
            const size_t before = out.fields.size();
            resolvePath(ref, out);
            if (out.fields.size() > before) {
                if (seen(-1, ref.name)) {
                    error("P1012-index-field-twice", attribute.span(),
                          modelError(m_entry, tr("The unique index definition refers to the field %1 multiple times.")
                                                  .arg(ref.name.text().section(u'.', -1))));
                    out.dealtWith = true;
                    return out;
                }
            }
            continue;
        }
        const int f = m_entry.field(ref.name.view());
        const ModelEntry::Lookup found = m_entry.lookup(f);
        if (found == ModelEntry::Lookup::Missing) {
            out.unknown << ref.name;
            continue;
        }
        const Field &field = m_entry.model->fields[size_t(f)];
        if (found == ModelEntry::Lookup::Other) {
            out.relationFields << field.name;
            out.relationFieldIndexes.push_back(f);
            continue;
        }
        if (seen(f, field.name)) {
            error("P1012-index-field-twice", attribute.span(),
                  modelError(m_entry, tr("The unique index definition refers to the field %1 multiple times.").arg(field.name)));
            out.dealtWith = true;
            return out;
        }
        ref.field = f;
        out.fields.push_back(ref);
    }
    return out;
}

/// The scalar fields behind a relation field's `fields:` argument, as suggestions in messages.
QStringList underlyingFields(const ModelEntry &entry, int relationField)
{
    if (!entry.model->fields[size_t(relationField)].isRelation())
        return {};
    const Attribute *relation = fieldAttribute(*entry.fields[size_t(relationField)], u"relation");
    if (!relation)
        return {};
    const Expression *fields = argumentValue(*relation, u"fields");
    if (!fields)
        return {};
    QStringList names;
    auto add = [&](const Expression &e) {
        if (!e.isConstant())
            return false;
        const int f = e.text.contains(u'.') ? -1 : entry.field(e.text.view());
        if (entry.lookup(f) != ModelEntry::Lookup::Scalar || names.contains(e.text))
            return false;
        names << e.text;
        return true;
    };
    if (fields->isArray()) {
        for (const Expression &item : fields->items) {
            if (!add(item))
                return {};
        }
    } else if (!add(*fields)) {
        return {};
    }
    return names;
}

void ModelResolver::reportResolution(const Resolution &r, const Attribute &attribute, IndexKind kind,
                                     const Expression &value)
{
    if (kind == IndexKind::PrimaryKey) {
        if (!r.unknown.isEmpty()) {
            error("P1012-id-unknown-field", value.span,
                  modelError(m_entry, tr("The multi field id declaration refers to the unknown %1.")
                                          .arg(fieldsWithLeadingWord(r.unknown))));
        }
        if (!r.relationFields.isEmpty()) {
            error("P1012-id-relation-field", attribute.span(),
                  modelError(m_entry, tr("The id definition refers to the relation %1. ID definitions must reference only "
                                         "scalar fields.")
                                          .arg(fieldsWithLeadingWord(r.relationFields))));
        }
        return;
    }
    const QString prefix = kind == IndexKind::Unique ? QStringLiteral("unique ") : QString();
    if (!r.unknown.isEmpty()) {
        error("P1012-index-unknown-field", attribute.span(),
              modelError(m_entry, tr("The %1index definition refers to the unknown fields: %2.")
                                      .arg(prefix, r.unknown.join(QStringLiteral(", ")))));
    }
    if (!r.relationFields.isEmpty()) {
        QStringList suggested;
        for (int f : r.relationFieldIndexes)
            suggested << underlyingFields(m_entry, f);
        QString suggestion;
        if (!suggested.isEmpty()) {
            suggestion = tr(" Did you mean `@@%1([%2])`?")
                             .arg(kind == IndexKind::Unique ? QStringLiteral("unique") : QStringLiteral("index"),
                                  suggested.join(QStringLiteral(", ")));
        }
        error("P1012-index-relation-field", attribute.span(),
              modelError(m_entry, tr("The %1index definition refers to the relation fields %2. Index definitions must "
                                     "reference only scalar fields.%3")
                                      .arg(prefix, r.relationFields.join(QStringLiteral(", ")), suggestion)));
    }
}

void ModelResolver::checkSortArgument(const Attribute &attribute, std::optional<psl::Name> &sort)
{
    const Expression *value = argumentValue(attribute, u"sort");
    if (!value)
        return;
    if (!value->isConstant()) {
        error("P1012-type-mismatch", value->span, typeMismatch(QStringLiteral("constant"), *value));
        return;
    }
    if (value->text == u"Asc" || value->text == u"Desc") {
        sort = value->text;
        return;
    }
    error("P1012-index-sort", attribute.span(),
          attributeError(u'@' + attribute.name.name,
                         tr("The `sort` argument can only be `Asc` or `Desc` you provided: %1.").arg(value->text)));
}

std::optional<QString> ModelResolver::checkedName(const Attribute &attribute, const QString &attributeName,
                                                  bool validateChars)
{
    const std::optional<QString> name = stringArgument(attribute, u"name");
    if (!name)
        return std::nullopt;
    if (name->isEmpty()) {
        error("P1012-index-empty-name", attribute.span(),
              attributeError(u'@' + attribute.name.name, tr("The `name` argument cannot be an empty string.")));
        return std::nullopt;
    }
    if (validateChars && !isValidClientName(*name)) {
        error("P1012-index-name-characters", attribute.span(),
              modelError(m_entry, tr("The `name` property within the `%1` attribute only allows for the following "
                                     "characters: `_a-zA-Z0-9`.")
                                      .arg(attributeName)));
    }
    return name;
}

void ModelResolver::checkMap(const Attribute &attribute)
{
    const std::optional<QString> map = stringArgument(attribute, u"map");
    if (map && map->isEmpty()) {
        error("P1012-index-empty-map", attribute.span(),
              attributeError(u'@' + attribute.name.name, tr("The `map` argument cannot be an empty string.")));
    }
}

std::optional<bool> clusteredArgument(const Attribute &attribute)
{
    const Expression *value = argumentValue(attribute, u"clustered");
    if (!value || !value->isConstant() || (value->text != u"true" && value->text != u"false"))
        return std::nullopt;
    return value->text == u"true";
}

void ModelResolver::visitScalarField(int f, const psl::Field &node, ResolvedModel &out)
{
    if (const Attribute *relation = fieldAttribute(node, u"relation")) {
        error("P1012-relation-on-scalar", relation->span(),
              attributeError(QStringLiteral("@relation"), tr("Invalid field type, not a relation.")));
    }
    if (const Attribute *id = fieldAttribute(node, u"id")) {
        if (out.primaryKey) {
            error("P1012-multiple-ids", m_entry.block->span,
                  modelError(m_entry, tr("At most one field must be marked as the id field with the `@id` attribute.")));
        } else {
            checkMap(*id);
            ResolvedIndex pk;
            pk.kind = IndexKind::PrimaryKey;
            pk.attribute = id;
            pk.sourceField = f;
            IndexFieldRef ref;
            ref.field = f;
            ref.name = node.name.name;
            if (const Expression *length = argumentValue(*id, u"length"); length && length->isNumber())
                ref.length = length->text.toInt();
            checkSortArgument(*id, ref.sort);
            pk.clustered = clusteredArgument(*id);
            pk.fields.push_back(ref);
            out.primaryKey = std::move(pk);
        }
    }
    if (const Attribute *unique = fieldAttribute(node, u"unique")) {
        checkMap(*unique);
        ResolvedIndex index;
        index.kind = IndexKind::Unique;
        index.attribute = unique;
        index.sourceField = f;
        IndexFieldRef ref;
        ref.field = f;
        ref.name = node.name.name;
        if (const Expression *length = argumentValue(*unique, u"length"); length && length->isNumber())
            ref.length = length->text.toInt();
        checkSortArgument(*unique, ref.sort);
        index.clustered = clusteredArgument(*unique);
        index.fields.push_back(ref);
        out.indexes.push_back(std::move(index));
    }
}

void ModelResolver::visitRelationField(int f, const psl::Field &node)
{
    const QString &name = m_entry.model->fields[size_t(f)].name;
    if (const Attribute *id = fieldAttribute(node, u"id")) {
        error("P1012-id-on-relation", id->span(),
              attributeError(QStringLiteral("@id"), tr("The field `%1` is a relation field and cannot be marked with "
                                                      "`@id`. Only scalar fields can be declared as id.")
                                                       .arg(name)));
    }
    if (const Attribute *unique = fieldAttribute(node, u"unique")) {
        const QStringList fields = underlyingFields(m_entry, f);
        QString suggestion;
        if (fields.size() == 1)
            suggestion = tr(" Did you mean to put it on `%1`?").arg(fields.front());
        else if (fields.size() > 1)
            suggestion = tr(" Did you mean to provide `@@unique([%1])`?").arg(fields.join(QStringLiteral(", ")));
        error("P1012-unique-on-relation", unique->span(),
              attributeError(QStringLiteral("@unique"), tr("The field `%1` is a relation field and cannot be marked "
                                                          "with `unique`. Only scalar fields can be made unique.%2")
                                                           .arg(name, suggestion)));
    }
}

void ModelResolver::visitBlockId(const Attribute &attribute, ResolvedModel &out)
{
    const Expression *value = argumentValue(attribute, u"fields", true);
    if (!value)
        return; // a missing argument is reported with the argument rules
    const Resolution r = resolveFields(*value, attribute, false);
    if (r.dealtWith)
        return;
    if (!r.ok()) {
        reportResolution(r, attribute, IndexKind::PrimaryKey, *value);
        return;
    }
    QStringList optional;
    for (const IndexFieldRef &ref : r.fields) {
        if (ref.field >= 0 && m_entry.model->fields[size_t(ref.field)].arity != Arity::Required)
            optional << ref.name;
    }
    if (!optional.isEmpty() && !out.ignored) {
        error("P1012-id-optional-field", attribute.span(),
              modelError(m_entry, tr("The id definition refers to the optional %1. ID definitions must reference only "
                                     "required fields.")
                                      .arg(fieldsWithLeadingWord(optional))));
    }
    if (out.primaryKey) {
        error("P1012-id-and-compound-id", m_entry.block->span,
              modelError(m_entry, tr("Each model must have at most one id criteria. You can't have `@id` and `@@id` at the "
                                     "same time.")));
    }
    checkMap(attribute);
    checkedName(attribute, QStringLiteral("@@id"), true);
    ResolvedIndex pk;
    pk.kind = IndexKind::PrimaryKey;
    pk.attribute = &attribute;
    pk.fields = r.fields;
    pk.clustered = clusteredArgument(attribute);
    out.primaryKey = std::move(pk);
}

void ModelResolver::visitIndex(const Attribute &attribute, IndexKind kind, ResolvedModel &out)
{
    ResolvedIndex index;
    index.kind = kind;
    index.attribute = &attribute;
    if (const Expression *value = argumentValue(attribute, u"fields", true)) {
        const Resolution r = resolveFields(*value, attribute, true);
        if (r.ok()) {
            index.fields = r.fields;
        } else {
            index.fieldsResolved = false;
            if (!r.dealtWith)
                reportResolution(r, attribute, kind, *value);
        }
    } else {
        index.fieldsResolved = false;
    }
    if (kind == IndexKind::Normal) {
        const std::optional<QString> name = checkedName(attribute, QStringLiteral("@@index"), false);
        checkMap(attribute);
        const std::optional<QString> map = stringArgument(attribute, u"map");
        if (name && map && !map->isEmpty()) {
            error("P1012-index-name-and-map", attribute.span(),
                  attributeError(QStringLiteral("@index"),
                                 tr("The `@@index` attribute accepts the `name` argument as an alias for the `map` "
                                    "argument for legacy reasons. It does not accept both though. Please use the `map` "
                                    "argument to specify the database name of the index.")));
        }
        if (const Expression *type = argumentValue(attribute, u"type")) {
            static const QSet<QString> algorithms = {QStringLiteral("BTree"), QStringLiteral("Hash"), QStringLiteral("Gist"), QStringLiteral("Gin"), QStringLiteral("SpGist"), QStringLiteral("Brin")};
            if (!type->isConstant())
                error("P1012-type-mismatch", type->span, typeMismatch(QStringLiteral("constant"), *type));
            else if (algorithms.contains(type->text))
                index.algorithm = type->text;
            else
                error("P1012-index-type", attribute.span(),
                      attributeError(QStringLiteral("@index"), tr("Unknown index type: %1.").arg(type->text)));
        }
        index.clustered = clusteredArgument(attribute);
    } else if (kind == IndexKind::Unique) {
        checkMap(attribute);
        checkedName(attribute, QStringLiteral("@@unique"), true);
        index.clustered = clusteredArgument(attribute);
    } else {
        checkMap(attribute);
    }
    out.indexes.push_back(std::move(index));
}

ResolvedModel ModelResolver::resolve()
{
    ResolvedModel out;
    const KeyAttributes attributes(*m_entry.block);
    out.ignored = KeyAttributes::single(attributes.ignore) != nullptr;
    for (size_t f = 0; f < m_entry.fields.size(); ++f) {
        // Only `@relation`, `@id` and `@unique` matter here: most fields have none of them.
        const AttributeNames &attributes = m_entry.facts[f].attributes;
        if (!attributes.containsAny({AttributeName::Relation, AttributeName::Id, AttributeName::Unique}))
            continue;
        // The facts resolve the field's type as the builder does (a relation field's type names a model or
        // view): reading them spares a load of the graph's field, a cache miss on large schemas.
        const ResolvedType::Kind kind = m_entry.facts[f].type.kind;
        Q_ASSERT((kind == ResolvedType::Kind::Model) == m_entry.model->fields[f].isRelation());
        Q_ASSERT((kind == ResolvedType::Kind::Unknown) == (m_entry.model->fields[f].kind == FieldKind::Unknown));
        if (kind == ResolvedType::Kind::Model)
            visitRelationField(int(f), *m_entry.fields[f]);
        else if (kind != ResolvedType::Kind::Unknown)
            visitScalarField(int(f), *m_entry.fields[f], out);
    }
    if (const Attribute *id = KeyAttributes::single(attributes.id))
        visitBlockId(*id, out);
    for (const Attribute *attribute : attributes.index)
        visitIndex(*attribute, IndexKind::Normal, out);
    for (const Attribute *attribute : attributes.unique)
        visitIndex(*attribute, IndexKind::Unique, out);
    for (const Attribute *attribute : attributes.fulltext)
        visitIndex(*attribute, IndexKind::Fulltext, out);

    // Checked last: `@@ignore` may come after the `@id` field.
    if (!out.ignored && out.primaryKey && out.primaryKey->onField()) {
        const Field &field = m_entry.model->fields[size_t(out.primaryKey->sourceField)];
        if (field.arity != Arity::Required) {
            error("P1012-id-not-required", out.primaryKey->attribute->span(),
                  attributeError(QStringLiteral("@id"), tr("Fields that are marked as id must be required.")));
        }
    }
    return out;
}

// ---- Phases before the attributes: legacy syntax, field names, field types ---------------------------

void checkLegacySyntax(const Context &context, const psl::Field &field)
{
    if (field.legacyColon) {
        Span colon = field.name.span;
        colon.start = colon.end;
        colon.column += int(field.name.name.size());
        colon.end = colon.start + 1;
        context.error("syntax-legacy-colon", colon, tr("Field declarations don't require a `:`."));
    }
    if (!field.type)
        return;
    switch (field.type->arity) {
    case psl::FieldType::Arity::LegacyRequired:
        context.error("syntax-legacy-required", field.type->span(),
                      tr("Fields are required by default, `!` is no longer required."));
        break;
    case psl::FieldType::Arity::LegacyList:
        context.error("syntax-legacy-list", field.type->span(),
                      tr("To specify a list, please use `Type[]` instead of `[Type]`."));
        break;
    case psl::FieldType::Arity::OptionalList:
        context.error("syntax-optional-list", field.type->span(),
                      tr("Optional lists are not supported. Use either `Type[]` or `Type?`."));
        break;
    default:
        break;
    }
}

// ---- The pipeline ------------------------------------------------------------------------------------

class Pipeline {
public:
    Pipeline(const Context &context, const SchemaIndex &index, const std::vector<ResolvedModel> &resolved,
             const RelationFields &relations)
        : m_context(context), m_index(index), m_resolved(resolved), m_relations(relations),
          m_provider(context.provider()), m_relationModePrisma(context.schema.usesPrismaRelationMode()
                                                                   || m_provider == Provider::MongoDb)
    {
    }

    /// The composite-type rules, then the models and views of every block.
    bool run();
    /// The rules of composite types.
    void checkCompositeTypes();
    /// The rules of the models (`views` false) or of the views (true) whose blocks are in the slice; false when
    /// an ambiguous relation stopped them.
    bool checkModels(std::pair<int, int> models, bool views);

private:
    bool checkModel(int m);
    void checkUniqueCriteria(const ModelEntry &entry, const ResolvedModel &resolved);
    void checkPrimaryKey(const ModelEntry &entry, const ResolvedModel &resolved);
    void checkScalarField(const ModelEntry &entry, int f);
    bool checkRelationField(const ModelEntry &entry, const ResolvedModel &resolved, const RelationFieldInfo &info);
    void checkIndex(const ModelEntry &entry, const ResolvedModel &resolved, const ResolvedIndex &index);
    void checkLengthTypes(const ModelEntry &entry, const ResolvedIndex &index);
    void checkMySqlKeyTypes(const ModelEntry &entry, const ResolvedIndex &index);
    void checkPostgresIndex(const ModelEntry &entry, const ResolvedIndex &index);
    void checkSqlServerKeyTypes(const ModelEntry &entry, const ResolvedIndex &index);
    void checkCockroachIndex(const ModelEntry &entry, const ResolvedIndex &index);
    bool ambiguity(const ModelEntry &entry, const RelationFieldInfo &info);
    void checkMongoModel(const ModelEntry &entry, const ResolvedModel &resolved);
    void checkConnectorSpecific(int m, const ModelEntry &entry, const ResolvedModel &resolved);
    void checkCompositeCycles();
    void checkPrimaryKeyClustering(const ResolvedModel &resolved);
    void checkMongoRelation(const ModelEntry &entry, const RelationFieldInfo &info);

    const Context &m_context;
    const SchemaIndex &m_index;
    const std::vector<ResolvedModel> &m_resolved;
    const RelationFields &m_relations;
    Provider m_provider;
    bool m_relationModePrisma;
};

bool Pipeline::run()
{
    checkCompositeTypes();
    // Models first, then views, as Prisma walks them.
    const std::pair<int, int> all{0, int(m_index.models.size())};
    return checkModels(all, false) && checkModels(all, true);
}

bool Pipeline::checkModels(std::pair<int, int> models, bool views)
{
    for (int m = models.first; m < models.second; ++m) {
        if (m_index.models[size_t(m)].isView() == views && !checkModel(m))
            return false;
    }
    return true;
}

void Pipeline::checkCompositeTypes()
{
    checkCompositeCycles();
    for (const CompositeType &type : m_context.schema.compositeTypes) {
        if (!supportsCompositeTypes(m_provider)) {
            const QString connector = m_provider == Provider::Unknown
                ? QStringLiteral("psl_core::datamodel_connector::empty_connector::EmptyDatamodelConnector")
                : connectorDisplayName(m_provider);
            m_context.error("P1012-composite-type-unsupported", type.span,
                            validationError(tr("Composite types are not supported on %1.").arg(connector)));
        }
        if (errorCount(m_context) == 0 && type.fields.empty()) {
            m_context.error("P1012-composite-type-empty", type.span,
                            validationError(tr("A type must have at least one field defined.")));
        }
    }
}

void Pipeline::checkCompositeCycles()
{
    // A required field of composite type nests a value in every value: a chain of them that comes back to
    // where it started would never end. This follows Prisma's search, so it reports the same paths.
    const auto &types = m_context.schema.compositeTypes;
    struct Path {
        int type;
        std::shared_ptr<const Path> previous;
    };
    struct Step {
        int owner; ///< composite type holding the field
        int field;
        std::shared_ptr<const Path> path;
    };
    auto typeOf = [&](const Field &field) {
        return field.kind == FieldKind::Composite ? m_index.compositeIndex.value(field.typeName, -1) : -1;
    };
    std::vector<Step> stack;
    for (int t = 0; t < int(types.size()); ++t) {
        for (int f = 0; f < int(types[size_t(t)].fields.size()); ++f) {
            if (types[size_t(t)].fields[size_t(f)].arity == Arity::Required)
                stack.push_back({t, f, nullptr});
        }
    }
    std::vector<int> visited;
    while (!stack.empty()) {
        Step step = std::move(stack.back());
        stack.pop_back();
        if (!step.path) {
            visited.clear();
            step.path = std::make_shared<const Path>(Path{step.owner, nullptr});
        }
        const CompositeType &owner = types[size_t(step.owner)];
        const Field &field = owner.fields[size_t(step.field)];
        const int target = typeOf(field);
        if (target < 0)
            continue;
        auto fieldError = [&](const QString &message) {
            m_context.error("P1012-composite-type-cycle", field.span,
                            tr("Error validating field `%1` in composite type `%2`: %3").arg(field.name, owner.name, message));
        };
        if (target == step.owner) {
            fieldError(tr("The type is the same as the parent and causes an endless cycle. Please change the field to be "
                          "either optional or a list."));
        } else if (!visited.empty() && visited.front() == target) {
            QStringList names;
            for (const Path *p = step.path.get(); p; p = p->previous.get())
                names << u'`' + types[size_t(p->type)].name + u'`';
            fieldError(tr("The types cause an endless cycle in the path %1. Please change one of the fields to be either "
                          "optional or a list to break the cycle.")
                           .arg(names.join(QStringLiteral(" → "))));
        } else {
            visited.push_back(target);
            const auto next = std::make_shared<const Path>(Path{target, step.path});
            for (int f = 0; f < int(types[size_t(target)].fields.size()); ++f) {
                if (types[size_t(target)].fields[size_t(f)].arity == Arity::Required)
                    stack.push_back({target, f, next});
            }
        }
    }
}

bool Pipeline::checkModel(int m)
{
    // In Prisma's order: an ambiguous relation stops validation in the middle of a model.
    const ModelEntry &entry = m_index.models[size_t(m)];
    const ResolvedModel &resolved = m_resolved[size_t(m)];
    if (entry.isView() && !m_context.schema.hasPreviewFeature(u"views")) {
        m_context.error("P1012-view-preview", entry.block->span,
                        validationError(tr("View definitions are only available with the `views` preview feature.")));
    }
    if (!entry.isView())
        checkUniqueCriteria(entry, resolved);
    checkPrimaryKey(entry, resolved);
    checkConnectorSpecific(m, entry, resolved);
    if (resolved.primaryKey) {
        checkLengthTypes(entry, *resolved.primaryKey);
        checkPrimaryKeyClustering(resolved);
    }
    for (int f = 0; f < int(entry.fields.size()); ++f) {
        if (entry.model->fields[size_t(f)].isScalarLike())
            checkScalarField(entry, f);
    }
    for (int i = m_relations.modelStart[size_t(m)]; i < m_relations.modelStart[size_t(m) + 1]; ++i) {
        if (!checkRelationField(entry, resolved, m_relations.items[size_t(i)]))
            return false;
    }
    for (const ResolvedIndex &index : resolved.indexes) {
        if (entry.isView()) {
            if (!index.isUnique()) {
                m_context.error("P1012-view-index", index.attribute->span(),
                                validationError(tr("Views cannot have indexes.")));
            }
            continue;
        }
        checkIndex(entry, resolved, index);
    }
    return true;
}

void Pipeline::checkConnectorSpecific(int m, const ModelEntry &entry, const ResolvedModel &resolved)
{
    switch (m_provider) {
    case Provider::MySql:
        for (const ResolvedIndex &index : resolved.indexes)
            checkMySqlKeyTypes(entry, index);
        if (resolved.primaryKey)
            checkMySqlKeyTypes(entry, *resolved.primaryKey);
        if (!m_relationModePrisma) {
            // MySQL accepts SET DEFAULT but its InnoDB engine does not implement it.
            auto warning = [] {
                return tr("MySQL does not actually support the `SetDefault` referential action, so using it may result "
                          "in unexpected errors. Read more at https://pris.ly/d/mysql-set-default");
            };
            for (int i = m_relations.modelStart[size_t(m)]; i < m_relations.modelStart[size_t(m) + 1]; ++i) {
                const RelationFieldInfo &info = m_relations.items[size_t(i)];
                if (info.onDelete == ReferentialAction::SetDefault)
                    m_context.warning("P1012-mysql-set-default", info.onDeleteSpan(), warning());
                if (info.onUpdate == ReferentialAction::SetDefault)
                    m_context.warning("P1012-mysql-set-default", info.onUpdateSpan(), warning());
            }
        }
        break;
    case Provider::PostgreSql:
        for (const ResolvedIndex &index : resolved.indexes)
            checkPostgresIndex(entry, index);
        break;
    case Provider::CockroachDb:
        for (const ResolvedIndex &index : resolved.indexes)
            checkCockroachIndex(entry, index);
        break;
    case Provider::SqlServer:
        for (const ResolvedIndex &index : resolved.indexes)
            checkSqlServerKeyTypes(entry, index);
        if (resolved.primaryKey)
            checkSqlServerKeyTypes(entry, *resolved.primaryKey);
        break;
    case Provider::MongoDb:
        if (!entry.isView())
            checkMongoModel(entry, resolved);
        break;
    case Provider::Sqlite:
    case Provider::Unknown:
        break;
    }
}

QString mappedName(const psl::Field &node)
{
    const Attribute *map = fieldAttribute(node, u"map");
    if (!map)
        return {};
    const Expression *value = argumentValue(*map, u"name", true);
    return value && value->isString() ? value->text.text() : QString();
}

void Pipeline::checkMongoModel(const ModelEntry &entry, const ResolvedModel &resolved)
{
    auto fieldError = [&](int f, const QString &message) {
        return tr("Error validating field `%1` in %2 `%3`: %4")
            .arg(entry.model->fields[size_t(f)].name, entry.container(), entry.model->name, message);
    };
    if (!resolved.primaryKey) {
        m_context.error("P1012-mongo-id-missing", entry.block->span,
                        tr("Invalid model: MongoDB models require exactly one identity field annotated with @id"));
    } else if (resolved.primaryKey->fields.size() == 1 && resolved.primaryKey->fields.front().field >= 0) {
        const int f = resolved.primaryKey->fields.front().field;
        const QString mapped = mappedName(*entry.fields[size_t(f)]);
        if (entry.model->fields[size_t(f)].name != u"_id" && mapped != u"_id") {
            m_context.error("P1012-mongo-id-map", entry.fields[size_t(f)]->span(),
                            fieldError(f, mapped.isEmpty()
                                           ? tr("MongoDB model IDs must have an @map(\"_id\") annotation.")
                                           : tr("MongoDB model IDs must have an @map(\"_id\") annotation, found "
                                                "@map(\"%1\").")
                                                 .arg(mapped)));
        }
    }
    for (int f = 0; f < int(entry.fields.size()); ++f) {
        const Field &field = entry.model->fields[size_t(f)];
        if (!field.isScalarLike())
            continue;
        const psl::Field &node = *entry.fields[size_t(f)];
        const bool isAuto = field.defaultValue->kind == DefaultValue::Kind::Function && field.defaultValue->value == u"auto";
        if (isAuto && field.nativeType->name != u"ObjectId") {
            m_context.error("P1012-mongo-auto-objectid", node.span(),
                            fieldError(f, tr("MongoDB `@default(auto())` fields must have `ObjectId` native type.")));
        }
        const bool inPrimaryKey = resolved.primaryKey
            && std::any_of(resolved.primaryKey->fields.begin(), resolved.primaryKey->fields.end(),
                           [&](const IndexFieldRef &ref) { return ref.field == f; });
        if (isAuto && !inPrimaryKey) {
            m_context.error("P1012-mongo-auto-id", node.span(),
                            fieldError(f, tr("MongoDB `@default(auto())` fields must have the `@id` attribute.")));
        }
        if (field.defaultValue->kind == DefaultValue::Kind::DbGenerated) {
            m_context.error("P1012-mongo-dbgenerated", node.span(),
                            fieldError(f, tr("The `dbgenerated()` function is not allowed with MongoDB. Please use "
                                             "`auto()` instead.")));
        }
        if (const Attribute *map = fieldAttribute(node, u"map")) {
            const QString mapped = mappedName(node);
            if (mapped.startsWith(u'$')) {
                m_context.error("P1012-mongo-field-name", map->span(),
                                attributeError(QStringLiteral("@map"), tr("The field name cannot start with a `$` character")));
            }
            if (mapped.contains(u'.')) {
                m_context.error("P1012-mongo-field-name", map->span(),
                                attributeError(QStringLiteral("@map"), tr("The field name cannot contain a `.` character")));
            }
        }
    }
    auto sameFields = [](const ResolvedIndex &a, const ResolvedIndex &b) {
        if (a.fields.size() != b.fields.size())
            return false;
        for (size_t k = 0; k < a.fields.size(); ++k) {
            const IndexFieldRef &x = a.fields[k];
            const IndexFieldRef &y = b.fields[k];
            if (x.field != y.field || x.name != y.name || x.sort != y.sort || x.length != y.length)
                return false;
        }
        return true;
    };
    for (const ResolvedIndex &index : resolved.indexes) {
        const bool duplicate = std::any_of(resolved.indexes.begin(), resolved.indexes.end(), [&](const ResolvedIndex &other) {
            return &other != &index && sameFields(index, other);
        });
        if (duplicate) {
            m_context.error("P1012-mongo-duplicate-index", index.attribute->span(),
                            attributeError(QStringLiteral("@@") + index.attribute->name.name,
                                           tr("Index already exists in the model.")));
        }
        if (index.isUnique() && index.fields.size() == 1 && resolved.primaryKey && resolved.primaryKey->fields.size() == 1
            && resolved.primaryKey->fields.front().field >= 0
            && resolved.primaryKey->fields.front().field == index.fields.front().field) {
            m_context.error("P1012-mongo-id-unique", index.attribute->span(),
                            attributeError(index.attributeName(), tr("The same field cannot be an id and unique on MongoDB.")));
        }
    }
}

void Pipeline::checkMongoRelation(const ModelEntry &entry, const RelationFieldInfo &info)
{
    // Joins compare values, so both sides need the same BSON type.
    if (!info.fields || !info.references)
        return;
    const ModelEntry &related = m_index.models[size_t(info.relatedModel)];
    const size_t n = std::min(info.fields->size(), info.references->size());
    for (size_t k = 0; k < n; ++k) {
        const Field &a = entry.model->fields[size_t((*info.fields)[k])];
        const Field &b = related.model->fields[size_t((*info.references)[k])];
        const QString aType = a.nativeType->name;
        const QString bType = b.nativeType->name;
        const QString aRef = entry.model->name + u'.' + a.name;
        const QString bRef = related.model->name + u'.' + b.name;
        const QString source = m_context.schema.datasource ? m_context.schema.datasource->name : QStringLiteral("db");
        QString message;
        if (!aType.isEmpty() && !bType.isEmpty() && aType != bType) {
            message = tr("Field %1 and %2 must have the same native type for MongoDB to join those collections correctly. "
                         "Consider updating those fields to either use '@%3.%4' or '@%3.%5'.")
                          .arg(aRef, bRef, source, aType, bType);
        } else if (aType.isEmpty() && !bType.isEmpty()) {
            message = tr("Field %1 and %2 must have the same native type for MongoDB to join those collections correctly. "
                         "Consider either removing %2's native type attribute or adding '@%3.%4' to %1.")
                          .arg(aRef, bRef, source, bType);
        } else if (!aType.isEmpty() && bType.isEmpty()) {
            message = tr("Field %1 and %2 must have the same native type for MongoDB to join those collections correctly. "
                         "Consider either removing %1's native type attribute or adding '@%3.%4' to %2.")
                          .arg(aRef, bRef, source, aType);
        } else {
            continue;
        }
        message += tr(" Beware that this will become an error in the future.");
        m_context.warning("P1012-mongo-relation-native-type", entry.fields[size_t((*info.fields)[k])]->span(),
                          tr("Warning validating field `%1` in model `%2`: %3")
                              .arg(entry.model->fields[size_t(info.field)].name, entry.model->name, message));
    }
}

void Pipeline::checkUniqueCriteria(const ModelEntry &entry, const ResolvedModel &resolved)
{
    if (resolved.ignored)
        return;
    const auto criteria = resolved.uniqueCriteria();
    auto isStrict = [&](const ResolvedIndex *c) {
        return std::all_of(c->fields.begin(), c->fields.end(), [&](const IndexFieldRef &ref) {
            if (ref.field < 0)
                return true;
            const Field &field = entry.model->fields[size_t(ref.field)];
            return field.arity != Arity::Optional && field.kind != FieldKind::Unsupported;
        });
    };
    if (std::any_of(criteria.begin(), criteria.end(), isStrict))
        return;
    QString message = tr("Each model must have at least one unique criteria that has only required fields. Either mark a "
                         "single field with `@id`, `@unique` or add a multi field criterion with `@@id([])` or "
                         "`@@unique([])` to the model.");
    if (!criteria.empty()) {
        message += tr(" The following unique criterias were not considered as they contain fields that are not required:");
        for (const ResolvedIndex *c : criteria) {
            QStringList names;
            for (const IndexFieldRef &ref : c->fields)
                names << ref.name.text().section(u'.', -1);
            message += QStringLiteral("\n- ") + names.join(QStringLiteral(", "));
        }
    }
    m_context.error("P1012-model-no-unique-criteria", entry.block->span, modelError(entry, message));
}

void Pipeline::checkPrimaryKey(const ModelEntry &entry, const ResolvedModel &resolved)
{
    if (!resolved.primaryKey)
        return;
    const ResolvedIndex &pk = *resolved.primaryKey;
    const Span &span = pk.attribute->span();
    if (entry.isView()) {
        // Prisma 7 rejects this, Prisma before 6.13 accepted it and real projects have it in their history:
        // like the dropped preview features, Strata accepts it with a warning.
        m_context.warning("P1012-view-primary-key", span,
                          tr("Views cannot have primary keys. Prisma 7 rejects this; Strata accepts it, as earlier "
                             "Prisma versions did. Use `@unique` instead."));
    }
    if (pk.fields.empty()) {
        m_context.error("P1012-id-empty", span,
                        attributeError(pk.attributeName(), tr("The list of fields in an `%1()` attribute cannot be empty. "
                                                              "Please specify at least one field.")
                                                               .arg(pk.attributeName())));
    }
    if (pk.fields.size() > 1) {
        QStringList names;
        for (const IndexFieldRef &ref : pk.fields)
            names << ref.name;
        const QString clientName = names.join(u'_');
        const int clash = entry.field(clientName);
        if (clash >= 0 && entry.model->fields[size_t(clash)].isScalarLike()) {
            m_context.error("P1012-id-name-clash", span,
                            modelError(entry, tr("The field `%1` clashes with the `@@id` attribute's name. Please resolve "
                                                 "the conflict by providing a custom id name: `@@id([...], name: "
                                                 "\"custom_name\")`")
                                                  .arg(clientName)));
        }
    }
    if (stringArgument(*pk.attribute, u"map") && !supportsNamedPrimaryKeys(m_provider)) {
        m_context.error("P1012-id-map-unsupported", entry.block->span,
                        modelError(entry, tr("You defined a database name for the primary key on the model. This is not "
                                             "supported by the provider.")));
    }
    if (pk.fields.size() > 1 && !supportsCompoundIds(m_provider)) {
        m_context.error("P1012-compound-id-unsupported", span,
                        modelError(entry, tr("The current connector does not support compound ids.")));
    }
    const bool anyLength = std::any_of(pk.fields.begin(), pk.fields.end(), [](const IndexFieldRef &r) { return r.length.has_value(); });
    const bool anySort = std::any_of(pk.fields.begin(), pk.fields.end(), [](const IndexFieldRef &r) { return r.sort.has_value(); });
    if (anyLength && !supportsLengthPrefix(m_provider)) {
        m_context.error("P1012-id-length", span,
                        attributeError(pk.attributeName(), tr("The length argument is not supported in the primary key "
                                                              "with the current connector")));
    }
    if (anySort && !supportsPrimaryKeySortOrder(m_provider)) {
        m_context.error("P1012-id-sort", span,
                        attributeError(pk.attributeName(), tr("The sort argument is not supported in the primary key with "
                                                              "the current connector")));
    }
}

void Pipeline::checkPrimaryKeyClustering(const ResolvedModel &resolved)
{
    const ResolvedIndex &pk = *resolved.primaryKey;
    const Span &span = pk.attribute->span();
    if (pk.clustered && !supportsClustering(m_provider)) {
        m_context.error("P1012-clustering", span,
                        attributeError(pk.attributeName(), tr("Defining clustering is not supported in the current connector.")));
    }
    if (supportsClustering(m_provider) && pk.clustered != false) {
        for (const ResolvedIndex &index : resolved.indexes) {
            if (index.clustered == true) {
                m_context.error("P1012-clustering", span,
                                attributeError(pk.attributeName(), tr("A model can only hold one clustered index or id.")));
                break;
            }
        }
    }
}

void Pipeline::checkScalarField(const ModelEntry &entry, int f)
{
    const Field &field = entry.model->fields[size_t(f)];
    const Span span = entry.fields[size_t(f)]->span();
    const QString container = entry.container();
    auto fieldError = [&](const QString &message) {
        return tr("Error validating field `%1` in %2 `%3`: %4").arg(field.name, container, entry.model->name, message);
    };
    if (field.scalarType == ScalarType::Json) {
        if (!supportsJson(m_provider)) {
            m_context.error("P1012-json-unsupported", span,
                            fieldError(tr("Field `%1` in %2 `%3` can't be of type Json. The current connector does not "
                                          "support the Json type.")
                                           .arg(field.name, container, entry.model->name)));
        }
        if (field.isList() && !supportsJsonLists(m_provider)) {
            m_context.error("P1012-json-list-unsupported", span,
                            fieldError(tr("Field `%1` in %2 `%3` can't be of type Json[]. The current connector does not "
                                          "support the Json List type.")
                                           .arg(field.name, container, entry.model->name)));
        }
    } else if (field.scalarType == ScalarType::Decimal && !supportsDecimal(m_provider)) {
        m_context.error("P1012-decimal-unsupported", span,
                        fieldError(tr("Field `%1` in %2 `%3` can't be of type Decimal. The current connector does not "
                                      "support the Decimal type.")
                                       .arg(field.name, container, entry.model->name)));
    }
    if (field.isList() && !supportsScalarLists(m_provider)) {
        m_context.error("P1012-scalar-list-unsupported", span,
                        tr("Field \"%1\" in %2 \"%3\" can't be a list. The current connector does not support lists of "
                           "primitive types.")
                            .arg(field.name, container, entry.model->name));
    }
}

bool Pipeline::ambiguity(const ModelEntry &entry, const RelationFieldInfo &info)
{
    // The relation fields of this model towards the same model under the same relation name.
    QVarLengthArray<int, 8> fields;
    for (int i : m_relations.between(info.model, info.relatedModel)) {
        if (m_relations.items[size_t(i)].name == info.name)
            fields.append(m_relations.items[size_t(i)].field);
    }
    if (fields.size() < 2)
        return true;
    QStringList names;
    for (int f : fields)
        names << u'`' + entry.model->fields[size_t(f)].name + u'`';
    const bool self = info.model == info.relatedModel;
    const QString &modelName = entry.model->name;
    const QString &relatedName = m_index.models[size_t(info.relatedModel)].model->name;
    QString message;
    if (!info.name && self && fields.size() == 2) {
        message = tr("Ambiguous self relation detected. The fields %1 in model `%2` both refer to `%3`. If they are part "
                     "of the same relation add the same relation name for them with `@relation(<name>)`.")
                      .arg(joinedWithAnd(names), modelName, relatedName);
    } else if (!info.name && self) {
        message = tr("Unnamed self relation detected. The fields %1 in model `%2` have no relation name. Please provide a "
                     "relation name for one of them by adding `@relation(<name>).")
                      .arg(joinedWithAnd(names), modelName);
    } else if (info.name && self && fields.size() > 2) {
        message = tr("Wrongly named self relation detected. The fields %1 in model `%2` have the same relation name. At "
                     "most two relation fields can belong to the same relation and therefore have the same name. Please "
                     "assign a different relation name to one of them.")
                      .arg(joinedWithAnd(names), modelName);
    } else if (info.name && self) {
        return true;
    } else if (!info.name) {
        message = tr("Ambiguous relation detected. The fields %1 in model `%2` both refer to `%3`. Please provide "
                     "different relation names for them by adding `@relation(<name>).")
                      .arg(joinedWithAnd(names), modelName, relatedName);
    } else {
        message = tr("Wrongly named relation detected. The fields %1 in model `%2` both use the same relation name. "
                     "Please provide different relation names for them through `@relation(<name>).")
                      .arg(joinedWithAnd(names), modelName);
    }
    m_context.error(ambiguousRelationCode, entry.fields[size_t(info.field)]->span(), modelError(entry, message));
    return false;
}

bool Pipeline::checkRelationField(const ModelEntry &entry, const ResolvedModel &resolved, const RelationFieldInfo &info)
{
    if (!ambiguity(entry, info))
        return false;
    const Field &field = entry.model->fields[size_t(info.field)];
    const psl::Field &node = *entry.fields[size_t(info.field)];
    const ResolvedModel &related = m_resolved[size_t(info.relatedModel)];
    const QString &relatedName = m_index.models[size_t(info.relatedModel)].model->name;
    if (related.ignored && !info.ignored && !resolved.ignored) {
        m_context.error("P1012-relation-to-ignored", node.span(),
                        attributeError(QStringLiteral("@ignore"),
                                       tr("The relation field `%1` on Model `%2` must specify the `@ignore` attribute, "
                                          "because the model %3 it is pointing to is marked ignored.")
                                           .arg(field.name, entry.model->name, relatedName)));
    }
    // Referential actions the database (or Prisma's emulation) supports.
    auto checkAction = [&](const std::optional<ReferentialAction> &action, const Span &span) {
        if (!action)
            return;
        QList<ReferentialAction> allowed;
        using RA = ReferentialAction;
        if (!m_relationModePrisma) {
            if (m_provider == Provider::SqlServer)
                allowed = {RA::Cascade, RA::NoAction, RA::SetNull, RA::SetDefault};
            else
                allowed = {RA::Cascade, RA::Restrict, RA::NoAction, RA::SetNull, RA::SetDefault};
        } else if (m_provider == Provider::PostgreSql || m_provider == Provider::Sqlite) {
            allowed = {RA::Cascade, RA::Restrict, RA::SetNull};
        } else {
            allowed = {RA::Cascade, RA::Restrict, RA::NoAction, RA::SetNull};
        }
        if (allowed.contains(*action))
            return;
        QStringList names;
        for (RA a : allowed)
            names << u'`' + referentialActionName(a) + u'`';
        QString message = tr("Invalid referential action: `%1`. Allowed values: (%2)")
                              .arg(referentialActionName(*action), names.join(QStringLiteral(", ")));
        if (m_relationModePrisma && *action == RA::NoAction && allowed.contains(RA::Restrict)) {
            message += tr(". `NoAction` is not implemented for %1 when using `relationMode = \"prisma\"`, you could try "
                          "using `Restrict` instead. Learn more at https://pris.ly/d/relation-mode")
                           .arg(connectorDisplayName(m_provider));
        }
        m_context.error("P1012-referential-action-unsupported", span, validationError(message));
    };
    checkAction(info.onDelete, info.onDeleteSpan());
    checkAction(info.onUpdate, info.onUpdateSpan());

    if (info.hasMap && (m_provider == Provider::Sqlite || m_provider == Provider::MongoDb)) {
        m_context.error("P1012-relation-map-unsupported", info.attribute ? info.attribute->span() : Span(),
                        attributeError(QStringLiteral("@relation"), tr("Your provider does not support named foreign keys.")));
    }

    // relationMode = "prisma": suggest an index on the referencing fields.
    if (m_relationModePrisma && m_provider != Provider::MongoDb && info.fields) {
        const OptionalIndexList &referencing = info.fields;
        auto leftwise = [&](const std::vector<IndexFieldRef> &group) {
            if (referencing.size() > group.size())
                return false;
            for (size_t i = 0; i < referencing.size(); ++i) {
                if (group[i].field != referencing[i])
                    return false;
            }
            return true;
        };
        bool covered = std::any_of(resolved.indexes.begin(), resolved.indexes.end(),
                                   [&](const ResolvedIndex &index) { return leftwise(index.fields); });
        if (!covered && resolved.primaryKey)
            covered = leftwise(resolved.primaryKey->fields);
        if (!covered) {
            m_context.warning("P1012-relation-mode-missing-index", info.attribute ? info.attribute->span() : node.span(),
                              tr("With `relationMode = \"prisma\"`, no foreign keys are used, so relation fields will not "
                                 "benefit from the index usually created by the relational database under the hood. This "
                                 "can lead to poor performance when querying these fields. We recommend adding an index "
                                 "manually. Learn more at https://pris.ly/d/relation-mode-prisma-indexes\""));
        }
    }
    if (m_provider == Provider::MongoDb)
        checkMongoRelation(entry, info);
    return true;
}

void Pipeline::checkLengthTypes(const ModelEntry &entry, const ResolvedIndex &index)
{
    if (!supportsLengthPrefix(m_provider))
        return;
    for (const IndexFieldRef &ref : index.fields) {
        if (!ref.length || ref.field < 0)
            continue;
        const Field &field = entry.model->fields[size_t(ref.field)];
        if (field.kind == FieldKind::Unsupported || field.scalarType == ScalarType::String
            || field.scalarType == ScalarType::Bytes)
            continue;
        m_context.error("P1012-index-length-type", index.attribute->span(),
                        attributeError(index.attributeName(),
                                       tr("The length argument is only allowed with field types `String` or `Bytes`.")));
    }
}

void Pipeline::checkMySqlKeyTypes(const ModelEntry &entry, const ResolvedIndex &index)
{
    // MySQL cannot index TEXT and BLOB columns without a prefix length.
    static const QSet<QString> unindexable = {QStringLiteral("Text"), QStringLiteral("LongText"), QStringLiteral("MediumText"), QStringLiteral("TinyText"),
                                              QStringLiteral("Blob"), QStringLiteral("TinyBlob"), QStringLiteral("MediumBlob"), QStringLiteral("LongBlob")};
    if (index.isFulltext())
        return;
    for (const IndexFieldRef &ref : index.fields) {
        if (ref.field < 0 || ref.length)
            continue;
        const Field &field = entry.model->fields[size_t(ref.field)];
        const QString &nativeType = field.nativeType->name; // only a written one counts, as in Prisma
        if (!unindexable.contains(nativeType))
            continue;
        QString message;
        if (index.kind == IndexKind::PrimaryKey) {
            message = tr("Native type `%1` of MySQL cannot be used on a field that is `@id` or `@@id`.").arg(nativeType);
        } else if (index.isUnique()) {
            message = tr("Native type `%1` cannot be unique in MySQL.").arg(nativeType);
        } else {
            message = tr("You cannot define an index on fields with native type `%1` of MySQL.").arg(nativeType);
        }
        m_context.error("P1012-mysql-key-type", index.attribute->span(),
                        message + tr(" Please use the `length` argument to the field in the index definition to allow this."));
        return;
    }
}

void Pipeline::checkIndex(const ModelEntry &entry, const ResolvedModel &resolved, const ResolvedIndex &index)
{
    const Span &span = index.attribute->span();
    const QString name = index.attributeName();
    if (index.fieldsResolved && index.fields.empty()) {
        m_context.error("P1012-index-empty", span,
                        attributeError(name, tr("The list of fields in an index cannot be empty. Please specify at least "
                                                "one field.")));
    }
    if (index.isUnique() && index.fields.size() > 1) {
        QStringList names;
        for (const IndexFieldRef &ref : index.fields)
            names << ref.name.text().section(u'.', -1);
        const QString clientName = names.join(u'_');
        const int clash = entry.field(clientName);
        if (clash >= 0 && entry.model->fields[size_t(clash)].isScalarLike()) {
            m_context.error("P1012-unique-name-clash", span,
                            modelError(entry, tr("The field `%1` clashes with the `%2` name. Please resolve the conflict by "
                                                 "providing a custom id name: `%2([...], name: \"custom_name\")`")
                                                  .arg(clientName, name)));
        }
    }
    const bool anyLength = std::any_of(index.fields.begin(), index.fields.end(), [](const IndexFieldRef &r) { return r.length.has_value(); });
    const bool anySort = std::any_of(index.fields.begin(), index.fields.end(), [](const IndexFieldRef &r) { return r.sort.has_value(); });
    if (anyLength && !supportsLengthPrefix(m_provider)) {
        m_context.error("P1012-index-length", span,
                        attributeError(name, tr("The length argument is not supported in an index definition with the "
                                                "current connector")));
    }
    if (index.algorithm && !supportsIndexAlgorithm(m_provider, *index.algorithm)) {
        const Argument *type = index.attribute->named(u"type");
        m_context.error("P1012-index-type-unsupported", type ? type->span() : span,
                        attributeError(name, tr("The given index type is not supported with the current connector")));
    }
    if (m_provider == Provider::PostgreSql && index.algorithm == u"Hash" && anySort) {
        m_context.error("P1012-index-hash-sort", span, attributeError(name, tr("Hash type does not support sort option.")));
    }
    if (index.isFulltext()) {
        if (!supportsFulltext(m_provider)) {
            m_context.error("P1012-fulltext-unsupported", span,
                            attributeError(name, tr("Defining fulltext indexes is not supported with the current connector.")));
        } else {
            if (anyLength) {
                m_context.error("P1012-fulltext-length", span,
                                attributeError(name, tr("The length argument is not supported in a @@fulltext attribute.")));
            }
            if (!supportsFulltextSortOrder(m_provider) && anySort) {
                m_context.error("P1012-fulltext-sort", span,
                                attributeError(name, tr("The sort argument is not supported in a @@fulltext attribute in the "
                                                        "current connector.")));
            }
            if (supportsFulltextSortOrder(m_provider)) {
                // MongoDB: the text fields must be listed next to each other.
                enum { Init, SortHead, TextBundle, SortTail } state = Init;
                for (const IndexFieldRef &ref : index.fields) {
                    const bool sorted = ref.sort.has_value();
                    if (state == SortTail && !sorted) {
                        m_context.error("P1012-fulltext-bundle", span,
                                        attributeError(name, tr("All index fields must be listed adjacently in the fields "
                                                                "argument.")));
                        break;
                    }
                    if (sorted)
                        state = (state == Init || state == SortHead) ? SortHead : SortTail;
                    else
                        state = TextBundle;
                }
            }
            if (!supportsMultipleFulltext(m_provider)) {
                const auto count = std::count_if(resolved.indexes.begin(), resolved.indexes.end(),
                                                 [](const ResolvedIndex &i) { return i.isFulltext(); });
                if (count > 1) {
                    m_context.error("P1012-fulltext-multiple", span,
                                    attributeError(name, tr("The current connector only allows one fulltext attribute per "
                                                            "model")));
                }
            }
        }
    }
    if (index.clustered && !supportsClustering(m_provider)) {
        m_context.error("P1012-clustering", span,
                        attributeError(name, tr("Defining clustering is not supported in the current connector.")));
    }
    if (supportsClustering(m_provider) && index.clustered == true) {
        if (resolved.primaryKey && resolved.primaryKey->clustered != false) {
            m_context.error("P1012-clustering", span,
                            attributeError(name, tr("A model can only hold one clustered index or key.")));
        }
        for (const ResolvedIndex &other : resolved.indexes) {
            if (&other != &index && other.clustered == true) {
                m_context.error("P1012-clustering", span, attributeError(name, tr("A model can only hold one clustered index.")));
                break;
            }
        }
    }
    if (index.kind != IndexKind::Normal) {
        if (std::any_of(index.fields.begin(), index.fields.end(), [](const IndexFieldRef &r) { return r.hasOperatorClass; })) {
            m_context.error("P1012-index-ops-kind", span,
                            attributeError(name, tr("Operator classes can only be defined to fields in an @@index attribute.")));
        }
    }
    checkLengthTypes(entry, index);
}

void Pipeline::checkSqlServerKeyTypes(const ModelEntry &entry, const ResolvedIndex &index)
{
    // SQL Server stores these types off-row and cannot put them in a key.
    for (const IndexFieldRef &ref : index.fields) {
        if (ref.field < 0)
            continue;
        const Field &field = entry.model->fields[size_t(ref.field)];
        const QString &native = field.nativeType->name;
        const bool max = field.nativeType->arguments.size() == 1
            && field.nativeType->arguments.front().compare(u"max", Qt::CaseInsensitive) == 0;
        const bool heap = native == u"Text" || native == u"NText" || native == u"Image" || native == u"Xml"
            || (max && (native == u"VarChar" || native == u"NVarChar" || native == u"VarBinary"));
        if (heap) {
            const QString type = max ? native + QStringLiteral("(Max)") : native;
            QString message;
            if (index.kind == IndexKind::PrimaryKey)
                message = tr("Native type `%1` of SQL Server cannot be used on a field that is `@id` or `@@id`.").arg(type);
            else if (index.isUnique())
                message = tr("Native type `%1` cannot be unique in SQL Server.").arg(type);
            else
                message = tr("You cannot define an index on fields with native type `%1` of SQL Server.").arg(type);
            m_context.error("P1012-sqlserver-key-type", index.attribute->span(), message);
            return;
        }
        if (index.kind == IndexKind::PrimaryKey && field.scalarType == ScalarType::Bytes) {
            m_context.error("P1012-sqlserver-bytes-id", index.attribute->span(),
                            tr("Invalid model: Using Bytes type is not allowed in the model's id."));
            return;
        }
    }
}

/// Whether an index method can index values of a field's type (Prisma's `supports_field_type`).
bool algorithmSupportsField(const QString &algorithm, const Field &field)
{
    if (field.kind == FieldKind::Unsupported)
        return true;
    const std::optional<ScalarType> type = field.scalarType;
    if (algorithm == u"Gist" || algorithm == u"SpGist")
        return type == ScalarType::String;
    if (algorithm == u"Gin")
        return type == ScalarType::Json || field.isList();
    if (algorithm == u"Brin") {
        return type == ScalarType::String || type == ScalarType::Bytes || type == ScalarType::DateTime
            || type == ScalarType::Float || type == ScalarType::Int || type == ScalarType::BigInt
            || type == ScalarType::Decimal;
    }
    return true;
}

/// The index methods an operator class belongs to.
bool operatorClassSupports(const QString &opclass, const QString &algorithm)
{
    if (opclass == u"InetOps")
        return algorithm == u"Gist" || algorithm == u"SpGist";
    if (opclass == u"JsonbOps" || opclass == u"JsonbPathOps" || opclass == u"ArrayOps")
        return algorithm == u"Gin";
    if (opclass == u"TextOps")
        return algorithm == u"SpGist";
    return algorithm == u"Brin";
}

void Pipeline::checkPostgresIndex(const ModelEntry &entry, const ResolvedIndex &index)
{
    const Span &span = index.attribute->span();
    const QString name = index.attributeName();
    // XML values cannot be compared, so PostgreSQL cannot index them.
    for (const IndexFieldRef &ref : index.fields) {
        if (ref.field >= 0 && entry.model->fields[size_t(ref.field)].nativeType->name == u"Xml") {
            m_context.error("P1012-postgres-xml-index", entry.fields[size_t(ref.field)]->span(),
                            index.isUnique() ? tr("Native type `Xml` cannot be unique in Postgres.")
                                             : tr("You cannot define an index on fields with native type `Xml` of Postgres."));
            break;
        }
    }
    const QString algorithm = index.algorithm.value_or(QStringLiteral("BTree"));
    auto error = [&](const QString &message) {
        m_context.error("P1012-postgres-index-operator-class", span, attributeError(name, message));
    };
    for (const IndexFieldRef &ref : index.fields) {
        if (ref.field < 0 || (ref.hasOperatorClass && ref.operatorClass.isEmpty()))
            continue; // paths into composite types; `raw(...)` classes are not checked
        const Field &field = entry.model->fields[size_t(ref.field)];
        const QString &native = field.nativeType->name;
        const QString &opclass = ref.operatorClass;
        if (!opclass.isEmpty() && !operatorClassSupports(opclass, algorithm)) {
            error(tr("The given operator class `%1` is not supported with the `%2` index type.").arg(opclass, algorithm));
            continue;
        }
        auto generic = [&]() {
            if (!native.isEmpty() && !opclass.isEmpty()) {
                error(tr("The given operator class `%1` does not support native type `%2` of field `%3`.")
                          .arg(opclass, native, field.name));
            } else if (!native.isEmpty()) {
                error(tr("The %1 index field type `%2` has no default operator class.").arg(algorithm, native));
            } else if (!opclass.isEmpty()) {
                error(tr("The given operator class `%1` expects the field `%2` to define a valid native type.")
                          .arg(opclass, field.name));
            } else if (!algorithmSupportsField(algorithm, field)) {
                error(tr("The %1 index type does not support the type of the field `%2`.").arg(algorithm, field.name));
            }
        };
        auto wrongType = [&](const char *typeName) {
            error(tr("The given operator class `%1` points to the field `%2` that is not of %3 type.")
                      .arg(opclass, field.name, QString::fromLatin1(typeName)));
        };
        // ScalarType has no "none" value; Json stands in for non-scalar fields only where no rule looks at it.
        const bool scalar = field.kind == FieldKind::Scalar && field.scalarType.has_value();
        const ScalarType type = scalar ? *field.scalarType : ScalarType::Json;
        const bool isJson = scalar && type == ScalarType::Json;
        if (algorithm == u"Gist") {
            if (!(native == u"Inet" && opclass == u"InetOps"))
                generic();
        } else if (algorithm == u"Gin") {
            const bool jsonbClass = opclass == u"JsonbOps" || opclass == u"JsonbPathOps";
            if (native.isEmpty() && opclass.isEmpty() && isJson)
                continue;
            if (opclass.isEmpty() && field.isList())
                continue;
            if (native == u"JsonB" && (jsonbClass || opclass.isEmpty()))
                continue;
            if (native.isEmpty() && jsonbClass) {
                if (!isJson)
                    wrongType("Json");
            } else if (opclass == u"ArrayOps") {
                if (!field.isList()) {
                    error(tr("The given operator class `ArrayOps` expects the type of field `%1` to be an array.")
                              .arg(field.name));
                }
            } else {
                generic();
            }
        } else if (algorithm == u"SpGist") {
            if (native == u"Inet" && (opclass.isEmpty() || opclass == u"InetOps"))
                continue;
            if (native.isEmpty() && opclass.isEmpty() && scalar && type == ScalarType::String)
                continue;
            if (native.isEmpty() && opclass == u"TextOps") {
                if (!scalar || type != ScalarType::String)
                    wrongType("String");
            } else if ((native == u"Text" || native == u"VarChar" || native == u"Char")
                       && (opclass.isEmpty() || opclass == u"TextOps")) {
                continue;
            } else {
                generic();
            }
        } else if (algorithm == u"Brin") {
            // Native type -> the operator class prefix that fits it (no class is always fine).
            static const QHash<QString, QStringList> byNative = {
                {QStringLiteral("Bit"), {QStringLiteral("BitMinMaxOps")}},
                {QStringLiteral("VarBit"), {QStringLiteral("VarBitMinMaxOps")}},
                {QStringLiteral("Char"), {QStringLiteral("BpcharBloomOps"), QStringLiteral("BpcharMinMaxOps")}},
                {QStringLiteral("Date"), {QStringLiteral("DateBloomOps"), QStringLiteral("DateMinMaxOps"), QStringLiteral("DateMinMaxMultiOps")}},
                {QStringLiteral("Real"), {QStringLiteral("Float4BloomOps"), QStringLiteral("Float4MinMaxOps"), QStringLiteral("Float4MinMaxMultiOps")}},
                {QStringLiteral("DoublePrecision"), {QStringLiteral("Float8BloomOps"), QStringLiteral("Float8MinMaxOps"), QStringLiteral("Float8MinMaxMultiOps")}},
                {QStringLiteral("Inet"), {QStringLiteral("InetInclusionOps"), QStringLiteral("InetBloomOps"), QStringLiteral("InetMinMaxOps"), QStringLiteral("InetMinMaxMultiOps")}},
                {QStringLiteral("SmallInt"), {QStringLiteral("Int2BloomOps"), QStringLiteral("Int2MinMaxOps"), QStringLiteral("Int2MinMaxMultiOps")}},
                {QStringLiteral("Integer"), {QStringLiteral("Int4BloomOps"), QStringLiteral("Int4MinMaxOps"), QStringLiteral("Int4MinMaxMultiOps")}},
                {QStringLiteral("BigInt"), {QStringLiteral("Int8BloomOps"), QStringLiteral("Int8MinMaxOps"), QStringLiteral("Int8MinMaxMultiOps")}},
                {QStringLiteral("Decimal"), {QStringLiteral("NumericBloomOps"), QStringLiteral("NumericMinMaxOps"), QStringLiteral("NumericMinMaxMultiOps")}},
                {QStringLiteral("Oid"), {QStringLiteral("OidBloomOps"), QStringLiteral("OidMinMaxOps"), QStringLiteral("OidMinMaxMultiOps")}},
                {QStringLiteral("ByteA"), {QStringLiteral("ByteaBloomOps"), QStringLiteral("ByteaMinMaxOps")}},
                {QStringLiteral("Text"), {QStringLiteral("TextBloomOps"), QStringLiteral("TextMinMaxOps")}},
                {QStringLiteral("VarChar"), {QStringLiteral("TextBloomOps"), QStringLiteral("TextMinMaxOps")}},
                {QStringLiteral("Timestamp"), {QStringLiteral("TimestampBloomOps"), QStringLiteral("TimestampMinMaxOps"), QStringLiteral("TimestampMinMaxMultiOps")}},
                {QStringLiteral("Timestamptz"), {QStringLiteral("TimestampTzBloomOps"), QStringLiteral("TimestampTzMinMaxOps"), QStringLiteral("TimestampTzMinMaxMultiOps")}},
                {QStringLiteral("Time"), {QStringLiteral("TimeBloomOps"), QStringLiteral("TimeMinMaxOps"), QStringLiteral("TimeMinMaxMultiOps")}},
                {QStringLiteral("Timetz"), {QStringLiteral("TimeTzBloomOps"), QStringLiteral("TimeTzMinMaxOps"), QStringLiteral("TimeTzMinMaxMultiOps")}},
                {QStringLiteral("Uuid"), {QStringLiteral("UuidBloomOps"), QStringLiteral("UuidMinMaxOps"), QStringLiteral("UuidMinMaxMultiOps")}},
            };
            // Without a native type, the classes for the default column type of each scalar type.
            struct Family {
                ScalarType type;
                const char *name;
                QStringList classes;
            };
            static const std::vector<Family> families = {
                {ScalarType::Float, "Float", {QStringLiteral("Float8BloomOps"), QStringLiteral("Float8MinMaxOps"), QStringLiteral("Float8MinMaxMultiOps")}},
                {ScalarType::Int, "Int", {QStringLiteral("Int4BloomOps"), QStringLiteral("Int4MinMaxOps"), QStringLiteral("Int4MinMaxMultiOps")}},
                {ScalarType::BigInt, "BigInt", {QStringLiteral("Int8BloomOps"), QStringLiteral("Int8MinMaxOps"), QStringLiteral("Int8MinMaxMultiOps")}},
                {ScalarType::Decimal, "Decimal", {QStringLiteral("NumericBloomOps"), QStringLiteral("NumericMinMaxOps"), QStringLiteral("NumericMinMaxMultiOps")}},
                {ScalarType::Bytes, "Bytes", {QStringLiteral("ByteaBloomOps"), QStringLiteral("ByteaMinMaxOps")}},
                {ScalarType::String, "String", {QStringLiteral("TextBloomOps"), QStringLiteral("TextMinMaxOps")}},
                {ScalarType::DateTime, "DateTime", {QStringLiteral("TimestampBloomOps"), QStringLiteral("TimestampMinMaxOps"), QStringLiteral("TimestampMinMaxMultiOps")}},
            };
            if (!native.isEmpty()) {
                const auto it = byNative.constFind(native);
                if (it != byNative.constEnd() && (opclass.isEmpty() || it->contains(opclass)))
                    continue;
                generic();
                continue;
            }
            bool handled = false;
            for (const Family &family : families) {
                if (opclass.isEmpty() ? (scalar && type == family.type) : family.classes.contains(opclass)) {
                    if (!opclass.isEmpty() && (!scalar || type != family.type))
                        wrongType(family.name);
                    handled = true;
                    break;
                }
            }
            if (!handled)
                generic();
        }
    }
    if (algorithm == u"SpGist" && index.fields.size() != 1) {
        m_context.error("P1012-postgres-spgist-columns", span,
                        attributeError(name, tr("SpGist does not support multi-column indices.")));
    }
}

void Pipeline::checkCockroachIndex(const ModelEntry &entry, const ResolvedIndex &index)
{
    // CockroachDB's inverted (GIN) indexes: no operator classes, Json only as the last column.
    if (index.algorithm != u"Gin")
        return;
    const Span &span = index.attribute->span();
    const QString name = index.attributeName();
    for (size_t i = 0; i < index.fields.size(); ++i) {
        const IndexFieldRef &ref = index.fields[i];
        if (ref.hasOperatorClass) {
            m_context.error("P1012-cockroach-gin", span,
                            attributeError(name, tr("Custom operator classes are not supported with the current connector.")));
            return;
        }
        if (ref.field < 0)
            continue;
        const Field &field = entry.model->fields[size_t(ref.field)];
        if (!algorithmSupportsField(QStringLiteral("Gin"), field)) {
            m_context.error("P1012-cockroach-gin", span,
                            attributeError(name, tr("The Gin index type does not support the type of the field `%1`.")
                                                     .arg(field.name)));
        }
        if (field.scalarType == ScalarType::Json && i + 1 < index.fields.size()) {
            m_context.error("P1012-cockroach-gin", span,
                            attributeError(name, tr("A `Json` column is only allowed as the last column of an inverted "
                                                    "index.")));
        }
    }
}

} // namespace

ResolvedModel resolveModel(const Context &context, const SchemaIndex &index, int model, bool report)
{
    return ModelResolver(context, index, model, report).resolve();
}

namespace {

Pipeline modelsPipeline(const Context &context)
{
    return Pipeline(context, modelLookups(context).index, resolvedModels(context, false), relationFields(context, false));
}

} // namespace

void checkModelsPipeline(const Context &context)
{
    modelsPipeline(context).run();
}

void checkCompositeTypesPipeline(const Context &context)
{
    modelsPipeline(context).checkCompositeTypes();
}

void checkModelsPipeline(const Context &context, const BlockSlice &slice, bool views)
{
    modelsPipeline(context).checkModels(modelLookups(context).index.modelsOf(slice), views);
}

void checkModels(const Context &context)
{
    checkLegacySyntax(context, wholeSchema(context));
    // Keys and indexes, reported now and kept for the semantic rules. (Prisma 7 reads attributes even
    // after syntax errors and unknown types; only its semantic rules wait for an error-free schema.)
    resolvedModels(context, true);
}

void checkLegacySyntax(const Context &context, const BlockSlice &slice)
{
    // Syntax Prisma's parser rejects. (Names and unknown field types are checked with the name rules.)
    const std::vector<const psl::Block *> &blocks = topIndex(context).blocks();
    for (size_t b = slice.first; b < slice.end; ++b) {
        if (!blocks[b]->isModelLike())
            continue;
        for (const psl::Field *field : blocks[b]->fields())
            checkLegacySyntax(context, *field);
    }
}

void resolveModels(const Context &context, const BlockSlice &slice, std::vector<ResolvedModel> &out)
{
    const SchemaIndex &index = modelLookups(context).index;
    const auto [first, end] = index.modelsOf(slice);
    for (int m = first; m < end; ++m)
        out[size_t(m)] = resolveModel(context, index, m, true);
}

} // namespace strata::schema::validation
