// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/types.h"

#include <QGraphicsItem>
#include <QString>

#include <vector>

namespace strata::views {

struct DiagramStyle;
class DiagramScene;

/// A box of the diagram: a model or view with a row per field, an enum with a row per value, or a
/// composite type. Painted from the scene's style; a click on a row selects that field.
class ModelItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };

    enum class Kind { Model, View, Enum, CompositeType };
    enum class TypeKind { Scalar, Relation, Enum, Other };
    enum Mark { NoMark = 0, PrimaryKey = 1, Unique = 2, ForeignKey = 4 };

    struct Row {
        schema::NodeId id = 0;
        QString name;
        QString type;        ///< with ? / [] modifiers
        TypeKind typeKind = TypeKind::Scalar;
        int marks = NoMark;  ///< Mark flags
        QString toolTip;

        bool operator==(const Row &) const = default;
    };

    ModelItem(Kind kind, schema::NodeId id, const DiagramStyle *style);

    /// Replaces the name, caption and rows and recomputes the size.
    void setContent(const QString &name, const QString &caption, std::vector<Row> rows, const QString &toolTip);
    /// Recomputes the size after the style (fonts) changed.
    void updateGeometry();

    Kind kind() const { return m_kind; }
    schema::NodeId nodeId() const { return m_id; }
    const QString &name() const { return m_name; }
    const std::vector<Row> &rows() const { return m_rows; }
    int rowOf(schema::NodeId id) const;
    /// The row under a point in item coordinates, or -1 (header, border).
    int rowAt(const QPointF &point) const;
    /// The vertical centre of a row in item coordinates; -1 gives the header's.
    qreal rowCentre(int row) const;
    /// The box (without the shadow) in item coordinates.
    QRectF boxRect() const { return QRectF(QPointF(0, 0), m_size); }
    QSizeF size() const { return m_size; }

    int selectedRow() const { return m_selectedRow; }
    void setSelectedRow(int row);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    DiagramScene *diagramScene() const;
    QColor headerColour() const;
    void paintMarks(QPainter *painter, const QRectF &cell, int marks) const;
    void paintOverview(QPainter *painter, qreal lod) const;

    Kind m_kind;
    schema::NodeId m_id;
    const DiagramStyle *m_style;
    QString m_name;
    QString m_caption;
    QString m_toolTip;
    std::vector<Row> m_rows;
    QSizeF m_size;
    qreal m_markColumn = 0;
    qreal m_nameColumn = 0;
    qreal m_typeColumn = 0;
    int m_selectedRow = -1;
    int m_hoverRow = -1;
};

} // namespace strata::views
