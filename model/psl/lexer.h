// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "span.h"

#include <QStringView>

namespace strata::psl {

/// One token of Prisma's schema language. Whitespace other than line breaks is skipped.
struct Token {
    enum class Kind {
        EndOfFile,
        Newline,
        Identifier,   ///< also keywords: the parser decides by position
        Number,       ///< -12, 3.5
        String,       ///< "..." with JSON escapes; `terminated` says whether the closing quote was found
        LineComment,  ///< // ...
        DocComment,   ///< /// ...
        BlockComment, ///< /* ... */
        LeftBrace, RightBrace, LeftParen, RightParen, LeftBracket, RightBracket,
        Comma, Colon, Equals, Dot, Question, Bang, At, AtAt,
        Unknown,      ///< a character the language does not use
    };

    Kind kind = Kind::EndOfFile;
    Span span;
    bool terminated = true;

    bool is(Kind k) const { return kind == k; }
};

/// Splits schema text into tokens on demand. Cheap to copy: a copy is a saved position to return to.
class Lexer {
public:
    explicit Lexer(QStringView text, int fileIndex = 0);
    /// A lexer that starts at offset, the start of line `line` (1-based) of text.
    Lexer(QStringView text, int fileIndex, int offset, int line);

    Token next();
    Token peek() const;
    /// Skips to the end of the current line (not past the line break) and returns the skipped span.
    Span skipToLineEnd();
    int position() const { return m_pos; }
    /// Moves forward to offset (not backward), keeping lines and columns right.
    void seek(int offset);
    bool atLineStart() const;
    QStringView text() const { return m_text; }
    QStringView textOf(const Span &span) const { return m_text.mid(span.start, span.length()); }

    static const char *kindName(Token::Kind kind);

private:
    Span spanFrom(int start, int line, int column) const { return Span::make(m_file, start, m_pos, line, column); }
    void advance(int count = 1) { m_pos += count; }
    void skipBlanks();

    QStringView m_text;
    int m_file = 0;
    int m_pos = 0;
    int m_line = 1;
    int m_lineStart = 0;
};

/// Unescapes the body of a string literal (JSON escapes). Returns false on a bad escape.
bool unescapeString(QStringView raw, QString &out);
bool isIdentifierStart(QChar c);
bool isIdentifierChar(QChar c);

} // namespace strata::psl
