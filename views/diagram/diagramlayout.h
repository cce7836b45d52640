// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QSizeF>

#include <optional>
#include <vector>

namespace strata::views {

/// Places the boxes of an ER diagram: related models in neighbouring columns around the most connected
/// model of each connected component, components packed side by side, enums and types in a block of their
/// own. Deterministic (no randomness, no hashing order) and linear-ish in the number of boxes. Boxes with a
/// known position keep it; the others are placed near their neighbours.
class DiagramLayout {
public:
    enum class NodeKind {
        Model,     ///< takes part in the relation graph
        Satellite, ///< an enum or composite type: placed near the models that use it
    };

    /// Adds a box and returns its index.
    int addNode(const QSizeF &size, NodeKind kind = NodeKind::Model);
    /// An edge between two boxes: a relation between models, or a model using a satellite.
    void addEdge(int from, int to);
    /// Keeps a box at this top-left position (overlaps with other kept boxes are still resolved).
    void setPosition(int node, const QPointF &topLeft);

    /// Horizontal and vertical space between boxes.
    void setSpacing(qreal horizontal, qreal vertical);

    int nodeCount() const { return int(m_nodes.size()); }

    /// The top-left position of every box, by index.
    std::vector<QPointF> run() const;

private:
    struct Node {
        QSizeF size;
        NodeKind kind = NodeKind::Model;
        std::optional<QPointF> position;
    };

    std::vector<QPointF> fullLayout() const;
    std::vector<QPointF> incrementalLayout() const;

    std::vector<Node> m_nodes;
    std::vector<std::pair<int, int>> m_edges;
    qreal m_spacingX = 90;
    qreal m_spacingY = 36;
};

} // namespace strata::views
