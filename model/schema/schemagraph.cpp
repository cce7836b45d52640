// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemagraph.h"

#include "schemacomparer.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <utility>

namespace strata::schema {

using IdPair = std::pair<NodeId, NodeId>;

/// What one edit did, collected while it runs and emitted once the graph is consistent again.
struct SchemaGraph::Changes {
    QStringList relationsBefore;
    QList<NodeId> modelsRemoved;
    QList<NodeId> modelsAdded;
    QList<NodeId> modelsChanged;
    QList<NodeId> enumsRemoved;
    QList<NodeId> enumsAdded;
    QList<NodeId> enumsChanged;
    QList<IdPair> fieldsRemoved;
    QList<IdPair> fieldsAdded;
    QList<IdPair> fieldsChanged;
    QList<IdPair> indexesRemoved;
    QList<IdPair> indexesAdded;
    QList<IdPair> indexesChanged;
    QList<IdPair> valuesRemoved;
    QList<IdPair> valuesAdded;
    QList<IdPair> valuesChanged;

    template<typename T>
    static void add(QList<T> &list, const T &item)
    {
        if (!list.contains(item))
            list.append(item);
    }
    void modelChanged(NodeId model) { add(modelsChanged, model); }
    void enumChanged(NodeId e) { add(enumsChanged, e); }
    void fieldChanged(NodeId model, NodeId field)
    {
        add(fieldsChanged, {model, field});
        modelChanged(model);
    }
    void indexChanged(NodeId model, NodeId index)
    {
        add(indexesChanged, {model, index});
        modelChanged(model);
    }
};

namespace {

template<typename Range, typename Pred>
int positionIn(const Range &range, Pred pred)
{
    const auto it = std::find_if(range.begin(), range.end(), pred);
    return it == range.end() ? -1 : int(it - range.begin());
}

template<typename Vector, typename Value>
void insertAt(Vector &vector, int position, Value &&value)
{
    if (position < 0 || position > int(vector.size()))
        position = int(vector.size());
    vector.insert(vector.begin() + position, std::forward<Value>(value));
}

bool namesField(const IndexField &field, QStringView name)
{
    return field.name == name || (field.name.startsWith(name) && field.name.size() > name.size()
                                  && field.name.at(name.size()) == u'.');
}

bool indexNamesField(const Index &index, QStringView name)
{
    return std::any_of(index.fields.begin(), index.fields.end(), [&](const IndexField &f) { return namesField(f, name); });
}

bool isFieldLevelIndexOf(const Index &index, QStringView fieldName, IndexKind kind)
{
    return index.fromFieldAttribute && index.kind == kind && index.fields.size() == 1
        && index.fields.front().name == fieldName;
}

/// Replaces `from` by `to` in a list of names; true when anything changed.
bool renameInList(QStringList &names, const QString &from, const QString &to)
{
    bool changed = false;
    for (QString &name : names) {
        if (name == from) {
            name = to;
            changed = true;
        }
    }
    return changed;
}

bool renameEnumDefault(DefaultValue &value, const QString &from, const QString &to)
{
    bool changed = false;
    if (value.kind == DefaultValue::Kind::EnumValue && value.value == from) {
        value.value = to;
        changed = true;
    }
    if (value.items.isAllocated()) {
        for (DefaultValue &item : value.items.mut())
            changed |= renameEnumDefault(item, from, to);
    }
    return changed;
}

} // namespace

SchemaGraph::SchemaGraph(QObject *parent)
    : QObject(parent)
{
}

SchemaGraph::SchemaGraph(Schema schema, QObject *parent)
    : QObject(parent)
    , m_schema(std::move(schema))
{
}

void SchemaGraph::replace(Schema schema)
{
    m_schema = std::move(schema);
    emit reset();
    emit changed();
}

// --- look-ups ---------------------------------------------------------------------------------------------

const Model *SchemaGraph::model(NodeId modelId) const
{
    return m_schema.modelById(modelId);
}

int SchemaGraph::modelPosition(NodeId modelId) const
{
    return positionIn(m_schema.models, [&](const Model &m) { return m.id == modelId; });
}

const Field *SchemaGraph::field(NodeId modelId, NodeId fieldId) const
{
    const Model *m = model(modelId);
    if (!m)
        return nullptr;
    const int position = fieldPosition(modelId, fieldId);
    return position < 0 ? nullptr : &m->fields[size_t(position)];
}

int SchemaGraph::fieldPosition(NodeId modelId, NodeId fieldId) const
{
    const Model *m = model(modelId);
    return m ? positionIn(m->fields, [&](const Field &f) { return f.id == fieldId; }) : -1;
}

const Index *SchemaGraph::index(NodeId modelId, NodeId indexId) const
{
    const Model *m = model(modelId);
    const int position = indexPosition(modelId, indexId);
    return position < 0 ? nullptr : &m->indexes[size_t(position)];
}

int SchemaGraph::indexPosition(NodeId modelId, NodeId indexId) const
{
    const Model *m = model(modelId);
    return m ? positionIn(m->indexes, [&](const Index &i) { return i.id == indexId; }) : -1;
}

const Enum *SchemaGraph::enumType(NodeId enumId) const
{
    return m_schema.enumById(enumId);
}

int SchemaGraph::enumPosition(NodeId enumId) const
{
    return positionIn(m_schema.enums, [&](const Enum &e) { return e.id == enumId; });
}

const EnumValue *SchemaGraph::enumValue(NodeId enumId, NodeId valueId) const
{
    const Enum *e = enumType(enumId);
    const int position = enumValuePosition(enumId, valueId);
    return position < 0 ? nullptr : &e->values[size_t(position)];
}

int SchemaGraph::enumValuePosition(NodeId enumId, NodeId valueId) const
{
    const Enum *e = enumType(enumId);
    return e ? positionIn(e->values, [&](const EnumValue &v) { return v.id == valueId; }) : -1;
}

bool SchemaGraph::isIdentifier(QStringView name)
{
    if (name.isEmpty() || !name.front().isLetter())
        return false;
    return std::all_of(name.begin(), name.end(), [](QChar c) { return c.isLetterOrNumber() || c == u'_'; });
}

bool SchemaGraph::isTypeNameFree(QStringView name) const
{
    return isIdentifier(name) && !m_schema.model(name) && !m_schema.enumType(name) && !m_schema.compositeType(name)
        && !scalarTypeFromName(name) && name != u"Unsupported";
}

Model *SchemaGraph::findModel(NodeId modelId)
{
    return m_schema.modelById(modelId);
}

Enum *SchemaGraph::findEnum(NodeId enumId)
{
    return m_schema.enumById(enumId);
}

bool SchemaGraph::hasNodeId(NodeId id) const
{
    return m_schema.modelById(id) || m_schema.enumById(id);
}

Model SchemaGraph::normalized(Model model)
{
    if (!model.id)
        model.id = newNodeId();
    for (Field &field : model.fields) {
        if (!field.id)
            field.id = newNodeId();
    }
    for (Index &index : model.indexes) {
        if (!index.id)
            index.id = newNodeId();
    }
    for (const Field &field : model.fields)
        syncIndexesFromFlags(model, field, nullptr);
    return model;
}

Enum SchemaGraph::normalized(Enum e)
{
    if (!e.id)
        e.id = newNodeId();
    for (EnumValue &value : e.values) {
        if (!value.id)
            value.id = newNodeId();
    }
    return e;
}

// --- consistency ------------------------------------------------------------------------------------------

QStringList SchemaGraph::relationKeys() const
{
    QStringList keys;
    for (const Relation &relation : m_schema.relations)
        keys << QString::number(relation.id) + u' ' + SchemaComparer::describe(relation);
    return keys;
}

void SchemaGraph::syncFlagsFromIndexes(Model &model)
{
    for (Field &field : model.fields) {
        field.isId = std::any_of(model.indexes.begin(), model.indexes.end(),
                                 [&](const Index &i) { return isFieldLevelIndexOf(i, field.name.view(), IndexKind::PrimaryKey); });
        field.isUnique = std::any_of(model.indexes.begin(), model.indexes.end(),
                                     [&](const Index &i) { return isFieldLevelIndexOf(i, field.name.view(), IndexKind::Unique); });
    }
}

void SchemaGraph::syncIndexesFromFlags(Model &model, const Field &field, Changes *changes)
{
    auto sync = [&](IndexKind kind, bool wanted) {
        auto matches = [&](const Index &i) { return isFieldLevelIndexOf(i, field.name.view(), kind); };
        const bool present = std::any_of(model.indexes.begin(), model.indexes.end(), matches);
        if (wanted && !present) {
            Index index;
            index.id = newNodeId();
            index.kind = kind;
            index.fromFieldAttribute = true;
            index.fields.push_back(IndexField{field.name, {}, 0, {}, {}});
            // Field-level indexes come first, in field order, as the builder makes them.
            const int position = positionIn(model.indexes, [](const Index &i) { return !i.fromFieldAttribute; });
            if (changes) {
                changes->indexesAdded.append({model.id, index.id});
                changes->modelChanged(model.id);
            }
            insertAt(model.indexes, position, std::move(index));
        } else if (!wanted && present) {
            for (auto it = model.indexes.begin(); it != model.indexes.end();) {
                if (matches(*it)) {
                    if (changes)
                        changes->indexesRemoved.append({model.id, it->id});
                    it = model.indexes.erase(it);
                } else {
                    ++it;
                }
            }
            if (changes)
                changes->modelChanged(model.id);
        }
    };
    sync(IndexKind::PrimaryKey, field.isId);
    sync(IndexKind::Unique, field.isUnique);
}

void SchemaGraph::commit(Changes &changes)
{
    // Field kinds follow from type names, which an edit may have made point somewhere else.
    auto classify = [&](Field &field, NodeId ownerId, bool isModel) {
        FieldKind kind = FieldKind::Unknown;
        std::optional<ScalarType> scalar = scalarTypeFromName(field.typeName.view());
        if (field.typeName == u"Unsupported")
            kind = FieldKind::Unsupported;
        else if (scalar)
            kind = FieldKind::Scalar;
        else if (m_schema.model(field.typeName.view()))
            kind = FieldKind::Relation;
        else if (m_schema.enumType(field.typeName.view()))
            kind = FieldKind::Enum;
        else if (m_schema.compositeType(field.typeName.view()))
            kind = FieldKind::Composite;
        if (kind != field.kind || scalar != field.scalarType) {
            field.kind = kind;
            field.scalarType = scalar;
            if (isModel)
                changes.fieldChanged(ownerId, field.id);
        }
    };
    for (Model &model : m_schema.models) {
        for (Field &field : model.fields)
            classify(field, model.id, true);
    }
    for (CompositeType &type : m_schema.compositeTypes) {
        for (Field &field : type.fields)
            classify(field, type.id, false);
    }
    computeRelations(m_schema);

    for (NodeId id : std::as_const(changes.modelsRemoved))
        emit modelRemoved(id);
    for (NodeId id : std::as_const(changes.enumsRemoved))
        emit enumRemoved(id);
    for (NodeId id : std::as_const(changes.modelsAdded))
        emit modelAdded(id);
    for (NodeId id : std::as_const(changes.enumsAdded))
        emit enumAdded(id);
    auto live = [&](NodeId modelId) {
        return !changes.modelsRemoved.contains(modelId) && !changes.modelsAdded.contains(modelId);
    };
    auto liveEnum = [&](NodeId enumId) {
        return !changes.enumsRemoved.contains(enumId) && !changes.enumsAdded.contains(enumId);
    };
    for (const auto &[m, f] : std::as_const(changes.fieldsRemoved))
        if (live(m))
            emit fieldRemoved(m, f);
    for (const auto &[m, f] : std::as_const(changes.fieldsAdded))
        if (live(m))
            emit fieldAdded(m, f);
    for (const auto &[m, f] : std::as_const(changes.fieldsChanged))
        if (live(m) && !changes.fieldsAdded.contains(IdPair{m, f}) && !changes.fieldsRemoved.contains(IdPair{m, f}))
            emit fieldChanged(m, f);
    for (const auto &[m, i] : std::as_const(changes.indexesRemoved))
        if (live(m))
            emit indexRemoved(m, i);
    for (const auto &[m, i] : std::as_const(changes.indexesAdded))
        if (live(m))
            emit indexAdded(m, i);
    for (const auto &[m, i] : std::as_const(changes.indexesChanged))
        if (live(m) && !changes.indexesAdded.contains(IdPair{m, i}) && !changes.indexesRemoved.contains(IdPair{m, i}))
            emit indexChanged(m, i);
    for (const auto &[e, v] : std::as_const(changes.valuesRemoved))
        if (liveEnum(e))
            emit enumValueRemoved(e, v);
    for (const auto &[e, v] : std::as_const(changes.valuesAdded))
        if (liveEnum(e))
            emit enumValueAdded(e, v);
    for (const auto &[e, v] : std::as_const(changes.valuesChanged))
        if (liveEnum(e) && !changes.valuesAdded.contains(IdPair{e, v}) && !changes.valuesRemoved.contains(IdPair{e, v}))
            emit enumValueChanged(e, v);
    for (NodeId id : std::as_const(changes.modelsChanged))
        if (live(id))
            emit modelChanged(id);
    for (NodeId id : std::as_const(changes.enumsChanged))
        if (liveEnum(id))
            emit enumChanged(id);
    if (relationKeys() != changes.relationsBefore)
        emit relationsChanged();
    emit changed();
}

void SchemaGraph::diffModel(const Model &before, const Model &after, Changes &changes) const
{
    QHash<NodeId, const Field *> oldFields;
    for (const Field &field : before.fields)
        oldFields.insert(field.id, &field);
    QSet<NodeId> newFieldIds;
    for (const Field &field : after.fields) {
        newFieldIds.insert(field.id);
        const Field *old = oldFields.value(field.id);
        if (!old)
            changes.fieldsAdded.append({after.id, field.id});
        else if (SchemaComparer::describeFieldLine(before, *old) != SchemaComparer::describeFieldLine(after, field))
            changes.fieldChanged(after.id, field.id);
    }
    for (const Field &field : before.fields) {
        if (!newFieldIds.contains(field.id))
            changes.fieldsRemoved.append({after.id, field.id});
    }
    QHash<NodeId, const Index *> oldIndexes;
    for (const Index &index : before.indexes)
        oldIndexes.insert(index.id, &index);
    QSet<NodeId> newIndexIds;
    for (const Index &index : after.indexes) {
        newIndexIds.insert(index.id);
        const Index *old = oldIndexes.value(index.id);
        if (!old)
            changes.indexesAdded.append({after.id, index.id});
        else if (!SchemaComparer::sameContent(*old, index))
            changes.indexChanged(after.id, index.id);
    }
    for (const Index &index : before.indexes) {
        if (!newIndexIds.contains(index.id))
            changes.indexesRemoved.append({after.id, index.id});
    }
    changes.modelChanged(after.id);
}

void SchemaGraph::diffEnum(const Enum &before, const Enum &after, Changes &changes) const
{
    QHash<NodeId, const EnumValue *> oldValues;
    for (const EnumValue &value : before.values)
        oldValues.insert(value.id, &value);
    QSet<NodeId> newIds;
    for (const EnumValue &value : after.values) {
        newIds.insert(value.id);
        const EnumValue *old = oldValues.value(value.id);
        if (!old)
            changes.valuesAdded.append({after.id, value.id});
        else if (!SchemaComparer::sameContent(*old, value))
            Changes::add(changes.valuesChanged, IdPair{after.id, value.id});
    }
    for (const EnumValue &value : before.values) {
        if (!newIds.contains(value.id))
            changes.valuesRemoved.append({after.id, value.id});
    }
    changes.enumChanged(after.id);
}

// --- references -------------------------------------------------------------------------------------------

void SchemaGraph::renameTypeReferences(FieldKind kind, const QString &from, const QString &to, Changes &changes)
{
    for (Model &model : m_schema.models) {
        for (Field &field : model.fields) {
            if (field.kind == kind && field.typeName == from) {
                field.typeName = to;
                changes.fieldChanged(model.id, field.id);
            }
        }
    }
    for (CompositeType &type : m_schema.compositeTypes) {
        for (Field &field : type.fields) {
            if (field.kind == kind && field.typeName == from)
                field.typeName = to;
        }
    }
    if (kind != FieldKind::Relation)
        return;
    for (Relation &relation : m_schema.relations) {
        if (relation.modelA == from)
            relation.modelA = to;
        if (relation.modelB == from)
            relation.modelB = to;
    }
}

bool SchemaGraph::renameType(NodeId id, QString *currentName, FieldKind kind, const QString &name)
{
    if (!currentName)
        return false;
    if (*currentName == name)
        return true;
    if (!isTypeNameFree(name))
        return false;
    Changes changes;
    changes.relationsBefore = relationKeys();
    const QString old = std::exchange(*currentName, name);
    if (kind == FieldKind::Relation)
        changes.modelChanged(id);
    else
        changes.enumChanged(id);
    renameTypeReferences(kind, old, name, changes);
    commit(changes);
    return true;
}

void SchemaGraph::renameFieldReferences(Model &owner, const QString &from, const QString &to, Changes &changes)
{
    for (Index &index : owner.indexes) {
        bool touched = false;
        for (IndexField &field : index.fields) {
            if (namesField(field, from)) {
                field.name = to + field.name.mid(from.size());
                touched = true;
            }
        }
        if (touched)
            changes.indexChanged(owner.id, index.id);
    }
    // `fields:` name fields of the model holding the relation field, `references:` fields of the model it points to.
    for (Field &field : owner.fields) {
        if (field.kind == FieldKind::Relation && field.relation.isAllocated()
            && renameInList(field.relation.mut().fields, from, to))
            changes.fieldChanged(owner.id, field.id);
    }
    for (Model &model : m_schema.models) {
        for (Field &field : model.fields) {
            if (field.kind == FieldKind::Relation && field.typeName == owner.name
                && field.relation.isAllocated() && renameInList(field.relation.mut().references, from, to))
                changes.fieldChanged(model.id, field.id);
        }
    }
    for (Relation &relation : m_schema.relations) {
        if (relation.modelA == owner.name && relation.fieldA == from)
            relation.fieldA = to;
        if (relation.modelB == owner.name && relation.fieldB == from)
            relation.fieldB = to;
    }
}

void SchemaGraph::renameEnumValueReferences(const Enum &e, const QString &from, const QString &to, Changes &changes)
{
    for (Model &model : m_schema.models) {
        for (Field &field : model.fields) {
            if (field.kind == FieldKind::Enum && field.typeName == e.name && field.defaultValue.isAllocated()
                && renameEnumDefault(field.defaultValue.mut(), from, to))
                changes.fieldChanged(model.id, field.id);
        }
    }
    for (CompositeType &type : m_schema.compositeTypes) {
        for (Field &field : type.fields) {
            if (field.kind == FieldKind::Enum && field.typeName == e.name && field.defaultValue.isAllocated())
                renameEnumDefault(field.defaultValue.mut(), from, to);
        }
    }
}

// --- models -----------------------------------------------------------------------------------------------

bool SchemaGraph::insertModel(int position, Model model)
{
    if (!isTypeNameFree(model.name) || (model.id && hasNodeId(model.id)))
        return false;
    model = normalized(std::move(model));
    Changes changes;
    changes.relationsBefore = relationKeys();
    changes.modelsAdded.append(model.id);
    insertAt(m_schema.models, position, std::move(model));
    commit(changes);
    return true;
}

bool SchemaGraph::removeModel(NodeId modelId)
{
    const int position = modelPosition(modelId);
    if (position < 0)
        return false;
    Changes changes;
    changes.relationsBefore = relationKeys();
    const QString name = m_schema.models[size_t(position)].name;
    m_schema.models.erase(m_schema.models.begin() + position);
    changes.modelsRemoved.append(modelId);
    for (Model &model : m_schema.models) {
        for (auto it = model.fields.begin(); it != model.fields.end();) {
            if (it->kind == FieldKind::Relation && it->typeName == name) {
                changes.fieldsRemoved.append({model.id, it->id});
                changes.modelChanged(model.id);
                it = model.fields.erase(it);
            } else {
                ++it;
            }
        }
    }
    commit(changes);
    return true;
}

bool SchemaGraph::renameModel(NodeId modelId, const QString &name)
{
    Model *model = findModel(modelId);
    return renameType(modelId, model ? &model->name : nullptr, FieldKind::Relation, name);
}

bool SchemaGraph::updateModel(Model value)
{
    Model *model = findModel(value.id);
    if (!model)
        return false;
    if (model->name != value.name && !isTypeNameFree(value.name))
        return false;
    QSet<QString> names;
    for (const Field &field : value.fields) {
        if (names.contains(field.name))
            return false;
        names.insert(field.name);
    }
    Changes changes;
    changes.relationsBefore = relationKeys();
    if (model->name != value.name)
        renameTypeReferences(FieldKind::Relation, model->name, value.name, changes);
    value = normalized(std::move(value));
    const Model before = *model;
    *model = std::move(value);
    diffModel(before, *model, changes);
    commit(changes);
    return true;
}

// --- fields -----------------------------------------------------------------------------------------------

bool SchemaGraph::insertField(NodeId modelId, int position, Field field)
{
    Model *model = findModel(modelId);
    if (!model || !isIdentifier(field.name.view()) || model->field(field.name.view()))
        return false;
    if (field.id && positionIn(model->fields, [&](const Field &f) { return f.id == field.id; }) >= 0)
        return false;
    if (!field.id)
        field.id = newNodeId();
    Changes changes;
    changes.relationsBefore = relationKeys();
    changes.fieldsAdded.append({modelId, field.id});
    changes.modelChanged(modelId);
    syncIndexesFromFlags(*model, field, &changes);
    insertAt(model->fields, position, std::move(field));
    commit(changes);
    return true;
}

bool SchemaGraph::removeField(NodeId modelId, NodeId fieldId)
{
    Model *model = findModel(modelId);
    const int position = fieldPosition(modelId, fieldId);
    if (!model || position < 0)
        return false;
    Changes changes;
    changes.relationsBefore = relationKeys();
    const QString name = model->fields[size_t(position)].name;
    model->fields.erase(model->fields.begin() + position);
    for (auto it = model->indexes.begin(); it != model->indexes.end();) {
        if (indexNamesField(*it, name)) {
            changes.indexesRemoved.append({modelId, it->id});
            it = model->indexes.erase(it);
        } else {
            ++it;
        }
    }
    changes.fieldsRemoved.append({modelId, fieldId});
    changes.modelChanged(modelId);
    commit(changes);
    return true;
}

bool SchemaGraph::renameField(NodeId modelId, NodeId fieldId, const QString &name)
{
    Model *model = findModel(modelId);
    const int position = fieldPosition(modelId, fieldId);
    if (!model || position < 0)
        return false;
    Field &field = model->fields[size_t(position)];
    if (field.name == name)
        return true;
    if (!isIdentifier(name) || model->field(name))
        return false;
    Changes changes;
    changes.relationsBefore = relationKeys();
    const QString old = field.name;
    field.name = name;
    changes.fieldChanged(modelId, fieldId);
    renameFieldReferences(*model, old, name, changes);
    commit(changes);
    return true;
}

bool SchemaGraph::updateField(NodeId modelId, Field value)
{
    Model *model = findModel(modelId);
    const int position = fieldPosition(modelId, value.id);
    if (!model || position < 0)
        return false;
    const QString old = model->fields[size_t(position)].name;
    if (old != value.name && (!isIdentifier(value.name.view()) || model->field(value.name.view())))
        return false;
    Changes changes;
    changes.relationsBefore = relationKeys();
    if (old != value.name) {
        model->fields[size_t(position)].name = value.name;
        renameFieldReferences(*model, old, value.name, changes);
    }
    model->fields[size_t(position)] = value;
    changes.fieldChanged(modelId, value.id);
    syncIndexesFromFlags(*model, value, &changes);
    commit(changes);
    return true;
}

// --- indexes ----------------------------------------------------------------------------------------------

bool SchemaGraph::insertIndex(NodeId modelId, int position, Index index)
{
    Model *model = findModel(modelId);
    if (!model || (index.id && indexPosition(modelId, index.id) >= 0))
        return false;
    if (!index.id)
        index.id = newNodeId();
    Changes changes;
    changes.relationsBefore = relationKeys();
    changes.indexesAdded.append({modelId, index.id});
    changes.modelChanged(modelId);
    insertAt(model->indexes, position, std::move(index));
    const Model before = *model;
    syncFlagsFromIndexes(*model);
    for (size_t i = 0; i < model->fields.size(); ++i) {
        if (!SchemaComparer::sameContent(before.fields[i], model->fields[i]))
            changes.fieldChanged(modelId, model->fields[i].id);
    }
    commit(changes);
    return true;
}

bool SchemaGraph::removeIndex(NodeId modelId, NodeId indexId)
{
    Model *model = findModel(modelId);
    const int position = indexPosition(modelId, indexId);
    if (!model || position < 0)
        return false;
    Changes changes;
    changes.relationsBefore = relationKeys();
    model->indexes.erase(model->indexes.begin() + position);
    changes.indexesRemoved.append({modelId, indexId});
    changes.modelChanged(modelId);
    const Model before = *model;
    syncFlagsFromIndexes(*model);
    for (size_t i = 0; i < model->fields.size(); ++i) {
        if (!SchemaComparer::sameContent(before.fields[i], model->fields[i]))
            changes.fieldChanged(modelId, model->fields[i].id);
    }
    commit(changes);
    return true;
}

bool SchemaGraph::updateIndex(NodeId modelId, Index value)
{
    Model *model = findModel(modelId);
    const int position = indexPosition(modelId, value.id);
    if (!model || position < 0)
        return false;
    Changes changes;
    changes.relationsBefore = relationKeys();
    model->indexes[size_t(position)] = std::move(value);
    changes.indexChanged(modelId, model->indexes[size_t(position)].id);
    const Model before = *model;
    syncFlagsFromIndexes(*model);
    for (size_t i = 0; i < model->fields.size(); ++i) {
        if (!SchemaComparer::sameContent(before.fields[i], model->fields[i]))
            changes.fieldChanged(modelId, model->fields[i].id);
    }
    commit(changes);
    return true;
}

// --- enums ------------------------------------------------------------------------------------------------

bool SchemaGraph::insertEnum(int position, Enum e)
{
    if (!isTypeNameFree(e.name) || (e.id && hasNodeId(e.id)))
        return false;
    e = normalized(std::move(e));
    Changes changes;
    changes.relationsBefore = relationKeys();
    changes.enumsAdded.append(e.id);
    insertAt(m_schema.enums, position, std::move(e));
    commit(changes);
    return true;
}

bool SchemaGraph::removeEnum(NodeId enumId)
{
    const int position = enumPosition(enumId);
    if (position < 0)
        return false;
    Changes changes;
    changes.relationsBefore = relationKeys();
    m_schema.enums.erase(m_schema.enums.begin() + position);
    changes.enumsRemoved.append(enumId);
    commit(changes);
    return true;
}

bool SchemaGraph::renameEnum(NodeId enumId, const QString &name)
{
    Enum *e = findEnum(enumId);
    return renameType(enumId, e ? &e->name : nullptr, FieldKind::Enum, name);
}

bool SchemaGraph::updateEnum(Enum value)
{
    Enum *e = findEnum(value.id);
    if (!e)
        return false;
    if (e->name != value.name && !isTypeNameFree(value.name))
        return false;
    Changes changes;
    changes.relationsBefore = relationKeys();
    if (e->name != value.name)
        renameTypeReferences(FieldKind::Enum, e->name, value.name, changes);
    value = normalized(std::move(value));
    const Enum before = *e;
    *e = std::move(value);
    diffEnum(before, *e, changes);
    commit(changes);
    return true;
}

bool SchemaGraph::insertEnumValue(NodeId enumId, int position, EnumValue value)
{
    Enum *e = findEnum(enumId);
    if (!e || !isIdentifier(value.name) || e->value(value.name))
        return false;
    if (value.id && enumValuePosition(enumId, value.id) >= 0)
        return false;
    if (!value.id)
        value.id = newNodeId();
    Changes changes;
    changes.relationsBefore = relationKeys();
    changes.valuesAdded.append({enumId, value.id});
    changes.enumChanged(enumId);
    insertAt(e->values, position, std::move(value));
    commit(changes);
    return true;
}

bool SchemaGraph::removeEnumValue(NodeId enumId, NodeId valueId)
{
    Enum *e = findEnum(enumId);
    const int position = enumValuePosition(enumId, valueId);
    if (!e || position < 0)
        return false;
    Changes changes;
    changes.relationsBefore = relationKeys();
    e->values.erase(e->values.begin() + position);
    changes.valuesRemoved.append({enumId, valueId});
    changes.enumChanged(enumId);
    commit(changes);
    return true;
}

bool SchemaGraph::renameEnumValue(NodeId enumId, NodeId valueId, const QString &name)
{
    Enum *e = findEnum(enumId);
    const int position = enumValuePosition(enumId, valueId);
    if (!e || position < 0)
        return false;
    EnumValue &value = e->values[size_t(position)];
    if (value.name == name)
        return true;
    if (!isIdentifier(name) || e->value(name))
        return false;
    Changes changes;
    changes.relationsBefore = relationKeys();
    const QString old = value.name;
    value.name = name;
    Changes::add(changes.valuesChanged, IdPair{enumId, valueId});
    changes.enumChanged(enumId);
    renameEnumValueReferences(*e, old, name, changes);
    commit(changes);
    return true;
}

bool SchemaGraph::updateEnumValue(NodeId enumId, EnumValue value)
{
    Enum *e = findEnum(enumId);
    const int position = enumValuePosition(enumId, value.id);
    if (!e || position < 0)
        return false;
    const QString old = e->values[size_t(position)].name;
    if (old != value.name && (!isIdentifier(value.name) || e->value(value.name)))
        return false;
    Changes changes;
    changes.relationsBefore = relationKeys();
    if (old != value.name)
        renameEnumValueReferences(*e, old, value.name, changes);
    e->values[size_t(position)] = std::move(value);
    Changes::add(changes.valuesChanged, IdPair{enumId, e->values[size_t(position)].id});
    changes.enumChanged(enumId);
    commit(changes);
    return true;
}

} // namespace strata::schema
