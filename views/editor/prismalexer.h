// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qsci/qscilexercustom.h>

namespace strata::views {

/// Highlights Prisma schema text in QScintilla using the schema language's own lexer, and folds blocks.
class PrismaLexer : public QsciLexerCustom {
    Q_OBJECT
public:
    enum Style { Default = 0, Keyword, Type, Attribute, String, Number, Comment, DocComment, Function, Punctuation, Invalid, StyleCount };

    explicit PrismaLexer(QObject *parent = nullptr);

    const char *language() const override { return "Prisma"; }
    QString description(int style) const override;
    void styleText(int start, int end) override;
    QColor defaultColor(int style) const override;
    QFont defaultFont(int style) const override;
    QColor defaultPaper(int style) const override;
    bool defaultEolFill(int style) const override;
    const char *blockStart(int *style = nullptr) const override;
    const char *blockEnd(int *style = nullptr) const override;

    /// Re-reads the colours from the application palette (light or dark).
    void applyPalette();

private:
    void setFoldLevels(int startLine, int endLine);
    bool m_dark = false;
};

} // namespace strata::views
