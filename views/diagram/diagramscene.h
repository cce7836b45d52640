// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagramstyle.h"
#include "schema/schema.h"

#include <QGraphicsScene>
#include <QHash>
#include <QPointF>
#include <QSet>
#include <QTimer>

#include <vector>

namespace strata::views {

class ModelItem;
class RelationItem;

/// The ER diagram of a schema snapshot: a box per model, view, enum and composite type and an edge per
/// relation, laid out automatically. Boxes keep their place across snapshots by NodeId; new ones are put
/// near their neighbours.
class DiagramScene : public QGraphicsScene {
    Q_OBJECT

public:
    /// How long the last setSchema() took, by phase.
    struct Timings {
        double buildMs = 0;  ///< items from the schema
        double layoutMs = 0; ///< box positions
        double routeMs = 0;  ///< edge paths
    };

    explicit DiagramScene(QObject *parent = nullptr);
    ~DiagramScene() override;

    /// Shows a snapshot of the schema. Boxes whose id was shown before stay where they are.
    void setSchema(const schema::Schema &schema);
    /// Removes every box and edge and forgets positions.
    void clearDiagram();

    void setStyle(const DiagramStyle &style);
    const DiagramStyle &style() const { return m_style; }

    /// Lays out every box anew, forgetting where they were.
    void autoLayout();
    /// Top-left positions of the boxes by NodeId (models, views, enums, composite types).
    QHash<schema::NodeId, QPointF> nodePositions() const;
    /// Moves the boxes with these ids; unknown ids are ignored.
    void setNodePositions(const QHash<schema::NodeId, QPointF> &positions);

    /// The box of a model, view, enum or composite type, or of the one holding a field or enum value.
    ModelItem *boxForNode(schema::NodeId id) const;
    const std::vector<ModelItem *> &boxes() const { return m_boxOrder; }
    const std::vector<RelationItem *> &relationItems() const { return m_relations; }
    /// The boxes and edges with a margin, in scene coordinates.
    QRectF diagramRect() const;

    /// The selected box's id (0 when none) and the selected field or enum value in it (0 when none).
    schema::NodeId selectedNode() const;
    schema::NodeId selectedField() const;
    /// Selects the box of this id (a field or enum value id selects its row too) without emitting
    /// nodeSelected(). Returns the box, or nullptr when the id is not shown (the selection is cleared).
    ModelItem *selectNode(schema::NodeId id);
    /// The point to centre on to show a node: the selected row, or the box's header.
    QPointF focusPoint(schema::NodeId id) const;

    /// The whole diagram as PNG, `scale` pixels per scene unit (lowered for huge diagrams).
    bool exportPng(const QString &path, qreal scale = 2.0);
    bool exportSvg(const QString &path);
    /// Paints the diagram (no selection, no grid) into target.
    void renderDiagram(QPainter *painter, const QRectF &target, const QRectF &source);
    bool isExporting() const { return m_exporting; }

    Timings lastTimings() const { return m_timings; }

    // Called by the boxes.
    void boxClicked(ModelItem *box, int row);
    void boxMoved(ModelItem *box);
    void boxReleased(ModelItem *box);

    /// Clears the selection and emits nodeSelected(0, 0).
    void clearNodeSelection();

signals:
    /// The user selected a box (fieldId 0) or a row of it: a model, view, enum or type id and the id of
    /// the field or enum value. Both 0 when the user cleared the selection.
    void nodeSelected(strata::schema::NodeId nodeId, strata::schema::NodeId fieldId);
    /// Boxes were added, removed or moved: the bounds may have changed.
    void diagramChanged();

protected:
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void layoutBoxes(bool keepPositions, const QSet<ModelItem *> &kept);
    void routeEdges(bool onlyMoved);
    void updateHighlights();
    void rebuildRelations(const schema::Schema &schema);
    void updateSceneRect();

    DiagramStyle m_style;
    QHash<schema::NodeId, ModelItem *> m_boxById;
    QHash<schema::NodeId, QPair<ModelItem *, int>> m_rowById; // field / enum value -> box, row
    // What each model's box was built from, hashed: a model that hashes the same in the next snapshot keeps
    // its box as it is (typing changes one model of a thousand).
    QHash<schema::NodeId, size_t> m_boxFingerprints;
    std::vector<ModelItem *> m_boxOrder;
    std::vector<RelationItem *> m_relations;
    std::vector<std::pair<int, int>> m_satelliteEdges; // box indexes: a model uses an enum or type
    // The last path of each relation and the geometry it was made for: a new snapshot whose boxes did not
    // move keeps it (typing must not re-route a thousand edges).
    struct CachedRoute {
        QRectF source;
        QRectF target;
        qreal sourceY = 0;
        qreal targetY = 0;
        QPolygonF points;
    };
    QHash<schema::NodeId, CachedRoute> m_routeCache;
    QSet<ModelItem *> m_moved;
    QTimer m_routeTimer;
    Timings m_timings;
    bool m_updating = false;
    bool m_exporting = false;
};

} // namespace strata::views
