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
constexpr qreal kTrack = 8;            // distance between parallel edges
constexpr size_t kMaxSearchBoxes = 32; // in large diagrams: boxes near an edge beyond which it is not searched for
constexpr size_t kSmallDiagram = 250;  // boxes up to which every edge is searched for
constexpr qint64 kMaxPushes = 40000;   // work after which a search gives up
constexpr qreal kMiddleGap = 72;        // gaps at least this wide get a line in their middle

constexpr qreal kUnit[4][2] = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};

// The fewest bends of an orthogonal path that leaves moving `d` and arrives at a point `(dx, dy)` away
// moving `a` (no reversing on the spot).
int geometricBends(int d, int a, qreal dx, qreal dy)
{
    constexpr qreal eps = 0.01;
    const qreal along = dx * kUnit[d][0] + dy * kUnit[d][1];
    const qreal across = std::abs(dx * kUnit[d][1]) + std::abs(dy * kUnit[d][0]);
    if (a == d) {
        if (along > eps)
            return across < eps ? 0 : 2;
        return 4;
    }
    if (a == kReverse[d])
        return across > eps ? 2 : 4;
    const qreal towards = dx * kUnit[a][0] + dy * kUnit[a][1];
    return along >= -eps && towards > eps ? 1 : 3;
}

// The fewest bends from moving `d` to the goal, counting the arrival the way the search does: arriving
// across the goal's direction costs one bend, against it two.
int bendsToGoal(int d, int goalDir, qreal dx, qreal dy)
{
    if (std::abs(dx) < 0.01 && std::abs(dy) < 0.01)
        return d == goalDir ? 0 : (d == kReverse[goalDir] ? 2 : 1);
    int best = 8;
    for (int a = 0; a < 4; ++a) {
        const int arrival = a == goalDir ? 0 : (a == kReverse[goalDir] ? 2 : 1);
        best = std::min(best, geometricBends(d, a, dx, dy) + arrival);
    }
    return best;
}

// Sorted unique coordinates, with the middles of wide gaps added: where edges look best, away from both
// sides.
std::vector<qreal> uniqueLines(std::vector<qreal> lines, qreal minGap)
{
    std::sort(lines.begin(), lines.end());
    std::vector<qreal> out;
    for (qreal l : lines) {
        if (!out.empty() && l - out.back() < 0.5)
            continue;
        out.push_back(l);
    }
    std::vector<qreal> withMiddles;
    withMiddles.reserve(out.size() * 2);
    for (size_t i = 0; i < out.size(); ++i) {
        withMiddles.push_back(out[i]);
        if (i + 1 < out.size() && out[i + 1] - out[i] > minGap)
            withMiddles.push_back((out[i] + out[i + 1]) / 2);
    }
    return withMiddles;
}

int indexOf(const std::vector<qreal> &lines, qreal value)
{
    return int(std::lower_bound(lines.begin(), lines.end(), value - 0.25) - lines.begin());
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
    for (size_t i = 0; i < m_boxes.size(); ++i) {
        m_index.insert(int(i), m_boxes[i]);
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
    // A loop from a box to itself gets longer ends: its marks and the turn back need the room.
    const qreal stub = source.box == target.box ? c * 1.6 : c;
    const QPointF q1 = p1 + QPointF(outDir == kRight ? stub : -stub, 0);
    const QPointF q2 = p2 + QPointF(inDir == kLeft ? stub : -stub, 0);

    const qreal span = std::max(std::abs(q1.x() - q2.x()), std::abs(q1.y() - q2.y()));
    const qreal expand = c * 0.5;
    // Boxes facing each other with nothing in between (the common case after the layout): three segments
    // with the vertical one in the middle of the gap, no search needed.
    const bool facing = outDir == inDir && (outDir == kRight ? q1.x() <= q2.x() : q1.x() >= q2.x());
    if (facing) {
        QPolygonF direct = directRoute(p1, q1, p2, q2);
        if (pathClear(direct, source.box, target.box, expand)) {
            Attempt a;
            a.ok = true;
            a.cost = std::abs(q1.x() - q2.x()) + std::abs(q1.y() - q2.y()) + (direct.size() > 2 ? 2 * kBendCost : 0);
            a.points = std::move(direct);
            return a;
        }
    }
    // An edge across a large diagram: the grid search would cost too much; take a path with few bends that
    // keeps its vertical run clear and may pass behind boxes on its way.
    const QRectF reach = QRectF(q1, q2).normalized().adjusted(-c * 6, -c * 6, c * 6, c * 6);
    if (m_boxes.size() > kSmallDiagram && m_index.query(reach).size() > kMaxSearchBoxes) {
        Attempt a;
        a.ok = true;
        a.points = directRoute(p1, q1, p2, q2);
        a.cost = QLineF(q1, q2).length() * 2 + 1e6; // the search's results win when there are some
        return a;
    }
    for (qreal pad : {c * 6, c * 6 + span * 0.5, c * 24 + span * 1.5}) {
        Attempt a = search(p1, q1, outDir, p2, q2, inDir, pad, expand);
        if (a.ok)
            return a;
        if (a.aborted) {
            // A long way through many boxes: a greedier search finds a good enough path with far less work.
            Attempt greedy = search(p1, q1, outDir, p2, q2, inDir, pad, expand, 2.5);
            if (greedy.ok)
                return greedy;
            a.ok = true;
            a.points = directRoute(p1, q1, p2, q2);
            a.cost = QLineF(q1, q2).length() * 2 + 1e6;
            return a;
        }
    }
    // Boxes closer than the clearance: search again keeping less room around them.
    Attempt last = search(p1, q1, outDir, p2, q2, inDir, c * 24 + span * 1.5, c * 0.2);
    if (!last.ok) {
        last.ok = true;
        last.points = directRoute(p1, q1, p2, q2);
        last.cost = QLineF(q1, q2).length() * 2 + 1e6;
    }
    return last;
}

QPolygonF EdgeRouter::directRoute(const QPointF &from, const QPointF &fromStub, const QPointF &to, const QPointF &toStub) const
{
    // The vertical run at the first of a few candidate places where it is clear of boxes.
    const qreal expand = m_clearance * 0.5;
    const qreal x1 = fromStub.x();
    const qreal x2 = toStub.x();
    const qreal top = std::min(fromStub.y(), toStub.y());
    const qreal bottom = std::max(fromStub.y(), toStub.y());
    std::vector<qreal> candidates{(x1 + x2) / 2};
    if (std::abs(x2 - x1) > 1) {
        for (int k = 1; k <= 8; ++k) {
            candidates.push_back(x1 + (x2 - x1) * k / 9.0);
        }
    }
    candidates.push_back(x1);
    candidates.push_back(x2);
    qreal chosen = candidates.front();
    for (qreal x : candidates) {
        const QRectF strip(QPointF(x - expand, top), QPointF(x + expand, bottom));
        if (!m_index.intersectsAny(strip)) {
            chosen = x;
            break;
        }
    }
    return simplify(QPolygonF{from, fromStub, QPointF(chosen, fromStub.y()), QPointF(chosen, toStub.y()), toStub, to});
}

EdgeRouter::Attempt EdgeRouter::search(const QPointF &from, const QPointF &fromStub, int fromDir, const QPointF &to,
                                       const QPointF &toStub, int toDir, qreal pad, qreal expand, qreal weight) const
{
    Attempt result;
    const QRectF region = QRectF(fromStub, toStub).normalized().adjusted(-pad, -pad, pad, pad);
    // Boxes are cut at the region's border; a path must not run along the border through them.
    std::vector<QRectF> obstacles;
    for (int id : m_index.query(region.adjusted(-expand, -expand, expand, expand)))
        obstacles.push_back(m_boxes[size_t(id)].adjusted(-expand, -expand, expand, expand));

    std::vector<qreal> xl{region.left(), region.right(), fromStub.x(), toStub.x()};
    std::vector<qreal> yl{region.top(), region.bottom(), fromStub.y(), toStub.y()};
    for (const QRectF &o : obstacles) {
        if (o.left() > region.left())
            xl.push_back(o.left());
        if (o.right() < region.right())
            xl.push_back(o.right());
        if (o.top() > region.top())
            yl.push_back(o.top());
        if (o.bottom() < region.bottom())
            yl.push_back(o.bottom());
    }
    const std::vector<qreal> xs = uniqueLines(std::move(xl), kMiddleGap);
    const std::vector<qreal> ys = uniqueLines(std::move(yl), kMiddleGap);
    const int nx = int(xs.size());
    const int ny = int(ys.size());
    const int cells = nx * ny;
    ++m_stats.searches;
    m_stats.cells += cells;
    auto at = [nx](int i, int j) { return j * nx + i; };

    std::vector<unsigned char> &nodeBlocked = m_nodeBlocked;
    std::vector<unsigned char> &hBlocked = m_hBlocked; // edge (i,j)-(i+1,j)
    std::vector<unsigned char> &vBlocked = m_vBlocked; // edge (i,j)-(i,j+1)
    nodeBlocked.assign(size_t(cells), 0);
    hBlocked.assign(size_t(cells), 0);
    vBlocked.assign(size_t(cells), 0);
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
    // Scratch arrays kept between searches; a state counts as unvisited unless stamped by this search.
    const size_t states = size_t(cells) * 4;
    if (m_cost.size() < states) {
        m_cost.resize(states);
        m_previous.resize(states);
        m_stamp.resize(states, 0);
    }
    if (++m_search == 0) {
        std::fill(m_stamp.begin(), m_stamp.end(), 0);
        m_search = 1;
    }
    const quint32 stamp = m_search;
    auto costOf = [&](int state) { return m_stamp[size_t(state)] == stamp ? m_cost[size_t(state)] : inf; };
    using Entry = HeapEntry;
    std::vector<Entry> &heap = m_heap;
    heap.clear();
    const std::greater<Entry> later;
    struct Open {
        std::vector<Entry> &heap;
        const std::greater<Entry> &later;
        bool empty() const { return heap.empty(); }
        const Entry &top() const { return heap.front(); }
        void push(const Entry &e)
        {
            heap.push_back(e);
            std::push_heap(heap.begin(), heap.end(), later);
        }
        void pop()
        {
            std::pop_heap(heap.begin(), heap.end(), later);
            heap.pop_back();
        }
    } open{heap, later};
    quint64 counter = 0;
    auto heuristic = [&](int i, int j, int d) {
        const qreal dx = toStub.x() - xs[size_t(i)];
        const qreal dy = toStub.y() - ys[size_t(j)];
        return std::abs(dx) + std::abs(dy) + bendsToGoal(d, toDir, dx, dy) * kBendCost;
    };

    const int startState = start * 4 + fromDir;
    m_cost[size_t(startState)] = 0;
    m_previous[size_t(startState)] = -1;
    m_stamp[size_t(startState)] = stamp;
    open.push({weight * heuristic(si, sj, fromDir), heuristic(si, sj, fromDir), counter++, startState});
    qreal bestTotal = inf;
    int bestState = -1;
    qint64 pushes = 0;
    while (!open.empty()) {
        if (pushes > kMaxPushes) {
            result.aborted = true; // too much work: the caller takes a direct path
            break;
        }
        const Entry e = open.top();
        open.pop();
        if (e.f >= bestTotal)
            break;
        const int node = e.state / 4;
        const int dir = e.state % 4;
        const qreal g = m_cost[size_t(e.state)];
        if (e.f > g + weight * e.h + 1e-9)
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
            const qreal length = d == kRight || d == kLeft ? std::abs(xs[size_t(ni)] - xs[size_t(i)]) : std::abs(ys[size_t(nj)] - ys[size_t(j)]);
            const qreal step = length + (d == dir ? 0 : kBendCost);
            const int state = next * 4 + d;
            const qreal ng = g + step;
            if (ng + 1e-9 < costOf(state)) {
                m_cost[size_t(state)] = ng;
                m_previous[size_t(state)] = e.state;
                m_stamp[size_t(state)] = stamp;
                const qreal h = heuristic(ni, nj, d);
                open.push({ng + weight * h, h, counter++, state});
                ++pushes;
            }
        }
    }
    m_stats.pushes += pushes;
    if (bestState < 0) {
        ++m_stats.failures;
        return result;
    }

    QPolygonF path;
    for (int state = bestState; state >= 0; state = m_previous[size_t(state)]) {
        const int node = state / 4;
        path.prepend(QPointF(xs[size_t(node % nx)], ys[size_t(node / nx)]));
    }
    path.prepend(from);
    path.append(to);
    result.points = simplify(path);
    result.cost = bestTotal;
    result.ok = true;
    return result;
}

bool EdgeRouter::pathClear(const QPolygonF &points, int sourceBox, int targetBox, qreal expand) const
{
    for (int k = 0; k + 1 < points.size(); ++k) {
        const QRectF segment = QRectF(points[k], points[k + 1]).normalized();
        for (int id : m_index.query(segment.adjusted(-expand, -expand, expand, expand))) {
            if ((k == 0 && id == sourceBox) || (k + 2 == points.size() && id == targetBox))
                continue;
            if (m_boxes[size_t(id)].adjusted(-expand, -expand, expand, expand).intersects(segment.adjusted(-0.25, -0.25, 0.25, 0.25)))
                return false;
        }
    }
    return true;
}

bool EdgeRouter::isClear(const QPolygonF &points) const
{
    for (int k = 0; k + 1 < points.size(); ++k) {
        const QRectF segment = QRectF(points[k], points[k + 1]).normalized().adjusted(-0.25, -0.25, 0.25, 0.25);
        for (int id : m_index.query(segment)) {
            if (m_boxes[size_t(id)].adjusted(1, 1, -1, -1).intersects(segment))
                return false;
        }
    }
    return true;
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
