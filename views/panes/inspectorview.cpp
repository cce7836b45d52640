// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectorview.h"

#include <QHeaderView>

namespace strata::views {

InspectorView::InspectorView(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(2);
    setHeaderLabels({tr("Property"), tr("Value")});
    setRootIsDecorated(false);
    setAlternatingRowColors(true);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
}

void InspectorView::setSchema(const schema::Schema &schema)
{
    setSchema(std::make_shared<const schema::Schema>(schema));
}

void InspectorView::setSchema(std::shared_ptr<const schema::Schema> schema)
{
    m_schema = std::move(schema);
    showNode(m_current);
}

void InspectorView::addRow(const QString &property, const QString &value, QTreeWidgetItem *parent)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(this);
    item->setText(0, property);
    item->setText(1, value);
    item->setToolTip(1, value);
}

static QString yesNo(bool value)
{
    return value ? InspectorView::tr("yes") : InspectorView::tr("no");
}

static QString indexText(const schema::Index &index)
{
    QStringList parts;
    for (const schema::IndexField &field : index.fields) {
        QString part = field.name;
        if (!field.sort.isEmpty())
            part += QStringLiteral(" ") + field.sort;
        parts << part;
    }
    QString text = QStringLiteral("(%1)").arg(parts.join(QStringLiteral(", ")));
    if (!index.map->isEmpty())
        text += QStringLiteral(" map: %1").arg(index.map);
    if (!index.algorithm->isEmpty())
        text += QStringLiteral(" type: %1").arg(index.algorithm);
    return text;
}

static QString defaultText(const schema::DefaultValue &value)
{
    switch (value.kind) {
    case schema::DefaultValue::Kind::None: return {};
    case schema::DefaultValue::Kind::String: return QStringLiteral("\"%1\"").arg(value.value);
    case schema::DefaultValue::Kind::List: {
        QStringList items;
        for (const schema::DefaultValue &item : *value.items)
            items << defaultText(item);
        return QStringLiteral("[%1]").arg(items.join(QStringLiteral(", ")));
    }
    case schema::DefaultValue::Kind::DbGenerated: return QStringLiteral("dbgenerated(\"%1\")").arg(value.value);
    default:
        if (value.isFunction())
            return value.version ? QStringLiteral("%1(%2)").arg(value.value).arg(value.version) : value.value + QStringLiteral("()");
        return value.value;
    }
}

void InspectorView::showModel(const schema::Model &model)
{
    addRow(model.isView ? tr("View") : tr("Model"), model.name);
    addRow(tr("Database name"), model.databaseName());
    if (!model.schemaName.isEmpty())
        addRow(tr("Database schema"), model.schemaName);
    addRow(tr("Fields"), QString::number(model.fields.size()));
    for (const schema::Index &index : model.indexes) {
        const QString kind = index.kind == schema::IndexKind::PrimaryKey ? tr("Primary key")
            : index.kind == schema::IndexKind::Unique                     ? tr("Unique")
            : index.kind == schema::IndexKind::Fulltext                   ? tr("Full-text index")
                                                                          : tr("Index");
        addRow(kind, indexText(index));
    }
    int relations = 0;
    for (const schema::Relation &relation : m_schema->relations)
        relations += relation.modelA == model.name || relation.modelB == model.name;
    addRow(tr("Relations"), QString::number(relations));
    if (model.isIgnored)
        addRow(tr("Ignored"), yesNo(true));
    if (!model.documentation.isEmpty())
        addRow(tr("Documentation"), model.documentation.join(u'\n'));
}

void InspectorView::showField(const schema::Model &model, const schema::Field &field)
{
    addRow(tr("Field"), QStringLiteral("%1.%2").arg(model.name, field.name));
    QString type = field.typeName;
    if (field.isList())
        type += QStringLiteral("[]");
    else if (field.isOptional())
        type += u'?';
    addRow(tr("Type"), type);
    if (!field.isRelation())
        addRow(tr("Column"), field.databaseName());
    if (field.nativeType->isSet())
        addRow(tr("Native type"), field.nativeType->toString());
    addRow(tr("Required"), yesNo(field.arity == schema::Arity::Required));
    if (field.isId)
        addRow(tr("Identifier"), yesNo(true));
    if (field.isUnique)
        addRow(tr("Unique"), yesNo(true));
    if (field.defaultValue->isSet())
        addRow(tr("Default"), defaultText(*field.defaultValue));
    if (field.isUpdatedAt)
        addRow(tr("Updated at"), yesNo(true));
    if (field.relation->present) {
        if (!field.relation->name.isEmpty())
            addRow(tr("Relation name"), field.relation->name);
        if (!field.relation->fields.isEmpty())
            addRow(tr("Fields"), field.relation->fields.join(QStringLiteral(", ")));
        if (!field.relation->references.isEmpty())
            addRow(tr("References"), field.relation->references.join(QStringLiteral(", ")));
        if (field.relation->onDelete != schema::ReferentialAction::Unset)
            addRow(tr("On delete"), schema::referentialActionName(field.relation->onDelete));
        if (field.relation->onUpdate != schema::ReferentialAction::Unset)
            addRow(tr("On update"), schema::referentialActionName(field.relation->onUpdate));
    }
    if (!field.documentation().isEmpty())
        addRow(tr("Documentation"), field.documentation().join(u'\n'));
}

void InspectorView::showEnum(const schema::Enum &e)
{
    addRow(tr("Enum"), e.name);
    addRow(tr("Database name"), e.databaseName());
    QStringList values;
    for (const schema::EnumValue &value : e.values)
        values << value.name;
    addRow(tr("Values"), values.join(QStringLiteral(", ")));
    if (!e.documentation.isEmpty())
        addRow(tr("Documentation"), e.documentation.join(u'\n'));
}

void InspectorView::showNode(schema::NodeId id)
{
    m_current = id;
    clear();
    if (!id || !m_schema)
        return;
    for (const schema::Model &model : m_schema->models) {
        if (model.id == id)
            return showModel(model);
        for (const schema::Field &field : model.fields) {
            if (field.id == id)
                return showField(model, field);
        }
    }
    for (const schema::Enum &e : m_schema->enums) {
        if (e.id == id)
            return showEnum(e);
        for (const schema::EnumValue &value : e.values) {
            if (value.id == id) {
                addRow(tr("Enum value"), QStringLiteral("%1.%2").arg(e.name, value.name));
                addRow(tr("Database value"), value.databaseName());
                return;
            }
        }
    }
}

} // namespace strata::views
