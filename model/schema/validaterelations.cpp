// SPDX-License-Identifier: GPL-3.0-or-later
// Rules on relations: the `@relation(...)` arguments, how relation fields pair up (Prisma's inference, which
// is what decides 1:1, 1:n and m:n), back-relation fields, `fields`/`references`, referential actions and
// cascade cycles. Messages and locations are Prisma's (`prisma validate`), so users recognise them.
// checkRelations() reads `@relation(...)` (Prisma's attribute phase); checkRelationsPipeline() holds the
// semantic rules, which the validator runs only on a schema without errors so far, as Prisma does.
#include "validationhelpers_p.h"

#include <QSet>
#include <algorithm>

namespace strata::schema::validation {

namespace {

using psl::Argument;
using psl::Attribute;
using psl::Expression;
using psl::Span;

using RA = ReferentialAction;

QString attributeError(const QString &message)
{
    return tr("Error parsing attribute \"@relation\": %1").arg(message);
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

const Attribute *singleFieldAttribute(const psl::Field &field, QStringView name)
{
    const Attribute *found = nullptr;
    for (const Attribute &attribute : field.attributes) {
        if (attribute.name.name != name)
            continue;
        if (found)
            return nullptr; // repeated: reported by the attribute rules, and not read (as in Prisma)
        found = &attribute;
    }
    return found;
}

// ---- The attribute phase: reading `@relation(...)` ---------------------------------------------------

class RelationReader {
public:
    RelationReader(const Context &context, const SchemaIndex &index, bool report)
        : m_context(context), m_index(index), m_report(report)
    {
    }

    /// The relation fields of the models and views [first, end) of the index.
    RelationFields read(std::pair<int, int> models);

private:
    void readAttribute(RelationFieldInfo &info, const Attribute &attribute);
    std::optional<std::vector<int>> resolve(const Expression &value, const Attribute &attribute, int model,
                                            bool isReferences, int ownModel);

    void error(const char *code, const Span &span, const QString &message) const
    {
        if (m_report)
            m_context.error(code, span, message);
    }

    const Context &m_context;
    const SchemaIndex &m_index;
    bool m_report;
};

RelationFields RelationReader::read(std::pair<int, int> models)
{
    RelationFields out;
    out.firstModel = models.first;
    out.modelStart.reserve(size_t(models.second - models.first) + 1);
    // Reserved for the fields whose type names a model, as the field facts tell (a grown vector would raise the
    // peak of a large schema's validation; the facts are a fifth of the size of the graph's fields to read).
    size_t relationFields = 0;
    for (int m = models.first; m < models.second; ++m) {
        const std::span<const FieldFacts> facts = m_index.models[size_t(m)].facts;
        relationFields += size_t(std::count_if(facts.begin(), facts.end(), [](const FieldFacts &fieldFacts) {
            return fieldFacts.type.kind == ResolvedType::Kind::Model;
        }));
    }
    out.items.reserve(relationFields);
    for (int m = models.first; m < models.second; ++m) {
        out.modelStart.push_back(int(out.items.size()));
        const ModelEntry &entry = m_index.models[size_t(m)];
        for (int f = 0; f < int(entry.fields.size()); ++f) {
            // The facts resolve a field's type the way the builder does: a field is a relation field exactly when
            // its type names a model or view. Reading them spares a walk over the graph's far larger fields.
            if (entry.facts[size_t(f)].type.kind != ResolvedType::Kind::Model) {
                Q_ASSERT(!entry.model->fields[size_t(f)].isRelation());
                continue;
            }
            const Field &field = entry.model->fields[size_t(f)];
            Q_ASSERT(field.isRelation());
            RelationFieldInfo info;
            info.model = m;
            info.field = f;
            info.relatedModel = m_index.model(field.typeName);
            if (info.relatedModel < 0)
                continue;
            const psl::Field &node = *entry.fields[size_t(f)];
            const AttributeNames &attributes = entry.facts[size_t(f)].attributes;
            info.ignored = attributes.contains(AttributeName::Ignore) && singleFieldAttribute(node, u"ignore");
            if (attributes.contains(AttributeName::Relation)) {
                if (const Attribute *relation = singleFieldAttribute(node, u"relation"))
                    readAttribute(info, *relation);
            }
            out.items.push_back(std::move(info));
        }
    }
    out.modelStart.push_back(int(out.items.size()));
    return out;
}

std::optional<std::vector<int>> RelationReader::resolve(const Expression &value, const Attribute &attribute, int model,
                                                        bool isReferences, int ownModel)
{
    const ModelEntry &entry = m_index.models[size_t(model)];
    // `fields: a` is read as `fields: [a]`.
    const std::span<const Expression> items = value.isArray() ? std::span<const Expression>(value.items)
                                                              : std::span<const Expression>(&value, 1);
    bool valid = true;
    for (const Expression &item : items) {
        if (!item.isConstant()) {
            error("P1012-type-mismatch", item.span, typeMismatch(QStringLiteral("constant"), item));
            valid = false;
        }
    }
    if (!valid)
        return std::vector<int>();
    std::vector<int> fields;
    fields.reserve(items.size());
    QStringList unknown;
    QStringList relationFields;
    for (const Expression &item : items) {
        const QString &name = item.text;
        const int f = name.contains(u'.') ? -1 : entry.field(name);
        const ModelEntry::Lookup found = entry.lookup(f);
        if (found == ModelEntry::Lookup::Missing) {
            unknown << name;
            continue;
        }
        if (found == ModelEntry::Lookup::Other) {
            relationFields << name;
            continue;
        }
        if (std::find(fields.begin(), fields.end(), f) != fields.end()) {
            error("P1012-relation-field-twice", attribute.span(),
                            tr("Error validating model \"%1\": The unique index definition refers to the field %2 multiple "
                               "times.")
                                .arg(entry.model->name, name));
            return std::vector<int>();
        }
        fields.push_back(f);
    }
    const QString &modelName = entry.model->name;
    Q_UNUSED(ownModel)
    if (!isReferences) {
        if (!unknown.isEmpty()) {
            error("P1012-relation-unknown-field", value.span,
                            validationError(tr("The argument fields must refer only to existing fields. The following "
                                               "fields do not exist in this model: %1")
                                                .arg(unknown.join(QStringLiteral(", ")))));
        }
        if (!relationFields.isEmpty()) {
            error("P1012-relation-fields-relation", value.span,
                            validationError(tr("The argument fields must refer only to scalar fields. But it is "
                                               "referencing the following relation fields: %1")
                                                .arg(relationFields.join(QStringLiteral(", ")))));
        }
    } else {
        if (!unknown.isEmpty()) {
            error("P1012-relation-unknown-reference", attribute.span(),
                            validationError(tr("The argument `references` must refer only to existing fields in the "
                                               "related model `%1`. The following fields do not exist in the related "
                                               "model: %2")
                                                .arg(modelName, unknown.join(QStringLiteral(", ")))));
        }
        if (!relationFields.isEmpty()) {
            error("P1012-relation-references-relation", attribute.span(),
                            validationError(tr("The argument `references` must refer only to scalar fields in the related "
                                               "model `%1`. But it is referencing the following relation fields: %2")
                                                .arg(modelName, relationFields.join(QStringLiteral(", ")))));
        }
    }
    if (!unknown.isEmpty() || !relationFields.isEmpty())
        return std::vector<int>();
    return fields;
}

void RelationReader::readAttribute(RelationFieldInfo &info, const Attribute &attribute)
{
    info.attribute = &attribute;
    if (const Argument *fields = attribute.named(u"fields"); fields && fields->value)
        info.fields = resolve(*fields->value, attribute, info.model, false, info.model);
    if (const Argument *references = attribute.named(u"references"); references && references->value)
        info.references = resolve(*references->value, attribute, info.relatedModel, true, info.model);
    if (const Argument *name = attribute.argument(u"name", true); name && name->value) {
        if (!name->value->isString()) {
            error("P1012-type-mismatch", name->value->span, typeMismatch(QStringLiteral("string"), *name->value));
        } else if (name->value->text.isEmpty()) {
            error("P1012-relation-empty-name", attribute.span(),
                            attributeError(tr("A relation cannot have an empty name.")));
        } else {
            info.name = name->value->text;
        }
    }
    auto action = [&](QStringView argumentName, std::optional<RA> &out, const Argument *&where) {
        const Argument *argument = attribute.named(argumentName);
        if (!argument || !argument->value)
            return;
        const Expression &value = *argument->value;
        if (!value.isConstant()) {
            error("P1012-type-mismatch", value.span, typeMismatch(QStringLiteral("constant"), value));
            return;
        }
        out = referentialActionFromName(value.text.view());
        if (!out) {
            error("P1012-referential-action-invalid", value.span,
                            attributeError(tr("Invalid referential action: `%1`").arg(value.text)));
            return;
        }
        where = argument;
    };
    action(u"onDelete", info.onDelete, info.onDeleteArgument);
    action(u"onUpdate", info.onUpdate, info.onUpdateArgument);
    if (const Argument *map = attribute.named(u"map"); map && map->value && map->value->isString()) {
        if (map->value->text.isEmpty()) {
            error("P1012-relation-empty-map", attribute.span(),
                            attributeError(tr("The `map` argument cannot be an empty string.")));
        } else {
            info.hasMap = true;
        }
    }
}

// ---- Relation inference: which fields form one relation, and of what kind ----------------------------

struct InferredRelation {
    enum class Kind { ImplicitManyToMany, EmbeddedManyToMany, OneToOne, OneToMany };
    Kind kind = Kind::OneToMany;
    int forward = -1; ///< item of field A (the side holding `fields`), -1 when only the back side exists
    int back = -1;    ///< item of field B, -1 when missing

    bool isInline() const { return kind == Kind::OneToOne || kind == Kind::OneToMany; }
};

class Relations {
public:
    Relations(const Context &context, const SchemaIndex &index, const std::vector<ResolvedModel> &resolved,
              const RelationFields &fields)
        : m_context(context), m_index(index), m_resolved(resolved), m_fields(fields), m_provider(context.provider()),
          m_relationModePrisma(context.schema.usesPrismaRelationMode() || m_provider == Provider::MongoDb)
    {
    }

    void infer();
    void check();

private:
    const QString &modelName(int m) const { return m_index.models[size_t(m)].model->name; }
    const Field &field(const RelationFieldInfo &info) const
    {
        return m_index.models[size_t(info.model)].model->fields[size_t(info.field)];
    }
    const psl::Field &node(const RelationFieldInfo &info) const
    {
        return *m_index.models[size_t(info.model)].fields[size_t(info.field)];
    }
    Span span(const RelationFieldInfo &info) const { return node(info).span(); }
    const RelationFieldInfo &item(int i) const { return m_fields.items[size_t(i)]; }
    bool isRequired(const RelationFieldInfo &info) const { return field(info).arity == Arity::Required; }
    bool isOptional(const RelationFieldInfo &info) const { return field(info).arity == Arity::Optional; }
    bool isList(const RelationFieldInfo &info) const { return field(info).arity == Arity::List; }
    static bool hasActions(const RelationFieldInfo &info) { return info.onDelete || info.onUpdate; }

    void checkInline(const InferredRelation &relation);
    void checkOneToOne(const RelationFieldInfo &forward, const RelationFieldInfo &back);
    void checkOneToMany(const InferredRelation &relation);
    void checkImplicitManyToMany(const InferredRelation &relation);
    void checkEmbeddedManyToMany(const InferredRelation &relation);
    void missingOppositeField(const RelationFieldInfo &info);
    void checkReferencesUnique(const RelationFieldInfo &forward);
    void checkSetNull(const RelationFieldInfo &forward);
    void checkCycles(int relation);
    void checkCascadingPaths(int relation);
    RA onDelete(int relation) const;
    RA onUpdate(int relation) const;
    static bool triggersModification(RA action) { return action != RA::NoAction && action != RA::Restrict; }
    QString cascadeMessage(int relation, const QString &message) const;
    QString relationLabel(int relation) const;

    const Context &m_context;
    const SchemaIndex &m_index;
    const std::vector<ResolvedModel> &m_resolved;
    const RelationFields &m_fields;
    Provider m_provider;
    bool m_relationModePrisma;
    std::vector<InferredRelation> m_relations;
    /// Complete inline relations by the model holding the foreign key, for the cycle checks.
    QHash<int, std::vector<int>> m_completeFrom;
};

void Relations::infer()
{
    // The opposite of a relation field: the first relation field of the related model that points back
    // and has the same relation name (Prisma's rule; the ambiguity check reports the other cases).
    for (int i = 0; i < int(m_fields.items.size()); ++i) {
        const RelationFieldInfo &info = item(i);
        const bool self = info.model == info.relatedModel;
        int opposite = -1;
        for (int candidate : m_fields.between(info.relatedModel, info.model)) {
            if ((self && candidate == i) || item(candidate).name != info.name)
                continue;
            opposite = candidate;
            break;
        }
        const QString &model = modelName(info.model);
        const QString &fieldName = field(info).name;
        auto after = [&](const RelationFieldInfo &other) {
            const QString &otherModel = modelName(other.model);
            return model != otherModel ? model > otherModel : fieldName > field(other).name;
        };
        InferredRelation relation;
        relation.forward = i;
        if (opposite >= 0) {
            const RelationFieldInfo &opp = item(opposite);
            relation.back = opposite;
            if (isList(info) && isList(opp)) {
                if (model > modelName(opp.model) || (self && fieldName > field(opp).name))
                    continue;
                relation.kind = (info.fields || opp.fields) ? InferredRelation::Kind::EmbeddedManyToMany
                                                            : InferredRelation::Kind::ImplicitManyToMany;
            } else if (isRequired(info) && isOptional(opp)) {
                relation.kind = InferredRelation::Kind::OneToOne;
            } else if (isRequired(info) && isRequired(opp)) {
                if (after(opp))
                    continue;
                relation.kind = InferredRelation::Kind::OneToOne;
            } else if (isOptional(info) && isRequired(opp)) {
                continue;
            } else if (isOptional(info) && isOptional(opp)) {
                if (!info.fields) {
                    if (opp.fields || after(opp))
                        continue;
                }
                relation.kind = InferredRelation::Kind::OneToOne;
            } else if (isList(info)) {
                continue; // the back side of a 1:n relation; ingested from the other side
            } else {
                relation.kind = InferredRelation::Kind::OneToMany;
            }
        } else if (isList(info)) {
            relation.kind = InferredRelation::Kind::OneToMany;
            relation.back = i;
            relation.forward = -1;
        } else {
            relation.kind = InferredRelation::Kind::OneToMany;
            if (info.fields) {
                const ResolvedModel &resolved = m_resolved[size_t(info.model)];
                const bool unique = std::any_of(resolved.indexes.begin(), resolved.indexes.end(), [&](const ResolvedIndex &index) {
                    if (!index.isUnique() || index.fields.size() != info.fields->size())
                        return false;
                    for (size_t k = 0; k < index.fields.size(); ++k) {
                        if (index.fields[k].field != (*info.fields)[k])
                            return false;
                    }
                    return true;
                });
                if (unique)
                    relation.kind = InferredRelation::Kind::OneToOne;
            }
        }
        m_relations.push_back(relation);
    }
    for (int r = 0; r < int(m_relations.size()); ++r) {
        const InferredRelation &relation = m_relations[size_t(r)];
        if (relation.isInline() && relation.forward >= 0 && relation.back >= 0)
            m_completeFrom[item(relation.forward).model].push_back(r);
    }
    // Prisma keeps these ordered by referenced model, then by relation; the cycle search visits them in
    // that order, which decides the cycle path it reports.
    for (auto it = m_completeFrom.begin(); it != m_completeFrom.end(); ++it) {
        std::stable_sort(it->begin(), it->end(), [&](int a, int b) {
            return item(m_relations[size_t(a)].forward).relatedModel < item(m_relations[size_t(b)].forward).relatedModel;
        });
    }
}

void Relations::missingOppositeField(const RelationFieldInfo &info)
{
    const ModelEntry &entry = m_index.models[size_t(info.model)];
    const QString container = entry.container();
    m_context.error("P1012-relation-missing-opposite", span(info),
                    tr("Error validating field `%1` in %2 `%3`: The relation field `%1` on %2 `%3` is missing an opposite "
                       "relation field on the model `%4`. Either run `prisma format` or add it manually.")
                        .arg(field(info).name, container, entry.model->name, modelName(info.relatedModel)));
}

void Relations::checkReferencesUnique(const RelationFieldInfo &forward)
{
    if (!forward.hasReferences())
        return;
    const ModelEntry &related = m_index.models[size_t(forward.relatedModel)];
    const OptionalIndexList &referenced = forward.references;
    std::vector<int> sortedReferenced(referenced.begin(), referenced.end());
    std::sort(sortedReferenced.begin(), sortedReferenced.end());
    const auto criteria = m_resolved[size_t(forward.relatedModel)].uniqueCriteria();
    // Criteria over paths into composite types (field -1) never match top-level references.
    auto sortedFields = [](const ResolvedIndex *c) {
        std::vector<int> fields;
        fields.reserve(c->fields.size());
        for (const IndexFieldRef &ref : c->fields)
            fields.push_back(ref.field);
        std::sort(fields.begin(), fields.end());
        return fields;
    };
    const bool unique = std::any_of(criteria.begin(), criteria.end(), [&](const ResolvedIndex *c) {
        return c->fields.size() == referenced.size() && sortedFields(c) == sortedReferenced;
    });
    QStringList references;
    if (unique) {
        // Most databases want the referenced fields in the order of the constraint.
        const bool arbitraryOrder = m_provider != Provider::SqlServer && m_provider != Provider::Unknown;
        if (referenced.size() <= 1 || arbitraryOrder)
            return;
        const bool ordered = std::any_of(criteria.begin(), criteria.end(), [&](const ResolvedIndex *c) {
            if (c->fields.size() != referenced.size())
                return false;
            for (size_t k = 0; k < referenced.size(); ++k) {
                if (c->fields[k].field != referenced[k])
                    return false;
            }
            return true;
        });
        if (!ordered) {
            for (int f : referenced)
                references << related.model->fields[size_t(f)].name;
            m_context.error("P1012-relation-references-order", span(forward),
                            validationError(tr("The argument `references` must refer to a unique criterion in the related "
                                               "model `%1` using the same order of fields. Please check the ordering in "
                                               "the following fields: `%2`.")
                                                .arg(related.model->name, references.join(QStringLiteral(", ")))));
        }
        return;
    }
    for (int f : referenced)
        references << related.model->fields[size_t(f)].name;
    QString message;
    if (references.size() == 1) {
        message = tr("The argument `references` must refer to a unique criterion in the related model. Consider adding an "
                     "`@unique` attribute to the field `%1` in the model `%2`.")
                      .arg(references.front(), related.model->name);
    } else {
        message = tr("The argument `references` must refer to a unique criterion in the related model. Consider adding an "
                     "`@@unique([%1])` attribute to the model `%2`.")
                      .arg(references.join(QStringLiteral(", ")), related.model->name);
    }
    m_context.error("P1012-relation-references-not-unique", span(forward), attributeError(message));
}

void Relations::checkSetNull(const RelationFieldInfo &forward)
{
    const ModelEntry &entry = m_index.models[size_t(forward.model)];
    // Without `fields:` Prisma cannot tell, and checks anyway.
    const bool anyRequired = !forward.fields || std::any_of(forward.fields->begin(), forward.fields->end(), [&](int f) {
        return entry.model->fields[size_t(f)].arity == Arity::Required;
    });
    if (!anyRequired)
        return;
    // PostgreSQL accepts SET NULL on NOT NULL columns (it fails at run time), so Prisma only warns there.
    const bool warnOnly = m_provider == Provider::PostgreSql && !m_relationModePrisma;
    auto report = [&](const char *which) {
        if (warnOnly) {
            m_context.warning("P1012-relation-set-null-required", span(forward),
                              tr("The `%1` referential action of a relation should not be set to `SetNull` when a "
                                 "referenced field is required. We recommend either to choose another referential "
                                 "action, or to make the referenced fields optional. Read more at "
                                 "https://pris.ly/d/postgres-set-null")
                                  .arg(QString::fromLatin1(which)));
        } else {
            m_context.error("P1012-relation-set-null-required", span(forward),
                            attributeError(tr("The `%1` referential action of a relation must not be set to `SetNull` "
                                              "when a referenced field is required.\nEither choose another referential "
                                              "action, or make the referenced fields optional.")
                                               .arg(QString::fromLatin1(which))));
        }
    };
    if (forward.onDelete == RA::SetNull)
        report("onDelete");
    if (forward.onUpdate == RA::SetNull)
        report("onUpdate");
}

RA Relations::onDelete(int relation) const
{
    const RelationFieldInfo &forward = item(m_relations[size_t(relation)].forward);
    if (forward.onDelete)
        return *forward.onDelete;
    // For actions, a relation counts as required when its field or any of its scalar fields is required.
    bool required = isRequired(forward);
    if (!required && forward.fields) {
        const ModelEntry &entry = m_index.models[size_t(forward.model)];
        required = std::any_of(forward.fields->begin(), forward.fields->end(), [&](int f) {
            return entry.model->fields[size_t(f)].arity == Arity::Required;
        });
    }
    return required ? RA::Restrict : RA::SetNull;
}

RA Relations::onUpdate(int relation) const
{
    const RelationFieldInfo &forward = item(m_relations[size_t(relation)].forward);
    return forward.onUpdate.value_or(RA::Cascade);
}

QString Relations::cascadeMessage(int relation, const QString &message) const
{
    const RelationFieldInfo &forward = item(m_relations[size_t(relation)].forward);
    const std::optional<RA> implicitDelete = !forward.onDelete && triggersModification(onDelete(relation))
        ? std::optional<RA>(onDelete(relation))
        : std::nullopt;
    const std::optional<RA> implicitUpdate = !forward.onUpdate && triggersModification(onUpdate(relation))
        ? std::optional<RA>(onUpdate(relation))
        : std::nullopt;
    QString out = message;
    if (implicitDelete && implicitUpdate) {
        out += tr(" (Implicit default `onDelete`: `%1`, and `onUpdate`: `%2`)")
                   .arg(referentialActionName(*implicitDelete), referentialActionName(*implicitUpdate));
    } else if (implicitDelete) {
        out += tr(" (Implicit default `onDelete`: `%1`)").arg(referentialActionName(*implicitDelete));
    } else if (implicitUpdate) {
        out += tr(" (Implicit default `onUpdate`: `%1`)").arg(referentialActionName(*implicitUpdate));
    }
    out += tr(" Read more at https://pris.ly/d/cyclic-referential-actions");
    return validationError(out);
}

QString Relations::relationLabel(int relation) const
{
    const RelationFieldInfo &forward = item(m_relations[size_t(relation)].forward);
    return modelName(forward.model) + u'.' + field(forward).name;
}

void Relations::checkCycles(int relation)
{
    // Cascading actions that lead back to where they started would never end: Prisma (emulating actions)
    // and SQL Server reject them.
    struct Step {
        int relation;
        QStringList path;
    };
    QSet<int> visited;
    std::vector<Step> stack{{relation, {relationLabel(relation)}}};
    const int parent = item(m_relations[size_t(relation)].forward).model;
    while (!stack.empty()) {
        const Step step = stack.back();
        stack.pop_back();
        const InferredRelation &next = m_relations[size_t(step.relation)];
        visited.insert(next.forward);
        const int model = item(next.forward).model;
        const int related = item(next.forward).relatedModel;
        if (!triggersModification(onUpdate(step.relation)) && !triggersModification(onDelete(step.relation)))
            continue;
        const Span &where = span(item(m_relations[size_t(relation)].forward));
        if (model == related) {
            m_context.error("P1012-relation-cycle", where,
                            cascadeMessage(relation, tr("A self-relation must have `onDelete` and `onUpdate` referential "
                                                        "actions set to `NoAction` in one of the @relation attributes.")));
            return;
        }
        if (related == parent) {
            m_context.error("P1012-relation-cycle", where,
                            cascadeMessage(relation, tr("Reference causes a cycle. One of the @relation attributes in this "
                                                        "cycle must have `onDelete` and `onUpdate` referential actions set "
                                                        "to `NoAction`. Cycle path: %1.")
                                                         .arg(step.path.join(QStringLiteral(" → ")))));
            return;
        }
        for (int r : m_completeFrom.value(related)) {
            if (visited.contains(m_relations[size_t(r)].forward))
                continue;
            stack.push_back({r, step.path + QStringList{relationLabel(r)}});
        }
    }
}

void Relations::checkCascadingPaths(int relation)
{
    // SQL Server rejects two cascading paths from one table to another.
    auto triggers = [&](int r) { return triggersModification(onDelete(r)) || triggersModification(onUpdate(r)); };
    if (!triggers(relation))
        return;
    const int parent = item(m_relations[size_t(relation)].forward).model;
    struct Step {
        int relation;
        std::vector<int> path; ///< relations from the start
        QSet<int> current;     ///< referencing fields on this path
    };
    std::vector<std::vector<int>> paths;
    std::vector<Step> stack;
    for (int r : m_completeFrom.value(parent)) {
        if (triggers(r))
            stack.push_back({r, {r}, {}});
    }
    while (!stack.empty()) {
        Step step = std::move(stack.back());
        stack.pop_back();
        const InferredRelation &next = m_relations[size_t(step.relation)];
        const int model = item(next.forward).model;
        const int related = item(next.forward).relatedModel;
        step.current.insert(next.forward);
        if (model == related || related == parent)
            continue;
        bool extended = false;
        for (int r : m_completeFrom.value(related)) {
            if (!triggers(r) || step.current.contains(m_relations[size_t(r)].forward))
                continue;
            std::vector<int> path = step.path;
            path.push_back(r);
            stack.push_back({r, std::move(path), step.current});
            extended = true;
        }
        if (!extended)
            paths.push_back(step.path);
    }
    // The models reachable from each relation field of the parent model.
    QHash<QString, QSet<QString>> seen;
    for (const std::vector<int> &path : paths) {
        if (path.empty())
            continue;
        QSet<QString> &models = seen[field(item(m_relations[size_t(path.front())].forward)).name];
        for (int r : path)
            models.insert(modelName(item(m_relations[size_t(r)].forward).relatedModel));
    }
    const QString fieldName = field(item(m_relations[size_t(relation)].forward)).name;
    if (!seen.contains(fieldName))
        return;
    const QSet<QString> fromParent = seen.take(fieldName);
    QStringList reachable;
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        for (const QString &model : fromParent) {
            if (it.value().contains(model) && !reachable.contains(model))
                reachable << model;
        }
    }
    if (reachable.isEmpty())
        return;
    reachable.sort();
    QStringList quoted;
    for (const QString &model : reachable)
        quoted << u'`' + model + u'`';
    const QString message = reachable.size() == 1
        ? tr("When any of the records in model %1 is updated or deleted, the referential actions on the relations cascade "
             "to model `%2` through multiple paths. Please break one of these paths by setting the `onUpdate` and "
             "`onDelete` to `NoAction`.")
        : tr("When any of the records in models %1 are updated or deleted, the referential actions on the relations "
             "cascade to model `%2` through multiple paths. Please break one of these paths by setting the `onUpdate` "
             "and `onDelete` to `NoAction`.");
    m_context.error("P1012-relation-cascade-paths", span(item(m_relations[size_t(relation)].forward)),
                    cascadeMessage(relation, message.arg(quoted.join(QStringLiteral(", ")), modelName(parent))));
}

void Relations::checkInline(const InferredRelation &relation)
{
    const RelationFieldInfo *forward = relation.forward >= 0 ? &item(relation.forward) : nullptr;
    const RelationFieldInfo *back = relation.back >= 0 && relation.back != relation.forward ? &item(relation.back) : nullptr;
    if (forward) {
        checkReferencesUnique(*forward);
        if (forward->fields && forward->references && forward->fields->size() != forward->references->size()) {
            m_context.error("P1012-relation-length-mismatch", forward->attribute ? forward->attribute->span() : span(*forward),
                            validationError(tr("You must specify the same number of fields in `fields` and `references`.")));
        }
        // A required relation field cannot rest on optional scalar fields.
        const ModelEntry &entry = m_index.models[size_t(forward->model)];
        if (isRequired(*forward) && forward->fields) {
            QStringList names;
            bool anyOptional = false;
            for (int f : *forward->fields) {
                names << entry.model->fields[size_t(f)].name;
                anyOptional |= entry.model->fields[size_t(f)].arity == Arity::Optional;
            }
            if (anyOptional) {
                m_context.error("P1012-relation-arity", span(*forward),
                                validationError(tr("The relation field `%1` uses the scalar fields %2. At least one of "
                                                   "those fields is optional. Hence the relation field must be optional "
                                                   "as well.")
                                                    .arg(field(*forward).name, names.join(QStringLiteral(", ")))));
            }
        }
        // The types of `fields` and `references` must match pairwise.
        if (forward->fields && forward->references) {
            const ModelEntry &related = m_index.models[size_t(forward->relatedModel)];
            const size_t n = std::min(forward->fields->size(), forward->references->size());
            for (size_t k = 0; k < n; ++k) {
                const Field &a = entry.model->fields[size_t((*forward->fields)[k])];
                const Field &b = related.model->fields[size_t((*forward->references)[k])];
                const bool same = a.kind == b.kind
                    && (a.kind == FieldKind::Scalar      ? a.scalarType == b.scalarType
                            : a.kind == FieldKind::Unsupported ? a.unsupportedType() == b.unsupportedType()
                                                               : a.typeName == b.typeName);
                if (!same) {
                    m_context.error("P1012-relation-type-mismatch", span(*forward),
                                    attributeError(tr("The type of the field `%1` in the model `%2` is not matching the "
                                                      "type of the referenced field `%3` in model `%4`.")
                                                       .arg(a.name, entry.model->name, b.name, related.model->name)));
                }
            }
        }
        checkSetNull(*forward);
    }
    if (relation.kind == InferredRelation::Kind::OneToOne) {
        if (!back) {
            missingOppositeField(*forward);
            if (forward)
                checkOneToOne(*forward, *forward); // only the uniqueness rule applies
            return;
        }
        checkOneToOne(*forward, *back);
    } else {
        checkOneToMany(relation);
    }
}

void Relations::checkOneToOne(const RelationFieldInfo &forward, const RelationFieldInfo &back)
{
    const bool complete = &forward != &back;
    const QString fName = field(forward).name;
    const QString fModel = modelName(forward.model);
    if (complete) {
        const QString bName = field(back).name;
        const QString bModel = modelName(back.model);
        auto pair = [&](const QString &text, bool forwardFirst) {
            return forwardFirst ? text.arg(fName, fModel, bName, bModel) : text.arg(bName, bModel, fName, fModel);
        };
        if (!forward.hasFields() && !back.hasFields()) {
            const QString text = tr("The relation fields `%1` on Model `%2` and `%3` on Model `%4` do not provide the "
                                    "`fields` argument in the @relation attribute. You have to provide it on one of the "
                                    "two fields.");
            m_context.error("P1012-relation-no-fields", span(forward), attributeError(pair(text, true)));
            m_context.error("P1012-relation-no-fields", span(back), attributeError(pair(text, false)));
        }
        if (!forward.hasReferences() && !back.hasReferences()) {
            const QString text = tr("The relation fields `%1` on Model `%2` and `%3` on Model `%4` do not provide the "
                                    "`references` argument in the @relation attribute. You have to provide it on one of "
                                    "the two fields.");
            m_context.error("P1012-relation-no-references", span(forward), attributeError(pair(text, true)));
            m_context.error("P1012-relation-no-references", span(back), attributeError(pair(text, false)));
        }
        if (forward.hasReferences() && back.hasReferences()) {
            const QString text = pair(tr("The relation fields `%1` on Model `%2` and `%3` on Model `%4` both provide the "
                                         "`references` argument in the @relation attribute. You have to provide it only on "
                                         "one of the two fields."),
                                      true);
            m_context.error("P1012-relation-references-both-sides", span(forward), attributeError(text));
            m_context.error("P1012-relation-references-both-sides", span(back), attributeError(text));
        }
        if (forward.hasFields() && back.hasFields()) {
            const QString text = pair(tr("The relation fields `%1` on Model `%2` and `%3` on Model `%4` both provide the "
                                         "`fields` argument in the @relation attribute. You have to provide it only on one "
                                         "of the two fields."),
                                      true);
            m_context.error("P1012-relation-fields-both-sides", span(forward), attributeError(text));
            m_context.error("P1012-relation-fields-both-sides", span(back), attributeError(text));
        }
        if (hasActions(forward) && hasActions(back)) {
            const QString text = tr("The relation fields `%1` on Model `%2` and `%3` on Model `%4` both provide the "
                                    "`onDelete` or `onUpdate` argument in the @relation attribute. You have to provide it "
                                    "only on one of the two fields.");
            m_context.error("P1012-relation-actions-both-sides", span(back), attributeError(pair(text, false)));
            m_context.error("P1012-relation-actions-both-sides", span(forward), attributeError(pair(text, true)));
        } else if (hasActions(back)) {
            m_context.error("P1012-relation-actions-back-side", span(back),
                            attributeError(tr("The relation field `%1` on Model `%2` must not specify the `onDelete` or "
                                              "`onUpdate` argument in the @relation attribute. You must only specify it on "
                                              "the opposite field `%3` on model `%4`.")
                                               .arg(bName, bModel, fName, fModel)));
        }
    }
    // A 1:1 relation is enforced by a unique constraint on the referencing fields.
    if (forward.fields) {
        const auto criteria = m_resolved[size_t(forward.model)].uniqueCriteria();
        const bool unique = std::any_of(criteria.begin(), criteria.end(), [&](const ResolvedIndex *c) {
            if (c->fields.size() != forward.fields->size())
                return false;
            for (size_t k = 0; k < c->fields.size(); ++k) {
                if (c->fields[k].field != (*forward.fields)[k])
                    return false;
            }
            return true;
        });
        if (!unique) {
            const ModelEntry &entry = m_index.models[size_t(forward.model)];
            QStringList names;
            for (int f : *forward.fields)
                names << entry.model->fields[size_t(f)].name;
            const QString message = names.size() == 1
                ? tr("A one-to-one relation must use unique fields on the defining side. Either add an `@unique` attribute "
                     "to the field `%1`, or change the relation to one-to-many.")
                      .arg(names.front())
                : tr("A one-to-one relation must use unique fields on the defining side. Either add an `@@unique([%1])` "
                     "attribute to the model, or change the relation to one-to-many.")
                      .arg(names.join(QStringLiteral(", ")));
            m_context.error("P1012-relation-one-to-one-not-unique", span(forward), attributeError(message));
        }
    }
    if (!complete || errorCount(m_context) > 0)
        return;
    const QString bName = field(back).name;
    const QString bModel = modelName(back.model);
    if (forward.hasFields() && back.hasReferences()) {
        const QString text = tr("The relation field `%1` on Model `%2` provides the `fields` argument in the @relation "
                                "attribute. And the related field `%3` on Model `%4` provides the `references` argument. "
                                "You must provide both arguments on the same side.")
                                 .arg(fName, fModel, bName, bModel);
        m_context.error("P1012-relation-arguments-split", span(forward), attributeError(text));
        m_context.error("P1012-relation-arguments-split", span(back), attributeError(text));
    }
    if (forward.hasReferences() && back.hasFields()) {
        m_context.error("P1012-relation-arguments-split", span(forward),
                        attributeError(tr("The relation field `%1` on Model `%2` provides the `references` argument in the "
                                          "@relation attribute. And the related field `%3` on Model `%4` provides the "
                                          "`fields` argument. You must provide both arguments on the same side.")
                                           .arg(fName, fModel, bName, bModel)));
    }
    if (errorCount(m_context) > 0)
        return;
    if (isRequired(back)) {
        m_context.error("P1012-relation-back-required", span(back),
                        attributeError(tr("The relation field `%1` on Model `%2` is required. This is not valid because "
                                          "it's not possible to enforce this constraint on the database level. Please "
                                          "change the field type from `%3` to `%3?` to fix this.")
                                           .arg(bName, bModel, fModel)));
    }
    if (errorCount(m_context) > 0)
        return;
    if (isRequired(forward) && (back.fields || back.references)) {
        m_context.error("P1012-relation-fields-wrong-side", span(back),
                        attributeError(tr("The relation field `%1.%2` defines the `fields` and/or `references` argument. "
                                          "You must set them on the required side of the relation (`%3.%4`) in order for "
                                          "the constraints to be enforced. Alternatively, you can change this field to be "
                                          "required and the opposite optional, or make both sides of the relation "
                                          "optional.")
                                           .arg(bModel, bName, fModel, fName)));
    }
}

void Relations::checkOneToMany(const InferredRelation &relation)
{
    if (relation.forward < 0) {
        missingOppositeField(item(relation.back));
        return;
    }
    const RelationFieldInfo &forward = item(relation.forward);
    if (relation.back < 0) {
        missingOppositeField(forward);
        return;
    }
    const RelationFieldInfo &back = item(relation.back);
    const QString fName = field(forward).name;
    const QString fModel = modelName(forward.model);
    if (!forward.hasFields()) {
        m_context.error("P1012-relation-missing-fields", span(forward),
                        attributeError(tr("The relation field `%1` on Model `%2` must specify the `fields` argument in the "
                                          "@relation attribute. You can run `prisma format` to fix this automatically.")
                                           .arg(fName, fModel)));
    }
    if (!forward.hasReferences()) {
        m_context.error("P1012-relation-missing-references", span(forward),
                        attributeError(tr("The relation field `%1` on Model `%2` must specify the `references` argument "
                                          "in the @relation attribute.")
                                           .arg(fName, fModel)));
    }
    if (back.hasFields() || back.hasReferences()) {
        m_context.error("P1012-relation-fields-on-list-side", span(back),
                        attributeError(tr("The relation field `%1` on Model `%2` must not specify the `fields` or "
                                          "`references` argument in the @relation attribute. You must only specify it on "
                                          "the opposite field `%3` on model `%4`.")
                                           .arg(field(back).name, modelName(back.model), fName, fModel)));
    }
    if (hasActions(back)) {
        m_context.error("P1012-relation-actions-back-side", span(back),
                        attributeError(tr("The relation field `%1` on Model `%2` must not specify the `onDelete` or "
                                          "`onUpdate` argument in the @relation attribute. You must only specify it on "
                                          "the opposite field `%3` on model `%4`, or in case of a many to many relation, "
                                          "in an explicit join table.")
                                           .arg(field(back).name, modelName(back.model), fName, fModel)));
    }
}

void Relations::checkImplicitManyToMany(const InferredRelation &relation)
{
    const RelationFieldInfo &a = item(relation.forward);
    const RelationFieldInfo &b = item(relation.back);
    if (m_provider == Provider::MongoDb) {
        const QString message = validationError(tr("Implicit many-to-many relations are not supported on %1. Please use the "
                                                   "syntax defined in https://pris.ly/d/document-database-many-to-many")
                                                    .arg(connectorDisplayName(m_provider)));
        m_context.error("P1012-relation-implicit-m2m-unsupported", span(a), message);
        m_context.error("P1012-relation-implicit-m2m-unsupported", span(b), message);
    }
    for (const RelationFieldInfo *info : {&a, &b}) {
        const ResolvedModel &related = m_resolved[size_t(info->relatedModel)];
        const ModelEntry &relatedEntry = m_index.models[size_t(info->relatedModel)];
        if (!related.primaryKey || related.primaryKey->fields.size() != 1) {
            const QString container = relatedEntry.container();
            m_context.error("P1012-relation-m2m-without-id", span(*info),
                            tr("Error validating field `%1` in %2 `%3`: The relation field `%1` on %2 `%3` references `%4` "
                               "which does not have an `@id` field. Models without `@id` cannot be part of a many to many "
                               "relation. Use an explicit intermediate Model to represent this relationship.")
                                .arg(field(*info).name, container, modelName(info->model), relatedEntry.model->name));
            continue;
        }
        if (info->references) {
            const int id = related.primaryKey->fields.front().field;
            if (info->references->size() != 1 || info->references->front() != id) {
                QStringList names;
                for (int f : *info->references)
                    names << relatedEntry.model->fields[size_t(f)].name;
                m_context.error("P1012-relation-m2m-references-id", span(*info),
                                validationError(tr("Implicit many-to-many relations must always reference the id field of "
                                                   "the related model. Change the argument `references` to use the id "
                                                   "field of the related model `%1`. But it is referencing the following "
                                                   "fields that are not the id: %2")
                                                    .arg(relatedEntry.model->name, names.join(QStringLiteral(", ")))));
            }
        }
    }
    for (const RelationFieldInfo *info : {&a, &b}) {
        for (const auto &[action, where] : {std::pair(info->onDelete, info->onDeleteValueSpan()), std::pair(info->onUpdate, info->onUpdateValueSpan())}) {
            if (action) {
                m_context.error("P1012-relation-m2m-actions", where,
                                validationError(tr("Referential actions on implicit many-to-many relations are not "
                                                   "supported")));
            }
        }
    }
    for (const RelationFieldInfo *info : {&a, &b}) {
        if (info->references) {
            m_context.error("P1012-relation-m2m-references", span(*info),
                            attributeError(tr("Implicit many-to-many relation should not have references argument "
                                              "defined. Either remove it, or change the relation to one-to-many.")));
        }
    }
}

void Relations::checkEmbeddedManyToMany(const InferredRelation &relation)
{
    const RelationFieldInfo &a = item(relation.forward);
    const RelationFieldInfo &b = item(relation.back);
    if (m_provider != Provider::MongoDb) {
        const QString message = validationError(tr("Embedded many-to-many relations are not supported on %1. Please use "
                                                   "the syntax defined in "
                                                   "https://pris.ly/d/relational-database-many-to-many")
                                                    .arg(connectorDisplayName(m_provider)));
        m_context.error("P1012-relation-embedded-m2m-unsupported", span(a), message);
        m_context.error("P1012-relation-embedded-m2m-unsupported", span(b), message);
        return;
    }
    auto argumentSpan = [&](const RelationFieldInfo &info, QStringView name) {
        if (info.attribute) {
            if (const Argument *argument = info.attribute->named(name))
                return argument->span();
            return info.attribute->span();
        }
        return span(info);
    };
    for (const RelationFieldInfo *info : {&a, &b}) {
        if (!info->references || info->references->size() != 1) {
            m_context.error("P1012-relation-embedded-references", argumentSpan(*info, u"references"),
                            attributeError(tr("The `references` argument must be defined and must point to exactly one "
                                              "scalar field. https://pris.ly/d/many-to-many-relations")));
        }
    }
    for (const RelationFieldInfo *info : {&a, &b}) {
        if (!info->fields || info->fields->size() != 1) {
            m_context.error("P1012-relation-embedded-fields", argumentSpan(*info, u"fields"),
                            attributeError(tr("The `fields` argument must be defined and must point to exactly one scalar "
                                              "field. https://pris.ly/d/many-to-many-relations")));
        }
    }
    for (const RelationFieldInfo *info : {&a, &b}) {
        if (!info->references || info->references->empty())
            continue;
        const ResolvedModel &related = m_resolved[size_t(info->relatedModel)];
        const bool singleId = related.primaryKey && related.primaryKey->fields.size() == 1
            && related.primaryKey->fields.front().field == info->references->front();
        if (!singleId) {
            const Argument *references = info->attribute ? info->attribute->named(u"references") : nullptr;
            m_context.error("P1012-relation-embedded-references-id", references ? references->span() : span(*info),
                            attributeError(tr("The `references` argument must point to a singular `id` field")));
        }
    }
    for (const RelationFieldInfo *info : {&a, &b}) {
        if (!info->fields || info->fields->empty() || !info->references || info->references->empty())
            continue;
        const Field &referencing = m_index.models[size_t(info->model)].model->fields[size_t(info->fields->front())];
        const Field &referenced = m_index.models[size_t(info->relatedModel)].model->fields[size_t(info->references->front())];
        const bool ok = referencing.isList() && !referenced.isList() && referencing.kind == referenced.kind
            && referencing.scalarType == referenced.scalarType && referencing.typeName == referenced.typeName
            && referencing.nativeType->name == referenced.nativeType->name;
        if (!ok) {
            m_context.error("P1012-relation-embedded-types", info->attribute ? info->attribute->span() : span(*info),
                            attributeError(tr("The scalar field defined in `fields` argument must be an array of the same "
                                              "type defined in `references`")));
        }
    }
    for (const RelationFieldInfo *info : {&a, &b}) {
        for (const auto &[action, where] : {std::pair(info->onDelete, info->onDeleteValueSpan()), std::pair(info->onUpdate, info->onUpdateValueSpan())}) {
            if (action) {
                m_context.error("P1012-relation-embedded-actions", where,
                                validationError(tr("Referential actions on two-way embedded many-to-many relations are "
                                                   "not supported")));
            }
        }
    }
}

void Relations::check()
{
    const bool detectCycles = m_relationModePrisma || m_provider == Provider::SqlServer;
    for (int r = 0; r < int(m_relations.size()); ++r) {
        const InferredRelation &relation = m_relations[size_t(r)];
        switch (relation.kind) {
        case InferredRelation::Kind::OneToOne:
        case InferredRelation::Kind::OneToMany:
            if (relation.forward >= 0 && relation.back >= 0) {
                if (detectCycles)
                    checkCycles(r);
                if (m_provider == Provider::SqlServer && !m_relationModePrisma)
                    checkCascadingPaths(r);
            }
            checkInline(relation);
            break;
        case InferredRelation::Kind::ImplicitManyToMany:
            checkImplicitManyToMany(relation);
            break;
        case InferredRelation::Kind::EmbeddedManyToMany:
            checkEmbeddedManyToMany(relation);
            break;
        }
    }
}

} // namespace

RelationFields readRelationFields(const Context &context, const SchemaIndex &index, bool report)
{
    return RelationReader(context, index, report).read({0, int(index.models.size())});
}

RelationFields readRelationFields(const Context &context, const BlockSlice &slice)
{
    const SchemaIndex &index = modelLookups(context).index;
    return RelationReader(context, index, true).read(index.modelsOf(slice));
}

void RelationFields::append(RelationFields &&part)
{
    Q_ASSERT(part.firstModel == (modelStart.empty() ? firstModel : firstModel + int(modelStart.size()) - 1));
    const int offset = int(items.size());
    if (modelStart.empty())
        firstModel = part.firstModel;
    else
        modelStart.pop_back(); // the end of the items, which the part's first start repeats
    for (int start : part.modelStart)
        modelStart.push_back(start + offset);
    items.insert(items.end(), std::make_move_iterator(part.items.begin()), std::make_move_iterator(part.items.end()));
    part = RelationFields(); // its room goes back before the next part's is copied: the parts and the whole are not
                             // held twice (2 MB at 5,000 models)
}

void checkRelations(const Context &context)
{
    relationFields(context, true); // reported now, kept for the semantic rules
}

void checkRelationsPipeline(const Context &context)
{
    if (hasErrorWithCodePrefix(context, QString::fromLatin1(ambiguousRelationCode)))
        return; // Prisma stops validating at an ambiguous relation
    Relations relations(context, modelLookups(context).index, resolvedModels(context, false), relationFields(context, false));
    relations.infer();
    relations.check();
}

} // namespace strata::schema::validation
