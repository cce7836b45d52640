// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Only built with KF6 SyntaxHighlighting (STRATA_HAVE_KSYNTAXHIGHLIGHTING).

#include <KSyntaxHighlighting/AbstractHighlighter>
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/State>
#include <KSyntaxHighlighting/Theme>

#include <Qsci/qscilexercustom.h>

#include <vector>

namespace KSyntaxHighlighting {
class Repository;
}

namespace strata::views {

/// Highlights a QScintilla document with a KSyntaxHighlighting definition and a theme that follows the palette.
class KSyntaxLexer : public QsciLexerCustom, private KSyntaxHighlighting::AbstractHighlighter {
    Q_OBJECT
    Q_INTERFACES(KSyntaxHighlighting::AbstractHighlighter)
public:
    explicit KSyntaxLexer(const QString &definitionName, QObject *parent = nullptr);
    ~KSyntaxLexer() override;

    /// The application's repository: KSyntaxHighlighting's own definitions plus Strata's (prisma.xml).
    static KSyntaxHighlighting::Repository &repository();
    /// The theme for a palette: the default light or dark theme, by the lightness of QPalette::Base.
    static KSyntaxHighlighting::Theme themeFor(const QPalette &palette);

    /// Switches to another definition (by name) and restyles the whole document.
    void setDefinitionName(const QString &name);
    QString definitionName() const { return definition().name(); }

    const char *language() const override { return m_language.constData(); }
    QString description(int style) const override;
    void styleText(int start, int end) override;
    QColor defaultColor(int style) const override;
    QFont defaultFont(int style) const override;
    QColor defaultPaper(int style) const override;
    bool defaultEolFill(int style) const override;

    /// Re-reads the palette (light or dark theme) and recolours.
    void applyPalette();

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;
    void applyFolding(int offset, int length, KSyntaxHighlighting::FoldingRegion region) override;

private:
    void restyleAll();

    QByteArray m_language;
    // The highlighter's state at the end of each styled line, so restyling can start at any line.
    std::vector<KSyntaxHighlighting::State> m_lineStates;
    std::vector<unsigned char> m_lineStyles; // style per UTF-16 unit of the line being highlighted
    int m_foldOpens = 0;
    int m_foldCloses = 0;
};

} // namespace strata::views
