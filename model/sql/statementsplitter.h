// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlschema.h"

#include <QString>
#include <QStringView>
#include <vector>

namespace strata::sql {

/// One SQL statement of a script: its text (without the closing `;`) and where it starts.
struct Statement {
    enum class Problem { None, UnterminatedString, UnterminatedIdentifier, UnterminatedComment,
                         UnterminatedDollarQuote, UnterminatedBlock };

    QString text;       ///< from its first token to its last, comments inside kept
    int offset = 0;     ///< UTF-16 offset of the first character in the script
    int line = 1;       ///< 1-based line of the first character
    int column = 1;     ///< 1-based column of the first character
    int endLine = 1;    ///< line of the last character
    Problem problem = Problem::None; ///< set when the script ends inside a string, comment or block

    /// The first line of the text, shortened, to name the statement in a message.
    QString excerpt(int maxLength = 80) const;
};

/// Splits a SQL script into statements by one dialect's rules: strings, quoted identifiers, dollar quoting,
/// comments (nested in PostgreSQL) and the BEGIN ... END bodies of triggers and routines.
class StatementSplitter {
public:
    explicit StatementSplitter(Dialect dialect) : m_dialect(dialect) {}

    std::vector<Statement> split(QStringView script) const;

    Dialect dialect() const { return m_dialect; }

private:
    Dialect m_dialect;
};

} // namespace strata::sql
