// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqltokenizer_p.h"

namespace strata::sql {

namespace {

bool isWordStart(QChar c)
{
    return c.isLetter() || c == u'_' || c.unicode() >= 0x80;
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$' || c.unicode() >= 0x80;
}

QChar backslashEscape(QChar c)
{
    switch (c.unicode()) {
    case 'n': return u'\n';
    case 't': return u'\t';
    case 'r': return u'\r';
    case 'b': return u'\b';
    case 'f': return u'\f';
    case '0': return QChar(0);
    default: return c;
    }
}

} // namespace

SqlTokenizer::SqlTokenizer(QStringView text, Dialect dialect, int firstLine, int firstColumn)
    : m_text(text)
    , m_dialect(dialect)
    , m_line(firstLine)
    , m_column(firstColumn)
{
}

QChar SqlTokenizer::peek(int ahead) const
{
    const int p = m_pos + ahead;
    return p < m_text.size() ? m_text.at(p) : QChar();
}

void SqlTokenizer::advance(int count)
{
    for (int i = 0; i < count && m_pos < m_text.size(); ++i) {
        if (m_text.at(m_pos) == u'\n') {
            ++m_line;
            m_column = 1;
        } else {
            ++m_column;
        }
        ++m_pos;
    }
}

SqlToken SqlTokenizer::make(SqlToken::Kind kind, int start, int line, int column)
{
    SqlToken t;
    t.kind = kind;
    t.start = start;
    t.end = m_pos;
    t.line = line;
    t.column = column;
    t.raw = m_text.mid(start, m_pos - start);
    return t;
}

void SqlTokenizer::readQuoted(QChar close, bool doubledEscapes, bool backslashEscapes, SqlToken &token, QString &value)
{
    // The opening quote has been consumed.
    while (m_pos < m_text.size()) {
        const QChar c = peek();
        if (backslashEscapes && c == u'\\' && m_pos + 1 < m_text.size()) {
            value += backslashEscape(peek(1));
            advance(2);
            continue;
        }
        if (c == close) {
            if (doubledEscapes && peek(1) == close) {
                value += close;
                advance(2);
                continue;
            }
            advance();
            return;
        }
        value += c;
        advance();
    }
    token.unterminated = true;
}

SqlToken SqlTokenizer::quoted(int opening, QChar close, bool doubledEscapes, bool backslashEscapes, SqlToken::Kind kind, int start,
                              int line, int column)
{
    advance(opening);
    QString value;
    SqlToken t;
    readQuoted(close, doubledEscapes, backslashEscapes, t, value);
    SqlToken r = make(kind, start, line, column);
    r.unterminated = t.unterminated;
    r.value = value;
    return r;
}

SqlToken SqlTokenizer::next()
{
    while (m_pos < m_text.size() && peek().isSpace())
        advance();

    const int start = m_pos;
    const int line = m_line;
    const int column = m_column;
    if (m_pos >= m_text.size())
        return make(SqlToken::Kind::End, start, line, column);

    const QChar c = peek();
    const QChar n = peek(1);

    // Comments.
    const bool mysql = m_dialect == Dialect::MySql;
    if (c == u'-' && n == u'-' && (!mysql || peek(2).isNull() || peek(2).isSpace() || peek(2).unicode() < 32)) {
        while (m_pos < m_text.size() && peek() != u'\n')
            advance();
        return make(SqlToken::Kind::Comment, start, line, column);
    }
    if (mysql && c == u'#') {
        while (m_pos < m_text.size() && peek() != u'\n')
            advance();
        return make(SqlToken::Kind::Comment, start, line, column);
    }
    if (c == u'/' && n == u'*') {
        advance(2);
        int depth = 1;
        const bool nested = m_dialect == Dialect::PostgreSql;
        while (m_pos < m_text.size()) {
            if (peek() == u'*' && peek(1) == u'/') {
                advance(2);
                if (--depth == 0)
                    break;
                continue;
            }
            if (nested && peek() == u'/' && peek(1) == u'*') {
                advance(2);
                ++depth;
                continue;
            }
            advance();
        }
        SqlToken t = make(SqlToken::Kind::Comment, start, line, column);
        t.unterminated = depth > 0;
        return t;
    }

    // Strings with a prefix: E'..' (escapes), N'..', B'..', X'..', U&'..'.
    if ((c == u'E' || c == u'e') && n == u'\'' && m_dialect == Dialect::PostgreSql) {
        return quoted(2, u'\'', true, true, SqlToken::Kind::String, start, line, column);
    }
    if ((c == u'N' || c == u'n' || c == u'B' || c == u'b' || c == u'X' || c == u'x') && n == u'\'') {
        return quoted(2, u'\'', true, mysql, SqlToken::Kind::String, start, line, column);
    }
    if ((c == u'U' || c == u'u') && n == u'&' && peek(2) == u'\'' && m_dialect == Dialect::PostgreSql) {
        return quoted(3, u'\'', true, false, SqlToken::Kind::String, start, line, column);
    }

    if (isWordStart(c)) {
        while (m_pos < m_text.size() && isWordChar(peek()))
            advance();
        SqlToken t = make(SqlToken::Kind::Word, start, line, column);
        t.value = t.raw.toString();
        return t;
    }

    if (c.isDigit() || (c == u'.' && n.isDigit())) {
        while (peek().isDigit())
            advance();
        if (peek() == u'.' && peek(1) != u'.') {
            advance();
            while (peek().isDigit())
                advance();
        }
        if ((peek() == u'e' || peek() == u'E')
            && (peek(1).isDigit() || ((peek(1) == u'+' || peek(1) == u'-') && peek(2).isDigit()))) {
            advance(2);
            while (peek().isDigit())
                advance();
        }
        SqlToken t = make(SqlToken::Kind::Number, start, line, column);
        t.value = t.raw.toString();
        return t;
    }

    if (c == u'\'') {
        return quoted(1, u'\'', true, mysql, SqlToken::Kind::String, start, line, column);
    }
    if (c == u'"') {
        return quoted(1, u'"', true, mysql, mysql ? SqlToken::Kind::String : SqlToken::Kind::QuotedIdentifier, start, line, column);
    }
    if (c == u'`' && m_dialect != Dialect::PostgreSql) {
        return quoted(1, u'`', true, false, SqlToken::Kind::QuotedIdentifier, start, line, column);
    }
    if (c == u'[' && m_dialect == Dialect::Sqlite) {
        return quoted(1, u']', false, false, SqlToken::Kind::QuotedIdentifier, start, line, column);
    }

    if (c == u'$' && m_dialect == Dialect::PostgreSql) {
        if (n.isDigit()) {
            advance();
            while (peek().isDigit())
                advance();
            return make(SqlToken::Kind::Parameter, start, line, column);
        }
        // $tag$ or $$
        int p = 1;
        if (n != u'$') {
            if (!(n.isLetter() || n == u'_'))
                goto punct;
            while (m_pos + p < m_text.size() && (m_text.at(m_pos + p).isLetterOrNumber() || m_text.at(m_pos + p) == u'_'))
                ++p;
            if (m_pos + p >= m_text.size() || m_text.at(m_pos + p) != u'$')
                goto punct;
        }
        {
            const QStringView tag = m_text.mid(m_pos, p + 1);
            advance(p + 1);
            const int bodyStart = m_pos;
            const int close = m_text.indexOf(tag, m_pos);
            SqlToken t;
            if (close < 0) {
                advance(m_text.size() - m_pos);
                t = make(SqlToken::Kind::DollarString, start, line, column);
                t.unterminated = true;
                t.value = m_text.mid(bodyStart).toString();
                return t;
            }
            advance(close - m_pos);
            const QString body = m_text.mid(bodyStart, close - bodyStart).toString();
            advance(int(tag.size()));
            t = make(SqlToken::Kind::DollarString, start, line, column);
            t.value = body;
            return t;
        }
    }

punct:
    if (c == u':' && n == u':') {
        advance(2);
    } else {
        advance();
    }
    SqlToken t = make(SqlToken::Kind::Punct, start, line, column);
    t.value = t.raw.toString();
    return t;
}

std::vector<SqlToken> SqlTokenizer::tokenize(QStringView text, Dialect dialect, int firstLine, int firstColumn)
{
    SqlTokenizer tokenizer(text, dialect, firstLine, firstColumn);
    std::vector<SqlToken> tokens;
    for (;;) {
        SqlToken t = tokenizer.next();
        if (t.kind == SqlToken::Kind::Comment)
            continue;
        tokens.push_back(t);
        if (t.kind == SqlToken::Kind::End)
            break;
    }
    return tokens;
}

} // namespace strata::sql
