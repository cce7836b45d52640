// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlineview.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace strata::views {

static constexpr int IdRole = Qt::UserRole + 1;

OutlineView::OutlineView(QWidget *parent)
    : QWidget(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_filter->setPlaceholderText(tr("Filter models, enums, fields…"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (m_selecting || !current.isValid())
            return;
        const auto id = current.data(IdRole).value<schema::NodeId>();
        if (id)
            emit nodeSelected(id);
    });
}

void OutlineView::setSchema(const schema::Schema &schema)
{
    // Keep the selection across refreshes.
    const QModelIndex current = m_tree->currentIndex();
    const auto selectedId = current.isValid() ? current.data(IdRole).value<schema::NodeId>() : 0;

    m_model->clear();
    auto addGroup = [this](const QString &title) {
        auto *group = new QStandardItem(title);
        group->setSelectable(false);
        QFont font = group->font();
        font.setBold(true);
        group->setFont(font);
        m_model->appendRow(group);
        return group;
    };
    auto addFields = [](QStandardItem *parent, const std::vector<schema::Field> &fields) {
        for (const schema::Field &field : fields) {
            QString type = field.typeName;
            if (field.isList())
                type += QStringLiteral("[]");
            else if (field.isOptional())
                type += u'?';
            auto *item = new QStandardItem(QStringLiteral("%1  %2").arg(field.name, type));
            item->setData(QVariant::fromValue(field.id), IdRole);
            parent->appendRow(item);
        }
    };
    QStandardItem *models = nullptr;
    QStandardItem *views = nullptr;
    for (const schema::Model &model : schema.models) {
        QStandardItem *&group = model.isView ? views : models;
        if (!group)
            group = addGroup(model.isView ? tr("Views") : tr("Models"));
        auto *item = new QStandardItem(model.name);
        item->setData(QVariant::fromValue(model.id), IdRole);
        item->setToolTip(model.documentation.join(u'\n'));
        addFields(item, model.fields);
        group->appendRow(item);
    }
    if (!schema.enums.empty()) {
        QStandardItem *group = addGroup(tr("Enums"));
        for (const schema::Enum &e : schema.enums) {
            auto *item = new QStandardItem(e.name);
            item->setData(QVariant::fromValue(e.id), IdRole);
            for (const schema::EnumValue &value : e.values) {
                auto *child = new QStandardItem(value.name);
                child->setData(QVariant::fromValue(value.id), IdRole);
                item->appendRow(child);
            }
            group->appendRow(item);
        }
    }
    if (!schema.compositeTypes.empty()) {
        QStandardItem *group = addGroup(tr("Composite types"));
        for (const schema::CompositeType &type : schema.compositeTypes) {
            auto *item = new QStandardItem(type.name);
            item->setData(QVariant::fromValue(type.id), IdRole);
            addFields(item, type.fields);
            group->appendRow(item);
        }
    }
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        m_tree->expand(m_proxy->index(row, 0));
    if (selectedId)
        selectNode(selectedId);
}

QStandardItem *OutlineView::findItem(schema::NodeId id) const
{
    const QModelIndexList found = m_model->match(m_model->index(0, 0), IdRole, QVariant::fromValue(id), 1,
                                                 Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? nullptr : m_model->itemFromIndex(found.front());
}

void OutlineView::selectNode(schema::NodeId id)
{
    QStandardItem *item = findItem(id);
    if (!item)
        return;
    const QModelIndex index = m_proxy->mapFromSource(item->index());
    if (!index.isValid())
        return;
    m_selecting = true;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_selecting = false;
}

} // namespace strata::views
