// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationcontext_p.h"

#include <QHash>
#include <QStringList>
#include <optional>
#include <vector>

// Shared by the model and relation rules (validatemodels.cpp, validaterelations.cpp).
//
// Prisma validates in phases and stops after the first phase that reports an error: syntax, then names,
// then field types, then attributes, then the "pipeline" of semantic rules. The rules here follow that
// order: attribute-level problems (an unknown field in `@@index`, an unknown referential action) hide the
// semantic ones (a missing back-relation field) exactly as `prisma validate` does, so users see the same
// errors in both tools.
namespace strata::schema::validation {

/// One model or view with its syntax node and a by-name field lookup.
struct ModelEntry {
    const psl::Block *block = nullptr;
    const Model *model = nullptr;
    std::vector<const psl::Field *> fields; ///< parallel to model->fields
    QHash<QString, int> fieldIndex;         ///< first field of each name

    int field(const QString &name) const { return fieldIndex.value(name, -1); }
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
    int model(const QString &name) const { return modelIndex.value(name, -1); }
};

/// A field named in an index, a primary key or `@relation(fields:)`, resolved to the model's field.
struct IndexFieldRef {
    int field = -1;              ///< index into ModelEntry::fields; -1 for a path into a composite type
    QString name;                ///< as written ("a" or "a.b")
    std::optional<QString> sort; ///< "Asc" / "Desc" when given
    std::optional<int> length;
    bool hasOperatorClass = false;
};

/// `@id`, `@@id`, `@unique`, `@@unique`, `@@index` or `@@fulltext` with its fields resolved.
struct ResolvedIndex {
    IndexKind kind = IndexKind::Normal;
    const psl::Attribute *attribute = nullptr;
    int sourceField = -1;        ///< the field carrying `@id` / `@unique`, or -1 for a block attribute
    std::vector<IndexFieldRef> fields;
    bool fieldsResolved = true;  ///< false when a field was unknown, a relation field, or listed twice
    std::optional<QString> algorithm;
    std::optional<bool> clustered;

    bool isUnique() const { return kind == IndexKind::Unique; }
    bool isFulltext() const { return kind == IndexKind::Fulltext; }
    bool onField() const { return sourceField >= 0; }
    /// "@id", "@@id", "@unique", "@@unique", "@@index" or "@@fulltext".
    QString attributeName() const;
};

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

/// A relation field with its `@relation(...)` arguments resolved.
struct RelationFieldInfo {
    int model = -1;
    int field = -1;
    int relatedModel = -1;
    const psl::Attribute *attribute = nullptr; ///< `@relation`, if any
    std::optional<QString> name;               ///< an explicit, non-empty relation name
    std::optional<std::vector<int>> fields;     ///< scalar fields of `model`, when `fields:` is given
    std::optional<std::vector<int>> references; ///< scalar fields of `relatedModel`, when `references:` is given
    std::optional<ReferentialAction> onDelete;
    std::optional<ReferentialAction> onUpdate;
    psl::Span onDeleteSpan;      ///< the `onDelete: X` argument
    psl::Span onUpdateSpan;
    psl::Span onDeleteValueSpan; ///< just `X`
    psl::Span onUpdateValueSpan;
    bool hasMap = false;
    bool ignored = false;

    bool hasFields() const { return fields && !fields->empty(); }
    bool hasReferences() const { return references && !references->empty(); }
};

/// Relation fields indexed by (model, field).
struct RelationFields {
    std::vector<RelationFieldInfo> items;   ///< in model order, then field order
    QHash<quint64, int> byField;            ///< key(model, field) -> item

    static quint64 key(int model, int field) { return (quint64(quint32(model)) << 32) | quint32(field); }
    const RelationFieldInfo *find(int model, int field) const
    {
        const int i = byField.value(key(model, field), -1);
        return i < 0 ? nullptr : &items[size_t(i)];
    }
};

/// "field `a`" or "fields `a`, `b`".
QString fieldsWithLeadingWord(const QStringList &names);
/// "`a`", "`a` and `b`", "`a`, `b` and `c`".
QString joinedWithAnd(const QStringList &quotedNames);

bool hasErrorWithCodePrefix(const Context &context, QStringView prefix);
/// True when a field's type names nothing the schema declares (reported with the name rules); Prisma stops
/// before its attribute phase then.
bool hasUnknownFieldTypes(const Context &context, const SchemaIndex &index);
int errorCount(const Context &context);

/// Prisma's name of the connector, as used in its messages ("Postgres", "MySQL", ...).
QString connectorDisplayName(Provider provider);

/// The semantic rules on models, views and their fields and indexes. Runs after all attribute-level
/// rules (it is called from checkRelations()). Returns false when Prisma would stop validating here
/// (an ambiguous relation).
bool checkModelsPipeline(const Context &context, const SchemaIndex &index, const std::vector<ResolvedModel> &resolved,
                         const RelationFields &relations);

} // namespace strata::schema::validation
