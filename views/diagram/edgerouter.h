// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rectindex_p.h"

#include <QPolygonF>
#include <QRectF>

#include <vector>

namespace strata::views {

/// Routes the edges of the diagram: orthogonal paths from a row on the side of one box to a row on the side
/// of another that go around the other boxes (A* over the grid of the boxes' outlines, few bends), then
/// spreads edges that would share a line into parallel tracks ordered to cross less.
class EdgeRouter {
public:
    enum class Side { Left, Right };

    /// One end of an edge: a box (its index in setBoxes()) and the y of the row the edge attaches to.
    struct Port {
        int box = -1;
        qreal y = 0;
    };

    /// A routed edge: points from the source port to the target port, first and last segments horizontal.
    struct Route {
        QPolygonF points;
        Side sourceSide = Side::Right;
        Side targetSide = Side::Left;
    };

    explicit EdgeRouter(qreal clearance = 20);

    void setBoxes(std::vector<QRectF> boxes);
    const std::vector<QRectF> &boxes() const { return m_boxes; }
    qreal clearance() const { return m_clearance; }

    /// The path of one edge, the sides chosen to make it short and clear of boxes.
    Route route(const Port &source, const Port &target) const;
    /// Whether a path keeps out of every box (touching a box's side at its ends is fine).
    bool isClear(const QPolygonF &points) const;
    /// Moves segments that share a line apart (the first and last segments keep their rows).
    void separate(std::vector<Route> &routes) const;

    /// Work done so far, for benchmarks.
    struct Stats {
        qint64 searches = 0;
        qint64 cells = 0;
        qint64 pushes = 0;
        qint64 failures = 0;
    };
    Stats stats() const { return m_stats; }

private:
    struct Attempt {
        QPolygonF points;
        qreal cost = 0;
        bool ok = false;
        bool aborted = false;
    };

    Attempt search(const QPointF &from, const QPointF &fromStub, int fromDir, const QPointF &to, const QPointF &toStub,
                   int toDir, qreal pad, qreal expand, qreal weight = 1.0) const;
    bool pathClear(const QPolygonF &points, int sourceBox, int targetBox, qreal expand) const;
    QPolygonF directRoute(const QPointF &from, const QPointF &fromStub, const QPointF &to, const QPointF &toStub) const;
    Attempt routeSides(const Port &source, Side sourceSide, const Port &target, Side targetSide) const;

    qreal m_clearance;
    std::vector<QRectF> m_boxes;
    detail::RectIndex m_index{384};
    // An entry of the search's open list. Among equal costs the one nearer the goal comes first: the
    // search runs straight at the goal instead of filling every equally short staircase.
    struct HeapEntry {
        qreal f;
        qreal h;
        quint64 order;
        int state;
        bool operator>(const HeapEntry &o) const
        {
            if (f != o.f)
                return f > o.f;
            if (h != o.h)
                return h > o.h;
            return order > o.order;
        }
    };

    mutable Stats m_stats;
    mutable std::vector<HeapEntry> m_heap;
    mutable std::vector<unsigned char> m_nodeBlocked;
    mutable std::vector<unsigned char> m_hBlocked;
    mutable std::vector<unsigned char> m_vBlocked;
    mutable std::vector<qreal> m_cost;
    mutable std::vector<int> m_previous;
    mutable std::vector<quint32> m_stamp;
    mutable quint32 m_search = 0;
};

} // namespace strata::views
