// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "psl/diagnostic.h"

#include <Qsci/qsciscintilla.h>

class QsciLexerCustom;

namespace strata::views {

/// The schema text editor: Prisma highlighting, line numbers, folding, brace matching, auto-indent, and the
/// diagnostics of the current file as squiggles and margin markers with their messages as tooltips.
class SchemaEditor : public QsciScintilla {
    Q_OBJECT
public:
    explicit SchemaEditor(QWidget *parent = nullptr);

    /// Shows these diagnostics (those of other files are ignored by the caller).
    void setDiagnostics(const std::vector<psl::Diagnostic> &diagnostics);
    /// Moves the cursor to a 1-based line and column (UTF-16 columns, as diagnostics count) and shows it.
    void goTo(int line, int column);
    /// The 1-based line and column of the cursor.
    std::pair<int, int> cursorLineColumn() const;
    /// UTF-16 offset of the cursor in text(), as spans count.
    int cursorOffset() const;
    /// Selects a UTF-16 offset range of text().
    void selectOffsets(int start, int end);

signals:
    /// The cursor moved to this UTF-16 offset (for following the cursor in other views).
    void cursorOffsetChanged(int offset);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int positionOf(int line, int column) const;
    void applyPalette();

    QsciLexerCustom *m_lexer = nullptr; // PrismaLexer, or KSyntaxPrismaLexer with KF6 SyntaxHighlighting
    std::vector<psl::Diagnostic> m_diagnostics;
    int m_errorIndicator = 8;
    int m_warningIndicator = 9;
    int m_errorMarker = 0;
    int m_warningMarker = 1;
};

} // namespace strata::views
