// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/schema.h"

#include <QTreeWidget>

#include <memory>

namespace strata::views {

/// The Inspector pane: the properties of the selected model, field, enum or enum value (read-only).
class InspectorView : public QTreeWidget {
    Q_OBJECT
public:
    explicit InspectorView(QWidget *parent = nullptr);

    void setSchema(const schema::Schema &schema);
    /// The same, sharing the snapshot instead of copying it.
    void setSchema(std::shared_ptr<const schema::Schema> schema);
    void showNode(schema::NodeId id);
    schema::NodeId currentNode() const { return m_current; }

private:
    void addRow(const QString &property, const QString &value, QTreeWidgetItem *parent = nullptr);
    void showModel(const schema::Model &model);
    void showField(const schema::Model &model, const schema::Field &field);
    void showEnum(const schema::Enum &e);

    std::shared_ptr<const schema::Schema> m_schema;
    schema::NodeId m_current = 0;
};

} // namespace strata::views
