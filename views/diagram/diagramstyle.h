// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

namespace strata::views {

/// The colours, fonts and metrics of the diagram, derived from a widget's palette and font so that the
/// diagram follows the light or dark theme of the system.
struct DiagramStyle {
    QColor background;      ///< the canvas
    QColor gridDot;
    QColor boxFill;
    QColor boxAlternateFill;
    QColor boxBorder;
    QColor shadow;
    QColor modelHeader;
    QColor viewHeader;
    QColor enumHeader;
    QColor typeHeader;      ///< composite types
    QColor headerText;
    QColor text;
    QColor mutedText;       ///< types, captions
    QColor relationType;    ///< the type of a relation field (a model name)
    QColor enumType;        ///< the type of an enum field
    QColor primaryKeyMark;
    QColor uniqueMark;
    QColor foreignKeyMark;
    QColor edge;
    QColor highlight;       ///< selection
    QColor highlightFill;   ///< selected row background
    QColor hoverFill;

    QFont font;
    QFont headerFont;
    QFont captionFont;

    qreal rowHeight = 22;
    qreal headerHeight = 32;
    qreal paddingX = 10;
    qreal markWidth = 18;
    qreal columnGap = 18;
    qreal cornerRadius = 6;
    qreal minBoxWidth = 150;
    qreal maxTextWidth = 220;

    /// The style for a palette and font; `dark` is detected from the palette's window colour.
    static DiagramStyle fromPalette(const QPalette &palette, const QFont &font);
    /// The style for the application's palette and font.
    static DiagramStyle fromApplication();

    bool isDark() const { return m_dark; }

private:
    bool m_dark = false;
};

} // namespace strata::views
