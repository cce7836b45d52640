// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>

namespace strata::views {

class DiagramView;

/// The mini-map of a diagram: the whole scene small, with the part the main view shows framed. Clicking or
/// dragging in it moves the main view there.
class DiagramOverview : public QGraphicsView {
    Q_OBJECT

public:
    explicit DiagramOverview(DiagramView *mainView, QWidget *parent = nullptr);

    /// Fits the whole diagram again (after it changed).
    void refit();

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void moveMainView(const QPoint &viewportPos);

    DiagramView *m_mainView;
    bool m_dragging = false;
};

} // namespace strata::views
