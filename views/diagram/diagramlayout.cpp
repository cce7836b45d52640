// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramlayout.h"

#include "rectindex_p.h"

#include <QRectF>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace strata::views {
namespace {

// Width to height of the area the layout aims for: a landscape screen.
constexpr qreal kAspect = 1.6;

// A laid-out group of boxes (a component, or a grid of boxes) in its own coordinates.
struct Block {
    std::vector<int> nodes;
    QRectF bounds;
};

// Isotonic regression with sizes: the tops that stay in the given order, keep `gap` between boxes and are
// closest (least squares) to the desired tops.
void placeInOrder(const std::vector<int> &order, const std::vector<qreal> &desiredTop, const std::vector<qreal> &height,
                  qreal gap, std::vector<qreal> &top)
{
    struct Pool {
        qreal sum;
        int count;
        int first;
    };
    std::vector<Pool> pools;
    pools.reserve(order.size());
    qreal offset = 0;
    std::vector<qreal> offsets(order.size());
    for (size_t i = 0; i < order.size(); ++i) {
        offsets[i] = offset;
        const qreal target = desiredTop[size_t(order[i])] - offset;
        pools.push_back({target, 1, int(i)});
        while (pools.size() > 1) {
            const Pool &last = pools.back();
            const Pool &prev = pools[pools.size() - 2];
            if (prev.sum / prev.count <= last.sum / last.count)
                break;
            Pool merged{prev.sum + last.sum, prev.count + last.count, prev.first};
            pools.pop_back();
            pools.back() = merged;
        }
        offset += height[size_t(order[i])] + gap;
    }
    for (size_t p = 0; p < pools.size(); ++p) {
        const qreal value = pools[p].sum / pools[p].count;
        const int end = p + 1 < pools.size() ? pools[p + 1].first : int(order.size());
        for (int i = pools[p].first; i < end; ++i)
            top[size_t(order[size_t(i)])] = value + offsets[size_t(i)];
    }
}

} // namespace

int DiagramLayout::addNode(const QSizeF &size, NodeKind kind)
{
    m_nodes.push_back({size, kind, std::nullopt});
    return int(m_nodes.size()) - 1;
}

void DiagramLayout::addEdge(int from, int to)
{
    if (from < 0 || to < 0 || from >= nodeCount() || to >= nodeCount() || from == to)
        return;
    m_edges.emplace_back(from, to);
}

void DiagramLayout::setPosition(int node, const QPointF &topLeft)
{
    if (node >= 0 && node < nodeCount())
        m_nodes[size_t(node)].position = topLeft;
}

void DiagramLayout::setSpacing(qreal horizontal, qreal vertical)
{
    m_spacingX = horizontal;
    m_spacingY = vertical;
}

std::vector<QPointF> DiagramLayout::run() const
{
    const bool anyKept = std::any_of(m_nodes.begin(), m_nodes.end(), [](const Node &n) { return n.position.has_value(); });
    return anyKept ? incrementalLayout() : fullLayout();
}

std::vector<QPointF> DiagramLayout::fullLayout() const
{
    const int n = nodeCount();
    std::vector<QPointF> pos(static_cast<size_t>(n));
    if (n == 0)
        return pos;

    auto isModel = [&](int i) { return m_nodes[size_t(i)].kind == NodeKind::Model; };
    auto width = [&](int i) { return m_nodes[size_t(i)].size.width(); };
    auto height = [&](int i) { return m_nodes[size_t(i)].size.height(); };

    std::vector<std::vector<int>> adj(static_cast<size_t>(n));
    for (const auto &[a, b] : m_edges) {
        if (isModel(a) && isModel(b)) {
            adj[size_t(a)].push_back(b);
            adj[size_t(b)].push_back(a);
        }
    }
    for (auto &list : adj) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }
    auto degree = [&](int i) { return int(adj[size_t(i)].size()); };
    // Hubs first, then source order: the BFS meets the important models early.
    for (auto &list : adj) {
        std::stable_sort(list.begin(), list.end(), [&](int a, int b) { return degree(a) > degree(b); });
    }

    // Each enum or type goes beside the first model that uses it; the others using it are not considered.
    std::vector<int> owner(static_cast<size_t>(n), -1);
    std::vector<std::vector<int>> owned(static_cast<size_t>(n));
    {
        std::vector<std::pair<int, int>> uses;
        for (const auto &[a, b] : m_edges) {
            if (isModel(a) && !isModel(b))
                uses.emplace_back(b, a);
            else if (!isModel(a) && isModel(b))
                uses.emplace_back(a, b);
        }
        std::sort(uses.begin(), uses.end());
        for (const auto &[satellite, model] : uses) {
            if (owner[size_t(satellite)] < 0) {
                owner[size_t(satellite)] = model;
                owned[size_t(model)].push_back(satellite);
            }
        }
    }
    // Neighbours for ordering and placing: relations, plus the owner link of enums and types.
    std::vector<std::vector<int>> near = adj;
    for (int v = 0; v < n; ++v) {
        if (owner[size_t(v)] >= 0) {
            near[size_t(v)].push_back(owner[size_t(v)]);
            near[size_t(owner[size_t(v)])].push_back(v);
        }
    }

    std::vector<qreal> top(static_cast<size_t>(n), 0);
    std::vector<qreal> left(static_cast<size_t>(n), 0);
    std::vector<Block> blocks;

    // Column-major grid of boxes in the given order, about kAspect wide.
    auto gridBlock = [&](const std::vector<int> &nodes) {
        Block block;
        block.nodes = nodes;
        qreal area = 0;
        qreal tallest = 0;
        for (int v : nodes) {
            area += (width(v) + m_spacingX * 0.5) * (height(v) + m_spacingY);
            tallest = std::max(tallest, height(v));
        }
        const qreal columnHeight = std::max(tallest, std::sqrt(area / kAspect));
        qreal x = 0;
        qreal y = 0;
        qreal columnWidth = 0;
        for (int v : nodes) {
            if (y > 0 && y + height(v) > columnHeight) {
                x += columnWidth + m_spacingX * 0.5;
                y = 0;
                columnWidth = 0;
            }
            left[size_t(v)] = x;
            top[size_t(v)] = y;
            y += height(v) + m_spacingY;
            columnWidth = std::max(columnWidth, width(v));
        }
        return block;
    };

    auto componentBlock = [&](const std::vector<int> &nodes) {
        Block block;
        block.nodes = nodes;

        int root = nodes.front();
        for (int v : nodes) {
            if (degree(v) > degree(root) || (degree(v) == degree(root) && v < root))
                root = v;
        }

        // BFS layers from the root.
        std::vector<int> layer(static_cast<size_t>(n), -1);
        std::vector<int> parent(static_cast<size_t>(n), -1);
        std::vector<int> bfs;
        bfs.reserve(nodes.size());
        bfs.push_back(root);
        layer[size_t(root)] = 0;
        for (size_t head = 0; head < bfs.size(); ++head) {
            const int u = bfs[head];
            for (int w : adj[size_t(u)]) {
                if (layer[size_t(w)] < 0) {
                    layer[size_t(w)] = layer[size_t(u)] + 1;
                    parent[size_t(w)] = u;
                    bfs.push_back(w);
                }
            }
        }

        for (size_t k = 0, count = bfs.size(); k < count; ++k) {
            const int u = bfs[k];
            for (int s : owned[size_t(u)]) {
                layer[size_t(s)] = layer[size_t(u)] + 1;
                parent[size_t(s)] = u;
                bfs.push_back(s);
            }
        }

        // Split the root's neighbourhoods to its left and right, balanced by the area of their subtrees.
        std::vector<qreal> weight(static_cast<size_t>(n), 0);
        for (auto it = bfs.rbegin(); it != bfs.rend(); ++it) {
            const int v = *it;
            weight[size_t(v)] += (width(v) + m_spacingX) * (height(v) + m_spacingY);
            if (parent[size_t(v)] >= 0)
                weight[size_t(parent[size_t(v)])] += weight[size_t(v)];
        }
        std::vector<int> firstLayer;
        for (int v : bfs) {
            if (layer[size_t(v)] == 1)
                firstLayer.push_back(v);
        }
        std::stable_sort(firstLayer.begin(), firstLayer.end(), [&](int a, int b) { return weight[size_t(a)] > weight[size_t(b)]; });
        // A neighbourhood goes to the side it has more relations with, unless that side is much heavier.
        std::vector<int> side(static_cast<size_t>(n), 0);
        qreal sideWeight[2] = {0, 0};
        qreal total = 0;
        for (int v : firstLayer)
            total += weight[size_t(v)];
        for (int v : firstLayer) {
            int affinity[2] = {0, 0};
            for (int w : near[size_t(v)]) {
                if (side[size_t(w)] != 0)
                    ++affinity[side[size_t(w)] > 0 ? 1 : 0];
            }
            int s = sideWeight[1] <= sideWeight[0] ? 1 : 0;
            if (affinity[0] != affinity[1]) {
                const int preferred = affinity[1] > affinity[0] ? 1 : 0;
                if (sideWeight[preferred] + weight[size_t(v)] <= total * 0.6)
                    s = preferred;
            }
            side[size_t(v)] = s == 1 ? 1 : -1;
            sideWeight[s] += weight[size_t(v)];
        }
        for (int v : bfs) {
            if (layer[size_t(v)] > 1)
                side[size_t(v)] = side[size_t(parent[size_t(v)])];
        }

        qreal area = 0;
        qreal tallest = 0;
        for (int v : nodes) {
            area += (width(v) + m_spacingX) * (height(v) + m_spacingY);
            tallest = std::max(tallest, height(v));
        }
        const qreal targetHeight = std::max(tallest, std::sqrt(area / kAspect));

        // Columns per side and layer; a layer taller than the target is wrapped into several columns, the
        // boxes with neighbours further out in the outer ones.
        int maxLayer = 0;
        for (int v : nodes)
            maxLayer = std::max(maxLayer, layer[size_t(v)]);
        std::vector<std::vector<int>> leftColumns;  // innermost first
        std::vector<std::vector<int>> rightColumns; // innermost first
        for (int s : {-1, 1}) {
            auto &columns = s < 0 ? leftColumns : rightColumns;
            for (int k = 1; k <= maxLayer; ++k) {
                std::vector<int> group;
                for (int v : bfs) {
                    if (layer[size_t(v)] == k && side[size_t(v)] == s)
                        group.push_back(v);
                }
                if (group.empty())
                    continue;
                auto outward = [&](int v) {
                    return std::any_of(adj[size_t(v)].begin(), adj[size_t(v)].end(),
                                       [&](int w) { return layer[size_t(w)] > k; });
                };
                std::stable_partition(group.begin(), group.end(), [&](int v) { return !outward(v); });
                qreal total = 0;
                for (int v : group)
                    total += height(v) + m_spacingY;
                const int parts = std::max(1, int(std::ceil(total / (targetHeight + m_spacingY))));
                const qreal perPart = total / parts;
                std::vector<int> column;
                qreal filled = 0;
                int made = 0;
                for (int v : group) {
                    if (!column.empty() && filled + (height(v) + m_spacingY) * 0.5 > perPart && made < parts - 1) {
                        columns.push_back(std::move(column));
                        column.clear();
                        filled = 0;
                        ++made;
                    }
                    column.push_back(v);
                    filled += height(v) + m_spacingY;
                }
                columns.push_back(std::move(column));
            }
        }
        std::vector<std::vector<int>> columns;
        std::vector<int> distance; // from the root column
        for (auto it = leftColumns.rbegin(); it != leftColumns.rend(); ++it) {
            columns.push_back(*it);
            distance.push_back(int(leftColumns.rend() - it));
        }
        columns.push_back({root});
        distance.push_back(0);
        for (size_t i = 0; i < rightColumns.size(); ++i) {
            columns.push_back(rightColumns[i]);
            distance.push_back(int(i) + 1);
        }
        std::vector<int> columnOf(static_cast<size_t>(n), -1);
        for (size_t c = 0; c < columns.size(); ++c) {
            for (int v : columns[c])
                columnOf[size_t(v)] = int(c);
        }

        std::vector<qreal> heights(static_cast<size_t>(n));
        for (int v : nodes)
            heights[size_t(v)] = height(v);
        auto stack = [&](const std::vector<int> &column, qreal centre) {
            qreal total = -m_spacingY;
            for (int v : column)
                total += height(v) + m_spacingY;
            qreal y = centre - total / 2;
            for (int v : column) {
                top[size_t(v)] = y;
                y += height(v) + m_spacingY;
            }
        };
        for (const auto &column : columns)
            stack(column, 0);

        auto centre = [&](int v) { return top[size_t(v)] + height(v) / 2; };
        // Mean centre of the neighbours in other columns; nullopt when there are none.
        auto barycentre = [&](int v) -> std::optional<qreal> {
            qreal sum = 0;
            int count = 0;
            for (int w : near[size_t(v)]) {
                if (columnOf[size_t(w)] != columnOf[size_t(v)]) {
                    sum += centre(w);
                    ++count;
                }
            }
            if (!count)
                return std::nullopt;
            return sum / count;
        };

        std::vector<int> sweep(columns.size());
        std::iota(sweep.begin(), sweep.end(), 0);
        std::stable_sort(sweep.begin(), sweep.end(), [&](int a, int b) { return distance[size_t(a)] < distance[size_t(b)]; });
        std::vector<int> sweepBack(sweep.rbegin(), sweep.rend());

        // Crossing reduction: order each column by the barycentre of its neighbours.
        std::vector<qreal> key(static_cast<size_t>(n));
        for (int round = 0; round < 4; ++round) {
            for (int c : (round % 2 == 0 ? sweep : sweepBack)) {
                auto &column = columns[size_t(c)];
                if (column.size() < 2)
                    continue;
                qreal mid = 0;
                for (int v : column) {
                    key[size_t(v)] = barycentre(v).value_or(centre(v));
                    mid += centre(v);
                }
                mid /= qreal(column.size());
                std::stable_sort(column.begin(), column.end(), [&](int a, int b) { return key[size_t(a)] < key[size_t(b)]; });
                stack(column, mid);
            }
        }

        // Vertical placement: each box as close to its neighbours as the order and spacing allow.
        std::vector<qreal> desired(static_cast<size_t>(n));
        for (int round = 0; round < 6; ++round) {
            for (int c : (round % 2 == 0 ? sweep : sweepBack)) {
                const auto &column = columns[size_t(c)];
                for (int v : column)
                    desired[size_t(v)] = barycentre(v).value_or(centre(v)) - height(v) / 2;
                placeInOrder(column, desired, heights, m_spacingY, top);
            }
        }

        // Columns left to right; a channel gets wider with the number of edges that pass through it.
        std::vector<qreal> columnWidth(columns.size(), 0);
        for (size_t c = 0; c < columns.size(); ++c) {
            for (int v : columns[c])
                columnWidth[c] = std::max(columnWidth[c], width(v));
        }
        std::vector<int> through(columns.size(), 0);
        for (int v : nodes) {
            for (int w : adj[size_t(v)]) {
                if (w < v)
                    continue;
                int a = columnOf[size_t(v)];
                int b = columnOf[size_t(w)];
                if (a > b)
                    std::swap(a, b);
                if (a == b) {
                    ++through[size_t(std::min(a, int(columns.size()) - 1))];
                    continue;
                }
                for (int c = a; c < b; ++c)
                    ++through[size_t(c)];
            }
        }
        qreal x = 0;
        for (size_t c = 0; c < columns.size(); ++c) {
            for (int v : columns[c])
                left[size_t(v)] = x + (columnWidth[c] - width(v)) / 2;
            x += columnWidth[c] + m_spacingX + std::min(through[c], 24) * 6.0;
        }
        return block;
    };

    std::vector<int> component(static_cast<size_t>(n), -1);
    std::vector<int> isolated;
    std::vector<int> satellites;
    for (int i = 0; i < n; ++i) {
        if (!isModel(i)) {
            if (owner[size_t(i)] < 0)
                satellites.push_back(i);
            continue;
        }
        if (component[size_t(i)] >= 0)
            continue;
        std::vector<int> members{i};
        component[size_t(i)] = i;
        for (size_t head = 0; head < members.size(); ++head) {
            for (int w : adj[size_t(members[head])]) {
                if (component[size_t(w)] < 0) {
                    component[size_t(w)] = i;
                    members.push_back(w);
                }
            }
        }
        if (members.size() == 1 && owned[size_t(i)].empty()) {
            isolated.push_back(i);
            continue;
        }
        for (size_t k = 0, count = members.size(); k < count; ++k)
            members.insert(members.end(), owned[size_t(members[k])].begin(), owned[size_t(members[k])].end());
        blocks.push_back(componentBlock(members));
    }
    if (!isolated.empty())
        blocks.push_back(gridBlock(isolated));
    if (!satellites.empty())
        blocks.push_back(gridBlock(satellites));

    for (Block &block : blocks) {
        qreal x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300;
        for (int v : block.nodes) {
            x0 = std::min(x0, left[size_t(v)]);
            y0 = std::min(y0, top[size_t(v)]);
            x1 = std::max(x1, left[size_t(v)] + width(v));
            y1 = std::max(y1, top[size_t(v)] + height(v));
        }
        for (int v : block.nodes) {
            left[size_t(v)] -= x0;
            top[size_t(v)] -= y0;
        }
        block.bounds = QRectF(0, 0, x1 - x0, y1 - y0);
    }

    // Pack the blocks: the components by size (the largest at the origin), then the grids. Each block
    // goes to the candidate spot (right of or below a placed block) that keeps the whole closest to the
    // aspect ratio we aim for.
    std::vector<size_t> order(blocks.size());
    std::iota(order.begin(), order.end(), size_t(0));
    const size_t componentCount = blocks.size() - (isolated.empty() ? 0 : 1) - (satellites.empty() ? 0 : 1);
    std::stable_sort(order.begin(), order.begin() + std::ptrdiff_t(componentCount), [&](size_t a, size_t b) {
        return blocks[a].bounds.width() * blocks[a].bounds.height() > blocks[b].bounds.width() * blocks[b].bounds.height();
    });
    const qreal gap = m_spacingX * 1.5;
    detail::RectIndex placed(1024);
    std::vector<QPointF> candidates{QPointF(0, 0)};
    QRectF extent;
    int placedCount = 0;
    for (size_t b : order) {
        const QSizeF size = blocks[b].bounds.size();
        QPointF best;
        qreal bestScore = 1e300;
        for (const QPointF &c : candidates) {
            const QRectF rect(c, size);
            if (placed.intersectsAny(rect.adjusted(-gap / 2, -gap / 2, gap / 2, gap / 2)))
                continue;
            const QRectF grown = placedCount ? extent.united(rect) : rect;
            const qreal score = std::max(grown.width(), grown.height() * kAspect) + (c.y() + c.x()) * 1e-6;
            if (score < bestScore) {
                bestScore = score;
                best = c;
            }
        }
        const QRectF rect(best, size);
        placed.insert(placedCount++, rect.adjusted(-gap / 2, -gap / 2, gap / 2, gap / 2));
        extent = placedCount == 1 ? rect : extent.united(rect);
        candidates.emplace_back(rect.right() + gap, rect.top());
        candidates.emplace_back(rect.left(), rect.bottom() + gap);
        candidates.emplace_back(0, rect.bottom() + gap);
        candidates.emplace_back(rect.right() + gap, 0);
        for (int v : blocks[b].nodes)
            pos[size_t(v)] = QPointF(std::round(left[size_t(v)] + best.x()), std::round(top[size_t(v)] + best.y()));
    }
    return pos;
}

std::vector<QPointF> DiagramLayout::incrementalLayout() const
{
    const int n = nodeCount();
    std::vector<QPointF> pos(static_cast<size_t>(n));
    std::vector<bool> done(static_cast<size_t>(n), false);
    const qreal gapX = m_spacingX * 0.5;
    const qreal gapY = m_spacingY * 0.5;
    auto padded = [&](const QRectF &r) { return r.adjusted(-gapX / 2, -gapY / 2, gapX / 2, gapY / 2); };

    detail::RectIndex index(512);
    QRectF extent;
    bool any = false;
    auto place = [&](int v, const QPointF &p) {
        pos[size_t(v)] = p;
        done[size_t(v)] = true;
        const QRectF rect(p, m_nodes[size_t(v)].size);
        index.insert(v, padded(rect));
        extent = any ? extent.united(rect) : rect;
        any = true;
    };

    // Kept boxes stay; one that now overlaps another (it grew, or the other was kept too) moves down.
    std::vector<int> kept;
    for (int i = 0; i < n; ++i) {
        if (m_nodes[size_t(i)].position)
            kept.push_back(i);
    }
    std::stable_sort(kept.begin(), kept.end(), [&](int a, int b) {
        const QPointF pa = *m_nodes[size_t(a)].position;
        const QPointF pb = *m_nodes[size_t(b)].position;
        return pa.y() != pb.y() ? pa.y() < pb.y() : pa.x() < pb.x();
    });
    for (int v : kept) {
        QPointF p = *m_nodes[size_t(v)].position;
        const QSizeF size = m_nodes[size_t(v)].size;
        for (int guard = 0; guard < 10000; ++guard) {
            const auto hits = index.query(padded(QRectF(p, size)));
            if (hits.empty())
                break;
            qreal bottom = p.y();
            for (int h : hits)
                bottom = std::max(bottom, index.rect(h).bottom());
            p.setY(bottom + gapY / 2 + 1);
        }
        place(v, p);
    }

    std::vector<std::vector<int>> adj(static_cast<size_t>(n));
    for (const auto &[a, b] : m_edges) {
        adj[size_t(a)].push_back(b);
        adj[size_t(b)].push_back(a);
    }
    for (auto &list : adj)
        std::sort(list.begin(), list.end());

    auto isFree = [&](const QPointF &p, const QSizeF &size) { return !index.intersectsAny(padded(QRectF(p, size))); };

    // New boxes in the order they can be reached from placed ones, so chains of new models grow outwards.
    std::vector<int> queue;
    std::vector<bool> queued(static_cast<size_t>(n), false);
    for (int v : kept) {
        queued[size_t(v)] = true;
        queue.push_back(v);
    }
    std::vector<int> order;
    for (size_t head = 0; head < queue.size(); ++head) {
        for (int w : adj[size_t(queue[head])]) {
            if (!queued[size_t(w)]) {
                queued[size_t(w)] = true;
                queue.push_back(w);
                order.push_back(w);
            }
        }
    }
    for (int i = 0; i < n; ++i) {
        if (!queued[size_t(i)])
            order.push_back(i);
    }

    const qreal step = 24;
    for (int v : order) {
        const QSizeF size = m_nodes[size_t(v)].size;
        int anchor = -1;
        for (int w : adj[size_t(v)]) {
            if (done[size_t(w)]) {
                anchor = w;
                break;
            }
        }
        std::vector<QPointF> preferred;
        if (anchor >= 0) {
            const QRectF a(pos[size_t(anchor)], m_nodes[size_t(anchor)].size);
            preferred = {QPointF(a.right() + m_spacingX, a.top()), QPointF(a.left() - m_spacingX - size.width(), a.top()),
                         QPointF(a.left(), a.bottom() + m_spacingY), QPointF(a.left(), a.top() - m_spacingY - size.height())};
        } else if (any) {
            preferred = {QPointF(extent.left(), extent.bottom() + m_spacingY * 2)};
        } else {
            preferred = {QPointF(0, 0)};
        }
        std::optional<QPointF> spot;
        for (const QPointF &p : preferred) {
            if (isFree(p, size)) {
                spot = p;
                break;
            }
        }
        // Rings around the first preference, nearest first; far out the rings grow faster and are sampled
        // more sparsely, so that a crowded neighbourhood costs a bounded number of tries.
        const QPointF origin = preferred.front();
        for (int ring = 1; !spot && ring <= 90; ++ring) {
            const qreal radius = ring <= 30 ? ring * step : 30 * step * std::pow(1.12, ring - 30);
            const int samples = std::min(ring, 16);
            for (int k = -samples; k <= samples && !spot; ++k) {
                const qreal t = std::round(radius * k / samples);
                const qreal r = std::round(radius);
                const QPointF ringPoints[] = {origin + QPointF(r, t), origin + QPointF(t, r), origin + QPointF(-r, t), origin + QPointF(t, -r)};
                for (const QPointF &p : ringPoints) {
                    if (isFree(p, size)) {
                        spot = p;
                        break;
                    }
                }
            }
        }
        if (!spot)
            spot = QPointF(extent.right() + m_spacingX, extent.top());
        place(v, QPointF(std::round(spot->x()), std::round(spot->y())));
    }
    return pos;
}

} // namespace strata::views
