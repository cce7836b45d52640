// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramview.h"

#include "diagramoverview.h"
#include "diagramscene.h"
#include "modelitem.h"
#include "relationitem.h"

#include <QHash>
#include <QKeyEvent>
#include <QNativeGestureEvent>
#include <QScrollBar>
#include <QSet>
#include <QTimer>
#include <QWheelEvent>

#include <cmath>

namespace strata::views {
namespace {

constexpr qreal kZoomStep = 1.25;
constexpr int kOverviewWidth = 220;
constexpr int kOverviewMargin = 12;

} // namespace

DiagramView::DiagramView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new DiagramScene(this))
{
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::NoDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::NoFrame);
    // Panning, the keys and the overview move the view; scroll bars would only take room.
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_overview = new DiagramOverview(this, this);
    m_overview->hide();

    applyStyle();
    connect(m_scene, &DiagramScene::nodeSelected, this, &DiagramView::nodeSelected);
    connect(m_scene, &DiagramScene::diagramChanged, this, [this] {
        m_overview->refit();
        updateOverview();
    });
}

DiagramView::~DiagramView() = default;

void DiagramView::applyStyle()
{
    m_scene->setStyle(DiagramStyle::fromPalette(palette(), font()));
    m_overview->viewport()->update();
}

void DiagramView::setSchema(const schema::Schema &schema)
{
    QSet<schema::NodeId> before;
    for (ModelItem *box : m_scene->boxes())
        before.insert(box->nodeId());
    m_scene->setSchema(schema);
    bool shared = false;
    for (ModelItem *box : m_scene->boxes()) {
        if (before.contains(box->nodeId())) {
            shared = true;
            break;
        }
    }
    if (!shared) {
        m_firstView = true;
        if (isVisible() && viewport()->width() > 0)
            showFirstView();
        else
            m_fitPending = true;
    }
    updateOverview();
}

qreal DiagramView::zoom() const
{
    return transform().m11();
}

bool DiagramView::isOverviewVisible() const
{
    return m_overview->isVisible();
}

bool DiagramView::exportPng(const QString &path)
{
    return m_scene->exportPng(path);
}

bool DiagramView::exportSvg(const QString &path)
{
    return m_scene->exportSvg(path);
}

void DiagramView::selectNode(schema::NodeId id)
{
    if (!id) {
        const QSignalBlocker blocker(m_scene);
        m_scene->clearSelection();
        return;
    }
    if (m_scene->selectNode(id)) {
        m_keepFitted = false;
        // Zoomed too far out to read the box: come in to a readable size first.
        if (zoom() < 0.6)
            setZoom(0.8);
        centerOn(m_scene->focusPoint(id));
    }
}

void DiagramView::zoomIn()
{
    zoomBy(kZoomStep, false);
}

void DiagramView::zoomOut()
{
    zoomBy(1 / kZoomStep, false);
}

void DiagramView::resetZoom()
{
    setZoom(1.0);
}

void DiagramView::setZoom(qreal value)
{
    m_keepFitted = false;
    const qreal z = std::clamp(value, minimumZoom, maximumZoom);
    if (std::abs(z - zoom()) < 1e-6)
        return;
    const QPointF centre = mapToScene(viewport()->rect().center());
    setTransform(QTransform::fromScale(z, z));
    centerOn(centre);
    emit zoomChanged(z);
    updateOverview();
}

void DiagramView::zoomBy(qreal factor, bool underMouse)
{
    m_keepFitted = false;
    const qreal z = std::clamp(zoom() * factor, minimumZoom, maximumZoom);
    if (std::abs(z - zoom()) < 1e-6)
        return;
    if (underMouse) {
        const QPoint mouse = viewport()->mapFromGlobal(QCursor::pos());
        const QPointF before = mapToScene(mouse);
        setTransform(QTransform::fromScale(z, z));
        const QPointF after = mapToScene(mouse);
        const QPointF delta = (after - before) * z;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(std::lround(-delta.x())));
        verticalScrollBar()->setValue(verticalScrollBar()->value() + int(std::lround(-delta.y())));
    } else {
        const QPointF centre = mapToScene(viewport()->rect().center());
        setTransform(QTransform::fromScale(z, z));
        centerOn(centre);
    }
    emit zoomChanged(z);
    updateOverview();
}

void DiagramView::fitToWindow()
{
    m_fitPending = false;
    m_firstView = false;
    const QRectF rect = m_scene->diagramRect();
    const QSize area = viewport()->size();
    if (area.isEmpty() || rect.isEmpty())
        return;
    // A little room so that the scroll bars the new zoom may bring do not cover the diagram's border; never
    // above 100 %, so that a small diagram appears at its natural size in the middle of the view.
    const qreal z = std::clamp(0.97 * std::min(area.width() / rect.width(), area.height() / rect.height()), minimumZoom, 1.0);
    m_fitting = true;
    setTransform(QTransform::fromScale(z, z));
    if (z > minimumZoom)
        centerOn(rect.center());
    else
        centerOn(rect.topLeft() + QPointF(area.width() / z / 2, area.height() / z / 2));
    m_fitting = false;
    m_keepFitted = true;
    emit zoomChanged(z);
    updateOverview();
}

void DiagramView::showFirstView()
{
    fitToWindow();
    m_firstView = true;
    if (zoom() >= readableZoom)
        return;
    const ModelItem *hub = mostConnectedBox();
    if (!hub)
        return;
    m_fitting = true;
    setTransform(QTransform::fromScale(readableZoom, readableZoom));
    // The box in the middle; one taller than the view with its header at the top.
    const QRectF box = hub->sceneBoundingRect();
    const qreal visibleHeight = viewport()->height() / readableZoom;
    constexpr qreal margin = 24;
    QPointF centre = box.center();
    if (box.height() + 2 * margin > visibleHeight)
        centre.setY(box.top() - margin + visibleHeight / 2);
    centerOn(centre);
    m_fitting = false;
    emit zoomChanged(readableZoom);
    updateOverview();
}

ModelItem *DiagramView::mostConnectedBox() const
{
    QHash<const ModelItem *, int> lines;
    for (const RelationItem *relation : m_scene->relationItems()) {
        ++lines[relation->source().box];
        if (!relation->isSelfRelation())
            ++lines[relation->target().box];
    }
    ModelItem *best = nullptr;
    int bestLines = -1;
    for (ModelItem *box : m_scene->boxes()) {
        const int count = lines.value(box);
        if (count > bestLines) {
            best = box;
            bestLines = count;
        }
    }
    return best;
}

void DiagramView::autoLayout()
{
    m_scene->autoLayout();
    fitToWindow();
}

void DiagramView::setOverviewEnabled(bool enabled)
{
    m_overviewEnabled = enabled;
    updateOverview();
}

void DiagramView::updateOverview()
{
    const QRectF diagram = m_scene->diagramRect();
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect();
    const bool needed = m_overviewEnabled && !m_scene->boxes().empty() && !visible.contains(diagram)
        && viewport()->width() > 3 * kOverviewWidth / 2 && viewport()->height() > 200;
    if (!needed) {
        m_overview->hide();
        return;
    }
    const qreal aspect = diagram.height() / std::max(1.0, diagram.width());
    const int width = kOverviewWidth;
    const int height = std::clamp(int(width * aspect), 90, 200);
    const QRect area = viewport()->geometry();
    m_overview->setGeometry(area.right() - width - kOverviewMargin, area.bottom() - height - kOverviewMargin, width, height);
    if (!m_overview->isVisible()) {
        m_overview->show();
        m_overview->refit();
    }
    m_overview->viewport()->update();
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y() != 0 ? event->angleDelta().y() : event->angleDelta().x();
        if (delta != 0)
            zoomBy(std::pow(1.0015, delta), true);
        event->accept();
        return;
    }
    if ((event->modifiers() & Qt::ShiftModifier) && event->angleDelta().x() == 0) {
        // Shift turns the wheel sideways.
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - event->angleDelta().y());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
        zoomOut();
        return;
    case Qt::Key_0:
        resetZoom();
        return;
    case Qt::Key_F:
        if (!(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
            fitToWindow();
            return;
        }
        break;
    case Qt::Key_Escape:
        if (m_scene->selectedNode()) {
            m_scene->clearNodeSelection();
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    const QGraphicsItem *item = itemAt(event->position().toPoint());
    const bool background = !item || item->type() != ModelItem::Type || event->button() == Qt::MiddleButton;
    if ((event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton) && background) {
        m_panning = true;
        m_panMoved = false;
        m_panButton = event->button();
        m_panLast = m_panStart = event->position().toPoint();
        viewport()->setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint p = event->position().toPoint();
        const QPoint delta = p - m_panLast;
        m_panLast = p;
        if ((p - m_panStart).manhattanLength() > 3)
            m_panMoved = true;
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == m_panButton) {
        m_panning = false;
        viewport()->unsetCursor();
        if (!m_panMoved && m_panButton == Qt::LeftButton)
            m_scene->clearNodeSelection();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DiagramView::resizeEvent(QResizeEvent *event)
{
    const bool fit = m_fitPending || m_keepFitted;
    m_fitting = true;
    QGraphicsView::resizeEvent(event);
    m_fitting = false;
    if (fit && isVisible() && viewport()->width() > 0)
        m_firstView ? showFirstView() : fitToWindow();
    updateOverview();
}

void DiagramView::showEvent(QShowEvent *event)
{
    QGraphicsView::showEvent(event);
    // The window may still be laid out: fit once that is done.
    if (m_fitPending) {
        QTimer::singleShot(0, this, [this] {
            if (m_fitPending)
                m_firstView ? showFirstView() : fitToWindow();
        });
    }
}

void DiagramView::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyStyle();
}

bool DiagramView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::NativeGesture) {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        if (gesture->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + gesture->value(), true);
            return true;
        }
    }
    return QGraphicsView::viewportEvent(event);
}

void DiagramView::scrollContentsBy(int dx, int dy)
{
    if (!m_fitting)
        m_keepFitted = false; // panned, dragged in the overview or scrolled: the user chose this part
    QGraphicsView::scrollContentsBy(dx, dy);
    if (m_overview && m_overview->isVisible())
        m_overview->viewport()->update();
}

} // namespace strata::views
