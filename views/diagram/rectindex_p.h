// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QRectF>

#include <algorithm>
#include <cmath>
#include <vector>

namespace strata::views::detail {

/// A uniform grid over rectangles, for "which boxes are near here" in the layout and the edge router.
class RectIndex {
public:
    explicit RectIndex(qreal cellSize = 256)
        : m_cell(cellSize)
    {
    }

    void insert(int id, const QRectF &rect)
    {
        if (id >= int(m_rects.size()))
            m_rects.resize(size_t(id) + 1);
        m_rects[size_t(id)] = rect;
        forCells(rect, [&](qint64 key) { m_cells[key].push_back(id); });
    }

    const QRectF &rect(int id) const { return m_rects[size_t(id)]; }

    /// Ids of the rectangles that intersect `area` (each once, in ascending order).
    std::vector<int> query(const QRectF &area) const
    {
        std::vector<int> ids;
        forCells(area, [&](qint64 key) {
            const auto it = m_cells.constFind(key);
            if (it == m_cells.constEnd())
                return;
            for (int id : *it) {
                if (m_rects[size_t(id)].intersects(area))
                    ids.push_back(id);
            }
        });
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        return ids;
    }

    bool intersectsAny(const QRectF &area, int ignore = -1) const
    {
        bool hit = false;
        forCells(area, [&](qint64 key) {
            if (hit)
                return;
            const auto it = m_cells.constFind(key);
            if (it == m_cells.constEnd())
                return;
            for (int id : *it) {
                if (id != ignore && m_rects[size_t(id)].intersects(area)) {
                    hit = true;
                    return;
                }
            }
        });
        return hit;
    }

private:
    template<typename F>
    void forCells(const QRectF &rect, F &&f) const
    {
        const qint64 x0 = qint64(std::floor(rect.left() / m_cell));
        const qint64 x1 = qint64(std::floor(rect.right() / m_cell));
        const qint64 y0 = qint64(std::floor(rect.top() / m_cell));
        const qint64 y1 = qint64(std::floor(rect.bottom() / m_cell));
        for (qint64 x = x0; x <= x1; ++x) {
            for (qint64 y = y0; y <= y1; ++y)
                f((x << 32) ^ (y & 0xffffffff));
        }
    }

    qreal m_cell;
    std::vector<QRectF> m_rects;
    QHash<qint64, std::vector<int>> m_cells;
};

} // namespace strata::views::detail
