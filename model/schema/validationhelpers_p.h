// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationcontext_p.h"
#include "optionalindexlist_p.h"
#include "validationsupport_p.h"

#include <QHash>
#include <QStringList>
#include <QVarLengthArray>
#include <algorithm>
#include <optional>
#include <span>
#include <vector>

// Shared by the model and relation rules (validatemodels.cpp, validaterelations.cpp).
//
// Prisma validates in phases and stops after the first phase that reports an error: syntax, then names,
// then field types, then attributes, then the "pipeline" of semantic rules. The rules here follow that
// order: attribute-level problems (an unknown field in `@@index`, an unknown referential action) hide the
// semantic ones (a missing back-relation field) exactly as `prisma validate` does, so users see the same
// errors in both tools. checkModels()/checkRelations() are the attribute phase, checkModelsPipeline() and
// checkRelationsPipeline() the semantic one.
namespace strata::schema::validation {

/// A field of a model by name, for the one field lookup table of a run.
struct FieldKey {
    int model = -1;
    QStringView name;

    bool operator==(const FieldKey &other) const { return model == other.model && name == other.name; }
};

inline size_t qHash(const FieldKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.model, key.name);
}

/// The syntax nodes of a model's fields, read from their facts (which hold them): a span-like view.
class FieldNodes {
public:
    FieldNodes() = default;
    explicit FieldNodes(std::span<const FieldFacts> facts)
        : m_facts(facts)
    {
    }
    size_t size() const { return m_facts.size(); }
    bool empty() const { return m_facts.empty(); }
    const psl::Field *operator[](size_t i) const { return m_facts[i].node; }

    class Iterator {
    public:
        using value_type = const psl::Field *;
        using difference_type = std::ptrdiff_t;
        Iterator() = default;
        explicit Iterator(const FieldFacts *at)
            : m_at(at)
        {
        }
        const psl::Field *operator*() const { return m_at->node; }
        Iterator &operator++()
        {
            ++m_at;
            return *this;
        }
        Iterator operator++(int)
        {
            Iterator before = *this;
            ++m_at;
            return before;
        }
        bool operator==(const Iterator &other) const { return m_at == other.m_at; }

    private:
        const FieldFacts *m_at = nullptr;
    };
    Iterator begin() const { return Iterator(m_facts.data()); }
    Iterator end() const { return Iterator(m_facts.data() + m_facts.size()); }

private:
    std::span<const FieldFacts> m_facts;
};

/// One model or view with its syntax node and a by-name field lookup.
struct ModelEntry {
    int number = -1;                          ///< position in SchemaIndex::models
    size_t blockNumber = 0;                   ///< position of its block in TopIndex::blocks()
    const psl::Block *block = nullptr;
    const Model *model = nullptr;
    FieldNodes fields;                         ///< parallel to model->fields
    std::span<const FieldFacts> facts;         ///< parallel to model->fields
    const QHash<FieldKey, int> *fieldLookup = nullptr;

    /// The first field of that name, or -1.
    int field(QStringView name) const
    {
        if (fields.size() > smallModel)
            return fieldLookup->value(FieldKey{number, name}, -1);
        for (size_t f = 0; f < fields.size(); ++f) {
            if (model->fields[f].name == name)
                return int(f);
        }
        return -1;
    }
    /// Models up to this many fields are searched linearly, which is faster than hashing.
    static constexpr size_t smallModel = 16;

    /// How Prisma's attribute phase sees a field named in `@@index`, `@@id` or `@relation(fields:)`.
    enum class Lookup {
        Missing, ///< no such field (a line without a type is no field for Prisma)
        Scalar,  ///< scalar, enum, composite or Unsupported
        Other,   ///< a relation field, or a field whose type is unknown
    };
    Lookup lookup(int f) const
    {
        if (f < 0 || !fields[size_t(f)]->type)
            return Lookup::Missing;
        const FieldKind kind = model->fields[size_t(f)].kind;
        return kind == FieldKind::Relation || kind == FieldKind::Unknown ? Lookup::Other : Lookup::Scalar;
    }
    bool isView() const { return model->isView; }
    QString container() const { return model->isView ? QStringLiteral("view") : QStringLiteral("model"); }
};

/// Lookup tables over the whole schema, built once per validation run (no quadratic searches).
struct SchemaIndex {
    std::vector<ModelEntry> models;      ///< models and views in source order, as in Schema::models
    QHash<QString, int> modelIndex;      ///< first model or view of each name
    QHash<QString, int> enumIndex;
    QHash<QString, int> compositeIndex;

    explicit SchemaIndex(const Context &context);
    /// An empty index, to be built later (build()).
    SchemaIndex() = default;
    SchemaIndex(const SchemaIndex &) = delete;
    SchemaIndex &operator=(const SchemaIndex &) = delete;
    int model(const QString &name) const { return modelIndex.value(name, -1); }
    /// Builds an empty index.
    void build(const Context &context);
    /// The first model or view whose block is in the slice or after it (models.size() when there is none).
    int firstModelOf(const BlockSlice &slice) const
    {
        return int(std::partition_point(models.begin(), models.end(),
                                        [&](const ModelEntry &entry) { return entry.blockNumber < slice.first; })
                   - models.begin());
    }
    /// The models and views whose blocks are in the slice: [first, end) in `models`.
    std::pair<int, int> modelsOf(const BlockSlice &slice) const
    {
        return {firstModelOf(slice), firstModelOf(BlockSlice{slice.end, slice.end})};
    }

private:
    QHash<FieldKey, int> m_fieldLookup;
};

/// A field named in an index, a primary key or `@relation(fields:)`, resolved to the model's field. Its texts are
/// the syntax tree's (psl::Name: a pointer each; a large schema has tens of thousands of these).
/// (The members of this and the next records are ordered to leave no padding: a large schema has tens of
/// thousands.)
struct IndexFieldRef {
    psl::Name name;              ///< as written ("a" or "a.b")
    std::optional<psl::Name> sort; ///< "Asc" / "Desc" when given
    psl::Name operatorClass;     ///< `ops: JsonbPathOps`: the class name; empty for `raw("...")`
    int field = -1;              ///< index into ModelEntry::fields; -1 for a path into a composite type
    std::optional<int> length;
    bool hasOperatorClass = false;
};
static_assert(sizeof(IndexFieldRef) <= 48 || sizeof(void *) != 8, "IndexFieldRef grew or gained padding");

/// `@id`, `@@id`, `@unique`, `@@unique`, `@@index` or `@@fulltext` with its fields resolved.
struct ResolvedIndex {
    const psl::Attribute *attribute = nullptr;
    std::vector<IndexFieldRef> fields;
    std::optional<psl::Name> algorithm;
    IndexKind kind = IndexKind::Normal;
    int sourceField = -1;        ///< the field carrying `@id` / `@unique`, or -1 for a block attribute
    bool fieldsResolved = true;  ///< false when a field was unknown, a relation field, or listed twice
    std::optional<bool> clustered;

    bool isUnique() const { return kind == IndexKind::Unique; }
    bool isFulltext() const { return kind == IndexKind::Fulltext; }
    bool onField() const { return sourceField >= 0; }
    /// "@id", "@@id", "@unique", "@@unique", "@@index" or "@@fulltext".
    QString attributeName() const;
};
static_assert(sizeof(ResolvedIndex) <= 64 || sizeof(void *) != 8, "ResolvedIndex grew or gained padding");

/// What Prisma's attribute phase knows about a model's keys and indexes.
struct ResolvedModel {
    std::optional<ResolvedIndex> primaryKey;
    /// Unique constraints and indexes in Prisma's order: field-level `@unique` first (field order), then
    /// `@@index`, `@@unique` and `@@fulltext`, each group in source order.
    std::vector<ResolvedIndex> indexes;
    bool ignored = false;

    /// The primary key first, then the unique indexes: what may identify a record.
    std::vector<const ResolvedIndex *> uniqueCriteria() const;
};

/// Resolves the keys and indexes of a model. With `report`, also reports the problems Prisma finds while
/// reading those attributes (unknown fields, relation fields, invalid `sort:`, ...).
ResolvedModel resolveModel(const Context &context, const SchemaIndex &index, int model, bool report);
/// Resolves and reports the models and views of a slice into out[m] (out has an element per model).
void resolveModels(const Context &context, const BlockSlice &slice, std::vector<ResolvedModel> &out);

/// A relation field with its `@relation(...)` arguments resolved.
struct RelationFieldInfo {
    int model = -1;
    int field = -1;
    int relatedModel = -1;
    std::optional<ReferentialAction> onDelete;
    std::optional<ReferentialAction> onUpdate;
    const psl::Attribute *attribute = nullptr; ///< `@relation`, if any
    std::optional<psl::Name> name;             ///< an explicit, non-empty relation name
    OptionalIndexList fields;     ///< scalar fields of `model`, when `fields:` is given
    OptionalIndexList references; ///< scalar fields of `relatedModel`, when `references:` is given
    const psl::Argument *onDeleteArgument = nullptr; ///< `onDelete: X`, when X is a referential action
    const psl::Argument *onUpdateArgument = nullptr;
    bool hasMap = false;
    bool ignored = false;

    psl::Span onDeleteSpan() const { return onDeleteArgument ? onDeleteArgument->span() : psl::Span(); }
    psl::Span onUpdateSpan() const { return onUpdateArgument ? onUpdateArgument->span() : psl::Span(); }
    /// Just `X`.
    psl::Span onDeleteValueSpan() const { return onDeleteArgument ? onDeleteArgument->value->span : psl::Span(); }
    psl::Span onUpdateValueSpan() const { return onUpdateArgument ? onUpdateArgument->value->span : psl::Span(); }
    bool hasFields() const { return fields && !fields->empty(); }
    bool hasReferences() const { return references && !references->empty(); }
};
static_assert(sizeof(RelationFieldInfo) <= 80 || sizeof(void *) != 8, "RelationFieldInfo grew or gained padding");

/// The relation fields of a schema, in model order, then field order.
struct RelationFields {
    std::vector<RelationFieldInfo> items;
    std::vector<int> modelStart;                ///< items of model m: [modelStart[m], modelStart[m + 1])
    int firstModel = 0;                         ///< of a part read for a slice: the model of modelStart[0]

    /// Appends the part read for the slice that follows this one, and frees the part.
    void append(RelationFields &&part);

    /// The relation fields of `model` that point to `related`, in field order. A model has a handful of
    /// relation fields: looking through them beats keeping a table per pair.
    QVarLengthArray<int, 8> between(int model, int related) const
    {
        QVarLengthArray<int, 8> out;
        for (int i = modelStart[size_t(model)]; i < modelStart[size_t(model) + 1]; ++i) {
            if (items[size_t(i)].relatedModel == related)
                out.append(i);
        }
        return out;
    }
};

/// What the model and relation rules compute once per validation run (Context::modelLookups).
struct ModelLookups {
    explicit ModelLookups(const Context &context)
        : index(context)
    {
    }
    /// Lookups whose index is built later (SchemaIndex::build()).
    ModelLookups() = default;

    SchemaIndex index;
    std::optional<std::vector<ResolvedModel>> resolved;
    std::optional<RelationFields> relations;
};

/// The lookups of this run, built on first use.
ModelLookups &modelLookups(const Context &context);
/// The resolved keys and indexes of every model; resolved (and, with `report`, reported) on first use.
const std::vector<ResolvedModel> &resolvedModels(const Context &context, bool report);
/// The resolved relation fields; read (and, with `report`, reported) on first use.
const RelationFields &relationFields(const Context &context, bool report);

/// "field `a`" or "fields `a`, `b`".
QString fieldsWithLeadingWord(const QStringList &names);
/// "`a`", "`a` and `b`", "`a`, `b` and `c`".
QString joinedWithAnd(const QStringList &quotedNames);

bool hasErrorWithCodePrefix(const Context &context, QStringView prefix);
int errorCount(const Context &context);

/// Prisma's name of the connector, as used in its messages ("Postgres", "MySQL", ...).
QString connectorDisplayName(Provider provider);

/// Reads the `@relation(...)` of every relation field. With `report`, also reports the problems Prisma finds
/// while reading them (unknown fields, invalid referential actions, ...).
RelationFields readRelationFields(const Context &context, const SchemaIndex &index, bool report);
/// Reads and reports the relation fields of the models and views of a slice (RelationFields::append joins them).
RelationFields readRelationFields(const Context &context, const BlockSlice &slice);

/// The code of the ambiguous-relation error, after which Prisma stops validating.
inline constexpr char ambiguousRelationCode[] = "P1012-relation-ambiguous";

} // namespace strata::schema::validation
