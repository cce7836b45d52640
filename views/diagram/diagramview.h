// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema/schema.h"

#include <QGraphicsView>

namespace strata::views {

class DiagramOverview;
class DiagramScene;
class ModelItem;

/// The ER diagram widget: shows a DiagramScene with zoom (Ctrl+wheel, +, -, 0, F), panning (drag on the
/// background or with the middle button), an overview for large diagrams, selection and export.
class DiagramView : public QGraphicsView {
    Q_OBJECT

public:
    explicit DiagramView(QWidget *parent = nullptr);
    ~DiagramView() override;

    DiagramScene *diagramScene() const { return m_scene; }

    /// Shows a schema snapshot (see DiagramScene::setSchema()). The first one, or one that shares no node
    /// with what was shown, gets its first view (see showFirstView()).
    void setSchema(const schema::Schema &schema);

    qreal zoom() const;
    bool isOverviewEnabled() const { return m_overviewEnabled; }
    bool isOverviewVisible() const;

    bool exportPng(const QString &path);
    bool exportSvg(const QString &path);

    static constexpr qreal minimumZoom = 0.03;
    static constexpr qreal maximumZoom = 4.0;
    /// The least zoom of a schema's first view: boxes show their fields (ModelItem's detail level, 0.45,
    /// with a margin), names and relation lines are legible.
    static constexpr qreal readableZoom = 0.5;

public slots:
    /// Selects a model, view, enum or type (or the row of a field or enum value) and centres it. Does
    /// not emit nodeSelected(); 0 clears the selection.
    void selectNode(strata::schema::NodeId id);
    void zoomIn();
    void zoomOut();
    /// 100 %.
    void resetZoom();
    /// Shows the whole diagram, centred, at most at 100 % (a small diagram is shown at its natural size).
    /// Until the view is zoomed or moved, resizing it fits again.
    void fitToWindow();
    void setZoom(qreal zoom);
    /// Lays out the whole diagram again and fits it into the window.
    void autoLayout();
    void setOverviewEnabled(bool enabled);

signals:
    /// See DiagramScene::nodeSelected().
    void nodeSelected(strata::schema::NodeId nodeId, strata::schema::NodeId fieldId);
    void zoomChanged(qreal zoom);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    /// A new schema's first view: the whole diagram (fitToWindow()) when it is readable that way, else its
    /// most connected box at readableZoom, the overview showing where that is. Until the view is zoomed or
    /// moved, resizing it shows the first view again.
    void showFirstView();
    /// The box with the most relation lines (the first in layout order on a tie), or nullptr.
    ModelItem *mostConnectedBox() const;
    void zoomBy(qreal factor, bool underMouse);
    void updateOverview();
    void applyStyle();

    DiagramScene *m_scene;          // child QObject
    DiagramOverview *m_overview;    // child widget
    bool m_overviewEnabled = true;
    bool m_fitPending = false;
    /// Fitted and not zoomed or moved since: a resize fits again. The first layout of a window may take a
    /// few resizes (restored geometry, a window manager maximising it), and the first fit must not be the
    /// one made for a passing, smaller size.
    bool m_keepFitted = false;
    bool m_firstView = false; ///< what m_fitPending and m_keepFitted restore is showFirstView(), not fitToWindow()
    bool m_fitting = false; ///< fitToWindow() or a resize is moving the view, not the user
    bool m_panning = false;
    bool m_panMoved = false;
    Qt::MouseButton m_panButton = Qt::NoButton;
    QPoint m_panLast;
    QPoint m_panStart;
};

} // namespace strata::views
