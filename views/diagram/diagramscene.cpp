// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramscene.h"

#include "diagramlayout.h"
#include "edgerouter.h"
#include "modelitem.h"
#include "relationitem.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGraphicsView>
#include <QImage>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QSvgGenerator>

#include <cmath>

namespace strata::views {
namespace {

constexpr qreal kSpacingX = 96;
constexpr qreal kSpacingY = 56;
constexpr qreal kClearance = 24;
constexpr qreal kMargin = 48;

QString typeText(const schema::Field &field)
{
    QString type = field.kind == schema::FieldKind::Unsupported
        ? QStringLiteral("Unsupported(\"%1\")").arg(field.unsupportedType())
        : field.typeName.text();
    if (field.isOptional())
        type += u'?';
    else if (field.isList())
        type += QStringLiteral("[]");
    return type;
}

/// A hash of everything a model's box shows — names, types, key marks, tooltips — so that an unchanged model
/// can be recognised without building its rows.
size_t boxFingerprint(const schema::Model &model)
{
    size_t seed = qHashMulti(0, model.id, model.name, model.mappedName, model.isView, model.documentation);
    for (const schema::Index &index : model.indexes) {
        seed = qHashMulti(seed, int(index.kind), index.fields.size());
        for (const schema::IndexField &field : index.fields)
            seed = qHash(field.name, seed);
    }
    for (const schema::Field &field : model.fields) {
        seed = qHashMulti(seed, field.id, field.name, *field.mappedName, field.typeName, field.unsupportedType(),
                          field.documentation(), field.nativeType->name, field.nativeType->arguments);
        seed = qHashMulti(seed, int(field.kind), int(field.arity), field.isId, field.isUnique, field.relation->fields,
                          field.relation->references);
    }
    return seed;
}

RelationItem::Cardinality cardinalityOf(const schema::Field *field)
{
    if (!field)
        return RelationItem::Cardinality::Unknown;
    if (field->isList())
        return RelationItem::Cardinality::ZeroOrMany;
    return field->isOptional() ? RelationItem::Cardinality::ZeroOrOne : RelationItem::Cardinality::ExactlyOne;
}

} // namespace

DiagramScene::DiagramScene(QObject *parent)
    : QGraphicsScene(parent)
    , m_style(DiagramStyle::fromApplication())
{
    m_routeTimer.setSingleShot(true);
    m_routeTimer.setInterval(0);
    connect(&m_routeTimer, &QTimer::timeout, this, [this] {
        routeEdges(mouseGrabberItem() != nullptr);
        updateSceneRect();
        emit diagramChanged();
    });
    connect(this, &QGraphicsScene::selectionChanged, this, &DiagramScene::updateHighlights);
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
}

DiagramScene::~DiagramScene()
{
    // Delete the items while the lists that point at them still exist, and without reacting to it.
    m_updating = true;
    m_routeTimer.stop();
    blockSignals(true);
    clear();
    m_boxOrder.clear();
    m_relations.clear();
}

void DiagramScene::setStyle(const DiagramStyle &style)
{
    m_style = style;
    m_updating = true;
    for (ModelItem *box : m_boxOrder)
        box->updateGeometry();
    m_updating = false;
    // Sizes follow the font: keep the places, then resolve overlaps and re-route.
    QSet<ModelItem *> kept(m_boxOrder.begin(), m_boxOrder.end());
    layoutBoxes(true, kept);
    routeEdges(false);
    updateSceneRect();
    update();
    emit diagramChanged();
}

void DiagramScene::clearDiagram()
{
    m_updating = true;
    m_routeTimer.stop();
    for (RelationItem *r : m_relations)
        delete r;
    m_relations.clear();
    for (ModelItem *b : m_boxOrder)
        delete b;
    m_boxOrder.clear();
    m_boxById.clear();
    m_rowById.clear();
    m_boxFingerprints.clear();
    m_satelliteEdges.clear();
    m_moved.clear();
    m_routeCache.clear();
    m_updating = false;
    updateSceneRect();
    emit diagramChanged();
}

void DiagramScene::setSchema(const schema::Schema &schema)
{
    QElapsedTimer timer;
    timer.start();
    m_updating = true;
    m_routeTimer.stop();
    m_moved.clear();
    const schema::NodeId previousSelection = selectedNode();
    const schema::NodeId previousField = selectedField();

    QHash<schema::NodeId, ModelItem *> previous = m_boxById;
    m_boxById.clear();
    m_rowById.clear();
    m_boxOrder.clear();
    QSet<ModelItem *> kept;

    auto take = [&](ModelItem::Kind kind, schema::NodeId id) {
        ModelItem *box = previous.take(id);
        if (box && box->kind() != kind) {
            delete box;
            box = nullptr;
        }
        if (box) {
            kept.insert(box);
        } else {
            box = new ModelItem(kind, id, &m_style);
            addItem(box);
        }
        m_boxById.insert(id, box);
        m_boxOrder.push_back(box);
        return box;
    };

    QHash<schema::NodeId, size_t> fingerprints;
    fingerprints.reserve(qsizetype(schema.models.size()));
    for (const schema::Model &model : schema.models) {
        ModelItem *box = take(model.isView ? ModelItem::Kind::View : ModelItem::Kind::Model, model.id);
        const size_t fingerprint = boxFingerprint(model);
        fingerprints.insert(model.id, fingerprint);
        for (size_t i = 0; i < model.fields.size(); ++i)
            m_rowById.insert(model.fields[i].id, {box, int(i)});
        const auto shown = m_boxFingerprints.constFind(model.id);
        if (kept.contains(box) && shown != m_boxFingerprints.constEnd() && *shown == fingerprint)
            continue;

        // Scalar fields that hold a foreign key, and what they point to.
        QHash<QString, QString> foreignKeys;
        for (const schema::Field &field : model.fields) {
            if (!field.isRelation())
                continue;
            for (qsizetype i = 0; i < field.relation->fields.size(); ++i) {
                const QString referenced = i < field.relation->references.size() ? field.relation->references[i] : QString();
                foreignKeys.insert(field.relation->fields[i], referenced.isEmpty() ? field.typeName.text() : field.typeName + u'.' + referenced);
            }
        }
        QSet<QString> primaryKey;
        QSet<QString> unique;
        for (const schema::Index &index : model.indexes) {
            if (index.kind == schema::IndexKind::PrimaryKey) {
                for (const QString &name : index.fieldNames())
                    primaryKey.insert(name);
            } else if (index.kind == schema::IndexKind::Unique && index.fields.size() == 1) {
                unique.insert(index.fields.front().name);
            }
        }

        std::vector<ModelItem::Row> rows;
        rows.reserve(model.fields.size());
        for (const schema::Field &field : model.fields) {
            ModelItem::Row row;
            row.id = field.id;
            row.name = field.name;
            row.type = typeText(field);
            switch (field.kind) {
            case schema::FieldKind::Relation: row.typeKind = ModelItem::TypeKind::Relation; break;
            case schema::FieldKind::Enum: row.typeKind = ModelItem::TypeKind::Enum; break;
            case schema::FieldKind::Scalar: row.typeKind = ModelItem::TypeKind::Scalar; break;
            default: row.typeKind = ModelItem::TypeKind::Other; break;
            }
            if (field.isId || primaryKey.contains(field.name))
                row.marks |= ModelItem::PrimaryKey;
            if (field.isUnique || unique.contains(field.name))
                row.marks |= ModelItem::Unique;
            if (foreignKeys.contains(field.name))
                row.marks |= ModelItem::ForeignKey;

            QStringList tip{QStringLiteral("%1: %2").arg(field.name, row.type)};
            if (row.marks & ModelItem::PrimaryKey)
                tip << tr("Primary key");
            if (row.marks & ModelItem::Unique)
                tip << tr("Unique");
            if (row.marks & ModelItem::ForeignKey)
                tip << tr("Foreign key to %1").arg(foreignKeys.value(field.name));
            if (field.isRelation())
                tip << tr("Relation to %1").arg(field.typeName);
            if (field.nativeType->isSet())
                tip << field.nativeType->toString();
            if (!field.mappedName->isEmpty())
                tip << tr("Column %1").arg(*field.mappedName);
            tip += field.documentation();
            row.toolTip = tip.join(u'\n');
            rows.push_back(std::move(row));
        }
        QString caption = model.isView ? tr("view") : QString();
        if (!model.mappedName.isEmpty())
            caption = caption.isEmpty() ? model.mappedName : tr("%1 · %2").arg(caption, model.mappedName);
        QStringList tip{model.isView ? tr("View %1").arg(model.name) : tr("Model %1").arg(model.name)};
        if (!model.mappedName.isEmpty())
            tip << tr("Table %1").arg(model.mappedName);
        tip += model.documentation;
        box->setContent(model.name, caption, std::move(rows), tip.join(u'\n'));
    }
    m_boxFingerprints = std::move(fingerprints);
    for (const schema::Enum &e : schema.enums) {
        std::vector<ModelItem::Row> rows;
        for (const schema::EnumValue &value : e.values) {
            ModelItem::Row row;
            row.id = value.id;
            row.name = value.name;
            row.type = value.mappedName.isEmpty() ? QString() : QStringLiteral("\"%1\"").arg(value.mappedName);
            row.typeKind = ModelItem::TypeKind::Other;
            QStringList tip{value.name};
            tip += value.documentation;
            row.toolTip = tip.join(u'\n');
            rows.push_back(std::move(row));
        }
        ModelItem *box = take(ModelItem::Kind::Enum, e.id);
        QStringList tip{tr("Enum %1").arg(e.name)};
        tip += e.documentation;
        box->setContent(e.name, tr("enum"), std::move(rows), tip.join(u'\n'));
        for (size_t i = 0; i < e.values.size(); ++i)
            m_rowById.insert(e.values[i].id, {box, int(i)});
    }
    for (const schema::CompositeType &type : schema.compositeTypes) {
        std::vector<ModelItem::Row> rows;
        for (const schema::Field &field : type.fields) {
            ModelItem::Row row;
            row.id = field.id;
            row.name = field.name;
            row.type = typeText(field);
            row.typeKind = field.kind == schema::FieldKind::Enum ? ModelItem::TypeKind::Enum : ModelItem::TypeKind::Scalar;
            row.toolTip = QStringLiteral("%1: %2").arg(field.name, row.type);
            rows.push_back(std::move(row));
        }
        ModelItem *box = take(ModelItem::Kind::CompositeType, type.id);
        QStringList tip{tr("Type %1").arg(type.name)};
        tip += type.documentation;
        box->setContent(type.name, tr("type"), std::move(rows), tip.join(u'\n'));
        for (size_t i = 0; i < type.fields.size(); ++i)
            m_rowById.insert(type.fields[i].id, {box, int(i)});
    }
    for (ModelItem *gone : std::as_const(previous))
        delete gone;

    // Which models use which enums and types: keeps those boxes near their users.
    m_satelliteEdges.clear();
    QHash<QString, int> satelliteIndex;
    QHash<ModelItem *, int> boxIndex;
    for (size_t i = 0; i < m_boxOrder.size(); ++i) {
        boxIndex.insert(m_boxOrder[i], int(i));
        if (m_boxOrder[i]->kind() == ModelItem::Kind::Enum || m_boxOrder[i]->kind() == ModelItem::Kind::CompositeType)
            satelliteIndex.insert(m_boxOrder[i]->name(), int(i));
    }
    for (size_t m = 0; m < schema.models.size(); ++m) {
        for (const schema::Field &field : schema.models[m].fields) {
            if (field.kind == schema::FieldKind::Enum || field.kind == schema::FieldKind::Composite) {
                const int s = satelliteIndex.value(field.typeName, -1);
                if (s >= 0)
                    m_satelliteEdges.emplace_back(int(m), s);
            }
        }
    }

    rebuildRelations(schema);
    m_timings.buildMs = timer.nsecsElapsed() / 1e6;

    timer.restart();
    layoutBoxes(!kept.isEmpty(), kept);
    m_timings.layoutMs = timer.nsecsElapsed() / 1e6;

    timer.restart();
    routeEdges(false);
    m_timings.routeMs = timer.nsecsElapsed() / 1e6;
    m_updating = false;

    if (previousSelection && m_boxById.contains(previousSelection))
        selectNode(previousField && m_rowById.contains(previousField) ? previousField : previousSelection);
    updateHighlights();
    updateSceneRect();
    emit diagramChanged();
}

void DiagramScene::rebuildRelations(const schema::Schema &schema)
{
    // The edges of relations shown before are kept and pointed at their (possibly new) rows: taking a
    // thousand items out of the scene's index and putting new ones in costs more than the rest of an update.
    QHash<schema::NodeId, RelationItem *> previous;
    previous.reserve(qsizetype(m_relations.size()));
    for (RelationItem *r : m_relations)
        previous.insert(r->relationId(), r);
    m_relations.clear();
    for (const schema::Relation &relation : schema.relations) {
        const schema::Model *modelA = schema.model(relation.modelA);
        const schema::Model *modelB = schema.model(relation.modelB);
        if (!modelA || !modelB)
            continue;
        ModelItem *boxA = m_boxById.value(modelA->id);
        ModelItem *boxB = m_boxById.value(modelB->id);
        if (!boxA || !boxB)
            continue;
        const schema::Field *fieldA = modelA->field(relation.fieldA);
        const schema::Field *fieldB = relation.fieldB.isEmpty() ? nullptr : modelB->field(relation.fieldB);
        RelationItem::End source{boxA, fieldA ? boxA->rowOf(fieldA->id) : -1, cardinalityOf(fieldB)};
        RelationItem::End target{boxB, fieldB ? boxB->rowOf(fieldB->id) : -1, cardinalityOf(fieldA)};
        RelationItem *item = previous.take(relation.id);
        if (item) {
            item->setEnds(source, target);
        } else {
            item = new RelationItem(relation.id, source, target, &m_style);
            addItem(item);
        }
        QString kind;
        switch (relation.kind) {
        case schema::RelationKind::OneToOne: kind = tr("one-to-one"); break;
        case schema::RelationKind::OneToMany: kind = tr("one-to-many"); break;
        case schema::RelationKind::ManyToMany: kind = tr("many-to-many, join table %1").arg(relation.joinTableName()); break;
        }
        const QString endA = relation.modelA + u'.' + relation.fieldA;
        const QString endB = relation.fieldB.isEmpty() ? relation.modelB : relation.modelB + u'.' + relation.fieldB;
        const QString toolTip = tr("%1 – %2 (%3)").arg(endA, endB, kind);
        if (item->toolTip() != toolTip)
            item->setToolTip(toolTip);
        m_relations.push_back(item);
    }
    for (RelationItem *gone : std::as_const(previous))
        delete gone;
}

void DiagramScene::layoutBoxes(bool keepPositions, const QSet<ModelItem *> &kept)
{
    DiagramLayout layout;
    layout.setSpacing(kSpacingX, kSpacingY);
    QHash<ModelItem *, int> index;
    for (ModelItem *box : m_boxOrder) {
        const bool satellite = box->kind() == ModelItem::Kind::Enum || box->kind() == ModelItem::Kind::CompositeType;
        const int i = layout.addNode(box->size(), satellite ? DiagramLayout::NodeKind::Satellite : DiagramLayout::NodeKind::Model);
        index.insert(box, i);
        if (keepPositions && kept.contains(box))
            layout.setPosition(i, box->pos());
    }
    for (RelationItem *r : m_relations)
        layout.addEdge(index.value(r->source().box), index.value(r->target().box));
    for (const auto &[model, satellite] : m_satelliteEdges)
        layout.addEdge(model, satellite);

    const std::vector<QPointF> positions = layout.run();
    const bool wasUpdating = m_updating;
    m_updating = true;
    for (size_t i = 0; i < m_boxOrder.size(); ++i)
        m_boxOrder[i]->setPos(positions[i]);
    m_updating = wasUpdating;
}

void DiagramScene::routeEdges(bool onlyMoved)
{
    std::vector<QRectF> rects;
    rects.reserve(m_boxOrder.size());
    QHash<const ModelItem *, int> index;
    for (size_t i = 0; i < m_boxOrder.size(); ++i) {
        rects.push_back(QRectF(m_boxOrder[i]->pos(), m_boxOrder[i]->size()));
        index.insert(m_boxOrder[i], int(i));
    }
    EdgeRouter router(kClearance);
    router.setBoxes(std::move(rects));

    std::vector<RelationItem *> items;
    std::vector<EdgeRouter::Route> routes;
    QHash<schema::NodeId, CachedRoute> cache;
    int reused = 0;
    for (RelationItem *r : m_relations) {
        if (onlyMoved && !m_moved.contains(r->source().box) && !m_moved.contains(r->target().box))
            continue;
        const EdgeRouter::Port source{index.value(r->source().box), r->source().box->pos().y() + r->source().box->rowCentre(r->source().row)};
        const EdgeRouter::Port target{index.value(r->target().box), r->target().box->pos().y() + r->target().box->rowCentre(r->target().row)};
        CachedRoute entry{router.boxes()[size_t(source.box)], router.boxes()[size_t(target.box)], source.y, target.y, {}};
        const auto cached = m_routeCache.constFind(r->relationId());
        EdgeRouter::Route route;
        if (!onlyMoved && cached != m_routeCache.constEnd() && cached->source == entry.source && cached->target == entry.target
            && cached->sourceY == entry.sourceY && cached->targetY == entry.targetY && router.isClear(cached->points)) {
            route.points = cached->points;
            ++reused;
        } else {
            route = router.route(source, target);
        }
        items.push_back(r);
        routes.push_back(std::move(route));
        if (!onlyMoved)
            cache.insert(r->relationId(), entry);
    }
    if (!onlyMoved) {
        router.separate(routes);
        for (size_t i = 0; i < items.size(); ++i)
            cache[items[i]->relationId()].points = routes[i].points;
        m_routeCache = std::move(cache);
    }
    if (qEnvironmentVariableIsSet("STRATA_DIAGRAM_STATS")) {
        const auto st = router.stats();
        qInfo("routes %zu reused %d searches %lld failed %lld cells %lld pushes %lld", routes.size(), reused, st.searches, st.failures,
              st.cells, st.pushes);
    }
    for (size_t i = 0; i < items.size(); ++i)
        items[i]->setRoute(routes[i].points);
    if (!onlyMoved)
        m_moved.clear();
}

void DiagramScene::autoLayout()
{
    layoutBoxes(false, {});
    routeEdges(false);
    updateSceneRect();
    emit diagramChanged();
}

QHash<schema::NodeId, QPointF> DiagramScene::nodePositions() const
{
    QHash<schema::NodeId, QPointF> positions;
    for (ModelItem *box : m_boxOrder)
        positions.insert(box->nodeId(), box->pos());
    return positions;
}

void DiagramScene::setNodePositions(const QHash<schema::NodeId, QPointF> &positions)
{
    m_updating = true;
    for (ModelItem *box : m_boxOrder) {
        const auto it = positions.constFind(box->nodeId());
        if (it != positions.constEnd())
            box->setPos(*it);
    }
    m_updating = false;
    QSet<ModelItem *> kept(m_boxOrder.begin(), m_boxOrder.end());
    layoutBoxes(true, kept); // resolves overlaps
    routeEdges(false);
    updateSceneRect();
    emit diagramChanged();
}

ModelItem *DiagramScene::boxForNode(schema::NodeId id) const
{
    if (ModelItem *box = m_boxById.value(id))
        return box;
    const auto it = m_rowById.constFind(id);
    return it != m_rowById.constEnd() ? it->first : nullptr;
}

QRectF DiagramScene::diagramRect() const
{
    QRectF rect;
    for (ModelItem *box : m_boxOrder)
        rect = rect.isNull() ? box->sceneBoundingRect() : rect.united(box->sceneBoundingRect());
    for (RelationItem *r : m_relations)
        rect = rect.united(r->sceneBoundingRect());
    if (rect.isNull())
        return QRectF(0, 0, 400, 300);
    return rect.adjusted(-kMargin, -kMargin, kMargin, kMargin);
}

schema::NodeId DiagramScene::selectedNode() const
{
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == ModelItem::Type)
            return static_cast<ModelItem *>(item)->nodeId();
    }
    return 0;
}

schema::NodeId DiagramScene::selectedField() const
{
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == ModelItem::Type) {
            const auto *box = static_cast<ModelItem *>(item);
            if (box->selectedRow() >= 0)
                return box->rows()[size_t(box->selectedRow())].id;
        }
    }
    return 0;
}

ModelItem *DiagramScene::selectNode(schema::NodeId id)
{
    ModelItem *box = m_boxById.value(id);
    int row = -1;
    if (!box) {
        const auto it = m_rowById.constFind(id);
        if (it != m_rowById.constEnd()) {
            box = it->first;
            row = it->second;
        }
    }
    const QSignalBlocker blocker(this);
    clearSelection();
    for (ModelItem *b : m_boxOrder)
        b->setSelectedRow(-1);
    if (box) {
        box->setSelected(true);
        box->setSelectedRow(row);
    }
    updateHighlights();
    return box;
}

QPointF DiagramScene::focusPoint(schema::NodeId id) const
{
    ModelItem *box = boxForNode(id);
    if (!box)
        return {};
    const int row = box->nodeId() == id ? -1 : box->rowOf(id);
    if (row < 0)
        return box->mapToScene(QPointF(box->size().width() / 2, std::min(box->size().height() / 2, 200.0)));
    return box->mapToScene(QPointF(box->size().width() / 2, box->rowCentre(row)));
}

void DiagramScene::clearNodeSelection()
{
    {
        const QSignalBlocker blocker(this);
        clearSelection();
        for (ModelItem *b : m_boxOrder)
            b->setSelectedRow(-1);
    }
    updateHighlights();
    emit nodeSelected(0, 0);
}

void DiagramScene::boxClicked(ModelItem *box, int row)
{
    for (ModelItem *b : m_boxOrder) {
        if (b != box)
            b->setSelectedRow(-1);
    }
    box->setSelectedRow(row);
    emit nodeSelected(box->nodeId(), row >= 0 ? box->rows()[size_t(row)].id : 0);
}

void DiagramScene::boxMoved(ModelItem *box)
{
    if (m_updating)
        return;
    m_moved.insert(box);
    m_routeTimer.start();
}

void DiagramScene::boxReleased(ModelItem *box)
{
    Q_UNUSED(box);
    if (!m_moved.isEmpty() || m_routeTimer.isActive()) {
        // The drag is over: route everything again, edges of other boxes included.
        m_moved.insert(box);
        m_routeTimer.start();
    }
}

void DiagramScene::updateHighlights()
{
    QSet<ModelItem *> selected;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == ModelItem::Type)
            selected.insert(static_cast<ModelItem *>(item));
    }
    for (ModelItem *b : m_boxOrder) {
        if (!selected.contains(b))
            b->setSelectedRow(-1);
    }
    for (RelationItem *r : m_relations)
        r->setHighlighted(selected.contains(r->source().box) || selected.contains(r->target().box));
}

void DiagramScene::updateSceneRect()
{
    const QRectF rect = diagramRect();
    // Room around the diagram so that its edges can be scrolled to the middle of the view.
    const qreal margin = std::max(rect.width(), rect.height()) * 0.25 + 200;
    setSceneRect(rect.adjusted(-margin, -margin, margin, margin));
}

void DiagramScene::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, m_style.background);
    if (m_exporting)
        return;
    const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    if (lod < 0.5)
        return;
    const qreal step = lod >= 1.0 ? 24 : 48;
    QPen pen(m_style.gridDot, lod >= 1.0 ? 1.6 : 1.2);
    pen.setCosmetic(true);
    pen.setCapStyle(Qt::RoundCap);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(pen);
    std::vector<QPointF> points;
    const qreal x0 = std::floor(rect.left() / step) * step;
    const qreal y0 = std::floor(rect.top() / step) * step;
    for (qreal y = y0; y <= rect.bottom(); y += step) {
        for (qreal x = x0; x <= rect.right(); x += step)
            points.emplace_back(x, y);
    }
    painter->drawPoints(points.data(), int(points.size()));
    painter->restore();
}

void DiagramScene::renderDiagram(QPainter *painter, const QRectF &target, const QRectF &source)
{
    m_exporting = true;
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    painter->fillRect(target, m_style.background);
    render(painter, target, source, Qt::KeepAspectRatio);
    m_exporting = false;
}

bool DiagramScene::exportPng(const QString &path, qreal scale)
{
    const QRectF source = diagramRect();
    // Keep huge diagrams within what an image can hold: at most 80 megapixels, 32000 pixels a side.
    qreal s = scale;
    s = std::min(s, std::sqrt(80e6 / (source.width() * source.height())));
    s = std::min(s, 32000.0 / std::max(source.width(), source.height()));
    QImage image(QSize(int(std::ceil(source.width() * s)), int(std::ceil(source.height() * s))), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return false;
    image.fill(m_style.background);
    const int dotsPerMeter = int(std::lround(96.0 / 0.0254 * s));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    {
        QPainter painter(&image);
        renderDiagram(&painter, QRectF(image.rect()), source);
    }
    return image.save(path, "PNG");
}

bool DiagramScene::exportSvg(const QString &path)
{
    if (!QFileInfo(path).absoluteDir().exists())
        return false;
    const QRectF source = diagramRect();
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(source.size().toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), source.size()));
    generator.setTitle(tr("Schema diagram"));
    generator.setDescription(tr("Entity-relationship diagram exported by Strata"));
    QPainter painter;
    if (!painter.begin(&generator))
        return false;
    renderDiagram(&painter, QRectF(QPointF(0, 0), source.size()), source);
    return painter.end();
}

} // namespace strata::views
