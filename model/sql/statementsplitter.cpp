// SPDX-License-Identifier: GPL-3.0-or-later
#include "statementsplitter.h"

#include "sqltokenizer_p.h"

namespace strata::sql {

QString Statement::excerpt(int maxLength) const
{
    QString first = text.section(u'\n', 0, 0).trimmed();
    const bool more = first.size() < text.trimmed().size();
    if (first.size() > maxLength) {
        first.truncate(maxLength);
        return first + QStringLiteral("…");
    }
    return more ? first + QStringLiteral(" …") : first;
}

namespace {

Statement::Problem problemOf(const SqlToken &t)
{
    if (!t.unterminated)
        return Statement::Problem::None;
    switch (t.kind) {
    case SqlToken::Kind::String: return Statement::Problem::UnterminatedString;
    case SqlToken::Kind::QuotedIdentifier: return Statement::Problem::UnterminatedIdentifier;
    case SqlToken::Kind::DollarString: return Statement::Problem::UnterminatedDollarQuote;
    case SqlToken::Kind::Comment: return Statement::Problem::UnterminatedComment;
    default: return Statement::Problem::None;
    }
}

} // namespace

std::vector<Statement> StatementSplitter::split(QStringView script) const
{
    // Comments are kept out of the token list but their problems are remembered.
    std::vector<SqlToken> tokens;
    Statement::Problem trailingProblem = Statement::Problem::None;
    {
        SqlTokenizer tokenizer(script, m_dialect);
        for (;;) {
            SqlToken t = tokenizer.next();
            if (t.kind == SqlToken::Kind::Comment) {
                if (t.unterminated)
                    trailingProblem = Statement::Problem::UnterminatedComment;
                continue;
            }
            tokens.push_back(t);
            if (t.kind == SqlToken::Kind::End)
                break;
        }
    }

    std::vector<Statement> statements;
    int first = -1;        // index of the statement's first token
    int depth = 0;         // BEGIN ... END nesting inside a routine or trigger body
    bool routine = false;  // the statement is CREATE ... TRIGGER|FUNCTION|PROCEDURE|EVENT

    auto finish = [&](int last, Statement::Problem problem) {
        Statement s;
        const SqlToken &a = tokens[first];
        const SqlToken &b = tokens[last];
        s.offset = a.start;
        s.line = a.line;
        s.column = a.column;
        s.text = script.mid(a.start, b.end - a.start).toString();
        s.endLine = b.line + int(b.raw.count(u'\n'));
        s.problem = problem;
        statements.push_back(std::move(s));
        first = -1;
        depth = 0;
        routine = false;
    };

    for (int i = 0; i < int(tokens.size()); ++i) {
        const SqlToken &t = tokens[i];
        if (t.kind == SqlToken::Kind::End) {
            if (first >= 0) {
                Statement::Problem p = Statement::Problem::None;
                if (tokens[i - 1].unterminated)
                    p = problemOf(tokens[i - 1]);
                else if (trailingProblem != Statement::Problem::None)
                    p = trailingProblem;
                else if (depth > 0)
                    p = Statement::Problem::UnterminatedBlock;
                finish(i - 1, p);
            }
            break;
        }
        if (t.isPunct(';') && depth == 0) {
            if (first >= 0)
                finish(i - 1, Statement::Problem::None);
            continue;
        }
        if (first < 0) {
            first = i;
            routine = false;
            depth = 0;
        }
        if (t.kind != SqlToken::Kind::Word)
            continue;

        // The object kind comes within the first few words: CREATE [OR REPLACE] [TEMP] [DEFINER = u@h] TRIGGER.
        if (!routine && i - first <= 8 && tokens[first].isWord(u"CREATE")
            && (t.isWord(u"TRIGGER") || t.isWord(u"FUNCTION") || t.isWord(u"PROCEDURE") || t.isWord(u"EVENT")))
            routine = true;
        if (!routine)
            continue;
        const SqlToken &nextToken = tokens[i + 1];
        if (t.isWord(u"BEGIN")) {
            // PostgreSQL bodies are dollar-quoted strings; only SQL-standard `BEGIN ATOMIC` bodies nest.
            if (m_dialect == Dialect::PostgreSql && !nextToken.isWord(u"ATOMIC"))
                continue;
            ++depth;
        } else if (t.isWord(u"CASE") && depth > 0) {
            ++depth;
        } else if (t.isWord(u"END") && depth > 0) {
            // MySQL closes IF/LOOP/WHILE/REPEAT with END IF etc.; those were never counted.
            if (nextToken.isWord(u"IF") || nextToken.isWord(u"LOOP") || nextToken.isWord(u"WHILE")
                || nextToken.isWord(u"REPEAT"))
                continue;
            --depth;
        }
    }
    return statements;
}

} // namespace strata::sql
