// SPDX-License-Identifier: GPL-3.0-or-later
#include "modelitem.h"

#include "diagramscene.h"
#include "diagramstyle.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace strata::views {
namespace {

// Below this level of detail (screen pixels per scene pixel) text is too small to read: boxes are drawn
// as outlines with their name in large type.
constexpr qreal kDetailLod = 0.45;

/// Measures row texts in one font, remembering the widths: a schema of a thousand models repeats the same
/// few hundred names and types, and measuring text (shaping it) is most of the cost of building its boxes.
class RowTextWidths {
public:
    explicit RowTextWidths(const QFont &font)
        : m_metrics(font)
        , m_widths(cacheFor(font))
    {
    }

    qreal of(const QString &text)
    {
        const auto known = m_widths.constFind(text);
        if (known != m_widths.constEnd())
            return *known;
        const qreal width = m_metrics.horizontalAdvance(text);
        m_widths.insert(text, width);
        return width;
    }

private:
    /// The widths measured so far in this font (boxes are built on the UI thread only).
    static QHash<QString, qreal> &cacheFor(const QFont &font)
    {
        static QString measuredFont;
        static QHash<QString, qreal> widths;
        if (font.key() != measuredFont) {
            measuredFont = font.key();
            widths.clear();
        }
        return widths;
    }

    QFontMetricsF m_metrics;
    QHash<QString, qreal> &m_widths;
};

int markCount(int marks)
{
    return ((marks & ModelItem::PrimaryKey) ? 1 : 0) + ((marks & ModelItem::Unique) ? 1 : 0) + ((marks & ModelItem::ForeignKey) ? 1 : 0);
}

void paintKey(QPainter *painter, const QRectF &cell, const QColor &colour)
{
    const qreal s = cell.height();
    const QPointF c(cell.left() + s * 0.32, cell.center().y());
    const qreal r = s * 0.2;
    painter->setPen(QPen(colour, std::max(1.2, s * 0.11), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawEllipse(c, r, r);
    const qreal shaftEnd = cell.left() + s * 0.98;
    painter->drawLine(QPointF(c.x() + r, c.y()), QPointF(shaftEnd, c.y()));
    painter->drawLine(QPointF(shaftEnd, c.y()), QPointF(shaftEnd, c.y() + s * 0.2));
    painter->drawLine(QPointF(shaftEnd - s * 0.2, c.y()), QPointF(shaftEnd - s * 0.2, c.y() + s * 0.15));
}

void paintUnique(QPainter *painter, const QRectF &cell, const QColor &colour)
{
    const qreal s = cell.height();
    const QPointF c(cell.left() + s * 0.5, cell.center().y());
    const qreal r = s * 0.27;
    QPolygonF diamond{QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()), QPointF(c.x(), c.y() + r), QPointF(c.x() - r, c.y())};
    painter->setPen(QPen(colour, std::max(1.2, s * 0.1), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPolygon(diamond);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawEllipse(c, r * 0.3, r * 0.3);
}

void paintForeignKey(QPainter *painter, const QRectF &cell, const QColor &colour)
{
    // An arrow pointing out of the box: this column refers to another table.
    const qreal s = cell.height();
    const qreal y = cell.center().y();
    const qreal x0 = cell.left() + s * 0.12;
    const qreal x1 = cell.left() + s * 0.9;
    painter->setPen(QPen(colour, std::max(1.2, s * 0.11), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawLine(QPointF(x0, y), QPointF(x1, y));
    painter->drawPolyline(QPolygonF{QPointF(x1 - s * 0.28, y - s * 0.24), QPointF(x1, y), QPointF(x1 - s * 0.28, y + s * 0.24)});
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawEllipse(QPointF(x0, y), s * 0.09, s * 0.09);
}

} // namespace

ModelItem::ModelItem(Kind kind, schema::NodeId id, const DiagramStyle *style)
    : m_kind(kind)
    , m_id(id)
    , m_style(style)
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(1);
}

void ModelItem::setContent(const QString &name, const QString &caption, std::vector<Row> rows, const QString &toolTip)
{
    if (!m_size.isEmpty() && name == m_name && caption == m_caption && toolTip == m_toolTip && rows == m_rows)
        return; // unchanged: no need to measure text again
    m_name = name;
    m_caption = caption;
    m_rows = std::move(rows);
    m_toolTip = toolTip;
    if (m_selectedRow >= int(m_rows.size()))
        m_selectedRow = -1;
    m_hoverRow = -1;
    setToolTip(m_toolTip);
    updateGeometry();
}

void ModelItem::updateGeometry()
{
    const DiagramStyle &s = *m_style;
    RowTextWidths widths(s.font);
    const QFontMetricsF headerMetrics(s.headerFont);
    const QFontMetricsF captionMetrics(s.captionFont);

    int maxMarks = 0;
    qreal nameWidth = 0;
    qreal typeWidth = 0;
    for (const Row &row : m_rows) {
        maxMarks = std::max(maxMarks, markCount(row.marks));
        nameWidth = std::max(nameWidth, widths.of(row.name));
        typeWidth = std::max(typeWidth, widths.of(row.type));
    }
    const qreal glyph = std::round(s.rowHeight * 0.62);
    m_markColumn = maxMarks > 0 ? maxMarks * glyph + (maxMarks - 1) * 2 + 6 : 0;
    m_nameColumn = std::ceil(std::min(nameWidth, s.maxTextWidth));
    m_typeColumn = std::ceil(std::min(typeWidth, s.maxTextWidth));

    const qreal captionWidth = m_caption.isEmpty() ? 0 : captionMetrics.horizontalAdvance(m_caption) + s.columnGap;
    const qreal headerWidth = std::min(headerMetrics.horizontalAdvance(m_name), s.maxTextWidth * 1.4) + captionWidth;
    const qreal rowsWidth = m_markColumn + m_nameColumn + (m_typeColumn > 0 ? s.columnGap + m_typeColumn : 0);
    qreal width = std::max({s.minBoxWidth, rowsWidth, headerWidth}) + 2 * s.paddingX;
    width = 2 * std::ceil(width / 2);
    const qreal height = s.headerHeight + (m_rows.empty() ? std::round(s.rowHeight * 0.5) : m_rows.size() * s.rowHeight + 4);

    prepareGeometryChange();
    m_size = QSizeF(width, std::ceil(height));
    update();
}

int ModelItem::rowOf(schema::NodeId id) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

int ModelItem::rowAt(const QPointF &point) const
{
    if (point.x() < 0 || point.x() > m_size.width())
        return -1;
    const qreal y = point.y() - m_style->headerHeight;
    if (y < 0)
        return -1;
    const int row = int(y / m_style->rowHeight);
    return row < int(m_rows.size()) ? row : -1;
}

qreal ModelItem::rowCentre(int row) const
{
    if (row < 0 || row >= int(m_rows.size()))
        return std::round(m_style->headerHeight / 2);
    return std::round(m_style->headerHeight + (row + 0.5) * m_style->rowHeight);
}

void ModelItem::setSelectedRow(int row)
{
    if (row == m_selectedRow)
        return;
    m_selectedRow = row;
    update();
}

QRectF ModelItem::boundingRect() const
{
    // Room for the shadow and the selection outline.
    return boxRect().adjusted(-3, -3, 3, 5);
}

QColor ModelItem::headerColour() const
{
    switch (m_kind) {
    case Kind::Model: return m_style->modelHeader;
    case Kind::View: return m_style->viewHeader;
    case Kind::Enum: return m_style->enumHeader;
    case Kind::CompositeType: return m_style->typeHeader;
    }
    return m_style->modelHeader;
}

void ModelItem::paintOverview(QPainter *painter, qreal lod) const
{
    const DiagramStyle &s = *m_style;
    const QRectF box = boxRect();
    const bool selected = isSelected() && !(diagramScene() && diagramScene()->isExporting());
    painter->setRenderHint(QPainter::Antialiasing, lod > 0.08);
    painter->setPen(QPen(selected ? s.highlight : s.boxBorder, selected ? 2.5 / lod : 1.0 / lod));
    painter->setBrush(s.boxFill);
    painter->drawRect(box);
    painter->setPen(Qt::NoPen);
    painter->setBrush(selected ? s.highlightFill : headerColour());
    const qreal inset = 0.5 / lod;
    painter->drawRect(QRectF(box.left() + inset, box.top() + inset, box.width() - 2 * inset, s.headerHeight));
    if (lod < 0.06)
        return;
    // The name large enough to read at this zoom, but never larger than the box.
    QFont font = s.headerFont;
    const QRectF textRect = box.adjusted(s.paddingX * 0.5, s.headerHeight * 0.3, -s.paddingX * 0.5, 0);
    qreal pixels = std::min(13 / lod, std::max(s.headerHeight, box.height() * 0.4));
    font.setPixelSize(std::max(1, int(pixels)));
    const qreal natural = QFontMetricsF(font).horizontalAdvance(m_name);
    if (natural > textRect.width()) {
        // Shrink to fit, down to a size that is still legible at this zoom; elide below that.
        pixels = std::max(8.5 / lod, pixels * textRect.width() / natural);
        font.setPixelSize(std::max(1, int(pixels)));
    }
    painter->setFont(font);
    painter->setPen(s.text);
    const QFontMetricsF metrics(font);
    const QString text = metrics.elidedText(m_name, Qt::ElideRight, textRect.width());
    painter->drawText(textRect, Qt::AlignHCenter | (box.height() > pixels * 2.5 ? Qt::AlignVCenter : Qt::AlignTop), text);
}

void ModelItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget);
    const DiagramStyle &s = *m_style;
    const qreal lod = QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform());
    if (lod < kDetailLod) {
        paintOverview(painter, lod);
        return;
    }
    Q_UNUSED(option);
    const bool exporting = diagramScene() && diagramScene()->isExporting();
    const bool selected = isSelected() && !exporting;
    const QRectF box = boxRect();
    const qreal r = s.cornerRadius;
    painter->setRenderHint(QPainter::Antialiasing);

    // A soft shadow from two offset shapes: no blur, so no bitmaps.
    painter->setPen(Qt::NoPen);
    QColor shadow = s.shadow;
    painter->setBrush(shadow);
    painter->drawRoundedRect(box.adjusted(-0.5, 1.5, 0.5, 2.5), r + 1, r + 1);
    shadow.setAlphaF(shadow.alphaF() * 0.5f);
    painter->setBrush(shadow);
    painter->drawRoundedRect(box.adjusted(-1.5, 1, 1.5, 4.5), r + 2, r + 2);

    QPainterPath outline;
    outline.addRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), r, r);
    painter->save();
    painter->setClipPath(outline);
    painter->fillRect(box, s.boxFill);
    painter->fillRect(QRectF(0, 0, box.width(), s.headerHeight), selected ? s.highlightFill : headerColour());
    for (int i = 0; i < int(m_rows.size()); ++i) {
        const QRectF rowRect(0, s.headerHeight + i * s.rowHeight, box.width(), s.rowHeight);
        if (!exporting && i == m_selectedRow && selected)
            painter->fillRect(rowRect, s.highlightFill);
        else if (!exporting && i == m_hoverRow)
            painter->fillRect(rowRect, s.hoverFill);
        else if (i % 2 == 1)
            painter->fillRect(rowRect, s.boxAlternateFill);
    }
    painter->restore();

    painter->setPen(QPen(s.boxBorder, 1));
    painter->drawLine(QPointF(0.5, s.headerHeight - 0.5), QPointF(box.width() - 0.5, s.headerHeight - 0.5));
    painter->setBrush(Qt::NoBrush);
    if (selected) {
        painter->setPen(QPen(s.highlight, 2));
        painter->drawRoundedRect(box.adjusted(0, 0, 0, 0), r, r);
    } else {
        QPen pen(s.boxBorder, 1);
        if (m_kind == Kind::View)
            pen.setStyle(Qt::DashLine);
        painter->setPen(pen);
        painter->drawPath(outline);
    }

    // Header: the name, and a caption on the right.
    qreal captionWidth = 0;
    if (!m_caption.isEmpty()) {
        painter->setFont(s.captionFont);
        painter->setPen(s.mutedText);
        const QFontMetricsF metrics(s.captionFont);
        const QString caption = metrics.elidedText(m_caption, Qt::ElideMiddle, box.width() * 0.45);
        captionWidth = metrics.horizontalAdvance(caption) + s.columnGap * 0.6;
        painter->drawText(QRectF(s.paddingX, 0, box.width() - 2 * s.paddingX, s.headerHeight), Qt::AlignVCenter | Qt::AlignRight, caption);
    }
    painter->setFont(s.headerFont);
    painter->setPen(s.headerText);
    const QFontMetricsF headerMetrics(s.headerFont);
    const QRectF nameRect(s.paddingX, 0, box.width() - 2 * s.paddingX - captionWidth, s.headerHeight);
    painter->drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft, headerMetrics.elidedText(m_name, Qt::ElideRight, nameRect.width()));

    // Rows: marks, name, type.
    const QFontMetricsF metrics(s.font);
    painter->setFont(s.font);
    const qreal nameX = s.paddingX + m_markColumn;
    const qreal typeX = box.width() - s.paddingX - m_typeColumn;
    const QRectF exposed = option ? option->exposedRect : box;
    for (int i = 0; i < int(m_rows.size()); ++i) {
        const Row &row = m_rows[size_t(i)];
        const qreal y = s.headerHeight + i * s.rowHeight;
        if (y > exposed.bottom() || y + s.rowHeight < exposed.top())
            continue;
        if (row.marks)
            paintMarks(painter, QRectF(s.paddingX, y, m_markColumn, s.rowHeight), row.marks);
        painter->setPen(s.text);
        painter->drawText(QRectF(nameX, y, typeX - nameX - s.columnGap * 0.5, s.rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                          metrics.elidedText(row.name, Qt::ElideRight, typeX - nameX - s.columnGap * 0.5));
        if (row.type.isEmpty())
            continue;
        switch (row.typeKind) {
        case TypeKind::Relation: painter->setPen(s.relationType); break;
        case TypeKind::Enum: painter->setPen(s.enumType); break;
        default: painter->setPen(s.mutedText); break;
        }
        painter->drawText(QRectF(typeX, y, m_typeColumn + 1, s.rowHeight), Qt::AlignVCenter | Qt::AlignLeft,
                          metrics.elidedText(row.type, Qt::ElideRight, m_typeColumn + 1));
    }
}

void ModelItem::paintMarks(QPainter *painter, const QRectF &cell, int marks) const
{
    const qreal glyph = std::round(m_style->rowHeight * 0.62);
    QRectF g(cell.left(), cell.center().y() - glyph / 2, glyph, glyph);
    if (marks & PrimaryKey) {
        paintKey(painter, g, m_style->primaryKeyMark);
        g.translate(glyph + 2, 0);
    }
    if (marks & ForeignKey) {
        paintForeignKey(painter, g, m_style->foreignKeyMark);
        g.translate(glyph + 2, 0);
    }
    if (marks & Unique)
        paintUnique(painter, g, m_style->uniqueMark);
}

DiagramScene *ModelItem::diagramScene() const
{
    return qobject_cast<DiagramScene *>(scene());
}

void ModelItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mousePressEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    const int row = rowAt(event->pos());
    if (DiagramScene *s = diagramScene())
        s->boxClicked(this, row);
}

void ModelItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mouseReleaseEvent(event);
    if (DiagramScene *s = diagramScene())
        s->boxReleased(this);
}

void ModelItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const int row = rowAt(event->pos());
    if (row != m_hoverRow) {
        m_hoverRow = row;
        setToolTip(row >= 0 ? m_rows[size_t(row)].toolTip : m_toolTip);
        update();
    }
}

void ModelItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *event)
{
    Q_UNUSED(event);
    if (m_hoverRow >= 0) {
        m_hoverRow = -1;
        update();
    }
}

QVariant ModelItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange) {
        // Whole pixels keep 1px lines crisp.
        const QPointF p = value.toPointF();
        return QPointF(std::round(p.x()), std::round(p.y()));
    }
    if (change == ItemPositionHasChanged) {
        if (DiagramScene *s = diagramScene())
            s->boxMoved(this);
    }
    return QGraphicsItem::itemChange(change, value);
}

} // namespace strata::views
