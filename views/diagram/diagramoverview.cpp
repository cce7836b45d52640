// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramoverview.h"

#include "diagramscene.h"
#include "diagramview.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>

namespace strata::views {

DiagramOverview::DiagramOverview(DiagramView *mainView, QWidget *parent)
    : QGraphicsView(parent)
    , m_mainView(mainView)
{
    setScene(mainView->scene());
    setInteractive(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFrameShape(QFrame::Box);
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::NoFocus);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Overview: click or drag to move the view"));
    setOptimizationFlags(QGraphicsView::DontSavePainterState);
}

void DiagramOverview::refit()
{
    const auto *diagram = qobject_cast<DiagramScene *>(scene());
    if (!diagram)
        return;
    const QRectF rect = diagram->diagramRect();
    setSceneRect(rect);
    fitInView(rect, Qt::KeepAspectRatio);
    viewport()->update();
}

void DiagramOverview::drawBackground(QPainter *painter, const QRectF &rect)
{
    const auto *diagram = qobject_cast<DiagramScene *>(scene());
    painter->fillRect(rect, diagram ? diagram->style().background : palette().color(QPalette::Base));
}

void DiagramOverview::drawForeground(QPainter *painter, const QRectF &rect)
{
    Q_UNUSED(rect);
    const auto *diagram = qobject_cast<DiagramScene *>(scene());
    if (!diagram)
        return;
    const QRectF visible = m_mainView->mapToScene(m_mainView->viewport()->rect()).boundingRect();
    // Dim what the main view does not show.
    QPainterPath outside;
    outside.addRect(mapToScene(viewport()->rect()).boundingRect());
    QPainterPath inside;
    inside.addRect(visible);
    QColor shade = diagram->style().text;
    shade.setAlphaF(0.10f);
    painter->fillPath(outside.subtracted(inside), shade);
    QPen pen(diagram->style().highlight, 1.5);
    pen.setCosmetic(true);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(visible);
}

void DiagramOverview::moveMainView(const QPoint &viewportPos)
{
    m_mainView->centerOn(mapToScene(viewportPos));
}

void DiagramOverview::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        moveMainView(event->position().toPoint());
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DiagramOverview::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging) {
        moveMainView(event->position().toPoint());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DiagramOverview::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragging = false;
    QGraphicsView::mouseReleaseEvent(event);
}

void DiagramOverview::wheelEvent(QWheelEvent *event)
{
    event->ignore(); // no scrolling of the mini-map itself
}

void DiagramOverview::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    refit();
}

} // namespace strata::views
