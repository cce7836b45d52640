// SPDX-License-Identifier: GPL-3.0-or-later
#include "ksyntaxlexer.h"

#include <KSyntaxHighlighting/FoldingRegion>
#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>

#include <Qsci/qsciscintilla.h>
#include <QApplication>
#include <QFontDatabase>
#include <QPalette>

namespace strata::views {

namespace KSH = KSyntaxHighlighting;

namespace {
// One Scintilla style per theme text style; all of them are below STYLE_DEFAULT (32).
constexpr int styleCount = int(KSH::Theme::Others) + 1; // Others is the last text style
static_assert(styleCount <= 32, "Scintilla reserves styles 32-39");
} // namespace

KSyntaxLexer::KSyntaxLexer(const QString &definitionName, QObject *parent)
    : QsciLexerCustom(parent)
{
    setDefinitionName(definitionName);
    applyPalette();
}

KSyntaxLexer::~KSyntaxLexer() = default;

KSH::Repository &KSyntaxLexer::repository()
{
    // Strata's own definitions are a Qt resource: :/strata/syntax/*.xml.
    static KSH::Repository repository;
    static const bool searched = [] {
        repository.addCustomSearchPath(QStringLiteral(":/strata"));
        return true;
    }();
    Q_UNUSED(searched);
    return repository;
}

KSH::Theme KSyntaxLexer::themeFor(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return repository().defaultTheme(dark ? KSH::Repository::DarkTheme : KSH::Repository::LightTheme);
}

void KSyntaxLexer::setDefinitionName(const QString &name)
{
    setDefinition(repository().definitionForName(name));
    m_language = name.toUtf8();
    restyleAll();
}

void KSyntaxLexer::applyPalette()
{
    setTheme(themeFor(QApplication::palette()));
    for (int style = 0; style < styleCount; ++style) {
        setColor(defaultColor(style), style);
        setPaper(defaultPaper(style), style);
        setFont(defaultFont(style), style);
    }
    const QPalette palette = QApplication::palette();
    setDefaultPaper(palette.color(QPalette::Base));
    setDefaultColor(palette.color(QPalette::Text));
}

QString KSyntaxLexer::description(int style) const
{
    // Scintilla treats a style without a description as unused.
    static const char *const names[] = {
        "Normal", "Keyword", "Function", "Variable", "Control flow", "Operator", "Built-in", "Extension",
        "Preprocessor", "Attribute", "Character", "Special character", "String", "Verbatim string",
        "Special string", "Import", "Data type", "Decimal", "Base-N integer", "Floating point", "Constant",
        "Comment", "Documentation", "Annotation", "Comment variable", "Region marker", "Information",
        "Warning", "Alert", "Error", "Others"};
    static_assert(std::size(names) == styleCount);
    if (style < 0 || style >= styleCount)
        return {};
    return QString::fromLatin1(names[style]);
}

QColor KSyntaxLexer::defaultColor(int style) const
{
    const auto textStyle = KSH::Theme::TextStyle(style);
    const QRgb rgb = theme().textColor(textStyle);
    if (style == KSH::Theme::Normal || rgb == 0)
        return QApplication::palette().color(QPalette::Text);
    return QColor::fromRgba(rgb);
}

QFont KSyntaxLexer::defaultFont(int style) const
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (style < 0 || style >= styleCount)
        return font;
    const auto textStyle = KSH::Theme::TextStyle(style);
    font.setBold(theme().isBold(textStyle));
    font.setItalic(theme().isItalic(textStyle));
    font.setUnderline(theme().isUnderline(textStyle));
    return font;
}

QColor KSyntaxLexer::defaultPaper(int) const
{
    // The palette's background rather than the theme's, so the view sits in the window like its neighbours.
    return QApplication::palette().color(QPalette::Base);
}

bool KSyntaxLexer::defaultEolFill(int) const
{
    return false;
}

void KSyntaxLexer::restyleAll()
{
    m_lineStates.clear();
    if (QsciScintilla *ed = editor())
        ed->recolor();
}

void KSyntaxLexer::applyFormat(int offset, int length, const KSH::Format &format)
{
    const int style = std::clamp(int(format.textStyle()), 0, styleCount - 1);
    const int end = std::min(offset + length, int(m_lineStyles.size()));
    for (int i = std::max(0, offset); i < end; ++i)
        m_lineStyles[size_t(i)] = static_cast<unsigned char>(style);
}

void KSyntaxLexer::applyFolding(int, int, KSH::FoldingRegion region)
{
    if (region.type() == KSH::FoldingRegion::Begin)
        ++m_foldOpens;
    else if (region.type() == KSH::FoldingRegion::End) {
        if (m_foldOpens > 0)
            --m_foldOpens; // opened and closed on the same line
        else
            ++m_foldCloses;
    }
}

void KSyntaxLexer::styleText(int start, int end)
{
    QsciScintilla *ed = editor();
    if (!ed)
        return;
    const int lineCount = int(ed->SendScintilla(QsciScintilla::SCI_GETLINECOUNT));
    // Start at the beginning of a line whose preceding state is known.
    int line = int(ed->SendScintilla(QsciScintilla::SCI_LINEFROMPOSITION, start));
    line = std::min(line, int(m_lineStates.size()));
    const int lastLine = std::min(lineCount - 1, int(ed->SendScintilla(QsciScintilla::SCI_LINEFROMPOSITION, std::max(start, end - 1))));
    m_lineStates.resize(size_t(line));

    KSH::State state = line > 0 ? m_lineStates[size_t(line - 1)] : KSH::State();
    int level = QsciScintilla::SC_FOLDLEVELBASE;
    if (line > 0) {
        const int previous = int(ed->SendScintilla(QsciScintilla::SCI_GETFOLDLEVEL, line - 1));
        level = previous & QsciScintilla::SC_FOLDLEVELNUMBERMASK;
        if (previous & QsciScintilla::SC_FOLDLEVELHEADERFLAG)
            ++level;
    }

    startStyling(int(ed->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, line)));
    const bool highlight = definition().isValid();
    for (; line <= lastLine; ++line) {
        const QString full = ed->text(line);
        qsizetype length = full.size();
        while (length > 0 && (full[length - 1] == u'\n' || full[length - 1] == u'\r'))
            --length;
        const QStringView text = QStringView(full).left(length);

        m_lineStyles.assign(size_t(length), 0);
        m_foldOpens = 0;
        m_foldCloses = 0;
        if (highlight)
            state = highlightLine(text, state);
        m_lineStates.push_back(state);

        // Runs of one style, measured in UTF-8 bytes as Scintilla counts.
        qsizetype runStart = 0;
        for (qsizetype i = 1; i <= length; ++i) {
            if (i == length || m_lineStyles[size_t(i)] != m_lineStyles[size_t(runStart)]) {
                setStyling(int(text.mid(runStart, i - runStart).toUtf8().size()), m_lineStyles[size_t(runStart)]);
                runStart = i;
            }
        }
        if (full.size() > length)
            setStyling(int(QStringView(full).mid(length).toUtf8().size()), KSH::Theme::Normal);

        int flags = level;
        const int next = std::max(int(QsciScintilla::SC_FOLDLEVELBASE), level + m_foldOpens - m_foldCloses);
        if (m_foldOpens > 0)
            flags |= QsciScintilla::SC_FOLDLEVELHEADERFLAG;
        if (m_foldCloses > 0 && m_foldOpens == 0)
            flags = next;
        ed->SendScintilla(QsciScintilla::SCI_SETFOLDLEVEL, line, flags);
        level = next;
    }
}

} // namespace strata::views
