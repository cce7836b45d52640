// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagramstyle.h"

#include <QFontMetricsF>
#include <QGuiApplication>

#include <cmath>

namespace strata::views {
namespace {

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    const QColor x = a.toRgb();
    const QColor y = b.toRgb();
    return QColor::fromRgbF(float(x.redF() + (y.redF() - x.redF()) * t), float(x.greenF() + (y.greenF() - x.greenF()) * t),
                            float(x.blueF() + (y.blueF() - x.blueF()) * t), float(x.alphaF() + (y.alphaF() - x.alphaF()) * t));
}

// A tint of the given hue that reads well as a header on this base colour: light pastel on a light theme,
// a deep muted tone on a dark one.
QColor headerTint(int hue, bool dark, qreal saturation = 0.55)
{
    if (dark)
        return QColor::fromHslF(float(hue / 360.0), float(saturation * 0.55), 0.27f);
    return QColor::fromHslF(float(hue / 360.0), float(saturation), 0.90f);
}

QColor accent(int hue, bool dark)
{
    return dark ? QColor::fromHslF(float(hue / 360.0), 0.65f, 0.68f) : QColor::fromHslF(float(hue / 360.0), 0.70f, 0.38f);
}

} // namespace

DiagramStyle DiagramStyle::fromPalette(const QPalette &palette, const QFont &font)
{
    DiagramStyle s;
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    s.m_dark = window.lightnessF() < 0.5;
    const bool dark = s.m_dark;

    s.background = dark ? mix(window, QColor(Qt::black), 0.25) : mix(window, base, 0.55);
    s.gridDot = mix(s.background, text, dark ? 0.16 : 0.13);
    s.boxFill = base;
    s.boxAlternateFill = mix(base, text, dark ? 0.035 : 0.025);
    s.boxBorder = mix(base, text, dark ? 0.32 : 0.28);
    s.shadow = dark ? QColor(0, 0, 0, 110) : QColor(20, 30, 50, 26);

    QColor highlight = palette.color(QPalette::Active, QPalette::Highlight);
    const int highlightHue = highlight.hslHue() >= 0 ? highlight.hslHue() : 212;
    s.modelHeader = headerTint(highlightHue, dark);
    s.viewHeader = headerTint((highlightHue + 150) % 360, dark, 0.45);
    s.enumHeader = headerTint(38, dark, 0.75);
    s.typeHeader = headerTint(280, dark, 0.40);
    s.headerText = text;
    s.text = text;
    s.mutedText = mix(text, base, 0.42);
    s.relationType = accent(highlightHue, dark);
    s.enumType = accent(28, dark);
    s.primaryKeyMark = dark ? QColor(240, 196, 70) : QColor(196, 140, 0);
    s.uniqueMark = accent(200, dark);
    s.foreignKeyMark = accent(highlightHue, dark);
    s.edge = mix(text, base, dark ? 0.45 : 0.5);
    s.highlight = dark ? highlight.lighter(125) : highlight;
    s.highlightFill = mix(base, highlight, dark ? 0.35 : 0.16);
    s.hoverFill = mix(base, text, dark ? 0.07 : 0.045);

    s.font = font;
    s.headerFont = font;
    s.headerFont.setBold(true);
    s.captionFont = font;
    if (font.pointSizeF() > 0)
        s.captionFont.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.82));
    else
        s.captionFont.setPixelSize(std::max(8, int(std::lround(font.pixelSize() * 0.82))));

    const QFontMetricsF metrics(s.font);
    const QFontMetricsF headerMetrics(s.headerFont);
    s.rowHeight = std::ceil(metrics.height() + 7);
    s.headerHeight = std::ceil(headerMetrics.height() + 14);
    s.paddingX = std::ceil(metrics.height() * 0.62);
    s.markWidth = std::ceil(metrics.height() * 1.15);
    s.columnGap = std::ceil(metrics.height() * 1.2);
    s.cornerRadius = 6;
    s.minBoxWidth = std::ceil(metrics.averageCharWidth() * 22);
    s.maxTextWidth = std::ceil(metrics.averageCharWidth() * 30);
    return s;
}

DiagramStyle DiagramStyle::fromApplication()
{
    return fromPalette(QGuiApplication::palette(), QGuiApplication::font());
}

} // namespace strata::views
