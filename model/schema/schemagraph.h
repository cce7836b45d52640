// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema.h"

#include <QObject>
#include <QString>

namespace strata::schema {

/// The schema graph of a document: owns a Schema value, applies the edits the undo commands make (keeping
/// relations and the names that refer to a renamed node up to date) and tells listeners what changed.
///
/// Nodes are addressed by NodeId. Every edit primitive either succeeds completely or returns false and
/// changes nothing (missing node, a name that is taken or not an identifier). After any successful edit the
/// fine-grained signals come first, then relationsChanged() when the relation edges changed, then changed().
///
/// Choices worth knowing:
/// - Renaming a model, enum, field or enum value rewrites what names it: field types, `@relation(fields:,
///   references:)` lists, index field lists and enum defaults (`@default(OLD)`).
/// - Removing a model also removes the relation fields of other models that point to it, but keeps their
///   scalar foreign-key fields: those hold data, and deleting columns is a decision the user makes explicitly.
/// - Removing a field removes the indexes that name it (an index over fewer columns is a different index);
///   `@relation(fields: [...])` lists that name it are left for the validator to report.
/// - Removing an enum or enum value keeps the fields and defaults that use it; the validator reports them.
class SchemaGraph : public QObject {
    Q_OBJECT
public:
    explicit SchemaGraph(QObject *parent = nullptr);
    explicit SchemaGraph(Schema schema, QObject *parent = nullptr);

    const Schema &schema() const { return m_schema; }
    /// Replaces the whole graph (after a re-parse, or undoing one). Emits reset() and changed().
    void replace(Schema schema);

    const Model *model(NodeId modelId) const;
    int modelPosition(NodeId modelId) const;
    const Field *field(NodeId modelId, NodeId fieldId) const;
    int fieldPosition(NodeId modelId, NodeId fieldId) const;
    const Index *index(NodeId modelId, NodeId indexId) const;
    int indexPosition(NodeId modelId, NodeId indexId) const;
    const Enum *enumType(NodeId enumId) const;
    int enumPosition(NodeId enumId) const;
    const EnumValue *enumValue(NodeId enumId, NodeId valueId) const;
    int enumValuePosition(NodeId enumId, NodeId valueId) const;

    /// The model with ids for nodes that have none and a field-level index for each `@id` / `@unique` flag
    /// that lacks one (and none for a flag that is off), as the edit primitives store it.
    static Model normalized(Model model);
    /// The enum with ids for nodes that have none.
    static Enum normalized(Enum e);

    /// Whether `name` is a Prisma identifier not used by another model, view, enum or composite type.
    bool isTypeNameFree(QStringView name) const;
    static bool isIdentifier(QStringView name);

    // Models and views. A position of -1 (or past the end) appends. Nodes inserted with id 0 get a new id.
    bool insertModel(int position, Model model);
    bool removeModel(NodeId modelId);
    bool renameModel(NodeId modelId, const QString &name);
    /// Replaces a model's value (fields, indexes, @@map, documentation...); a new name is a rename.
    bool updateModel(Model model);

    /// Inserts a field; `@id` / `@unique` flags get a field-level index when the model has none for it.
    bool insertField(NodeId modelId, int position, Field field);
    bool removeField(NodeId modelId, NodeId fieldId);
    bool renameField(NodeId modelId, NodeId fieldId, const QString &name);
    /// Replaces a field's value (type, arity, attributes...); a new name is a rename. Field-level indexes
    /// follow the `isId` / `isUnique` flags.
    bool updateField(NodeId modelId, Field field);

    /// Inserts an index; a field-level one sets its field's `isId` / `isUnique`.
    bool insertIndex(NodeId modelId, int position, Index index);
    bool removeIndex(NodeId modelId, NodeId indexId);
    bool updateIndex(NodeId modelId, Index index);

    bool insertEnum(int position, Enum e);
    bool removeEnum(NodeId enumId);
    bool renameEnum(NodeId enumId, const QString &name);
    /// Replaces an enum's value (values, @@map, documentation...); a new name is a rename.
    bool updateEnum(Enum e);

    bool insertEnumValue(NodeId enumId, int position, EnumValue value);
    bool removeEnumValue(NodeId enumId, NodeId valueId);
    bool renameEnumValue(NodeId enumId, NodeId valueId, const QString &name);
    /// Replaces an enum value (@map, documentation); a new name is a rename.
    bool updateEnumValue(NodeId enumId, EnumValue value);

signals:
    /// The whole graph was replaced.
    void reset();
    /// Anything changed; emitted once per edit, after the specific signals.
    void changed();
    void modelAdded(strata::schema::NodeId modelId);
    void modelRemoved(strata::schema::NodeId modelId);
    /// The model's own properties, fields or indexes changed (also emitted after the field and index signals).
    void modelChanged(strata::schema::NodeId modelId);
    void fieldAdded(strata::schema::NodeId modelId, strata::schema::NodeId fieldId);
    void fieldRemoved(strata::schema::NodeId modelId, strata::schema::NodeId fieldId);
    void fieldChanged(strata::schema::NodeId modelId, strata::schema::NodeId fieldId);
    void indexAdded(strata::schema::NodeId modelId, strata::schema::NodeId indexId);
    void indexRemoved(strata::schema::NodeId modelId, strata::schema::NodeId indexId);
    void indexChanged(strata::schema::NodeId modelId, strata::schema::NodeId indexId);
    void enumAdded(strata::schema::NodeId enumId);
    void enumRemoved(strata::schema::NodeId enumId);
    /// The enum's own properties or values changed (also emitted after the value signals).
    void enumChanged(strata::schema::NodeId enumId);
    void enumValueAdded(strata::schema::NodeId enumId, strata::schema::NodeId valueId);
    void enumValueRemoved(strata::schema::NodeId enumId, strata::schema::NodeId valueId);
    void enumValueChanged(strata::schema::NodeId enumId, strata::schema::NodeId valueId);
    /// The computed relation edges changed (added, removed, renamed or of another kind).
    void relationsChanged();

private:
    struct Changes;

    Model *findModel(NodeId modelId);
    Enum *findEnum(NodeId enumId);
    bool hasNodeId(NodeId id) const;
    /// Points the fields of `kind` (Relation: models, Enum: enums) typed `from` at `to`, and relation ends.
    void renameTypeReferences(FieldKind kind, const QString &from, const QString &to, Changes &changes);
    /// Renames the model or enum `id` whose name is *currentName (null when there is none) and what refers to it.
    bool renameType(NodeId id, QString *currentName, FieldKind kind, const QString &name);
    void renameFieldReferences(Model &model, const QString &from, const QString &to, Changes &changes);
    void renameEnumValueReferences(const Enum &e, const QString &from, const QString &to, Changes &changes);
    static void syncIndexesFromFlags(Model &model, const Field &field, Changes *changes);
    static void syncFlagsFromIndexes(Model &model);
    void diffModel(const Model &before, const Model &after, Changes &changes) const;
    void diffEnum(const Enum &before, const Enum &after, Changes &changes) const;
    QStringList relationKeys() const;
    /// Classifies field kinds again, recomputes relations and emits everything `changes` collected.
    void commit(Changes &changes);

    Schema m_schema;
};

} // namespace strata::schema
