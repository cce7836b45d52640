// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/schema.h"

#include <QHash>
#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;
class QStandardItem;

namespace strata::views {

/// The Outline pane: models, views, enums and composite types with their fields, filtered by a search box.
class OutlineView : public QWidget {
    Q_OBJECT
public:
    explicit OutlineView(QWidget *parent = nullptr);
    ~OutlineView() override;

    void setSchema(const schema::Schema &schema);
    /// Selects the row of a node (model, enum, field or value) without emitting nodeSelected.
    void selectNode(schema::NodeId id);
    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *tree() const { return m_tree; }

signals:
    void nodeSelected(schema::NodeId id);

private:
    QStandardItem *findItem(schema::NodeId id) const;

    QLineEdit *m_filter;
    QTreeView *m_tree;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    mutable QHash<schema::NodeId, QStandardItem *> m_itemById; ///< built when first needed after a change
    bool m_selecting = false;
};

} // namespace strata::views
