// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include <QHash>
#include <algorithm>
#include <atomic>
#include <unordered_map>

namespace strata::schema {

NodeId newNodeId()
{
    static std::atomic<NodeId> next{1};
    return next++;
}

bool Schema::usesPrismaRelationMode() const
{
    return datasource && datasource->relationMode == u"prisma";
}

bool Schema::hasPreviewFeature(QStringView feature) const
{
    return std::any_of(generators.begin(), generators.end(), [&](const Generator &g) {
        return std::any_of(g.previewFeatures.begin(), g.previewFeatures.end(),
                           [&](const QString &f) { return f.compare(feature, Qt::CaseInsensitive) == 0; });
    });
}

template<typename Range, typename Pred>
static auto findIn(Range &range, Pred pred) -> decltype(&*range.begin())
{
    auto it = std::find_if(range.begin(), range.end(), pred);
    return it == range.end() ? nullptr : &*it;
}

const Model *Schema::model(QStringView name) const { return findIn(models, [&](const Model &m) { return m.name == name; }); }
Model *Schema::model(QStringView name) { return findIn(models, [&](const Model &m) { return m.name == name; }); }
const Model *Schema::modelById(NodeId id) const { return findIn(models, [&](const Model &m) { return m.id == id; }); }
Model *Schema::modelById(NodeId id) { return findIn(models, [&](const Model &m) { return m.id == id; }); }
const Enum *Schema::enumType(QStringView name) const { return findIn(enums, [&](const Enum &e) { return e.name == name; }); }
Enum *Schema::enumType(QStringView name) { return findIn(enums, [&](const Enum &e) { return e.name == name; }); }
const Enum *Schema::enumById(NodeId id) const { return findIn(enums, [&](const Enum &e) { return e.id == id; }); }
Enum *Schema::enumById(NodeId id) { return findIn(enums, [&](const Enum &e) { return e.id == id; }); }
const CompositeType *Schema::compositeType(QStringView name) const
{
    return findIn(compositeTypes, [&](const CompositeType &c) { return c.name == name; });
}
const Relation *Schema::relationById(NodeId id) const { return findIn(relations, [&](const Relation &r) { return r.id == id; }); }

const Relation *Schema::relationOf(QStringView modelName, QStringView fieldName) const
{
    return findIn(relations, [&](const Relation &r) {
        return (r.modelA == modelName && r.fieldA == fieldName) || (r.modelB == modelName && r.fieldB == fieldName);
    });
}

namespace {

struct RelationEnd {
    const Model *model;
    const Field *field;
};

/// Side A is the one that holds fields/references; for m:n and unresolved cases, the lesser model/field name.
bool isReferencingSide(const RelationEnd &a, const RelationEnd &b)
{
    const bool aHasFields = !a.field->relation->fields.isEmpty();
    const bool bHasFields = !b.field->relation->fields.isEmpty();
    if (aHasFields != bHasFields)
        return aHasFields;
    if (a.field->isList() != b.field->isList())
        return !a.field->isList();
    if (a.model->name != b.model->name)
        return a.model->name < b.model->name;
    return a.field->name < b.field->name;
}

} // namespace

void computeRelations(Schema &schema)
{
    // Keep ids of relations that still exist, keyed by their ends.
    QHash<QString, NodeId> previousIds;
    for (const Relation &r : schema.relations)
        previousIds.insert(r.modelA + u'.' + r.fieldA + u'|' + r.modelB + u'.' + r.fieldB, r.id);
    schema.relations.clear();

    // Group relation fields by (unordered model pair, relation name), in the order the groups first appear.
    struct GroupKey {
        QStringView first;
        QStringView second;
        QStringView name;
        bool operator==(const GroupKey &) const = default;
    };
    struct GroupKeyHash {
        size_t operator()(const GroupKey &key) const noexcept
        {
            return qHashMulti(0, key.first, key.second, key.name);
        }
    };
    std::unordered_map<GroupKey, size_t, GroupKeyHash> groupIndex;
    std::vector<std::vector<RelationEnd>> groups;
    for (const Model &model : schema.models) {
        for (const Field &field : model.fields) {
            if (!field.isRelation() || field.isIgnored)
                continue;
            const QString &other = field.typeName;
            const bool modelFirst = model.name <= other;
            const GroupKey key{modelFirst ? model.name : other, modelFirst ? other : model.name, field.relation->name};
            const auto [found, inserted] = groupIndex.try_emplace(key, groups.size());
            if (inserted)
                groups.emplace_back();
            groups[found->second].push_back({&model, &field});
        }
    }
    for (std::vector<RelationEnd> &ends : groups) {
        // Pair ends: each field pairs with one on the opposite model (for self relations, another field).
        std::vector<bool> used(ends.size(), false);
        for (size_t i = 0; i < ends.size(); ++i) {
            if (used[i])
                continue;
            used[i] = true;
            std::optional<size_t> partner;
            for (size_t j = i + 1; j < ends.size(); ++j) {
                if (used[j])
                    continue;
                const bool oppositeModel = ends[j].model->name == ends[i].field->typeName
                    && ends[i].model->name == ends[j].field->typeName;
                if (oppositeModel) {
                    partner = j;
                    break;
                }
            }
            Relation relation;
            relation.name = ends[i].field->relation->name;
            RelationEnd a = ends[i];
            std::optional<RelationEnd> b;
            if (partner) {
                used[*partner] = true;
                b = ends[*partner];
                if (!isReferencingSide(a, *b))
                    std::swap(a, *b);
            }
            relation.modelA = a.model->name;
            relation.fieldA = a.field->name;
            if (b) {
                relation.modelB = b->model->name;
                relation.fieldB = b->field->name;
                if (a.field->isList() && b->field->isList())
                    relation.kind = RelationKind::ManyToMany;
                else if (a.field->isList() || b->field->isList())
                    relation.kind = RelationKind::OneToMany;
                else
                    relation.kind = RelationKind::OneToOne;
            } else {
                relation.modelB = a.field->typeName;
                relation.kind = a.field->isList() ? RelationKind::OneToMany : RelationKind::OneToOne;
            }
            if (!previousIds.isEmpty()) {
                const QString idKey = relation.modelA + u'.' + relation.fieldA + u'|' + relation.modelB + u'.' + relation.fieldB;
                relation.id = previousIds.value(idKey, 0);
            }
            if (!relation.id)
                relation.id = newNodeId();
            schema.relations.push_back(std::move(relation));
        }
    }
}

} // namespace strata::schema
