// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemaeditor.h"

#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
#include "ksyntaxprismalexer.h"
#else
#include "prismalexer.h"
#endif

#include <QApplication>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QToolTip>

namespace strata::views {

#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
using SchemaLexer = KSyntaxPrismaLexer;
#else
using SchemaLexer = PrismaLexer;
#endif

SchemaEditor::SchemaEditor(QWidget *parent)
    : QsciScintilla(parent)
    , m_lexer(new SchemaLexer(this))
{
    setUtf8(true);
    setLexer(m_lexer);
    setMarginType(0, QsciScintilla::NumberMargin);
    setMarginLineNumbers(0, true);
    setMarginWidth(0, QStringLiteral("00000"));
    setMarginType(1, QsciScintilla::SymbolMargin);
    setMarginWidth(1, 14);
    setMarginSensitivity(1, false);
    setFolding(QsciScintilla::BoxedTreeFoldStyle, 2);
    setBraceMatching(QsciScintilla::SloppyBraceMatch);
    setAutoIndent(true);
    setIndentationsUseTabs(false);
    setIndentationWidth(2);
    setTabWidth(2);
    setCaretLineVisible(true);
    setEolMode(QsciScintilla::EolUnix);
    setWrapMode(QsciScintilla::WrapNone);

    m_errorMarker = markerDefine(QsciScintilla::Circle, 0);
    m_warningMarker = markerDefine(QsciScintilla::Circle, 1);
    indicatorDefine(QsciScintilla::SquiggleLowIndicator, m_errorIndicator);
    indicatorDefine(QsciScintilla::SquiggleLowIndicator, m_warningIndicator);
    setIndicatorForegroundColor(QColor(0xe0, 0x30, 0x30), m_errorIndicator);
    setIndicatorForegroundColor(QColor(0xd0, 0x90, 0x00), m_warningIndicator);
    setMarkerBackgroundColor(QColor(0xe0, 0x30, 0x30), m_errorMarker);
    setMarkerBackgroundColor(QColor(0xd0, 0x90, 0x00), m_warningMarker);
    applyPalette();

    connect(this, &QsciScintilla::cursorPositionChanged, this, [this] { emit cursorOffsetChanged(cursorOffset()); });
}

void SchemaEditor::applyPalette()
{
    const QPalette palette = QApplication::palette();
    static_cast<SchemaLexer *>(m_lexer)->applyPalette();
    setCaretForegroundColor(palette.color(QPalette::Text));
    setCaretLineBackgroundColor(palette.color(QPalette::AlternateBase));
    setMarginsBackgroundColor(palette.color(QPalette::Window));
    setMarginsForegroundColor(palette.color(QPalette::PlaceholderText));
    setFoldMarginColors(palette.color(QPalette::Window), palette.color(QPalette::Window));
    setSelectionBackgroundColor(palette.color(QPalette::Highlight));
    setSelectionForegroundColor(palette.color(QPalette::HighlightedText));
    setMatchedBraceBackgroundColor(palette.color(QPalette::Highlight).lighter(160));
}

void SchemaEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
    QsciScintilla::changeEvent(event);
}

int SchemaEditor::positionOf(int line, int column) const
{
    // Lines and columns count UTF-16 units; Scintilla counts UTF-8 bytes.
    const int zeroLine = std::max(0, line - 1);
    const QString lineText = text(zeroLine);
    const int bytes = int(QStringView(lineText).left(std::max(0, column - 1)).toUtf8().size());
    return positionFromLineIndex(zeroLine, bytes);
}

void SchemaEditor::setDiagnostics(const std::vector<psl::Diagnostic> &diagnostics)
{
    m_diagnostics = diagnostics;
    const int length = int(SendScintilla(SCI_GETLENGTH));
    SendScintilla(SCI_SETINDICATORCURRENT, m_errorIndicator);
    SendScintilla(SCI_INDICATORCLEARRANGE, 0, length);
    SendScintilla(SCI_SETINDICATORCURRENT, m_warningIndicator);
    SendScintilla(SCI_INDICATORCLEARRANGE, 0, length);
    markerDeleteAll();
    for (const psl::Diagnostic &d : m_diagnostics) {
        // Underline the span, at least one character and at most to the end of its first line (so the line's
        // text is all that is needed, not the whole document's).
        const int zeroLine = std::max(0, d.span.line - 1);
        const QString lineText = text(zeroLine);
        const qsizetype column = std::max(0, d.span.column - 1);
        const int from = int(positionFromLineIndex(zeroLine, int(QStringView(lineText).left(column).toUtf8().size())));
        int to = from + int(QStringView(lineText).mid(column, std::max(1, d.span.length())).toUtf8().size());
        const int lineEnd = int(SendScintilla(SCI_GETLINEENDPOSITION, d.span.line - 1));
        to = std::max(from + 1, std::min(to, lineEnd));
        SendScintilla(SCI_SETINDICATORCURRENT, d.isError() ? m_errorIndicator : m_warningIndicator);
        SendScintilla(SCI_INDICATORFILLRANGE, from, to - from);
        markerAdd(d.span.line - 1, d.isError() ? m_errorMarker : m_warningMarker);
    }
}

bool SchemaEditor::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint point = viewport()->mapFrom(this, help->pos());
        const int position = int(SendScintilla(SCI_POSITIONFROMPOINTCLOSE, point.x(), point.y()));
        int line = -1;
        if (position >= 0) {
            int index = 0;
            lineIndexFromPosition(position, &line, &index);
        } else if (help->pos().x() < marginWidth(0) + marginWidth(1)) {
            line = int(SendScintilla(SCI_LINEFROMPOSITION, SendScintilla(SCI_POSITIONFROMPOINT, 0, point.y())));
        }
        QStringList messages;
        for (const psl::Diagnostic &d : m_diagnostics) {
            if (d.span.line - 1 == line)
                messages << d.message;
        }
        if (!messages.isEmpty()) {
            QToolTip::showText(help->globalPos(), messages.join(u'\n'), this);
            return true;
        }
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    return QsciScintilla::event(event);
}

void SchemaEditor::goTo(int line, int column)
{
    const int position = positionOf(line, column);
    int l = 0;
    int index = 0;
    lineIndexFromPosition(position, &l, &index);
    setCursorPosition(l, index);
    ensureLineVisible(l);
    setFocus();
}

std::pair<int, int> SchemaEditor::cursorLineColumn() const
{
    int line = 0;
    int index = 0;
    getCursorPosition(&line, &index);
    const QByteArray lineBytes = text(line).toUtf8();
    return {line + 1, int(QString::fromUtf8(lineBytes.left(index)).size()) + 1};
}

int SchemaEditor::cursorOffset() const
{
    const int position = int(SendScintilla(SCI_GETCURRENTPOS));
    const QByteArray before = bytes(0, position);
    return int(QString::fromUtf8(before.constData(), qsizetype(qstrnlen(before.constData(), size_t(before.size())))).size());
}

void SchemaEditor::selectOffsets(int start, int end)
{
    const QString all = text();
    const int from = int(QStringView(all).left(start).toUtf8().size());
    const int to = from + int(QStringView(all).mid(start, end - start).toUtf8().size());
    SendScintilla(SCI_SETSEL, from, to);
    ensureCursorVisible();
}

} // namespace strata::views
