// SPDX-License-Identifier: GPL-3.0-or-later
#include "relationitem.h"

#include "diagramscene.h"
#include "diagramstyle.h"

#include <QLineF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace strata::views {
namespace {

constexpr qreal kCornerRadius = 8;

// An orthogonal polyline with rounded corners.
QPainterPath roundedPath(const QPolygonF &points)
{
    QPainterPath path;
    if (points.size() < 2)
        return path;
    path.moveTo(points.front());
    for (int i = 1; i + 1 < points.size(); ++i) {
        const QPointF &a = points[i - 1];
        const QPointF &b = points[i];
        const QPointF &c = points[i + 1];
        const qreal inLength = QLineF(a, b).length();
        const qreal outLength = QLineF(b, c).length();
        const qreal r = std::min({kCornerRadius, inLength / 2, outLength / 2});
        if (r < 0.5) {
            path.lineTo(b);
            continue;
        }
        const QPointF before = b + (a - b) * (r / inLength);
        const QPointF after = b + (c - b) * (r / outLength);
        path.lineTo(before);
        path.quadTo(b, after);
    }
    path.lineTo(points.back());
    return path;
}

} // namespace

RelationItem::RelationItem(schema::NodeId id, const End &source, const End &target, const DiagramStyle *style)
    : m_id(id)
    , m_source(source)
    , m_target(target)
    , m_style(style)
{
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(0);
}

void RelationItem::setEnds(const End &source, const End &target)
{
    if (source == m_source && target == m_target)
        return;
    m_source = source;
    m_target = target;
    update();
}

void RelationItem::setRoute(const QPolygonF &points)
{
    if (points == m_route && !m_path.isEmpty())
        return; // most edges keep their path when a schema is shown again
    prepareGeometryChange();
    m_route = points;
    m_path = roundedPath(points);
    m_bounds = m_path.boundingRect().adjusted(-10, -10, 10, 10);
    update();
}

void RelationItem::setHighlighted(bool highlighted)
{
    if (highlighted == m_highlighted)
        return;
    m_highlighted = highlighted;
    setZValue(highlighted ? 0.5 : 0);
    update();
}

QRectF RelationItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath RelationItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(7);
    return stroker.createStroke(m_path);
}

void RelationItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(option);
    Q_UNUSED(widget);
    if (m_route.size() < 2)
        return;
    const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    if (lod < 0.1)
        return;
    const auto *diagram = qobject_cast<const DiagramScene *>(scene());
    const bool highlighted = m_highlighted && !(diagram && diagram->isExporting());
    const QColor colour = highlighted ? m_style->highlight : m_style->edge;
    painter->setRenderHint(QPainter::Antialiasing);
    const qreal width = (highlighted ? 2.0 : 1.3) * (lod < 0.45 ? 0.45 / lod : 1.0);
    painter->setPen(QPen(colour, width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_path);
    if (lod < 0.3)
        return;
    painter->setPen(QPen(colour, highlighted ? 1.8 : 1.3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    paintEnd(painter, m_route.front(), m_route[1], m_source.cardinality);
    paintEnd(painter, m_route.back(), m_route[m_route.size() - 2], m_target.cardinality);
}

void RelationItem::paintEnd(QPainter *painter, const QPointF &port, const QPointF &next, Cardinality cardinality) const
{
    // Marks along the first segment, which leaves the box horizontally.
    const qreal dx = next.x() >= port.x() ? 1.0 : -1.0;
    auto at = [&](qreal distance) { return QPointF(port.x() + dx * distance, port.y()); };
    const qreal half = 6;
    auto bar = [&](qreal distance) {
        const QPointF c = at(distance);
        painter->drawLine(QPointF(c.x(), c.y() - half), QPointF(c.x(), c.y() + half));
    };
    auto circle = [&](qreal distance) {
        painter->save();
        painter->setBrush(m_style->background);
        painter->drawEllipse(at(distance), 3.8, 3.8);
        painter->restore();
    };
    switch (cardinality) {
    case Cardinality::Unknown:
        break;
    case Cardinality::ExactlyOne:
        bar(7);
        bar(12);
        break;
    case Cardinality::ZeroOrOne:
        bar(7);
        circle(15.5);
        break;
    case Cardinality::ZeroOrMany: {
        const QPointF apex = at(13);
        painter->drawLine(apex, QPointF(port.x(), port.y() - half - 1));
        painter->drawLine(apex, QPointF(port.x(), port.y() + half + 1));
        painter->drawLine(apex, port);
        circle(17.5);
        break;
    }
    }
}

} // namespace strata::views
