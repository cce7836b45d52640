// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/types.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>

namespace strata::views {

struct DiagramStyle;
class ModelItem;

/// An edge of the diagram between the rows of two related fields, with crow's-foot cardinality marks at
/// its ends. Its route comes from the scene's EdgeRouter.
class RelationItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    /// How many instances of the box at this end relate to one instance at the other end.
    enum class Cardinality { Unknown, ExactlyOne, ZeroOrOne, ZeroOrMany };

    struct End {
        ModelItem *box = nullptr;   ///< not owned: a sibling item of the same scene
        int row = -1;               ///< -1: the header
        Cardinality cardinality = Cardinality::Unknown;

        bool operator==(const End &) const = default;
    };

    RelationItem(schema::NodeId id, const End &source, const End &target, const DiagramStyle *style);

    schema::NodeId relationId() const { return m_id; }
    const End &source() const { return m_source; }
    const End &target() const { return m_target; }
    bool isSelfRelation() const { return m_source.box == m_target.box; }
    /// Points the edge at other rows or boxes (the same relation in a new snapshot of the schema).
    void setEnds(const End &source, const End &target);

    /// The path in scene coordinates from the source port to the target port.
    void setRoute(const QPolygonF &points);
    const QPolygonF &route() const { return m_route; }

    void setHighlighted(bool highlighted);
    bool isHighlighted() const { return m_highlighted; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    void paintEnd(QPainter *painter, const QPointF &port, const QPointF &next, Cardinality cardinality) const;

    schema::NodeId m_id;
    End m_source;
    End m_target;
    const DiagramStyle *m_style;
    QPolygonF m_route;
    QPainterPath m_path;
    QRectF m_bounds;
    bool m_highlighted = false;
};

} // namespace strata::views
