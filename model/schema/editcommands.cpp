// SPDX-License-Identifier: GPL-3.0-or-later
#include "editcommands.h"

#include <QSet>

#include <algorithm>

namespace strata::schema {

namespace {

QString lowerFirst(QString name)
{
    if (!name.isEmpty())
        name[0] = name[0].toLower();
    return name;
}

QString upperFirst(QString name)
{
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

/// `base`, or `base2`, `base3`... whichever is not taken.
QString freeName(const QString &base, const QSet<QString> &taken)
{
    if (!taken.contains(base))
        return base;
    for (int i = 2;; ++i) {
        const QString candidate = base + QString::number(i);
        if (!taken.contains(candidate))
            return candidate;
    }
}

QSet<QString> fieldNames(const Model &model)
{
    QSet<QString> names;
    for (const Field &field : model.fields)
        names.insert(field.name);
    return names;
}

QString modelName(const SchemaGraph *graph, NodeId modelId)
{
    const Model *model = graph->model(modelId);
    return model ? model->name : QString();
}

QString fieldName(const SchemaGraph *graph, NodeId modelId, NodeId fieldId)
{
    const Field *field = graph->field(modelId, fieldId);
    return field ? field->name.text() : QString();
}

QString enumName(const SchemaGraph *graph, NodeId enumId)
{
    const Enum *e = graph->enumType(enumId);
    return e ? e->name : QString();
}

QString indexText(const char *kindless, const char *unique, const char *primary, const char *fulltext,
                  const QString &model, const Index &index)
{
    const char *text = kindless;
    switch (index.kind) {
    case IndexKind::Unique: text = unique; break;
    case IndexKind::PrimaryKey: text = primary; break;
    case IndexKind::Fulltext: text = fulltext; break;
    case IndexKind::Normal: break;
    }
    return EditCommand::tr(text).arg(model, index.fieldNames().join(QStringLiteral(", ")));
}

} // namespace

void EditCommand::checkDone(bool done)
{
    if (m_ranOnce)
        return;
    m_ranOnce = true;
    if (!done)
        setObsolete(true);
}

// --- models -----------------------------------------------------------------------------------------------

AddModelCommand::AddModelCommand(SchemaGraph *graph, Model model, int position, QUndoCommand *parent)
    : EditCommand(graph, parent)
    , m_model(SchemaGraph::normalized(std::move(model)))
    , m_position(position)
{
    setText(m_model.isView ? tr("Add view %1").arg(m_model.name) : tr("Add model %1").arg(m_model.name));
}

void AddModelCommand::redo()
{
    checkDone(graph()->insertModel(m_position, m_model));
}

void AddModelCommand::undo()
{
    graph()->removeModel(m_model.id);
}

RemoveModelCommand::RemoveModelCommand(SchemaGraph *graph, NodeId modelId, QUndoCommand *parent)
    : EditCommand(graph, parent)
    , m_modelId(modelId)
{
    setText(tr("Remove model %1").arg(modelName(graph, modelId)));
}

void RemoveModelCommand::redo()
{
    const Model *model = graph()->model(m_modelId);
    if (!model) {
        checkDone(false);
        return;
    }
    m_model = *model;
    m_position = graph()->modelPosition(m_modelId);
    m_backFields.clear();
    for (const Model &other : graph()->schema().models) {
        if (other.id == m_modelId)
            continue;
        for (size_t i = 0; i < other.fields.size(); ++i) {
            const Field &field = other.fields[i];
            if (field.kind == FieldKind::Relation && field.typeName == m_model.name)
                m_backFields.push_back({other.id, int(i), field});
        }
    }
    checkDone(graph()->removeModel(m_modelId));
}

void RemoveModelCommand::undo()
{
    if (!graph()->insertModel(m_position, m_model))
        return;
    for (const RemovedField &removed : m_backFields)
        graph()->insertField(removed.modelId, removed.position, removed.field);
}

RenameModelCommand::RenameModelCommand(SchemaGraph *graph, NodeId modelId, QString name, QUndoCommand *parent)
    : EditCommand(graph, parent)
    , m_modelId(modelId)
    , m_oldName(modelName(graph, modelId))
    , m_newName(std::move(name))
{
    setText(tr("Rename model %1 to %2").arg(m_oldName, m_newName));
}

void RenameModelCommand::redo()
{
    const Model *model = graph()->model(m_modelId);
    if (model)
        m_oldName = model->name;
    checkDone(model && m_oldName != m_newName && graph()->renameModel(m_modelId, m_newName));
}

void RenameModelCommand::undo()
{
    graph()->renameModel(m_modelId, m_oldName);
}

ChangeModelCommand::ChangeModelCommand(SchemaGraph *graph, Model model, QUndoCommand *parent)
    : EditCommand(graph, parent)
    , m_new(SchemaGraph::normalized(std::move(model)))
{
    setText(tr("Change model %1").arg(modelName(graph, m_new.id)));
}

void ChangeModelCommand::redo()
{
    const Model *model = graph()->model(m_new.id);
    if (!model) {
        checkDone(false);
        return;
    }
    m_old = *model;
    checkDone(graph()->updateModel(m_new));
}

void ChangeModelCommand::undo()
{
    graph()->updateModel(m_old);
}

// --- fields -----------------------------------------------------------------------------------------------

AddFieldCommand::AddFieldCommand(SchemaGraph *graph, NodeId modelId, Field field, int position, QUndoCommand *parent)
    : EditCommand(graph, parent)
    , m_modelId(modelId)
    , m_field(std::move(field))
    , m_position(position)
{
    if (!m_field.id)
        m_field.id = newNodeId();
    setText(tr("Add field %1.%2").arg(modelName(graph, modelId), m_field.name));
}

void AddFieldCommand::redo()
{
    checkDone(graph()->insertField(m_modelId, m_position, m_field));
}

void AddFieldCommand::undo()
{
    graph()->removeField(m_modelId, m_field.id);
}

RemoveFieldCommand::RemoveFieldCommand(SchemaGraph *graph, NodeId modelId, NodeId fieldId, QUndoCommand *parent)
    : EditCommand(graph, parent)
    , m_modelId(modelId)
    , m_fieldId(fieldId)
{
    setText(tr("Remove field %1.%2").arg(modelName(graph, modelId), fieldName(graph, modelId, fieldId)));
}

void RemoveFieldCommand::redo()
{
    const Model *model = graph()->model(m_modelId);
    if (!model || !graph()->field(m_modelId, m_fieldId)) {
        checkDone(false);
        return;
    }
    m_before = *model; // undo brings back the indexes that went with the field, too
    checkDone(graph()->removeField(m_modelId, m_fieldId));
}

void RemoveFieldCommand::undo()
{
    graph()->updateModel(m_before);
}

RenameFieldCommand::RenameFieldCommand(SchemaGraph *graph, NodeId modelId, NodeId fieldId, QString name,
                                       QUndoCommand *parent)
    : EditCommand(graph, parent)
    , m_modelId(modelId)
    , m_fieldId(fieldId)
    , m_oldName(fieldName(graph, modelId, fieldId))
    , m_newName(std::move(name))
{
    setText(tr("Rename field %1.%2 to %3").arg(modelName(graph, modelId), m_oldName, m_newName));
}

void RenameFieldCommand::redo()
{
    const Field *field = graph()->field(m_modelId, m_fieldId);
    if (field)
        m_oldName = field->name;
    checkDone(field && m_oldName != m_newName && graph()->renameField(m_modelId, m_fieldId, m_newName));
}

void RenameFieldCommand::undo()
{
    graph()->renameField(m_modelId, m_fieldId, m_oldName);
}

ChangeFieldCommand::ChangeFieldCommand(SchemaGraph *graph, NodeId modelId, Field field, QUndoCommand *parent)
    : EditCommand(graph, parent)
    , m_modelId(modelId)
    , m_field(std::move(field))
{
    setText(tr("Change field %1.%2").arg(modelName(graph, modelId), fieldName(graph, modelId, m_field.id)));
}

void ChangeFieldCommand::redo()
{
    const Model *model = graph()->model(m_modelId);
    const Field *field = graph()->field(m_modelId, m_field.id);
    if (!model || !field) {
        checkDone(false);
        return;
    }
    m_oldName = field->name;
    m_before = *model;
    checkDone(graph()->updateField(m_modelId, m_field));
}

void ChangeFieldCommand::undo()
{
    // A rename also rewrote references in other models: renaming back restores those, the snapshot the rest.
    if (m_oldName != m_field.name)
        graph()->renameField(m_modelId, m_field.id, m_oldName);
    graph()->updateModel(m_before);
}

// --- enums ------------------------------------------------------------------------------------------------

AddEnumCommand::AddEnumCommand(SchemaGraph *graph, Enum e, int position, QUndoCommand *parent)
    : EditCommand(graph, parent)
    , m_enum(SchemaGraph::normalized(std::move(e)))
    , m_position(position)
{
    setText(tr("Add enum %1").arg(m_enum.name));
}

void AddEnumCommand::redo()
{
    checkDone(graph()->insertEnum(m_position, m_enum));
}

void AddEnumCommand::undo()
{
    graph()->removeEnum(m_enum.id);
}

RemoveEnumCommand::RemoveEnumCommand(SchemaGraph *graph, NodeId enumId, QUndoCommand *parent)
    : EditCommand(graph, parent)
    , m_enumId(enumId)
{
    setText(tr("Remove enum %1").arg(enumName(graph, enumId)));
}

void RemoveEnumCommand::redo()
{
    const Enum *e = graph()->enumType(m_enumId);
    if (!e) {
        checkDone(false);
        return;
    }
    m_enum = *e;
    m_position = graph()->enumPosition(m_enumId);
    checkDone(graph()->removeEnum(m_enumId));
}

void RemoveEnumCommand::undo()
{
    graph()->insertEnum(m_position, m_enum);
}

RenameEnumCommand::RenameEnumCommand(SchemaGraph *graph, NodeId enumId, QString name, QUndoCommand *parent)
    : EditCommand(graph, parent)
    , m_enumId(enumId)
    , m_oldName(enumName(graph, enumId))
    , m_newName(std::move(name))
{
    setText(tr("Rename enum %1 to %2").arg(m_oldName, m_newName));
}

void RenameEnumCommand::redo()
{
    const Enum *e = graph()->enumType(m_enumId);
    if (e)
        m_oldName = e->name;
    checkDone(e && m_oldName != m_newName && graph()->renameEnum(m_enumId, m_newName));
}

void RenameEnumCommand::undo()
{
    graph()->renameEnum(m_enumId, m_oldName);
}

ChangeEnumCommand::ChangeEnumCommand(SchemaGraph *graph, Enum e, QUndoCommand *parent)
    : EditCommand(graph, parent)
    , m_new(SchemaGraph::normalized(std::move(e)))
{
    setText(tr("Change enum %1").arg(enumName(graph, m_new.id)));
}

void ChangeEnumCommand::redo()
{
    const Enum *e = graph()->enumType(m_new.id);
    if (!e) {
        checkDone(false);
        return;
    }
    m_old = *e;
    checkDone(graph()->updateEnum(m_new));
}

void ChangeEnumCommand::undo()
{
    graph()->updateEnum(m_old);
}

AddEnumValueCommand::AddEnumValueCommand(SchemaGraph *graph, NodeId enumId, EnumValue value, int position,
                                         QUndoCommand *parent)
    : EditCommand(graph, parent)
    , m_enumId(enumId)
    , m_value(std::move(value))
    , m_position(position)
{
    if (!m_value.id)
        m_value.id = newNodeId();
    setText(tr("Add value %2 to enum %1").arg(enumName(graph, enumId), m_value.name));
}

void AddEnumValueCommand::redo()
{
    checkDone(graph()->insertEnumValue(m_enumId, m_position, m_value));
}

void AddEnumValueCommand::undo()
{
    graph()->removeEnumValue(m_enumId, m_value.id);
}

RemoveEnumValueCommand::RemoveEnumValueCommand(SchemaGraph *graph, NodeId enumId, NodeId valueId, QUndoCommand *parent)
    : EditCommand(graph, parent)
    , m_enumId(enumId)
    , m_valueId(valueId)
{
    const EnumValue *value = graph->enumValue(enumId, valueId);
    setText(tr("Remove value %2 from enum %1").arg(enumName(graph, enumId), value ? value->name : QString()));
}

void RemoveEnumValueCommand::redo()
{
    const EnumValue *value = graph()->enumValue(m_enumId, m_valueId);
    if (!value) {
        checkDone(false);
        return;
    }
    m_value = *value;
    m_position = graph()->enumValuePosition(m_enumId, m_valueId);
    checkDone(graph()->removeEnumValue(m_enumId, m_valueId));
}

void RemoveEnumValueCommand::undo()
{
    graph()->insertEnumValue(m_enumId, m_position, m_value);
}

RenameEnumValueCommand::RenameEnumValueCommand(SchemaGraph *graph, NodeId enumId, NodeId valueId, QString name,
                                               QUndoCommand *parent)
    : EditCommand(graph, parent)
    , m_enumId(enumId)
    , m_valueId(valueId)
    , m_newName(std::move(name))
{
    const EnumValue *value = graph->enumValue(enumId, valueId);
    m_oldName = value ? value->name : QString();
    setText(tr("Rename value %1.%2 to %3").arg(enumName(graph, enumId), m_oldName, m_newName));
}

void RenameEnumValueCommand::redo()
{
    const EnumValue *value = graph()->enumValue(m_enumId, m_valueId);
    if (value)
        m_oldName = value->name;
    checkDone(value && m_oldName != m_newName && graph()->renameEnumValue(m_enumId, m_valueId, m_newName));
}

void RenameEnumValueCommand::undo()
{
    graph()->renameEnumValue(m_enumId, m_valueId, m_oldName);
}

// --- indexes ----------------------------------------------------------------------------------------------

AddIndexCommand::AddIndexCommand(SchemaGraph *graph, NodeId modelId, Index index, int position, QUndoCommand *parent)
    : EditCommand(graph, parent)
    , m_modelId(modelId)
    , m_index(std::move(index))
    , m_position(position)
{
    if (!m_index.id)
        m_index.id = newNodeId();
    setText(indexText(QT_TRANSLATE_NOOP("strata::schema::EditCommand", "Add index on %1(%2)"), QT_TRANSLATE_NOOP("strata::schema::EditCommand", "Add unique constraint on %1(%2)"),
                      QT_TRANSLATE_NOOP("strata::schema::EditCommand", "Add primary key on %1(%2)"), QT_TRANSLATE_NOOP("strata::schema::EditCommand", "Add full-text index on %1(%2)"),
                      modelName(graph, modelId), m_index));
}

void AddIndexCommand::redo()
{
    checkDone(graph()->insertIndex(m_modelId, m_position, m_index));
}

void AddIndexCommand::undo()
{
    graph()->removeIndex(m_modelId, m_index.id);
}

RemoveIndexCommand::RemoveIndexCommand(SchemaGraph *graph, NodeId modelId, NodeId indexId, QUndoCommand *parent)
    : EditCommand(graph, parent)
    , m_modelId(modelId)
    , m_indexId(indexId)
{
    const Index *index = graph->index(modelId, indexId);
    setText(indexText(QT_TRANSLATE_NOOP("strata::schema::EditCommand", "Remove index on %1(%2)"), QT_TRANSLATE_NOOP("strata::schema::EditCommand", "Remove unique constraint on %1(%2)"),
                      QT_TRANSLATE_NOOP("strata::schema::EditCommand", "Remove primary key on %1(%2)"), QT_TRANSLATE_NOOP("strata::schema::EditCommand", "Remove full-text index on %1(%2)"),
                      modelName(graph, modelId), index ? *index : Index()));
}

void RemoveIndexCommand::redo()
{
    const Index *index = graph()->index(m_modelId, m_indexId);
    if (!index) {
        checkDone(false);
        return;
    }
    m_index = *index;
    m_position = graph()->indexPosition(m_modelId, m_indexId);
    checkDone(graph()->removeIndex(m_modelId, m_indexId));
}

void RemoveIndexCommand::undo()
{
    graph()->insertIndex(m_modelId, m_position, m_index);
}

ChangeIndexCommand::ChangeIndexCommand(SchemaGraph *graph, NodeId modelId, Index index, QUndoCommand *parent)
    : EditCommand(graph, parent)
    , m_modelId(modelId)
    , m_new(std::move(index))
{
    const Index *old = graph->index(modelId, m_new.id);
    setText(indexText(QT_TRANSLATE_NOOP("strata::schema::EditCommand", "Change index on %1(%2)"), QT_TRANSLATE_NOOP("strata::schema::EditCommand", "Change unique constraint on %1(%2)"),
                      QT_TRANSLATE_NOOP("strata::schema::EditCommand", "Change primary key on %1(%2)"), QT_TRANSLATE_NOOP("strata::schema::EditCommand", "Change full-text index on %1(%2)"),
                      modelName(graph, modelId), old ? *old : m_new));
}

void ChangeIndexCommand::redo()
{
    const Index *index = graph()->index(m_modelId, m_new.id);
    if (!index) {
        checkDone(false);
        return;
    }
    m_old = *index;
    checkDone(graph()->updateIndex(m_modelId, m_new));
}

void ChangeIndexCommand::undo()
{
    graph()->updateIndex(m_modelId, m_old);
}

// --- relations --------------------------------------------------------------------------------------------

AddRelationCommand::AddRelationCommand(SchemaGraph *graph, RelationSpec spec, QUndoCommand *parent)
    : EditCommand(graph, parent)
    , m_spec(std::move(spec))
{
    setText(tr("Add relation from %1 to %2").arg(modelName(graph, m_spec.fromModel), modelName(graph, m_spec.toModel)));
}

bool AddRelationCommand::plan()
{
    const Model *from = graph()->model(m_spec.fromModel);
    const Model *to = graph()->model(m_spec.toModel);
    if (!from || !to)
        return false;
    const bool self = from->id == to->id;
    const bool manyToMany = m_spec.kind == RelationKind::ManyToMany;
    const bool oneToOne = m_spec.kind == RelationKind::OneToOne;

    QSet<QString> fromNames = fieldNames(*from);
    const QString fieldName = freeName(m_spec.fieldName.isEmpty()
                                           ? lowerFirst(to->name) + (manyToMany ? QStringLiteral("s") : QString())
                                           : m_spec.fieldName,
                                       fromNames);
    fromNames.insert(fieldName);
    QSet<QString> toNames = self ? fromNames : fieldNames(*to);
    const QString backName = freeName(m_spec.backFieldName.isEmpty()
                                          ? lowerFirst(from->name) + (oneToOne ? QString() : QStringLiteral("s"))
                                          : m_spec.backFieldName,
                                      toNames);
    if (self)
        fromNames.insert(backName);
    if (!SchemaGraph::isIdentifier(fieldName) || !SchemaGraph::isIdentifier(backName))
        return false;

    // Prisma needs a name to tell apart two relations between the same models (a self relation is two ends of one).
    QString name = m_spec.name;
    if (name.isEmpty()) {
        const auto &relations = graph()->schema().relations;
        const bool another = std::any_of(relations.begin(), relations.end(), [&](const Relation &r) {
            return (r.modelA == from->name && r.modelB == to->name) || (r.modelA == to->name && r.modelB == from->name);
        });
        if (self || another)
            name = from->name + upperFirst(fieldName);
    }

    Field relationField;
    relationField.id = newNodeId();
    relationField.name = fieldName;
    relationField.typeName = to->name;
    relationField.kind = FieldKind::Relation;
    relationField.relation.mut().name = name;
    relationField.relation.mut().present = !name.isEmpty();

    Field backField;
    backField.id = newNodeId();
    backField.name = backName;
    backField.typeName = from->name;
    backField.kind = FieldKind::Relation;
    backField.relation.mut().name = name;
    backField.relation.mut().present = !name.isEmpty();

    m_fields.clear();
    m_unique.reset();
    if (manyToMany) {
        relationField.arity = Arity::List;
        backField.arity = Arity::List;
        m_fields.push_back({from->id, relationField});
        m_fields.push_back({to->id, backField});
        return true;
    }

    // The foreign key references the primary key, else the first single-field unique constraint.
    QStringList referenced;
    if (const Index *primaryKey = to->primaryKey())
        referenced = primaryKey->fieldNames();
    if (referenced.isEmpty()) {
        for (const Index &index : to->indexes) {
            if (index.kind == IndexKind::Unique && index.fields.size() == 1) {
                referenced = index.fieldNames();
                break;
            }
        }
    }
    if (referenced.isEmpty())
        return false;

    std::vector<Field> foreignKeys;
    for (const QString &target : referenced) {
        const Field *targetField = to->field(target);
        if (!targetField || !targetField->isScalarLike())
            return false;
        Field key;
        key.id = newNodeId();
        key.name = freeName(fieldName + upperFirst(target), fromNames);
        fromNames.insert(key.name);
        key.kind = targetField->kind;
        key.typeName = targetField->typeName;
        key.scalarType = targetField->scalarType;
        key.setUnsupportedType(targetField->unsupportedType());
        key.nativeType = targetField->nativeType;
        if (key.nativeType.isAllocated())
            key.nativeType.mut().span = {};
        key.arity = m_spec.optional ? Arity::Optional : Arity::Required;
        key.isUnique = oneToOne && referenced.size() == 1;
        relationField.relation.mut().fields << key.name;
        foreignKeys.push_back(std::move(key));
    }
    RelationAttribute &relation = relationField.relation.mut();
    relation.present = true;
    relation.references = referenced;
    relation.onDelete = m_spec.onDelete;
    relation.onUpdate = m_spec.onUpdate;
    relationField.arity = m_spec.optional ? Arity::Optional : Arity::Required;
    backField.arity = oneToOne ? Arity::Optional : Arity::List;

    m_fields.push_back({from->id, relationField});
    for (Field &key : foreignKeys)
        m_fields.push_back({from->id, std::move(key)});
    m_fields.push_back({to->id, backField});
    if (oneToOne && referenced.size() > 1) {
        Index unique;
        unique.id = newNodeId();
        unique.kind = IndexKind::Unique;
        for (const QString &key : relationField.relation->fields)
            unique.fields.push_back(IndexField{key, {}, 0, {}, {}});
        m_unique = unique;
    }
    return true;
}

void AddRelationCommand::redo()
{
    if (!m_planned) {
        m_planned = true;
        if (!plan()) {
            m_fields.clear();
            checkDone(false);
            return;
        }
    }
    size_t inserted = 0;
    for (const auto &[modelId, field] : m_fields) {
        if (!graph()->insertField(modelId, -1, field))
            break;
        ++inserted;
    }
    bool done = inserted == m_fields.size();
    if (done && m_unique)
        done = graph()->insertIndex(m_fields.front().first, -1, *m_unique);
    if (!done) {
        while (inserted > 0) {
            --inserted;
            graph()->removeField(m_fields[inserted].first, m_fields[inserted].second.id);
        }
    }
    checkDone(done);
}

void AddRelationCommand::undo()
{
    // Removing the foreign keys takes the @@unique over them along.
    for (auto it = m_fields.rbegin(); it != m_fields.rend(); ++it)
        graph()->removeField(it->first, it->second.id);
}

RemoveRelationCommand::RemoveRelationCommand(SchemaGraph *graph, NodeId relationId, QUndoCommand *parent)
    : EditCommand(graph, parent)
{
    const Schema &schema = graph->schema();
    if (const Relation *relation = schema.relationById(relationId)) {
        auto end = [&](const QString &model, const QString &field) {
            End result;
            if (const Model *m = schema.model(model)) {
                result.modelId = m->id;
                if (const Field *f = m->field(field))
                    result.fieldId = f->id;
            }
            return result;
        };
        m_a = end(relation->modelA, relation->fieldA);
        m_b = end(relation->modelB, relation->fieldB);
        setText(tr("Remove relation between %1 and %2").arg(relation->modelA, relation->modelB));
    } else {
        setText(tr("Remove relation"));
    }
}

void RemoveRelationCommand::redo()
{
    SchemaGraph *g = graph();
    const Field *fieldA = g->field(m_a.modelId, m_a.fieldId);
    const Field *fieldB = g->field(m_b.modelId, m_b.fieldId);
    if (!fieldA && !fieldB) {
        checkDone(false);
        return;
    }
    m_before.clear();
    m_before.push_back(*g->model(fieldA ? m_a.modelId : m_b.modelId));
    if (fieldA && fieldB && m_b.modelId != m_a.modelId)
        m_before.push_back(*g->model(m_b.modelId));

    // Foreign keys to remove: those the relation's `fields:` name, unless in the primary key or used by
    // another relation field of the same model.
    std::vector<std::pair<NodeId, NodeId>> removals;
    auto collect = [&](const End &end, const Field *field) {
        if (!field)
            return;
        removals.push_back({end.modelId, end.fieldId});
        const Model *model = g->model(end.modelId);
        const Index *primaryKey = model->primaryKey();
        for (const QString &key : field->relation->fields) {
            const Field *keyField = model->field(key);
            if (!keyField || keyField->isId || (primaryKey && primaryKey->fieldNames().contains(key)))
                continue;
            const bool shared = std::any_of(model->fields.begin(), model->fields.end(), [&](const Field &other) {
                return other.id != field->id && other.id != m_b.fieldId && other.isRelation()
                    && other.relation->fields.contains(key);
            });
            const std::pair<NodeId, NodeId> removal{end.modelId, keyField->id};
            if (!shared && std::find(removals.begin(), removals.end(), removal) == removals.end())
                removals.push_back(removal);
        }
    };
    collect(m_a, fieldA);
    collect(m_b, fieldB);
    bool done = true;
    for (const auto &[modelId, fieldId] : removals)
        done = g->removeField(modelId, fieldId) && done;
    checkDone(done);
}

void RemoveRelationCommand::undo()
{
    for (const Model &model : m_before)
        graph()->updateModel(model);
}

} // namespace strata::schema
