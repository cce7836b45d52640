// SPDX-License-Identifier: GPL-3.0-or-later
#include "lexer.h"

#include <QString>

#include <array>
#include <bit>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace strata::psl {

bool isIdentifierStart(QChar c)
{
    // Prisma's identifiers start with an ASCII digit or a letter of any script (Unicode category L).
    const char16_t u = c.unicode();
    if (u < 128)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return c.isLetter();
}

namespace {

/// What each ASCII character can be, as bits: one table lookup per character on the lexer's hottest paths.
enum AsciiClass : quint8 { IdentifierStart = 1, IdentifierChar = 2, Digit = 4, Blank = 8 };

constexpr std::array<quint8, 128> asciiClasses()
{
    std::array<quint8, 128> classes{};
    for (int c = 0; c < 128; ++c) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        const bool digit = c >= '0' && c <= '9';
        quint8 bits = 0;
        if (letter || digit)
            bits |= IdentifierStart | IdentifierChar;
        if (c == '_' || c == '-')
            bits |= IdentifierChar;
        if (digit)
            bits |= Digit;
        if (c == ' ' || c == '\t')
            bits |= Blank;
        classes[size_t(c)] = bits;
    }
    return classes;
}

constexpr std::array<quint8, 128> AsciiClasses = asciiClasses();

} // namespace

static inline bool isAsciiIdentifierStart(char16_t u)
{
    return AsciiClasses[u] & IdentifierStart;
}

/// The length in UTF-16 units of the identifier character at pos (a letter outside the BMP takes two), or 0.
static int identifierCharLength(QStringView text, qsizetype pos, bool start)
{
    const QChar c = text[pos];
    if (c.isHighSurrogate() && pos + 1 < text.size() && text[pos + 1].isLowSurrogate()) {
        const char32_t code = QChar::surrogateToUcs4(c, text[pos + 1]);
        return QChar::isLetter(code) ? 2 : 0;
    }
    return (start ? isIdentifierStart(c) : isIdentifierChar(c)) ? 1 : 0;
}

bool isIdentifierChar(QChar c)
{
    return isIdentifierStart(c) || c == u'_' || c == u'-';
}

static bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

static inline bool isBlank(QChar c)
{
    // Prisma's WHITESPACE: Unicode space separators and tab.
    const char16_t u = c.unicode();
    return u < 128 ? (AsciiClasses[u] & Blank) != 0 : c.category() == QChar::Separator_Space;
}

#if defined(__SSE2__)
/// The number of leading units of the eight at `units` for which `matches` (a lane mask of 0xFFFF per unit) holds.
static inline int leadingMatches(__m128i matches)
{
    return std::countr_one(unsigned(_mm_movemask_epi8(matches))) / 2;
}

/// Lanes whose unit u is in [low, low + count): u - low, unsigned, at most count - 1.
static inline __m128i inRange(__m128i units, char16_t low, char16_t count)
{
    const __m128i offset = _mm_sub_epi16(units, _mm_set1_epi16(short(low)));
    return _mm_cmpeq_epi16(_mm_subs_epu16(offset, _mm_set1_epi16(short(count - 1))), _mm_setzero_si128());
}
#endif

/// The first position from pos on (before size) that is not an ASCII space or tab: eight units a step.
static inline int skipAsciiBlanks(const char16_t *units, int pos, int size)
{
#if defined(__SSE2__)
    const __m128i space = _mm_set1_epi16(' ');
    const __m128i tab = _mm_set1_epi16('\t');
    while (pos + 8 <= size) {
        const __m128i eight = _mm_loadu_si128(reinterpret_cast<const __m128i *>(units + pos));
        const int blanks = leadingMatches(_mm_or_si128(_mm_cmpeq_epi16(eight, space), _mm_cmpeq_epi16(eight, tab)));
        pos += blanks;
        if (blanks < 8)
            return pos;
    }
#endif
    while (pos < size && (units[pos] == u' ' || units[pos] == u'\t'))
        ++pos;
    return pos;
}

/// The first position from pos on (before size) that is not an ASCII identifier character (letter, digit, `_`,
/// `-`): eight units a step.
static inline int skipAsciiIdentifierChars(const char16_t *units, int pos, int size)
{
#if defined(__SSE2__)
    const __m128i lowerCase = _mm_set1_epi16(0x20);
    const __m128i underscore = _mm_set1_epi16('_');
    const __m128i hyphen = _mm_set1_epi16('-');
    while (pos + 8 <= size) {
        const __m128i eight = _mm_loadu_si128(reinterpret_cast<const __m128i *>(units + pos));
        const __m128i letter = inRange(_mm_or_si128(eight, lowerCase), u'a', 26);
        const __m128i digit = inRange(eight, u'0', 10);
        const __m128i other = _mm_or_si128(_mm_cmpeq_epi16(eight, underscore), _mm_cmpeq_epi16(eight, hyphen));
        const int chars = leadingMatches(_mm_or_si128(_mm_or_si128(letter, digit), other));
        pos += chars;
        if (chars < 8)
            return pos;
    }
#endif
    while (pos < size && units[pos] < 128 && (AsciiClasses[units[pos]] & IdentifierChar))
        ++pos;
    return pos;
}

Lexer::Lexer(QStringView text, int fileIndex)
    : m_text(text)
    , m_file(fileIndex)
{
}

Lexer::Lexer(QStringView text, int fileIndex, int offset, int line)
    : m_text(text)
    , m_file(fileIndex)
    , m_pos(offset)
    , m_line(line)
    , m_lineStart(offset)
{
}

inline void Lexer::skipBlanks()
{
    // Aligned columns make runs of spaces (eight on average in generated schemas, a third of their text).
    // (The loops keep the position in a local: the table lookups read bytes, which may alias m_pos.)
    const int size = int(m_text.size());
    const char16_t *units = m_text.utf16();
    int pos = skipAsciiBlanks(units, m_pos, size);
    while (pos < size && isBlank(QChar(units[pos]))) // the rarer blanks beyond ASCII
        ++pos;
    m_pos = pos;
}

bool Lexer::atLineStart() const
{
    for (int i = m_pos - 1; i >= m_lineStart; --i) {
        if (!isBlank(m_text[i]))
            return false;
    }
    return true;
}

void Lexer::seek(int offset)
{
    const int size = int(m_text.size());
    while (m_pos < offset && m_pos < size) {
        const QChar c = m_text[m_pos++];
        if (c == u'\n' || (c == u'\r' && (m_pos >= size || m_text[m_pos] != u'\n'))) {
            ++m_line;
            m_lineStart = m_pos;
        }
    }
}

Token Lexer::peek() const
{
    Lexer copy = *this;
    return copy.next();
}

Span Lexer::skipToLineEnd()
{
    const int start = m_pos;
    const int line = m_line;
    const int column = m_pos - m_lineStart + 1;
    const int size = int(m_text.size());
    while (m_pos < size && m_text[m_pos] != u'\n' && m_text[m_pos] != u'\r')
        ++m_pos;
    return spanFrom(start, line, column);
}

Token Lexer::next()
{
    using K = Token::Kind;
    skipBlanks();
    const int size = int(m_text.size());
    const int start = m_pos;
    const int line = m_line;
    const int column = m_pos - m_lineStart + 1;
    bool terminated = true; // of a string or block comment
    // Makes the token in place of the return value: no copy (a schema has hundreds of thousands of tokens).
    auto finish = [&](K kind) { return Token{kind, spanFrom(start, line, column), terminated}; };
    if (m_pos >= size)
        return finish(K::EndOfFile);

    const QChar c = m_text[m_pos];
    const QChar n = m_pos + 1 < size ? m_text[m_pos + 1] : QChar();

    if (c == u'\n' || c == u'\r') {
        advance(c == u'\r' && n == u'\n' ? 2 : 1);
        const int end = m_pos;
        ++m_line;
        m_lineStart = end;
        return Token{K::Newline, Span::make(m_file, start, end, line, column), true};
    }
    if (c == u'/' && n == u'/') {
        const bool doc = m_pos + 2 < size && m_text[m_pos + 2] == u'/';
        while (m_pos < size && m_text[m_pos] != u'\n' && m_text[m_pos] != u'\r')
            ++m_pos;
        return finish(doc ? K::DocComment : K::LineComment);
    }
    if (c == u'/' && n == u'*') {
        const int close = int(m_text.indexOf(u"*/", m_pos + 2));
        if (close < 0) {
            // Never closed: Prisma does not read it as a comment, only as a bad line. The token ends with
            // its line so that the lines after it are read as usual.
            terminated = false;
            while (m_pos < size && m_text[m_pos] != u'\n' && m_text[m_pos] != u'\r')
                ++m_pos;
            return finish(K::BlockComment);
        }
        while (m_pos < close) {
            if (m_text[m_pos] == u'\n' || (m_text[m_pos] == u'\r' && (m_pos + 1 >= size || m_text[m_pos + 1] != u'\n'))) {
                ++m_line;
                m_lineStart = m_pos + 1;
            }
            ++m_pos;
        }
        advance(2);
        return finish(K::BlockComment);
    }
    if (c == u'"') {
        advance();
        terminated = false;
        // Prisma's strings are JSON's: a backslash escapes any one character (even a line break), and a
        // control character (a tab included) cannot appear unescaped.
        while (m_pos < size) {
            const QChar s = m_text[m_pos];
            if (s == u'\\' && m_pos + 1 < size) {
                const QChar e = m_text[m_pos + 1];
                advance(2);
                if (e == u'\n' || (e == u'\r' && (m_pos >= size || m_text[m_pos] != u'\n'))) {
                    ++m_line;
                    m_lineStart = m_pos;
                }
                continue;
            }
            if (s == u'"') {
                advance();
                terminated = true;
                break;
            }
            if (s.unicode() < 0x20)
                break;
            advance();
        }
        return finish(K::String);
    }
    if (c == u'-' && isDigit(n)) {
        advance();
        while (m_pos < size && isDigit(m_text[m_pos]))
            advance();
        if (m_pos + 1 < size && m_text[m_pos] == u'.' && isDigit(m_text[m_pos + 1])) {
            advance();
            while (m_pos < size && isDigit(m_text[m_pos]))
                advance();
        }
        return finish(K::Number);
    }
    if (c.unicode() < 128 ? isAsciiIdentifierStart(c.unicode()) : identifierCharLength(m_text, m_pos, true) > 0) {
        const bool asciiLetterFirst = c.unicode() < 128 && !(AsciiClasses[c.unicode()] & Digit);
        if (asciiLetterFirst) {
            // No number starts with a letter: this loop need not watch for digits.
            const char16_t *units = m_text.utf16();
            const int pos = skipAsciiIdentifierChars(units, m_pos + 1, size);
            m_pos = pos;
            if (pos >= size || units[pos] < 128)
                return finish(K::Identifier);
            // A letter outside ASCII follows: the general loop below takes over.
        }
        bool allDigits = !asciiLetterFirst && isDigit(c);
        while (m_pos < size) {
            const char16_t u = m_text[m_pos].unicode();
            if (u < 128) {
                // ASCII fast path: most schemas are ASCII, and this loop is the lexer's hottest.
                const quint8 bits = AsciiClasses[u];
                if (!(bits & IdentifierChar))
                    break;
                allDigits = allDigits && (bits & Digit);
                ++m_pos;
                continue;
            }
            const int length = identifierCharLength(m_text, m_pos, false);
            if (length == 0)
                break;
            allDigits = allDigits && isDigit(m_text[m_pos]);
            advance(length);
        }
        if (allDigits && m_pos + 1 < size && m_text[m_pos] == u'.' && isDigit(m_text[m_pos + 1])) {
            advance();
            while (m_pos < size && isDigit(m_text[m_pos]))
                advance();
        }
        return finish(allDigits ? K::Number : K::Identifier);
    }
    advance();
    switch (c.unicode()) {
    case u'{': return finish(K::LeftBrace);
    case u'}': return finish(K::RightBrace);
    case u'(': return finish(K::LeftParen);
    case u')': return finish(K::RightParen);
    case u'[': return finish(K::LeftBracket);
    case u']': return finish(K::RightBracket);
    case u',': return finish(K::Comma);
    case u':': return finish(K::Colon);
    case u'=': return finish(K::Equals);
    case u'.': return finish(K::Dot);
    case u'?': return finish(K::Question);
    case u'!': return finish(K::Bang);
    case u'@':
        if (n == u'@') {
            advance();
            return finish(K::AtAt);
        }
        return finish(K::At);
    default:
        if (c.isHighSurrogate() && m_pos < size && m_text[m_pos].isLowSurrogate())
            advance();
        return finish(K::Unknown);
    }
}

const char *Lexer::kindName(Token::Kind kind)
{
    using K = Token::Kind;
    switch (kind) {
    case K::EndOfFile: return "end of file";
    case K::Newline: return "line break";
    case K::Identifier: return "identifier";
    case K::Number: return "number";
    case K::String: return "string";
    case K::LineComment: return "comment";
    case K::DocComment: return "doc comment";
    case K::BlockComment: return "block comment";
    case K::LeftBrace: return "'{'";
    case K::RightBrace: return "'}'";
    case K::LeftParen: return "'('";
    case K::RightParen: return "')'";
    case K::LeftBracket: return "'['";
    case K::RightBracket: return "']'";
    case K::Comma: return "','";
    case K::Colon: return "':'";
    case K::Equals: return "'='";
    case K::Dot: return "'.'";
    case K::Question: return "'?'";
    case K::Bang: return "'!'";
    case K::At: return "'@'";
    case K::AtAt: return "'@@'";
    case K::Unknown: return "unknown character";
    }
    return "token";
}

bool unescapeString(QStringView raw, QString &out)
{
    if (!raw.contains(u'\\')) {
        out = raw.toString(); // nothing to unescape: one allocation instead of a char-by-char append
        return true;
    }
    out.clear();
    out.reserve(raw.size());
    bool ok = true;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw[i];
        if (c != u'\\' || i + 1 >= raw.size()) {
            out.append(c);
            continue;
        }
        const QChar e = raw[++i];
        switch (e.unicode()) {
        case u'"': out.append(u'"'); break;
        case u'\\': out.append(u'\\'); break;
        case u'/': out.append(u'/'); break;
        case u'b': out.append(u'\b'); break;
        case u'f': out.append(u'\f'); break;
        case u'n': out.append(u'\n'); break;
        case u'r': out.append(u'\r'); break;
        case u't': out.append(u'\t'); break;
        case u'u': {
            bool hexOk = false;
            const uint code = i + 4 < raw.size() ? raw.mid(i + 1, 4).toUInt(&hexOk, 16) : 0;
            if (hexOk) {
                out.append(QChar(char16_t(code)));
                i += 4;
            } else {
                ok = false;
                out.append(u'\\').append(e);
            }
            break;
        }
        default:
            // Prisma keeps unknown escapes as written.
            out.append(u'\\').append(e);
            ok = false;
            break;
        }
    }
    return ok;
}

} // namespace strata::psl
