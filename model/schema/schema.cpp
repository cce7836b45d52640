// SPDX-License-Identifier: GPL-3.0-or-later
#include "schema.h"

#include "psl/texthash.h"

#include <QHash>
#include <algorithm>
#include <atomic>
#include <unordered_map>
#include <utility>

namespace strata::schema {

NodeId newNodeId()
{
    // Each thread takes ids from a run of its own: the graph of a large schema is built on several threads, and
    // one counter that all of them increment would bounce its cache line between them tens of thousands of times.
    constexpr NodeId RunLength = 1024;
    static std::atomic<NodeId> nextRun{1};
    thread_local NodeId next = 0;
    thread_local NodeId end = 0;
    if (next == end) {
        next = nextRun.fetch_add(RunLength, std::memory_order_relaxed);
        end = next + RunLength;
    }
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

/// Side A is the one that holds fields/references; for m:n and unresolved cases, the lesser model/field name.
bool isReferencingSide(const RelationEnd &a, const RelationEnd &b)
{
    if (a.hasFields != b.hasFields)
        return a.hasFields;
    if (a.isList != b.isList)
        return !a.isList;
    if (a.modelName != b.modelName)
        return a.modelName < b.modelName;
    return a.fieldName < b.fieldName;
}

/// Relation fields are grouped by the unordered pair of models and the relation name.
struct GroupKey {
    QStringView first;
    QStringView second;
    QStringView name;
    size_t hash;

    /// The key of an end, with the hash collectRelationEnds() computed.
    explicit GroupKey(const RelationEnd &end)
        : first(end.modelNameFirst ? end.modelName : end.typeName)
        , second(end.modelNameFirst ? end.typeName : end.modelName)
        , name(end.relationName)
        , hash(end.groupHash)
    {
    }
    size_t computeHash() const { return psl::textHash(name, psl::textHash(second, psl::textHash(first))); }
    bool operator==(const GroupKey &other) const
    {
        return hash == other.hash && first == other.first && second == other.second && name == other.name;
    }
};

struct GroupKeyHash {
    size_t operator()(const GroupKey &key) const noexcept { return key.hash; }
};

} // namespace

void collectRelationEnds(const Model &model, std::vector<RelationEnd> &ends)
{
    for (const Field &field : model.fields) {
        if (!field.isRelation() || field.isIgnored)
            continue;
        RelationEnd &end = ends.emplace_back();
        end.modelName = model.name;
        end.fieldName = field.name;
        end.typeName = field.typeName;
        end.relationName = field.relation->name;
        end.modelNameFirst = model.name <= field.typeName;
        end.hasFields = !field.relation->fields.isEmpty();
        end.isList = field.isList();
        end.groupHash = GroupKey(end).computeHash();
    }
}

void computeRelations(Schema &schema)
{
    std::vector<RelationEnd> ends;
    for (const Model &model : schema.models)
        collectRelationEnds(model, ends);
    computeRelations(schema, std::move(ends));
}

void computeRelations(Schema &schema, std::vector<RelationEnd> allEnds)
{
    // Keep ids of relations that still exist, keyed by their ends.
    QHash<QString, NodeId> previousIds;
    for (const Relation &r : schema.relations)
        previousIds.insert(r.modelA + u'.' + r.fieldA + u'|' + r.modelB + u'.' + r.fieldB, r.id);
    schema.relations.clear();

    // Group the ends, in the order the groups first appear: number them, then lay the ends out group by group
    // (a counting sort, which keeps each group's ends in their order).
    std::unordered_map<GroupKey, size_t, GroupKeyHash> groupIndex;
    groupIndex.reserve(allEnds.size());
    std::vector<size_t> groupOf(allEnds.size());
    std::vector<size_t> groupStarts;
    for (size_t i = 0; i < allEnds.size(); ++i) {
        const auto [found, inserted] = groupIndex.try_emplace(GroupKey(allEnds[i]), groupStarts.size());
        if (inserted)
            groupStarts.push_back(0);
        groupOf[i] = found->second;
        ++groupStarts[found->second];
    }
    size_t start = 0;
    for (size_t &groupStart : groupStarts)
        start += std::exchange(groupStart, start);
    groupStarts.push_back(start);
    std::vector<RelationEnd *> grouped(allEnds.size());
    {
        std::vector<size_t> next(groupStarts.begin(), groupStarts.end() - 1);
        for (size_t i = 0; i < allEnds.size(); ++i)
            grouped[next[groupOf[i]]++] = &allEnds[i];
    }

    // Each end is used by one relation, which takes its strings. A group is one relation but where a name pairs
    // more than two fields.
    schema.relations.reserve(groupStarts.size() - 1);
    std::vector<bool> used(grouped.size(), false);
    for (size_t group = 0; group + 1 < groupStarts.size(); ++group) {
        // Pair ends: each field pairs with one on the opposite model (for self relations, another field).
        for (size_t i = groupStarts[group]; i < groupStarts[group + 1]; ++i) {
            if (used[i])
                continue;
            used[i] = true;
            std::optional<size_t> partner;
            for (size_t j = i + 1; j < groupStarts[group + 1]; ++j) {
                if (used[j])
                    continue;
                if (grouped[j]->modelName == grouped[i]->typeName && grouped[i]->modelName == grouped[j]->typeName) {
                    partner = j;
                    break;
                }
            }
            Relation relation;
            relation.name = std::move(grouped[i]->relationName);
            RelationEnd *a = grouped[i];
            RelationEnd *b = nullptr;
            if (partner) {
                used[*partner] = true;
                b = grouped[*partner];
                if (!isReferencingSide(*a, *b))
                    std::swap(a, b);
            }
            relation.modelA = std::move(a->modelName);
            relation.fieldA = std::move(a->fieldName);
            if (b) {
                relation.modelB = std::move(b->modelName);
                relation.fieldB = std::move(b->fieldName);
                if (a->isList && b->isList)
                    relation.kind = RelationKind::ManyToMany;
                else if (a->isList || b->isList)
                    relation.kind = RelationKind::OneToMany;
                else
                    relation.kind = RelationKind::OneToOne;
            } else {
                relation.modelB = std::move(a->typeName);
                relation.kind = a->isList ? RelationKind::OneToMany : RelationKind::OneToOne;
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
