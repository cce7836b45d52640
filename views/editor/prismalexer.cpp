// SPDX-License-Identifier: GPL-3.0-or-later
#include "prismalexer.h"

#include "psl/lexer.h"

#include <Qsci/qsciscintilla.h>
#include <QApplication>
#include <QFontDatabase>
#include <QPalette>

namespace strata::views {

using psl::Token;
using K = Token::Kind;

static bool isBlockKeyword(QStringView word)
{
    return word == u"model" || word == u"enum" || word == u"view" || word == u"type" || word == u"datasource"
        || word == u"generator";
}

static bool isBuiltinType(QStringView word)
{
    static const char16_t *types[] = {u"String", u"Boolean", u"Int", u"BigInt", u"Float", u"Decimal",
                                      u"DateTime", u"Json", u"Bytes", u"Unsupported"};
    for (const char16_t *t : types) {
        if (word == QStringView(t))
            return true;
    }
    return false;
}

PrismaLexer::PrismaLexer(QObject *parent)
    : QsciLexerCustom(parent)
{
    applyPalette();
}

void PrismaLexer::applyPalette()
{
    const QPalette palette = QApplication::palette();
    m_dark = palette.color(QPalette::Base).lightness() < 128;
    for (int style = 0; style < StyleCount; ++style) {
        setColor(defaultColor(style), style);
        setPaper(defaultPaper(style), style);
        setFont(defaultFont(style), style);
    }
    setDefaultPaper(palette.color(QPalette::Base));
    setDefaultColor(palette.color(QPalette::Text));
}

QString PrismaLexer::description(int style) const
{
    switch (style) {
    case Default: return tr("Default");
    case Keyword: return tr("Keyword");
    case Type: return tr("Type");
    case Attribute: return tr("Attribute");
    case String: return tr("String");
    case Number: return tr("Number");
    case Comment: return tr("Comment");
    case DocComment: return tr("Documentation comment");
    case Function: return tr("Function");
    case Punctuation: return tr("Punctuation");
    case Invalid: return tr("Invalid");
    default: return {};
    }
}

QColor PrismaLexer::defaultColor(int style) const
{
    const QPalette palette = QApplication::palette();
    switch (style) {
    case Keyword: return m_dark ? QColor(0xc6, 0x78, 0xdd) : QColor(0x8a, 0x2b, 0xb9);
    case Type: return m_dark ? QColor(0x4e, 0xc9, 0xb0) : QColor(0x00, 0x7a, 0x7a);
    case Attribute: return m_dark ? QColor(0xe5, 0xc0, 0x7b) : QColor(0x9a, 0x5b, 0x00);
    case String: return m_dark ? QColor(0x98, 0xc3, 0x79) : QColor(0x2e, 0x7d, 0x32);
    case Number: return m_dark ? QColor(0xd1, 0x9a, 0x66) : QColor(0xb0, 0x4a, 0x00);
    case Comment: return m_dark ? QColor(0x7f, 0x84, 0x8e) : QColor(0x80, 0x80, 0x80);
    case DocComment: return m_dark ? QColor(0x8f, 0xa8, 0xc0) : QColor(0x4a, 0x6f, 0x8f);
    case Function: return m_dark ? QColor(0x61, 0xaf, 0xef) : QColor(0x1f, 0x5f, 0xbf);
    case Invalid: return QColor(0xe0, 0x40, 0x40);
    default: return palette.color(QPalette::Text);
    }
}

QFont PrismaLexer::defaultFont(int style) const
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (style == Keyword)
        font.setBold(true);
    if (style == DocComment)
        font.setItalic(true);
    return font;
}

QColor PrismaLexer::defaultPaper(int) const
{
    return QApplication::palette().color(QPalette::Base);
}

bool PrismaLexer::defaultEolFill(int) const
{
    return false;
}

const char *PrismaLexer::blockStart(int *style) const
{
    if (style)
        *style = Punctuation;
    return "{";
}

const char *PrismaLexer::blockEnd(int *style) const
{
    if (style)
        *style = Punctuation;
    return "}";
}

void PrismaLexer::styleText(int start, int end)
{
    QsciScintilla *ed = editor();
    if (!ed)
        return;
    // Restart at a line start outside any block comment, so multi-line comments are styled as a whole.
    int line = int(ed->SendScintilla(QsciScintilla::SCI_LINEFROMPOSITION, start));
    start = int(ed->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, line));
    while (start > 0 && ed->SendScintilla(QsciScintilla::SCI_GETSTYLEAT, start - 1) == Comment && line > 0) {
        --line;
        start = int(ed->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, line));
    }
    const QByteArray bytes = ed->bytes(start, end);
    const QString text = QString::fromUtf8(bytes.constData(), qsizetype(qstrnlen(bytes.constData(), size_t(bytes.size()))));

    startStyling(start);
    psl::Lexer lexer(text);
    int cursor = 0; // UTF-16 offset already styled
    auto styleRun = [&](int from, int to, int style) {
        if (to <= from)
            return;
        setStyling(int(QStringView(text).mid(from, to - from).toUtf8().size()), style);
    };
    bool expectBlockName = false;
    Token previous;
    for (Token t = lexer.next(); !t.is(K::EndOfFile); t = lexer.next()) {
        styleRun(cursor, t.span.start, Default);
        int style = Default;
        const QStringView word = lexer.textOf(t.span);
        switch (t.kind) {
        case K::LineComment:
        case K::BlockComment:
            style = Comment;
            break;
        case K::DocComment:
            style = DocComment;
            break;
        case K::String:
            style = t.terminated ? String : Invalid;
            break;
        case K::Number:
            style = Number;
            break;
        case K::At:
        case K::AtAt:
            style = Attribute;
            break;
        case K::Identifier: {
            const bool atLineStart = previous.is(K::Newline) || previous.is(K::EndOfFile);
            if (previous.is(K::At) || previous.is(K::AtAt) || previous.is(K::Dot)) {
                style = Attribute;
            } else if (atLineStart && isBlockKeyword(word) && lexer.peek().is(K::Identifier)) {
                style = Keyword;
                expectBlockName = true;
            } else if (expectBlockName) {
                style = Type;
                expectBlockName = false;
            } else if (isBuiltinType(word)) {
                style = Type;
            } else if (lexer.peek().is(K::LeftParen)) {
                style = Function;
            } else if (word.size() && word[0].isUpper() && (previous.is(K::Identifier))) {
                style = Type;
            }
            break;
        }
        case K::Dot:
            // The dot of an attribute path such as @db.VarChar.
            style = previous.is(K::Identifier) && lexer.peek().is(K::Identifier) ? Attribute : Punctuation;
            break;
        case K::Unknown:
            style = Invalid;
            break;
        default:
            style = Punctuation;
            break;
        }
        styleRun(t.span.start, t.span.end, style);
        cursor = t.span.end;
        previous = t;
    }
    styleRun(cursor, int(text.size()), Default);
    setFoldLevels(line, int(ed->SendScintilla(QsciScintilla::SCI_LINEFROMPOSITION, end)));
}

void PrismaLexer::setFoldLevels(int startLine, int endLine)
{
    QsciScintilla *ed = editor();
    int level = startLine > 0 ? int(ed->SendScintilla(QsciScintilla::SCI_GETFOLDLEVEL, startLine - 1)) & QsciScintilla::SC_FOLDLEVELNUMBERMASK
                              : QsciScintilla::SC_FOLDLEVELBASE;
    if (startLine > 0) {
        // The level after the previous line: its own level, plus one if it opened a block.
        const int previousFlags = int(ed->SendScintilla(QsciScintilla::SCI_GETFOLDLEVEL, startLine - 1));
        if (previousFlags & QsciScintilla::SC_FOLDLEVELHEADERFLAG)
            ++level;
    }
    for (int line = startLine; line <= endLine; ++line) {
        const QString text = ed->text(line);
        int opens = 0;
        int closes = 0;
        bool inString = false;
        for (int i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (c == u'"' && (i == 0 || text[i - 1] != u'\\'))
                inString = !inString;
            if (inString)
                continue;
            if (c == u'/' && i + 1 < text.size() && text[i + 1] == u'/')
                break;
            if (c == u'{')
                ++opens;
            else if (c == u'}')
                ++closes;
        }
        int flags = level;
        const int next = std::max(int(QsciScintilla::SC_FOLDLEVELBASE), level + opens - closes);
        if (next > level)
            flags |= QsciScintilla::SC_FOLDLEVELHEADERFLAG;
        if (closes > opens)
            flags = next;
        ed->SendScintilla(QsciScintilla::SCI_SETFOLDLEVEL, line, flags);
        level = next;
    }
}

} // namespace strata::views
