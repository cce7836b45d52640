// SPDX-License-Identifier: GPL-3.0-or-later
#include "edgerouter.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace strata::views {
namespace {

// Directions of travel: +x, -x, +y, -y.
constexpr int kRight = 0;
constexpr int kLeft = 1;
constexpr int kDown = 2;
constexpr int kUp = 3;
constexpr int kReverse[4] = {kLeft, kRight, kUp, kDown};

constexpr qreal kBendCost = 48;
constexpr qreal kOutlineFactor = 1.35; // travelling along a box's outline costs more than a channel's middle
constexpr qreal kTrack = 8;            // distance between parallel edges

struct Line {
    qreal value;
    bool outline;
};

// Sorted unique coordinates; an outline flag wins over a free one at the same place.
std::vector<Line> uniqueLines(std::vector<Line> lines, qreal minGap)
{
    std::sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.value < b.value; });
    std::vector<Line> out;
    for (const Line &l : lines) {
        if (!out.empty() && l.value - out.back().value < 0.5) {
            out.back().outline = out.back().outline && l.outline;
            continue;
        }
        out.push_back(l);
    }
    // Middles of wide gaps: where edges look best, away from both sides.
    std::vector<Line> withMiddles;
    withMiddles.reserve(out.size() * 2);
    for (size_t i = 0; i < out.size(); ++i) {
        withMiddles.push_back(out[i]);
        if (i + 1 < out.size() && out[i + 1].value - out[i].value > minGap)
            withMiddles.push_back({(out[i].value + out[i + 1].value) / 2, false});
    }
    return withMiddles;
}

int indexOf(const std::vector<Line> &lines, qreal value)
{
    const auto it = std::lower_bound(lines.begin(), lines.end(), value - 0.25, [](const Line &l, qreal v) { return l.value < v; });
    return int(it - lines.begin());
}

QPolygonF simplify(const QPolygonF &points)
{
    QPolygonF out;
    for (const QPointF &p : points) {
        if (!out.isEmpty() && QLineF(out.back(), p).length() < 0.01)
            continue;
        if (out.size() >= 2) {
            const QPointF &a = out[out.size() - 2];
            const QPointF &b = out.back();
            const bool collinear = (std::abs(a.x() - b.x()) < 0.01 && std::abs(b.x() - p.x()) < 0.01)
                || (std::abs(a.y() - b.y()) < 0.01 && std::abs(b.y() - p.y()) < 0.01);
            if (collinear) {
                out.back() = p;
                continue;
            }
        }
        out << p;
    }
    return out;
}

} // namespace

EdgeRouter::EdgeRouter(qreal clearance)
    : m_clearance(clearance)
{
}

void EdgeRouter::setBoxes(std::vector<QRectF> boxes)
{
    m_boxes = std::move(boxes);
    m_index = detail::RectIndex(384);
    m_extent = QRectF();
    for (size_t i = 0; i < m_boxes.size(); ++i) {
        m_index.insert(int(i), m_boxes[i]);
        m_extent = i == 0 ? m_boxes[i] : m_extent.united(m_boxes[i]);
    }
}

EdgeRouter::Route EdgeRouter::route(const Port &source, const Port &target) const
{
    Route result;
    if (source.box < 0 || target.box < 0 || source.box >= int(m_boxes.size()) || target.box >= int(m_boxes.size()))
        return result;
    const QRectF &s = m_boxes[size_t(source.box)];
    const QRectF &t = m_boxes[size_t(target.box)];
    const qreal c = m_clearance;

    std::vector<std::pair<Side, Side>> options;
    if (source.box == target.box)
        options = {{Side::Right, Side::Right}, {Side::Left, Side::Left}};
    else if (t.left() >= s.right() + 2 * c)
        options = {{Side::Right, Side::Left}};
    else if (t.right() <= s.left() - 2 * c)
        options = {{Side::Left, Side::Right}};
    else
        options = {{Side::Right, Side::Right}, {Side::Left, Side::Left}, {Side::Right, Side::Left}, {Side::Left, Side::Right}};

    Attempt best;
    for (const auto &[a, b] : options) {
        Attempt attempt = routeSides(source, a, target, b);
        if (attempt.ok && (!best.ok || attempt.cost < best.cost - 1e-9)) {
            best = std::move(attempt);
            result.sourceSide = a;
            result.targetSide = b;
        }
    }
    if (!best.ok) {
        // Nothing found (boxes pressed together): a direct path, still leaving and entering sideways.
        const Side a = t.center().x() >= s.center().x() ? Side::Right : Side::Left;
        const Side b = a == Side::Right ? Side::Left : Side::Right;
        const QPointF p1(a == Side::Right ? s.right() : s.left(), source.y);
        const QPointF p2(b == Side::Right ? t.right() : t.left(), target.y);
        const QPointF q1 = p1 + QPointF(a == Side::Right ? c : -c, 0);
        const QPointF q2 = p2 + QPointF(b == Side::Right ? c : -c, 0);
        const qreal midX = (q1.x() + q2.x()) / 2;
        best.points = simplify(QPolygonF{p1, q1, QPointF(midX, q1.y()), QPointF(midX, q2.y()), q2, p2});
        result.sourceSide = a;
        result.targetSide = b;
    }
    result.points = best.points;
    return result;
}

EdgeRouter::Attempt EdgeRouter::routeSides(const Port &source, Side sourceSide, const Port &target, Side targetSide) const
{
    const QRectF &s = m_boxes[size_t(source.box)];
    const QRectF &t = m_boxes[size_t(target.box)];
    const qreal c = m_clearance;
    const QPointF p1(sourceSide == Side::Right ? s.right() : s.left(), source.y);
    const QPointF p2(targetSide == Side::Right ? t.right() : t.left(), target.y);
    const int outDir = sourceSide == Side::Right ? kRight : kLeft;
    const int inDir = targetSide == Side::Right ? kLeft : kRight;
    const QPointF q1 = p1 + QPointF(outDir == kRight ? c : -c, 0);
    const QPointF q2 = p2 + QPointF(inDir == kLeft ? c : -c, 0);

    const qreal span = std::max(std::abs(q1.x() - q2.x()), std::abs(q1.y() - q2.y()));
    const qreal expand = c * 0.5;
    for (qreal pad : {c * 6, c * 6 + span * 0.5, c * 24 + span * 1.5}) {
        Attempt a = search(p1, q1, outDir, p2, q2, inDir, pad, expand);
        if (a.ok)
            return a;
    }
    // Boxes closer than the clearance: search again keeping less room around them.
    return search(p1, q1, outDir, p2, q2, inDir, c * 24 + span * 1.5, c * 0.2);
}

EdgeRouter::Attempt EdgeRouter::search(const QPointF &from, const QPointF &fromStub, int fromDir, const QPointF &to,
                                       const QPointF &toStub, int toDir, qreal pad, qreal expand) const
{
    Attempt result;
    const QRectF region = QRectF(fromStub, toStub).normalized().adjusted(-pad, -pad, pad, pad);
    // Boxes are cut at the region's border; a path must not run along the border through them.
    std::vector<QRectF> obstacles;
    for (int id : m_index.query(region.adjusted(-expand, -expand, expand, expand)))
        obstacles.push_back(m_boxes[size_t(id)].adjusted(-expand, -expand, expand, expand));

    std::vector<Line> xl{{region.left(), false}, {region.right(), false}, {fromStub.x(), false}, {toStub.x(), false}};
    std::vector<Line> yl{{region.top(), false}, {region.bottom(), false}, {fromStub.y(), false}, {toStub.y(), false}};
    for (const QRectF &o : obstacles) {
        if (o.left() > region.left())
            xl.push_back({o.left(), true});
        if (o.right() < region.right())
            xl.push_back({o.right(), true});
        if (o.top() > region.top())
            yl.push_back({o.top(), true});
        if (o.bottom() < region.bottom())
            yl.push_back({o.bottom(), true});
    }
    const std::vector<Line> xs = uniqueLines(std::move(xl), 3 * kTrack);
    const std::vector<Line> ys = uniqueLines(std::move(yl), 3 * kTrack);
    const int nx = int(xs.size());
    const int ny = int(ys.size());
    const int cells = nx * ny;
    auto at = [nx](int i, int j) { return j * nx + i; };

    std::vector<unsigned char> nodeBlocked(size_t(cells), 0);
    std::vector<unsigned char> hBlocked(size_t(cells), 0); // edge (i,j)-(i+1,j)
    std::vector<unsigned char> vBlocked(size_t(cells), 0); // edge (i,j)-(i,j+1)
    for (const QRectF &o : obstacles) {
        const int i0 = o.left() > region.left() ? indexOf(xs, o.left()) : -1;
        const int i1 = o.right() < region.right() ? indexOf(xs, o.right()) : nx;
        const int j0 = o.top() > region.top() ? indexOf(ys, o.top()) : -1;
        const int j1 = o.bottom() < region.bottom() ? indexOf(ys, o.bottom()) : ny;
        for (int j = std::max(j0, 0); j <= j1 && j < ny; ++j) {
            for (int i = std::max(i0, 0); i <= i1 && i < nx; ++i) {
                const bool insideX = i > i0 && i < i1;
                const bool insideY = j > j0 && j < j1;
                if (insideX && insideY)
                    nodeBlocked[size_t(at(i, j))] = 1;
                if (i < i1 && insideY)
                    hBlocked[size_t(at(i, j))] = 1;
                if (j < j1 && insideX)
                    vBlocked[size_t(at(i, j))] = 1;
            }
        }
    }

    const int si = indexOf(xs, fromStub.x());
    const int sj = indexOf(ys, fromStub.y());
    const int ti = indexOf(xs, toStub.x());
    const int tj = indexOf(ys, toStub.y());
    if (si >= nx || ti >= nx || sj >= ny || tj >= ny)
        return result;
    const int start = at(si, sj);
    const int goal = at(ti, tj);

    constexpr qreal inf = std::numeric_limits<qreal>::infinity();
    std::vector<qreal> cost(size_t(cells) * 4, inf);
    std::vector<int> previous(size_t(cells) * 4, -1);
    struct Entry {
        qreal f;
        quint64 order;
        int state;
        bool operator>(const Entry &o) const { return f != o.f ? f > o.f : order > o.order; }
    };
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> open;
    quint64 counter = 0;
    auto heuristic = [&](int i, int j) { return std::abs(xs[size_t(i)].value - toStub.x()) + std::abs(ys[size_t(j)].value - toStub.y()); };

    const int startState = start * 4 + fromDir;
    cost[size_t(startState)] = 0;
    open.push({heuristic(si, sj), counter++, startState});
    qreal bestTotal = inf;
    int bestState = -1;
    while (!open.empty()) {
        const Entry e = open.top();
        open.pop();
        if (e.f >= bestTotal)
            break;
        const int node = e.state / 4;
        const int dir = e.state % 4;
        const qreal g = cost[size_t(e.state)];
        if (e.f > g + heuristic(node % nx, node / nx) + 1e-9)
            continue; // stale
        if (node == goal) {
            const qreal total = g + (dir == toDir ? 0 : (dir == kReverse[toDir] ? 2 * kBendCost : kBendCost));
            if (total < bestTotal) {
                bestTotal = total;
                bestState = e.state;
            }
            continue;
        }
        const int i = node % nx;
        const int j = node / nx;
        for (int d = 0; d < 4; ++d) {
            if (d == kReverse[dir])
                continue;
            int ni = i, nj = j;
            qreal length = 0;
            bool outline = false;
            if (d == kRight) {
                if (i + 1 >= nx || hBlocked[size_t(at(i, j))])
                    continue;
                ni = i + 1;
            } else if (d == kLeft) {
                if (i == 0 || hBlocked[size_t(at(i - 1, j))])
                    continue;
                ni = i - 1;
            } else if (d == kDown) {
                if (j + 1 >= ny || vBlocked[size_t(at(i, j))])
                    continue;
                nj = j + 1;
            } else {
                if (j == 0 || vBlocked[size_t(at(i, j - 1))])
                    continue;
                nj = j - 1;
            }
            const int next = at(ni, nj);
            if (nodeBlocked[size_t(next)] && next != goal)
                continue;
            if (d == kRight || d == kLeft) {
                length = std::abs(xs[size_t(ni)].value - xs[size_t(i)].value);
                outline = ys[size_t(j)].outline;
            } else {
                length = std::abs(ys[size_t(nj)].value - ys[size_t(j)].value);
                outline = xs[size_t(i)].outline;
            }
            const qreal step = length * (outline ? kOutlineFactor : 1.0) + (d == dir ? 0 : kBendCost);
            const int state = next * 4 + d;
            const qreal ng = g + step;
            if (ng + 1e-9 < cost[size_t(state)]) {
                cost[size_t(state)] = ng;
                previous[size_t(state)] = e.state;
                open.push({ng + heuristic(ni, nj), counter++, state});
            }
        }
    }
    if (bestState < 0)
        return result;

    QPolygonF path;
    for (int state = bestState; state >= 0; state = previous[size_t(state)]) {
        const int node = state / 4;
        path.prepend(QPointF(xs[size_t(node % nx)].value, ys[size_t(node / nx)].value));
    }
    path.prepend(from);
    path.append(to);
    result.points = simplify(path);
    result.cost = bestTotal;
    result.ok = true;
    return result;
}

void EdgeRouter::separate(std::vector<Route> &routes) const
{
    struct Segment {
        int route;
        int index;   // points[index] -> points[index + 1]
        qreal pos;   // x of a vertical segment, y of a horizontal one
        qreal a, b;  // extent along the line, a < b
        int turnA;   // where the path continues at a: -1 towards smaller coordinates, +1 larger, 0 none
        int turnB;
        qreal lo, hi; // room to move
    };
    const qreal minGap = 10;

    for (int pass = 0; pass < 2; ++pass) {
        const bool vertical = pass == 0;
        std::vector<Segment> segments;
        for (size_t r = 0; r < routes.size(); ++r) {
            const QPolygonF &pts = routes[r].points;
            const int count = int(pts.size());
            for (int k = 0; k + 1 < count; ++k) {
                const QPointF &p = pts[k];
                const QPointF &q = pts[k + 1];
                const bool isVertical = std::abs(p.x() - q.x()) < 0.01 && std::abs(p.y() - q.y()) >= 0.01;
                const bool isHorizontal = std::abs(p.y() - q.y()) < 0.01 && std::abs(p.x() - q.x()) >= 0.01;
                if (vertical ? !isVertical : !isHorizontal)
                    continue;
                if (!vertical && (k == 0 || k + 2 == count))
                    continue; // the rows at the ports stay
                Segment s;
                s.route = int(r);
                s.index = k;
                s.pos = vertical ? p.x() : p.y();
                const qreal ea = vertical ? p.y() : p.x();
                const qreal eb = vertical ? q.y() : q.x();
                // The neighbouring points decide which way the path turns at each end.
                auto turn = [&](int neighbour) {
                    if (neighbour < 0 || neighbour >= count)
                        return 0;
                    const qreal v = vertical ? pts[neighbour].x() : pts[neighbour].y();
                    return v < s.pos - 0.01 ? -1 : (v > s.pos + 0.01 ? 1 : 0);
                };
                const int turnP = turn(k - 1);
                const int turnQ = turn(k + 2);
                if (ea <= eb) {
                    s.a = ea; s.b = eb; s.turnA = turnP; s.turnB = turnQ;
                } else {
                    s.a = eb; s.b = ea; s.turnA = turnQ; s.turnB = turnP;
                }
                // Room: up to the nearest boxes on each side along the whole extent.
                const qreal reach = 400;
                const QRectF strip = vertical ? QRectF(QPointF(s.pos - reach, s.a + 1), QPointF(s.pos + reach, s.b - 1))
                                              : QRectF(QPointF(s.a + 1, s.pos - reach), QPointF(s.b - 1, s.pos + reach));
                s.lo = s.pos - reach;
                s.hi = s.pos + reach;
                for (int id : m_index.query(strip)) {
                    const QRectF &box = m_boxes[size_t(id)];
                    const qreal near = vertical ? box.right() : box.bottom();
                    const qreal far = vertical ? box.left() : box.top();
                    if (near <= s.pos)
                        s.lo = std::max(s.lo, near + minGap);
                    else if (far >= s.pos)
                        s.hi = std::min(s.hi, far - minGap);
                }
                // A first or last vertical segment keeps the stub long enough for the end marks.
                if (vertical && (k == 1 || k + 2 == count - 1)) {
                    const QPointF port = k == 1 ? pts[0] : pts[count - 1];
                    if (port.x() <= s.pos)
                        s.lo = std::max(s.lo, port.x() + m_clearance * 0.8);
                    else
                        s.hi = std::min(s.hi, port.x() - m_clearance * 0.8);
                }
                s.lo = std::min(s.lo, s.pos);
                s.hi = std::max(s.hi, s.pos);
                segments.push_back(s);
            }
        }
        std::stable_sort(segments.begin(), segments.end(), [](const Segment &x, const Segment &y) {
            return x.pos != y.pos ? x.pos < y.pos : x.a < y.a;
        });

        // Does placing x before (left of / above) y make them cross? Counts the ends of each that turn
        // across the other's extent.
        auto crossings = [](const Segment &x, const Segment &y) {
            int n = 0;
            if (x.turnA > 0 && x.a > y.a && x.a < y.b) ++n;
            if (x.turnB > 0 && x.b > y.a && x.b < y.b) ++n;
            if (y.turnA < 0 && y.a > x.a && y.a < x.b) ++n;
            if (y.turnB < 0 && y.b > x.a && y.b < x.b) ++n;
            return n;
        };

        size_t begin = 0;
        while (begin < segments.size()) {
            size_t end = begin + 1;
            qreal reach = segments[begin].b;
            while (end < segments.size() && std::abs(segments[end].pos - segments[begin].pos) < 0.5
                   && segments[end].a < reach - 0.01) {
                reach = std::max(reach, segments[end].b);
                ++end;
            }
            const size_t m = end - begin;
            if (m >= 2) {
                std::vector<int> order;
                for (size_t k = begin; k < end; ++k) {
                    int bestAt = 0;
                    int bestCost = std::numeric_limits<int>::max();
                    for (int at = 0; at <= int(order.size()); ++at) {
                        int c = 0;
                        for (int q = 0; q < int(order.size()); ++q)
                            c += q < at ? crossings(segments[size_t(order[size_t(q)])], segments[k])
                                        : crossings(segments[k], segments[size_t(order[size_t(q)])]);
                        if (c < bestCost) {
                            bestCost = c;
                            bestAt = at;
                        }
                    }
                    order.insert(order.begin() + bestAt, int(k));
                }
                qreal lo = -1e300, hi = 1e300;
                for (size_t k = begin; k < end; ++k) {
                    lo = std::max(lo, segments[k].lo);
                    hi = std::min(hi, segments[k].hi);
                }
                const qreal centre = segments[begin].pos;
                qreal spacing = kTrack;
                if (hi > lo)
                    spacing = std::min(kTrack, (hi - lo) / qreal(m - 1 + 1e-9));
                else
                    spacing = kTrack / 2;
                const qreal first = centre - spacing * qreal(m - 1) / 2;
                for (size_t k = 0; k < m; ++k) {
                    const Segment &s = segments[size_t(order[k])];
                    qreal value = first + spacing * qreal(k);
                    if (hi > lo) {
                        const qreal shift = std::max(0.0, lo - first) - std::max(0.0, first + spacing * qreal(m - 1) - hi);
                        value += shift;
                    }
                    value = std::clamp(value, s.lo, s.hi);
                    QPolygonF &pts = routes[size_t(s.route)].points;
                    if (vertical) {
                        pts[s.index].setX(value);
                        pts[s.index + 1].setX(value);
                    } else {
                        pts[s.index].setY(value);
                        pts[s.index + 1].setY(value);
                    }
                }
            }
            begin = end;
        }
    }
}

} // namespace strata::views
