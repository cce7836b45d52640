// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schemagraph.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <optional>
#include <vector>

/// The undoable edits of the schema graph. Each command names its nodes by NodeId, so it survives a re-parse
/// that kept those ids; it holds the graph by a non-owning pointer (the document owns graph and undo stack).
/// A command whose edit cannot be made (a missing node, a name that is taken) makes itself obsolete in its
/// first redo(), so QUndoStack::push() drops it.
namespace strata::schema {

/// Base of the edit commands: the graph they work on.
class EditCommand : public QUndoCommand {
    Q_DECLARE_TR_FUNCTIONS(strata::schema::EditCommand)
public:
    SchemaGraph *graph() const { return m_graph; }

protected:
    explicit EditCommand(SchemaGraph *graph, QUndoCommand *parent = nullptr)
        : QUndoCommand(parent)
        , m_graph(graph)
    {
    }
    /// Marks the command obsolete when its first redo() failed.
    void checkDone(bool done);

private:
    SchemaGraph *m_graph;
    bool m_ranOnce = false;
};

/// Adds a model (or view) at a position (-1: at the end).
class AddModelCommand : public EditCommand {
public:
    AddModelCommand(SchemaGraph *graph, Model model, int position = -1, QUndoCommand *parent = nullptr);
    NodeId modelId() const { return m_model.id; }
    void redo() override;
    void undo() override;

private:
    Model m_model;
    int m_position;
};

/// Removes a model and the relation fields of other models that point to it; undo puts all of them back
/// where they were.
class RemoveModelCommand : public EditCommand {
public:
    RemoveModelCommand(SchemaGraph *graph, NodeId modelId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    struct RemovedField {
        NodeId modelId;
        int position;
        Field field;
    };
    NodeId m_modelId;
    Model m_model;
    int m_position = -1;
    std::vector<RemovedField> m_backFields;
};

/// Renames a model; field types that name it follow.
class RenameModelCommand : public EditCommand {
public:
    RenameModelCommand(SchemaGraph *graph, NodeId modelId, QString name, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    NodeId m_modelId;
    QString m_oldName;
    QString m_newName;
};

/// Replaces a model's value: @@map, @@schema, @@ignore, documentation, or fields and indexes wholesale.
class ChangeModelCommand : public EditCommand {
public:
    ChangeModelCommand(SchemaGraph *graph, Model model, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Model m_old;
    Model m_new;
};

/// Adds a field to a model at a position (-1: at the end).
class AddFieldCommand : public EditCommand {
public:
    AddFieldCommand(SchemaGraph *graph, NodeId modelId, Field field, int position = -1, QUndoCommand *parent = nullptr);
    NodeId fieldId() const { return m_field.id; }
    void redo() override;
    void undo() override;

private:
    NodeId m_modelId;
    Field m_field;
    int m_position;
};

/// Removes a field and the indexes that name it.
class RemoveFieldCommand : public EditCommand {
public:
    RemoveFieldCommand(SchemaGraph *graph, NodeId modelId, NodeId fieldId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    NodeId m_modelId;
    NodeId m_fieldId;
    Model m_before;
};

/// Renames a field; index field lists and `@relation(fields:, references:)` that name it follow.
class RenameFieldCommand : public EditCommand {
public:
    RenameFieldCommand(SchemaGraph *graph, NodeId modelId, NodeId fieldId, QString name, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    NodeId m_modelId;
    NodeId m_fieldId;
    QString m_oldName;
    QString m_newName;
};

/// Replaces a field's value: type, arity, default, native type, @map, @relation, flags, documentation.
class ChangeFieldCommand : public EditCommand {
public:
    ChangeFieldCommand(SchemaGraph *graph, NodeId modelId, Field field, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    NodeId m_modelId;
    Field m_field;
    QString m_oldName;
    Model m_before;
};

/// Adds an enum at a position (-1: at the end).
class AddEnumCommand : public EditCommand {
public:
    AddEnumCommand(SchemaGraph *graph, Enum e, int position = -1, QUndoCommand *parent = nullptr);
    NodeId enumId() const { return m_enum.id; }
    void redo() override;
    void undo() override;

private:
    Enum m_enum;
    int m_position;
};

/// Removes an enum; fields of its type stay (and become invalid until they get another type).
class RemoveEnumCommand : public EditCommand {
public:
    RemoveEnumCommand(SchemaGraph *graph, NodeId enumId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    NodeId m_enumId;
    Enum m_enum;
    int m_position = -1;
};

/// Renames an enum; field types that name it follow.
class RenameEnumCommand : public EditCommand {
public:
    RenameEnumCommand(SchemaGraph *graph, NodeId enumId, QString name, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    NodeId m_enumId;
    QString m_oldName;
    QString m_newName;
};

/// Replaces an enum's value: @@map, @@schema, documentation, or its values wholesale.
class ChangeEnumCommand : public EditCommand {
public:
    ChangeEnumCommand(SchemaGraph *graph, Enum e, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    Enum m_old;
    Enum m_new;
};

/// Adds a value to an enum at a position (-1: at the end).
class AddEnumValueCommand : public EditCommand {
public:
    AddEnumValueCommand(SchemaGraph *graph, NodeId enumId, EnumValue value, int position = -1,
                        QUndoCommand *parent = nullptr);
    NodeId valueId() const { return m_value.id; }
    void redo() override;
    void undo() override;

private:
    NodeId m_enumId;
    EnumValue m_value;
    int m_position;
};

/// Removes a value from an enum.
class RemoveEnumValueCommand : public EditCommand {
public:
    RemoveEnumValueCommand(SchemaGraph *graph, NodeId enumId, NodeId valueId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    NodeId m_enumId;
    NodeId m_valueId;
    EnumValue m_value;
    int m_position = -1;
};

/// Renames an enum value; `@default(...)` of fields of the enum's type follow.
class RenameEnumValueCommand : public EditCommand {
public:
    RenameEnumValueCommand(SchemaGraph *graph, NodeId enumId, NodeId valueId, QString name,
                           QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    NodeId m_enumId;
    NodeId m_valueId;
    QString m_oldName;
    QString m_newName;
};

/// Adds an index, unique constraint, full-text index or primary key to a model.
class AddIndexCommand : public EditCommand {
public:
    AddIndexCommand(SchemaGraph *graph, NodeId modelId, Index index, int position = -1, QUndoCommand *parent = nullptr);
    NodeId indexId() const { return m_index.id; }
    void redo() override;
    void undo() override;

private:
    NodeId m_modelId;
    Index m_index;
    int m_position;
};

/// Removes an index (a field-level one clears its field's `@id` / `@unique`).
class RemoveIndexCommand : public EditCommand {
public:
    RemoveIndexCommand(SchemaGraph *graph, NodeId modelId, NodeId indexId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    NodeId m_modelId;
    NodeId m_indexId;
    Index m_index;
    int m_position = -1;
};

/// Replaces an index's value: its fields, name, map, type, sort orders...
class ChangeIndexCommand : public EditCommand {
public:
    ChangeIndexCommand(SchemaGraph *graph, NodeId modelId, Index index, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    NodeId m_modelId;
    Index m_new;
    Index m_old;
};

/// What AddRelationCommand creates.
struct RelationSpec {
    NodeId fromModel = 0;    ///< holds the foreign key (the "many" side of a one-to-many)
    NodeId toModel = 0;      ///< the referenced model
    RelationKind kind = RelationKind::OneToMany;
    QString name;            ///< relation name; made up for self relations and second relations between two models
    QString fieldName;       ///< relation field on fromModel; empty: the referenced model's name, lower-case first
    QString backFieldName;   ///< relation field on toModel; empty: derived from fromModel's name
    bool optional = false;   ///< whether the foreign key (and the relation field holding it) is optional
    ReferentialAction onDelete = ReferentialAction::Unset;
    ReferentialAction onUpdate = ReferentialAction::Unset;
};

/// Adds a relation: the relation field on both sides and, for one-to-one and one-to-many, the foreign-key
/// scalar field(s) matching the referenced model's primary key with `@relation(fields: [...], references: [...])`.
class AddRelationCommand : public EditCommand {
public:
    AddRelationCommand(SchemaGraph *graph, RelationSpec spec, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    /// The fields the command adds (empty when it cannot be made).
    const std::vector<std::pair<NodeId, Field>> &addedFields() const { return m_fields; }

private:
    bool plan();
    RelationSpec m_spec;
    bool m_planned = false;
    std::vector<std::pair<NodeId, Field>> m_fields; ///< model id, field (ids fixed when planned)
    std::optional<Index> m_unique;                  ///< @@unique over a one-to-one's compound foreign key
};

/// Removes a relation: its relation fields on both sides and the foreign-key fields only it uses (those not in
/// the primary key); indexes over removed fields go too.
class RemoveRelationCommand : public EditCommand {
public:
    RemoveRelationCommand(SchemaGraph *graph, NodeId relationId, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;

private:
    struct End {
        NodeId modelId = 0;
        NodeId fieldId = 0;
    };
    End m_a;
    End m_b;
    std::vector<Model> m_before; ///< the models it touches, as they were
};

} // namespace strata::schema
