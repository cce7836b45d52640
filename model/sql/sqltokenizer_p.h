// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlschema.h"

#include <QString>
#include <QStringView>
#include <vector>

namespace strata::sql {

/// One lexical token of SQL text; shared by the statement splitter and the DDL replayer.
struct SqlToken {
    enum class Kind {
        Word,             ///< keyword or unquoted identifier
        QuotedIdentifier, ///< "x", `x`, [x]
        String,           ///< 'x', E'x', N'x', X'..', MySQL "x"
        DollarString,     ///< $tag$ ... $tag$
        Number,
        Parameter,        ///< $1, ?, :name
        Punct,            ///< ( ) , ; . [ ] and operators
        Comment,          ///< -- x, /* x */, # x (MySQL)
        End
    };

    Kind kind = Kind::End;
    int start = 0;        ///< UTF-16 offset into the text
    int end = 0;
    int line = 1;         ///< 1-based line of the first character
    int column = 1;       ///< 1-based column of the first character
    bool unterminated = false; ///< a string, quoted identifier or comment that runs to the end of the text

    bool isWord(QStringView keyword) const
    {
        return kind == Kind::Word && raw.compare(keyword, Qt::CaseInsensitive) == 0;
    }
    bool isPunct(QStringView p) const { return kind == Kind::Punct && raw == p; }
    bool isPunct(char c) const { return kind == Kind::Punct && raw.size() == 1 && raw.at(0) == QLatin1Char(c); }
    bool isIdentifier() const { return kind == Kind::Word || kind == Kind::QuotedIdentifier; }

    QStringView text() const { return raw; }
    /// The value: an identifier without quotes (PostgreSQL folds unquoted words to lower case when the
    /// caller asks), a string literal's content with escapes resolved.
    QString value;
    QStringView raw;  ///< the token's source text
};

/// Splits SQL text into tokens with the quoting and comment rules of one dialect.
class SqlTokenizer {
public:
    SqlTokenizer(QStringView text, Dialect dialect, int firstLine = 1, int firstColumn = 1);

    /// The next token, comments included; Kind::End at the end of the text.
    SqlToken next();
    /// All tokens except comments, ending with one Kind::End token.
    static std::vector<SqlToken> tokenize(QStringView text, Dialect dialect, int firstLine = 1, int firstColumn = 1);

private:
    QChar peek(int ahead = 0) const;
    void advance(int count = 1);
    SqlToken make(SqlToken::Kind kind, int start, int line, int column);
    void readQuoted(QChar close, bool doubledEscapes, bool backslashEscapes, SqlToken &token, QString &value);
    /// Skips the `opening` characters (prefix and quote) at the current position, then reads a quoted token.
    SqlToken quoted(int opening, QChar close, bool doubledEscapes, bool backslashEscapes, SqlToken::Kind kind, int start,
                    int line, int column);

    QStringView m_text;
    Dialect m_dialect;
    int m_pos = 0;
    int m_line = 1;
    int m_column = 1;
};

} // namespace strata::sql
