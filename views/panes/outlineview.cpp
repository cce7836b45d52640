// SPDX-License-Identifier: GPL-3.0-or-later
#include "outlineview.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <vector>

namespace strata::views {
namespace {

constexpr int IdRole = Qt::UserRole + 1;

/// What a row of the outline should show.
struct RowSpec {
    schema::NodeId id = 0;
    QString text;
    QString toolTip;
    std::vector<RowSpec> children;
};

/// A group of the outline (Models, Views, Enums, Composite types) and its rows.
struct GroupSpec {
    QString title;
    std::vector<RowSpec> rows;
};

RowSpec fieldRow(const schema::Field &field)
{
    QString type = field.typeName;
    if (field.isList())
        type += QStringLiteral("[]");
    else if (field.isOptional())
        type += u'?';
    return RowSpec{field.id, field.name + QStringLiteral("  ") + type, {}, {}};
}

RowSpec nodeRow(schema::NodeId id, const QString &name, const QString &toolTip, const std::vector<schema::Field> &fields)
{
    RowSpec row{id, name, toolTip, {}};
    row.children.reserve(fields.size());
    for (const schema::Field &field : fields)
        row.children.push_back(fieldRow(field));
    return row;
}

schema::NodeId idOf(const QStandardItem *item)
{
    return item->data(IdRole).value<schema::NodeId>();
}

QStandardItem *makeItem(const RowSpec &spec)
{
    auto *item = new QStandardItem(spec.text);
    item->setData(QVariant::fromValue(spec.id), IdRole);
    if (!spec.toolTip.isEmpty())
        item->setToolTip(spec.toolTip);
    return item;
}

/// Makes the children of parent show rows, reusing the items of the rows that are still there.
void updateRows(QStandardItem *parent, const std::vector<RowSpec> &rows)
{
    const int count = parent->rowCount();
    const int wanted = int(rows.size());
    // The rows that stay: the longest common beginning and end, by id. What lies between is replaced.
    int prefix = 0;
    while (prefix < count && prefix < wanted && idOf(parent->child(prefix)) == rows[size_t(prefix)].id)
        ++prefix;
    int suffix = 0;
    while (suffix < count - prefix && suffix < wanted - prefix
           && idOf(parent->child(count - 1 - suffix)) == rows[size_t(wanted - 1 - suffix)].id)
        ++suffix;
    if (count - prefix - suffix > 0)
        parent->removeRows(prefix, count - prefix - suffix);
    // One row at a time: insertRows() with a list of items does not give their children the model.
    for (int i = prefix; i < wanted - suffix; ++i) {
        QStandardItem *item = makeItem(rows[size_t(i)]);
        updateRows(item, rows[size_t(i)].children);
        parent->insertRow(i, item);
    }
    auto update = [](QStandardItem *item, const RowSpec &spec) {
        if (item->text() != spec.text)
            item->setText(spec.text);
        if (item->toolTip() != spec.toolTip)
            item->setToolTip(spec.toolTip);
        updateRows(item, spec.children);
    };
    for (int i = 0; i < prefix; ++i)
        update(parent->child(i), rows[size_t(i)]);
    for (int i = 0; i < suffix; ++i)
        update(parent->child(wanted - 1 - i), rows[size_t(wanted - 1 - i)]);
}

} // namespace

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

OutlineView::~OutlineView() = default;

void OutlineView::setSchema(const schema::Schema &schema)
{
    // Keep the selection across refreshes.
    const QModelIndex current = m_tree->currentIndex();
    const auto selectedId = current.isValid() ? current.data(IdRole).value<schema::NodeId>() : 0;

    std::vector<GroupSpec> groups;
    GroupSpec *models = nullptr;
    GroupSpec *views = nullptr;
    // Reserved up front: the pointers above must stay valid while groups are added.
    groups.reserve(4);
    for (const schema::Model &model : schema.models) {
        GroupSpec *&group = model.isView ? views : models;
        if (!group)
            group = &groups.emplace_back(GroupSpec{model.isView ? tr("Views") : tr("Models"), {}});
        group->rows.push_back(nodeRow(model.id, model.name, model.documentation.join(u'\n'), model.fields));
    }
    if (!schema.enums.empty()) {
        GroupSpec &group = groups.emplace_back(GroupSpec{tr("Enums"), {}});
        for (const schema::Enum &e : schema.enums) {
            RowSpec row{e.id, e.name, {}, {}};
            for (const schema::EnumValue &value : e.values)
                row.children.push_back(RowSpec{value.id, value.name, {}, {}});
            group.rows.push_back(std::move(row));
        }
    }
    if (!schema.compositeTypes.empty()) {
        GroupSpec &group = groups.emplace_back(GroupSpec{tr("Composite types"), {}});
        for (const schema::CompositeType &type : schema.compositeTypes)
            group.rows.push_back(nodeRow(type.id, type.name, {}, type.fields));
    }

    // While typing, a new snapshot differs from the shown one in a row or two: update the rows in place
    // rather than building ten thousand items again (which also keeps what is expanded and scrolled to).
    bool sameGroups = m_model->rowCount() == int(groups.size());
    for (int i = 0; sameGroups && i < m_model->rowCount(); ++i)
        sameGroups = m_model->item(i)->text() == groups[size_t(i)].title;
    // Removing rows moves the current index to a neighbour; that is not the user's choice, so it is not reported,
    // and the selection goes back to its node below.
    m_selecting = true;
    if (!sameGroups) {
        m_model->clear();
        for (const GroupSpec &spec : groups) {
            auto *group = new QStandardItem(spec.title);
            group->setSelectable(false);
            QFont font = group->font();
            font.setBold(true);
            group->setFont(font);
            m_model->appendRow(group);
        }
    }
    for (size_t i = 0; i < groups.size(); ++i)
        updateRows(m_model->item(int(i)), groups[i].rows);
    m_itemById.clear();
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        m_tree->expand(m_proxy->index(row, 0));
    const QModelIndex now = m_tree->currentIndex();
    if (selectedId && (!now.isValid() || now.data(IdRole).value<schema::NodeId>() != selectedId)) {
        if (findItem(selectedId))
            selectNode(selectedId);
        else
            m_tree->selectionModel()->clear(); // the selected node is gone
    }
    m_selecting = false;
}

QStandardItem *OutlineView::findItem(schema::NodeId id) const
{
    if (m_itemById.isEmpty()) {
        std::vector<QStandardItem *> pending;
        for (int i = 0; i < m_model->rowCount(); ++i)
            pending.push_back(m_model->item(i));
        while (!pending.empty()) {
            QStandardItem *item = pending.back();
            pending.pop_back();
            if (const schema::NodeId itemId = idOf(item))
                m_itemById.insert(itemId, item);
            for (int i = 0; i < item->rowCount(); ++i)
                pending.push_back(item->child(i));
        }
    }
    return m_itemById.value(id);
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
