// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrationreplayer.h"

#include "sqltokenizer_p.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace strata::sql {

/// What the replayer remembers between statements beside the schema itself.
struct MigrationReplayer::State {
    QSet<QString> unmodelledConstraints; ///< "table\nconstraint" of CHECK/EXCLUDE constraints (not modelled)
    QSet<QString> temporaryTables;       ///< CREATE TEMP TABLE names: not part of the schema
    int sqliteAutoindexCounter = 0;
};

namespace {

using K = SqlToken::Kind;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("strata::sql::MigrationReplayer", text, disambiguation, n);
}

/// Thrown inside one statement's replay when its syntax is not understood; caught in Replay::run().
struct NotUnderstood {
    int token;
};

struct QualifiedName {
    QString schema;
    QString name;
};

/// The parts of a column type as written.
struct TypeSpec {
    QStringList words;   ///< folded words (PostgreSQL: lower case unless quoted)
    QString schema;      ///< qualifier of a user-defined type
    bool quoted = false;
    QString args;        ///< inside the parentheses, normalized: "10,2", "'a', 'b'"
    QStringList argStrings; ///< string arguments (MySQL ENUM values)
    int arrayDims = 0;
    QString raw;         ///< the source text without array brackets
};

QString asciiLower(const QString &s)
{
    QString r = s;
    for (QChar &c : r) {
        if (c.unicode() >= 'A' && c.unicode() <= 'Z')
            c = QChar(c.unicode() + 32);
    }
    return r;
}

/// PostgreSQL's makeObjectName(): "name1_name2_label" cut to NAMEDATALEN-1 bytes, shortening the longer part first.
QString pgObjectName(const QString &name1, const QString &name2, const QString &label)
{
    const QByteArray n1 = name1.toUtf8();
    const QByteArray n2 = name2.toUtf8();
    const QByteArray lb = label.toUtf8();
    int overhead = 0;
    if (!name2.isEmpty())
        overhead += n2.size() ? 1 : 0;
    if (!label.isEmpty())
        overhead += lb.size() + 1;
    const int available = 63 - overhead;
    int c1 = n1.size();
    int c2 = n2.size();
    while (c1 + c2 > available) {
        if (c1 > c2)
            --c1;
        else
            --c2;
    }
    // Do not cut a UTF-8 sequence in half.
    auto clip = [](const QByteArray &b, int n) {
        while (n > 0 && n < b.size() && (quint8(b.at(n)) & 0xC0) == 0x80)
            --n;
        return b.left(n);
    };
    QByteArray r = clip(n1, c1);
    if (!name2.isEmpty())
        r += '_' + clip(n2, c2);
    if (!label.isEmpty())
        r += '_' + lb;
    return QString::fromUtf8(r);
}

ReferentialAction actionFrom(QStringView word, QStringView second)
{
    if (word.compare(u"CASCADE", Qt::CaseInsensitive) == 0)
        return ReferentialAction::Cascade;
    if (word.compare(u"RESTRICT", Qt::CaseInsensitive) == 0)
        return ReferentialAction::Restrict;
    if (word.compare(u"NO", Qt::CaseInsensitive) == 0)
        return ReferentialAction::NoAction;
    if (word.compare(u"SET", Qt::CaseInsensitive) == 0)
        return second.compare(u"NULL", Qt::CaseInsensitive) == 0 ? ReferentialAction::SetNull : ReferentialAction::SetDefault;
    return ReferentialAction::NoAction;
}

/// Replays one statement.
class Replay {
public:
    Replay(Dialect dialect, SqlSchema &schema, psl::Diagnostics &warnings, MigrationReplayer::State &state,
           const QString &file, const Statement &statement)
        : m_dialect(dialect)
        , m_schema(schema)
        , m_warnings(warnings)
        , m_state(state)
        , m_file(file)
        , m_statement(statement)
        , m_text(statement.text)
        , m_tokens(SqlTokenizer::tokenize(m_text, dialect, statement.line, statement.column))
    {
    }

    void run();

private:
    // --- cursor
    const SqlToken &peek(int ahead = 0) const
    {
        const int i = std::min<int>(m_pos + ahead, int(m_tokens.size()) - 1);
        return m_tokens[std::max(i, 0)];
    }
    const SqlToken &take()
    {
        const SqlToken &t = peek();
        if (m_pos < int(m_tokens.size()) - 1)
            ++m_pos;
        return t;
    }
    bool atEnd() const { return peek().kind == K::End; }
    bool acceptWord(QStringView w)
    {
        if (peek().isWord(w)) {
            take();
            return true;
        }
        return false;
    }
    bool acceptWords(std::initializer_list<QStringView> words)
    {
        int k = 0;
        for (QStringView w : words) {
            if (!peek(k).isWord(w))
                return false;
            ++k;
        }
        m_pos += k;
        return true;
    }
    bool acceptPunct(char c)
    {
        if (peek().isPunct(c)) {
            take();
            return true;
        }
        return false;
    }
    [[noreturn]] void fail() const { throw NotUnderstood{m_pos}; }
    void expectWord(QStringView w)
    {
        if (!acceptWord(w))
            fail();
    }
    void expectPunct(char c)
    {
        if (!acceptPunct(c))
            fail();
    }
    bool acceptIfExists() { return acceptWords({u"IF", u"EXISTS"}); }
    bool acceptIfNotExists() { return acceptWords({u"IF", u"NOT", u"EXISTS"}); }
    /// Skips a balanced parenthesized group; the cursor is on "(".
    void skipParens();
    /// Skips to the next "," at depth 0 (not consumed) or the end.
    void skipToComma();
    QString sourceText(int fromToken, int toToken) const; ///< [from, to) tokens as written

    // --- names
    QString fold(const SqlToken &t) const;
    bool isIdentifierToken(const SqlToken &t) const
    {
        return t.kind == K::Word || t.kind == K::QuotedIdentifier || (m_dialect == Dialect::MySql && t.kind == K::String);
    }
    QString identifier();
    QualifiedName qualifiedName();
    QStringList identifierList(); ///< ( a, b, c )
    bool sameName(const QString &a, const QString &b) const
    {
        return m_dialect == Dialect::PostgreSql ? a == b : a.compare(b, Qt::CaseInsensitive) == 0;
    }
    /// PostgreSQL objects without a schema land in "public" (search_path is not followed); other dialects
    /// have no namespaces in the schema.
    QString normalizeSchema(const QString &schema) const
    {
        if (m_dialect != Dialect::PostgreSql)
            return {};
        return schema.isEmpty() ? QStringLiteral("public") : schema;
    }
    QString constraintKey(const Table &table, const QString &name) const
    {
        const QString key = table.name + u'\n' + name;
        return m_dialect == Dialect::PostgreSql ? key : key.toLower();
    }

    // --- lookups
    Table *findTable(const QualifiedName &name);
    int tableIndex(const QualifiedName &name) const;
    Column *findColumn(Table &table, const QString &name);
    Index *findIndex(Table &table, const QString &name);
    EnumType *findEnum(const QualifiedName &name);
    bool isTemporary(const QualifiedName &name) const { return m_state.temporaryTables.contains(name.name.toLower()); }

    // --- warnings
    void warn(const SqlToken &at, const QString &code, const QString &message);
    void warnStatement(const QString &code, const QString &message) { warn(m_tokens.front(), code, message); }
    QString excerptAt(int token) const;

    // --- statements
    void createStatement();
    void createTable(bool temporary);
    void createIndex(Index::Kind kind);
    void createType();
    void createExtension();
    void createSchema();
    void alterStatement();
    void alterTable();
    void alterTableAction(Table &table);
    void alterColumn(Table &table);
    void alterType();
    void alterIndex();
    void dropStatement();
    void dropTables();
    void dropIndexes();
    void dropTypes();
    void renameTables();
    void selectInto();
    void doBlock();

    // --- definitions
    void columnDefinition(Table &table, bool inCreate, int position = -1);
    TypeSpec typeSpec();
    ColumnType columnType(const TypeSpec &spec, bool &serial);
    ColumnDefault defaultExpression();
    /// Whether tokens [from, to) are the current time alone (a `now()` default).
    bool isCurrentTime(int from, int to) const;
    void classifyDefault(Column &column) const;
    bool isTableConstraintStart() const;
    void tableConstraint(Table &table, bool inAlter);
    std::vector<IndexColumn> indexColumns(const QString &indexName, bool &hasExpression);
    void referentialActions(ForeignKey &fk);
    /// After REFERENCES: the referenced table and columns (its primary key when none are named), the actions,
    /// and the constraint's name (the dialect's default when `name` is empty); adds the key to the table.
    void foreignKeyReference(Table &table, ForeignKey fk, const QString &name);
    void addPrimaryKey(Table &table, const QString &name, std::vector<IndexColumn> columns);
    void addUniqueIndex(Table &table, const QString &name, const QStringList &columns);

    // --- effects
    void dropColumn(Table &table, const QString &column);
    void renameColumn(Table &table, const QString &from, const QString &to);
    /// Renames a table, and the foreign keys that point to it; a name another table has already is refused
    /// (warned at `at`), as the database refuses it.
    void renameTable(Table &table, const QString &to, const SqlToken &at);
    bool renameConstraint(Table &table, const QString &from, const QString &to);
    bool dropConstraint(Table &table, const QString &name);
    QString defaultConstraintName(const Table &table, const QStringList &columns, const QString &label) const;

    Dialect m_dialect;
    SqlSchema &m_schema;
    psl::Diagnostics &m_warnings;
    MigrationReplayer::State &m_state;
    const QString &m_file;
    const Statement &m_statement;
    QString m_text;
    std::vector<SqlToken> m_tokens;
    int m_pos = 0;
    /// Replaying SQL from an EXECUTE inside a DO block: the conditions around it are unknown, so missing or
    /// already existing objects are what its guard was about and are not reported.
    bool m_guarded = false;
};

// ---------------------------------------------------------------------------------------------------------------

void Replay::skipParens()
{
    int depth = 0;
    do {
        const SqlToken &t = take();
        if (t.kind == K::End)
            return;
        if (t.isPunct('(') || t.isPunct('['))
            ++depth;
        else if (t.isPunct(')') || t.isPunct(']'))
            --depth;
    } while (depth > 0);
}

void Replay::skipToComma()
{
    int depth = 0;
    while (!atEnd()) {
        const SqlToken &t = peek();
        if (depth == 0 && (t.isPunct(',') || t.isPunct(')')))
            return;
        if (t.isPunct('(') || t.isPunct('['))
            ++depth;
        else if (t.isPunct(')') || t.isPunct(']'))
            --depth;
        take();
    }
}

QString Replay::sourceText(int fromToken, int toToken) const
{
    if (toToken <= fromToken)
        return {};
    const int a = m_tokens[fromToken].start; // offsets are relative to the statement text
    const int b = m_tokens[toToken - 1].end;
    return m_text.mid(a, b - a);
}

QString Replay::fold(const SqlToken &t) const
{
    if (m_dialect != Dialect::PostgreSql)
        return t.value;
    QString name = t.kind == K::Word ? asciiLower(t.value) : t.value;
    // PostgreSQL truncates identifiers to NAMEDATALEN-1 bytes (with a NOTICE), never cutting a character.
    if (name.size() > 21) {
        QByteArray bytes = name.toUtf8();
        if (bytes.size() > 63) {
            int n = 63;
            while (n > 0 && (quint8(bytes.at(n)) & 0xC0) == 0x80)
                --n;
            name = QString::fromUtf8(bytes.left(n));
        }
    }
    return name;
}

QString Replay::identifier()
{
    const SqlToken &t = peek();
    if (!isIdentifierToken(t))
        fail();
    take();
    return fold(t);
}

QualifiedName Replay::qualifiedName()
{
    QualifiedName q;
    q.name = identifier();
    while (peek().isPunct('.') && isIdentifierToken(peek(1))) {
        take();
        q.schema = q.name;
        q.name = identifier();
    }
    q.schema = normalizeSchema(q.schema);
    return q;
}

QStringList Replay::identifierList()
{
    QStringList names;
    expectPunct('(');
    if (acceptPunct(')'))
        return names;
    do {
        names << identifier();
        // MySQL prefix lengths and sort orders in key lists.
        if (peek().isPunct('('))
            skipParens();
        acceptWord(u"ASC") || acceptWord(u"DESC");
    } while (acceptPunct(','));
    expectPunct(')');
    return names;
}

Table *Replay::findTable(const QualifiedName &name)
{
    const int i = tableIndex(name);
    return i < 0 ? nullptr : &m_schema.tables[i];
}

int Replay::tableIndex(const QualifiedName &name) const
{
    for (int i = 0; i < int(m_schema.tables.size()); ++i) {
        const Table &t = m_schema.tables[i];
        if (sameName(t.name, name.name) && (name.schema.isEmpty() || t.schema.isEmpty() || t.schema == name.schema))
            return i;
    }
    return -1;
}

Column *Replay::findColumn(Table &table, const QString &name)
{
    for (Column &c : table.columns) {
        if (sameName(c.name, name))
            return &c;
    }
    return nullptr;
}

Index *Replay::findIndex(Table &table, const QString &name)
{
    for (Index &i : table.indexes) {
        if (sameName(i.name, name))
            return &i;
    }
    return nullptr;
}

EnumType *Replay::findEnum(const QualifiedName &name)
{
    for (EnumType &e : m_schema.enums) {
        if (sameName(e.name, name.name) && (name.schema.isEmpty() || e.schema.isEmpty() || e.schema == name.schema))
            return &e;
    }
    return nullptr;
}

void Replay::warn(const SqlToken &at, const QString &code, const QString &message)
{
    if (m_guarded && (code == u"replay-exists" || code.startsWith(QStringLiteral("replay-unknown-"))))
        return;
    psl::Diagnostic d;
    d.severity = psl::Diagnostic::Severity::Warning;
    d.file = m_file;
    d.span.line = at.line;
    d.span.column = at.column;
    d.span.start = m_statement.offset + at.start;
    d.span.end = m_statement.offset + at.end;
    d.code = code;
    d.message = message;
    m_warnings.add(std::move(d));
}

QString Replay::excerptAt(int token) const
{
    const SqlToken &t = m_tokens[std::clamp(token, 0, int(m_tokens.size()) - 1)];
    if (t.kind == K::End)
        return tr("the end of the statement");
    QString text = m_text.mid(t.start).section(u'\n', 0, 0).trimmed();
    if (text.size() > 40)
        text = text.left(40) + QStringLiteral("…");
    return u'"' + text + u'"';
}

// ---------------------------------------------------------------------------------------------------------------

void Replay::run()
{
    if (m_statement.problem != Statement::Problem::None) {
        QString what;
        switch (m_statement.problem) {
        case Statement::Problem::UnterminatedString: what = tr("a string literal"); break;
        case Statement::Problem::UnterminatedIdentifier: what = tr("a quoted identifier"); break;
        case Statement::Problem::UnterminatedComment: what = tr("a block comment"); break;
        case Statement::Problem::UnterminatedDollarQuote: what = tr("a dollar-quoted string"); break;
        case Statement::Problem::UnterminatedBlock: what = tr("a BEGIN ... END block"); break;
        case Statement::Problem::None: break;
        }
        warnStatement(QStringLiteral("replay-unterminated"),
                      tr("The script ends inside %1; this statement was not replayed.").arg(what));
        return;
    }
    if (atEnd())
        return;
    const SqlToken &first = peek();
    try {
        if (first.kind != K::Word) {
            if (!first.isPunct('('))  // "(SELECT ...)" is a query
                warnStatement(QStringLiteral("replay-unsupported-statement"),
                              tr("This statement is not understood and was not replayed."));
            return;
        }
        static const QStringList silent = {
            QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE"), QStringLiteral("SELECT"),
            QStringLiteral("WITH"), QStringLiteral("VALUES"), QStringLiteral("MERGE"), QStringLiteral("TRUNCATE"),
            QStringLiteral("COPY"), QStringLiteral("REPLACE"), QStringLiteral("UPSERT"),
            QStringLiteral("BEGIN"), QStringLiteral("COMMIT"), QStringLiteral("END"), QStringLiteral("START"),
            QStringLiteral("SAVEPOINT"), QStringLiteral("RELEASE"), QStringLiteral("SET"), QStringLiteral("RESET"),
            QStringLiteral("LOCK"), QStringLiteral("UNLOCK"), QStringLiteral("ANALYZE"), QStringLiteral("ANALYSE"),
            QStringLiteral("VACUUM"), QStringLiteral("REINDEX"), QStringLiteral("PRAGMA"), QStringLiteral("GRANT"),
            QStringLiteral("REVOKE"), QStringLiteral("NOTIFY"), QStringLiteral("LISTEN"), QStringLiteral("UNLISTEN"),
            QStringLiteral("DISCARD"), QStringLiteral("CHECKPOINT"), QStringLiteral("CLUSTER"),
            QStringLiteral("REFRESH"), QStringLiteral("SHOW"), QStringLiteral("EXPLAIN"), QStringLiteral("COMMENT"),
            QStringLiteral("SECURITY"), QStringLiteral("OPTIMIZE"), QStringLiteral("FLUSH"),
        };
        if (first.isWord(u"SELECT") || first.isWord(u"WITH"))
            selectInto();
        for (const QString &w : silent) {
            if (first.isWord(w))
                return;
        }
        if (first.isWord(u"CREATE"))
            createStatement();
        else if (first.isWord(u"ALTER"))
            alterStatement();
        else if (first.isWord(u"DROP"))
            dropStatement();
        else if (first.isWord(u"RENAME") && m_dialect == Dialect::MySql)
            renameTables();
        else if (first.isWord(u"DO"))
            doBlock();
        else if (first.isWord(u"ROLLBACK"))
            warnStatement(QStringLiteral("replay-rollback"),
                          tr("ROLLBACK is not replayed: the statements before it stay applied in the replayed schema."));
        else
            warnStatement(QStringLiteral("replay-unsupported-statement"),
                          tr("%1 statements are not understood and were not replayed.").arg(first.value.toUpper()));
    } catch (const NotUnderstood &e) {
        warn(m_tokens[std::clamp(e.token, 0, int(m_tokens.size()) - 1)], QStringLiteral("replay-syntax"),
             tr("This statement is not understood near %1 and was not (fully) replayed.").arg(excerptAt(e.token)));
    }
}

// --- CREATE ------------------------------------------------------------------------------------------------------

void Replay::createStatement()
{
    expectWord(u"CREATE");
    const int kindToken = m_pos;
    acceptWords({u"OR", u"REPLACE"});
    bool temporary = false;
    if (acceptWord(u"TEMP") || acceptWord(u"TEMPORARY"))
        temporary = true;
    acceptWord(u"UNLOGGED");
    acceptWord(u"GLOBAL") || acceptWord(u"LOCAL");
    if (acceptWord(u"TEMP") || acceptWord(u"TEMPORARY"))
        temporary = true;

    if (acceptWord(u"TABLE")) {
        createTable(temporary);
    } else if (acceptWord(u"INDEX")) {
        createIndex(Index::Kind::Normal);
    } else if (acceptWords({u"UNIQUE", u"INDEX"})) {
        createIndex(Index::Kind::Unique);
    } else if (m_dialect == Dialect::MySql && acceptWords({u"FULLTEXT", u"INDEX"})) {
        createIndex(Index::Kind::Fulltext);
    } else if (acceptWord(u"TYPE")) {
        createType();
    } else if (acceptWord(u"EXTENSION")) {
        createExtension();
    } else if (acceptWord(u"SCHEMA") || (m_dialect == Dialect::MySql && acceptWord(u"DATABASE"))) {
        createSchema();
    } else if (acceptWord(u"SEQUENCE")) {
        return; // sequences are not part of the schema Prisma compares
    } else {
        // Everything else: views, functions, triggers, procedures, rules, policies, domains, ...
        QString kind;
        for (int i = kindToken; i < int(m_tokens.size()) && i < kindToken + 4; ++i) {
            const SqlToken &t = m_tokens[i];
            if (t.kind != K::Word || t.isWord(u"OR") || t.isWord(u"REPLACE") || t.isWord(u"IF"))
                continue;
            kind = kind.isEmpty() ? t.value.toUpper() : kind;
            if (!(t.isWord(u"MATERIALIZED") || t.isWord(u"RECURSIVE") || t.isWord(u"CONSTRAINT")
                  || t.isWord(u"TEMP") || t.isWord(u"TEMPORARY") || t.isWord(u"DEFINER") || t.isWord(u"UNIQUE")))
                break;
            kind.clear();
        }
        if (kind.isEmpty())
            kind = peek().value.toUpper();
        warnStatement(QStringLiteral("replay-not-modelled"),
                      tr("CREATE %1 is not replayed: Strata does not model this kind of object.").arg(kind));
    }
}

void Replay::createTable(bool temporary)
{
    const bool ifNotExists = acceptIfNotExists();
    const SqlToken &nameToken = peek();
    const QualifiedName name = qualifiedName();
    if (temporary) {
        m_state.temporaryTables.insert(name.name.toLower());
        return;
    }
    if (acceptWord(u"AS") || peek().isWord(u"SELECT") || acceptWord(u"LIKE")) {
        warn(nameToken, QStringLiteral("replay-not-modelled"),
             tr("Table \"%1\" is created from a query or another table; its columns are not replayed.").arg(name.name));
        return;
    }
    if (findTable(name)) {
        if (!ifNotExists)
            warn(nameToken, QStringLiteral("replay-exists"),
                 tr("Table \"%1\" already exists at this point of the migration history; the statement would fail.")
                     .arg(name.name));
        return;
    }
    Table table;
    table.schema = name.schema;
    table.name = name.name;
    expectPunct('(');
    if (!peek().isPunct(')')) {
        do {
            const int start = m_pos;
            try {
                if (isTableConstraintStart())
                    tableConstraint(table, false);
                else if (peek().isWord(u"LIKE")) {
                    warn(peek(), QStringLiteral("replay-not-modelled"),
                         tr("LIKE in CREATE TABLE is not replayed; the copied columns are missing."));
                    skipToComma();
                } else
                    columnDefinition(table, true);
                if (!peek().isPunct(',') && !peek().isPunct(')'))
                    fail();
            } catch (const NotUnderstood &e) {
                warn(m_tokens[std::clamp(e.token, 0, int(m_tokens.size()) - 1)], QStringLiteral("replay-syntax"),
                     tr("This table element is not understood near %1 and was not replayed.").arg(excerptAt(e.token)));
                m_pos = std::max(m_pos, start);
                skipToComma();
            }
        } while (acceptPunct(','));
    }
    expectPunct(')');
    // Table options: PostgreSQL WITH/TABLESPACE/INHERITS/PARTITION BY, MySQL ENGINE/CHARSET, SQLite WITHOUT ROWID.
    while (!atEnd()) {
        if (peek().isWord(u"INHERITS") || peek().isWord(u"PARTITION")) {
            warn(peek(), QStringLiteral("replay-not-modelled"),
                 tr("Table inheritance and partitioning are not modelled; \"%1\" is replayed as a plain table.")
                     .arg(table.name));
            break;
        }
        take();
    }
    // SQLite: an INTEGER primary key of its own is the rowid alias, which assigns values by itself.
    if (m_dialect == Dialect::Sqlite && table.primaryKey && table.primaryKey->columns.size() == 1) {
        if (Column *c = findColumn(table, table.primaryKey->columns.front().name); c && c->type.name == u"INTEGER")
            c->autoIncrement = true;
    }
    m_schema.tables.push_back(std::move(table));
}

bool Replay::isTableConstraintStart() const
{
    const SqlToken &t = peek();
    const SqlToken &n = peek(1);
    if (t.isWord(u"CONSTRAINT"))
        return true;
    if (t.isWord(u"PRIMARY") || t.isWord(u"FOREIGN"))
        return n.isWord(u"KEY");
    if (t.isWord(u"UNIQUE"))
        return n.isPunct('(') || n.isWord(u"KEY") || n.isWord(u"INDEX") || n.isWord(u"NULLS")
            || (m_dialect == Dialect::MySql && isIdentifierToken(n) && peek(2).isPunct('('));
    if (t.isWord(u"CHECK") || t.isWord(u"EXCLUDE"))
        return n.isPunct('(') || n.isWord(u"USING");
    if (m_dialect == Dialect::MySql && (t.isWord(u"INDEX") || t.isWord(u"KEY") || t.isWord(u"FULLTEXT") || t.isWord(u"SPATIAL")))
        return n.isPunct('(') || n.isWord(u"INDEX") || n.isWord(u"KEY") || (isIdentifierToken(n) && peek(2).isPunct('('));
    return false;
}

QString Replay::defaultConstraintName(const Table &table, const QStringList &columns, const QString &label) const
{
    if (m_dialect != Dialect::PostgreSql)
        return {};
    return pgObjectName(table.name, columns.join(u'_'), label);
}

void Replay::addPrimaryKey(Table &table, const QString &name, std::vector<IndexColumn> columns)
{
    PrimaryKey pk;
    pk.columns = std::move(columns);
    if (m_dialect == Dialect::PostgreSql)
        pk.name = name.isEmpty() ? pgObjectName(table.name, {}, QStringLiteral("pkey")) : name;
    if (m_dialect != Dialect::Sqlite) {
        for (const IndexColumn &ic : pk.columns) {
            if (Column *c = findColumn(table, ic.name))
                c->nullable = false;
        }
    }
    table.primaryKey = std::move(pk);
}

void Replay::addUniqueIndex(Table &table, const QString &name, const QStringList &columns)
{
    Index index;
    index.kind = Index::Kind::Unique;
    index.name = name;
    if (index.name.isEmpty()) {
        if (m_dialect == Dialect::PostgreSql)
            index.name = pgObjectName(table.name, columns.join(u'_'), QStringLiteral("key"));
        else if (m_dialect == Dialect::Sqlite)
            index.name = QStringLiteral("sqlite_autoindex_%1_%2").arg(table.name).arg(++m_state.sqliteAutoindexCounter);
        else
            index.name = columns.value(0);
    }
    for (const QString &c : columns)
        index.columns.push_back(IndexColumn{c, SortOrder::Unspecified, std::nullopt, {}});
    table.indexes.push_back(std::move(index));
}

void Replay::tableConstraint(Table &table, bool inAlter)
{
    QString name;
    const SqlToken &startToken = peek();
    if (acceptWord(u"CONSTRAINT")) {
        if (!peek().isWord(u"PRIMARY") && !peek().isWord(u"UNIQUE") && !peek().isWord(u"FOREIGN")
            && !peek().isWord(u"CHECK") && !peek().isWord(u"EXCLUDE"))
            name = identifier();
    }
    if (acceptWords({u"PRIMARY", u"KEY"})) {
        if (m_dialect == Dialect::PostgreSql && acceptWords({u"USING", u"INDEX"})) {
            const QString indexName = identifier();
            auto it = std::find_if(table.indexes.begin(), table.indexes.end(),
                                   [&](const Index &i) { return sameName(i.name, indexName); });
            if (it == table.indexes.end()) {
                warn(startToken, QStringLiteral("replay-unknown-index"),
                     tr("Index \"%1\" does not exist on table \"%2\".").arg(indexName, table.name));
                return;
            }
            std::vector<IndexColumn> cols = it->columns;
            table.indexes.erase(it);
            addPrimaryKey(table, name.isEmpty() ? indexName : name, std::move(cols));
            return;
        }
        if (m_dialect == Dialect::MySql && isIdentifierToken(peek()) && !peek().isPunct('('))
            identifier(); // MySQL accepts an index name here and ignores it
        bool expression = false;
        std::vector<IndexColumn> cols = indexColumns(name, expression);
        if (m_dialect == Dialect::Sqlite && acceptWords({u"ON", u"CONFLICT"}))
            take();
        addPrimaryKey(table, name, std::move(cols));
        return;
    }
    if (peek().isWord(u"UNIQUE")) {
        take();
        if (m_dialect == Dialect::PostgreSql && acceptWords({u"USING", u"INDEX"})) {
            const QString indexName = identifier();
            Index *index = findIndex(table, indexName);
            if (!index) {
                warn(startToken, QStringLiteral("replay-unknown-index"),
                     tr("Index \"%1\" does not exist on table \"%2\".").arg(indexName, table.name));
                return;
            }
            if (!name.isEmpty())
                index->name = name;
            return;
        }
        acceptWord(u"KEY") || acceptWord(u"INDEX");
        if (m_dialect == Dialect::PostgreSql && acceptWords({u"NULLS", u"NOT", u"DISTINCT"}))
            warn(startToken, QStringLiteral("replay-not-modelled"), tr("NULLS NOT DISTINCT is not modelled."));
        acceptWords({u"NULLS", u"DISTINCT"});
        if (m_dialect == Dialect::MySql && isIdentifierToken(peek()) && !peek().isPunct('('))
            name = identifier();
        Index index;
        index.kind = Index::Kind::Unique;
        bool expression = false;
        index.columns = indexColumns(name, expression);
        QStringList cols;
        for (const IndexColumn &c : index.columns)
            cols << c.name;
        addUniqueIndex(table, name, cols);
        table.indexes.back().columns = index.columns;
        if (m_dialect == Dialect::Sqlite && acceptWords({u"ON", u"CONFLICT"}))
            take();
        // PostgreSQL index parameters: INCLUDE, WITH, USING INDEX TABLESPACE.
        while (!atEnd() && !peek().isPunct(',') && !peek().isPunct(')')) {
            if (peek().isPunct('('))
                skipParens();
            else
                take();
        }
        return;
    }
    if (acceptWords({u"FOREIGN", u"KEY"})) {
        if (m_dialect == Dialect::MySql && isIdentifierToken(peek()) && !peek().isPunct('('))
            identifier();
        ForeignKey fk;
        fk.columns = identifierList();
        expectWord(u"REFERENCES");
        foreignKeyReference(table, std::move(fk), name);
        return;
    }
    if (peek().isWord(u"CHECK") || peek().isWord(u"EXCLUDE")) {
        const bool check = peek().isWord(u"CHECK");
        take();
        if (name.isEmpty() && m_dialect == Dialect::PostgreSql)
            name = pgObjectName(table.name, {}, check ? QStringLiteral("check") : QStringLiteral("excl"));
        if (!name.isEmpty())
            m_state.unmodelledConstraints.insert(constraintKey(table, name));
        warn(startToken, QStringLiteral("replay-not-modelled"),
             check ? tr("CHECK constraints are not modelled; %1 is left out of the replayed schema.")
                         .arg(name.isEmpty() ? tr("this constraint") : u'"' + name + u'"')
                   : tr("EXCLUDE constraints are not modelled; %1 is left out of the replayed schema.")
                         .arg(name.isEmpty() ? tr("this constraint") : u'"' + name + u'"'));
        skipToComma();
        return;
    }
    if (m_dialect == Dialect::MySql) {
        Index::Kind kind = Index::Kind::Normal;
        if (acceptWord(u"FULLTEXT"))
            kind = Index::Kind::Fulltext;
        else if (acceptWord(u"SPATIAL")) {
            warn(startToken, QStringLiteral("replay-not-modelled"), tr("SPATIAL indexes are not modelled."));
        }
        acceptWord(u"INDEX") || acceptWord(u"KEY");
        Index index;
        index.kind = kind;
        if (isIdentifierToken(peek()) && !peek().isPunct('('))
            index.name = identifier();
        if (acceptWord(u"USING"))
            take();
        bool expression = false;
        index.columns = indexColumns(index.name, expression);
        if (index.name.isEmpty() && !index.columns.empty())
            index.name = index.columns.front().name;
        while (!atEnd() && !peek().isPunct(',') && !peek().isPunct(')'))
            take();
        table.indexes.push_back(std::move(index));
        return;
    }
    Q_UNUSED(inAlter);
    fail();
}

void Replay::foreignKeyReference(Table &table, ForeignKey fk, const QString &name)
{
    const QualifiedName target = qualifiedName();
    fk.referencedSchema = target.schema;
    fk.referencedTable = target.name;
    if (peek().isPunct('('))
        fk.referencedColumns = identifierList();
    else if (const Table *t = findTable(target); t && t->primaryKey)
        fk.referencedColumns = t->primaryKey->columnNames();
    referentialActions(fk);
    fk.name = name;
    if (fk.name.isEmpty()) {
        if (m_dialect == Dialect::PostgreSql)
            fk.name = defaultConstraintName(table, fk.columns, QStringLiteral("fkey"));
        else if (m_dialect == Dialect::MySql)
            fk.name = QStringLiteral("%1_ibfk_%2").arg(table.name).arg(table.foreignKeys.size() + 1);
    }
    table.foreignKeys.push_back(std::move(fk));
}

void Replay::referentialActions(ForeignKey &fk)
{
    for (;;) {
        if (peek().isWord(u"ON") && (peek(1).isWord(u"DELETE") || peek(1).isWord(u"UPDATE"))) {
            const bool update = peek(1).isWord(u"UPDATE");
            take();
            take();
            const SqlToken &a = take();
            const SqlToken &b = peek();
            ReferentialAction action = actionFrom(a.text(), b.text());
            if (a.isWord(u"NO") || a.isWord(u"SET"))
                take();
            if (action == ReferentialAction::SetNull && peek().isPunct('('))
                skipParens();
            if (update)
                fk.onUpdate = action;
            else
                fk.onDelete = action;
        } else if (acceptWord(u"MATCH")) {
            take();
        } else if (acceptWords({u"NOT", u"DEFERRABLE"}) || acceptWord(u"DEFERRABLE")) {
        } else if (acceptWord(u"INITIALLY")) {
            take();
        } else if (acceptWords({u"NOT", u"VALID"})) {
        } else {
            return;
        }
    }
}

std::vector<IndexColumn> Replay::indexColumns(const QString &indexName, bool &hasExpression)
{
    std::vector<IndexColumn> columns;
    const SqlToken &open = peek();
    expectPunct('(');
    do {
        IndexColumn column;
        const SqlToken &t = peek();
        const SqlToken &n = peek(1);
        const bool simple = isIdentifierToken(t) && (n.isPunct(',') || n.isPunct(')') || n.kind == K::Word
                                                     || n.kind == K::QuotedIdentifier
                                                     || (m_dialect == Dialect::MySql && n.isPunct('(')));
        if (simple) {
            column.name = identifier();
            if (m_dialect == Dialect::MySql && peek().isPunct('(')) {
                take();
                if (peek().kind != K::Number)
                    fail();
                column.length = take().value.toInt();
                expectPunct(')');
            }
        } else {
            // An expression: "(expr)" or "f(args)", possibly with casts; what follows is a sort order or an
            // operator class like for a column.
            const int from = m_pos;
            if (peek().isPunct('(')) {
                skipParens();
            } else if (isIdentifierToken(peek()) && peek(1).isPunct('(')) {
                take();
                skipParens();
            } else {
                skipToComma();
            }
            while (peek().isPunct(u"::")) {
                take();
                typeSpec();
            }
            column.name = sourceText(from, m_pos);
            hasExpression = true;
        }
        for (;;) {
            if (acceptWord(u"ASC")) {
                column.sort = SortOrder::Asc;
            } else if (acceptWord(u"DESC")) {
                column.sort = SortOrder::Desc;
            } else if (acceptWord(u"COLLATE")) {
                qualifiedName();
            } else if (acceptWord(u"NULLS")) {
                take();
            } else if (m_dialect == Dialect::PostgreSql && isIdentifierToken(peek()) && !peek().isPunct(',')) {
                column.operatorClass = qualifiedName().name;
                if (peek().isPunct('('))
                    skipParens();
            } else {
                break;
            }
        }
        columns.push_back(std::move(column));
    } while (acceptPunct(','));
    expectPunct(')');
    if (hasExpression)
        warn(open, QStringLiteral("replay-index-expression"),
             tr("Index%1 has an expression element; it is replayed as its text, which Prisma does not model.")
                 .arg(indexName.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(indexName)));
    return columns;
}

TypeSpec Replay::typeSpec()
{
    TypeSpec spec;
    const int from = m_pos;
    const SqlToken &first = peek();
    if (!isIdentifierToken(first) || first.kind == K::String)
        fail();
    spec.quoted = first.kind == K::QuotedIdentifier;
    spec.words << identifier();
    while (peek().isPunct('.') && isIdentifierToken(peek(1))) {
        take();
        spec.schema = spec.words.takeLast();
        spec.quoted = peek().kind == K::QuotedIdentifier;
        spec.words << identifier();
    }
    int rawEnd = m_pos;
    auto takeArgs = [&] {
        take(); // (
        QStringList parts;
        int depth = 1;
        while (!atEnd()) {
            const SqlToken &t = take();
            if (t.isPunct('('))
                ++depth;
            else if (t.isPunct(')') && --depth == 0)
                break;
            if (t.kind == K::String) {
                spec.argStrings << t.value;
                parts << t.raw.toString();
            } else if (!t.isPunct(',')) {
                parts << t.raw.toString();
            }
        }
        spec.args = parts.join(spec.argStrings.isEmpty() ? QStringLiteral(",") : QStringLiteral(", "));
        rawEnd = m_pos;
    };
    if (peek().isPunct('('))
        takeArgs();
    static const QStringList continuation = {
        QStringLiteral("PRECISION"), QStringLiteral("VARYING"), QStringLiteral("WITH"), QStringLiteral("WITHOUT"),
        QStringLiteral("TIME"), QStringLiteral("ZONE"), QStringLiteral("UNSIGNED"), QStringLiteral("SIGNED"),
        QStringLiteral("ZEROFILL"),
    };
    static const QStringList sqliteStop = {
        QStringLiteral("CONSTRAINT"), QStringLiteral("PRIMARY"), QStringLiteral("NOT"), QStringLiteral("NULL"),
        QStringLiteral("UNIQUE"), QStringLiteral("CHECK"), QStringLiteral("DEFAULT"), QStringLiteral("COLLATE"),
        QStringLiteral("REFERENCES"), QStringLiteral("GENERATED"), QStringLiteral("AS"), QStringLiteral("AUTOINCREMENT"),
    };
    for (;;) {
        const SqlToken &t = peek();
        if (t.kind != K::Word || spec.quoted)
            break;
        bool more = false;
        if (m_dialect == Dialect::Sqlite) {
            more = !std::any_of(sqliteStop.begin(), sqliteStop.end(), [&](const QString &w) { return t.isWord(w); });
        } else {
            more = std::any_of(continuation.begin(), continuation.end(), [&](const QString &w) { return t.isWord(w); });
            // "WITH" only continues a type as WITH TIME ZONE.
            if (t.isWord(u"WITH") && !peek(1).isWord(u"TIME"))
                more = false;
        }
        if (!more)
            break;
        spec.words << fold(take());
        rawEnd = m_pos;
        if (peek().isPunct('(') && spec.args.isEmpty())
            takeArgs();
    }
    spec.raw = sourceText(from, rawEnd);
    while (peek().isPunct('[')) {
        take();
        if (peek().kind == K::Number)
            take();
        expectPunct(']');
        ++spec.arrayDims;
    }
    if (m_dialect == Dialect::PostgreSql && acceptWord(u"ARRAY")) {
        ++spec.arrayDims;
        if (peek().isPunct('[')) {
            take();
            if (peek().kind == K::Number)
                take();
            expectPunct(']');
        }
    }
    return spec;
}

ColumnType Replay::columnType(const TypeSpec &spec, bool &serial)
{
    using F = ColumnType::Family;
    ColumnType type;
    type.isArray = spec.arrayDims > 0;
    serial = false;
    const QString base = spec.words.join(u' ');
    auto set = [&](F family, const QString &name) {
        type.family = family;
        type.name = name;
    };
    auto withArgs = [&](const QString &name) {
        if (spec.args.isEmpty())
            return name;
        // As Prisma writes the types of each dialect, which is how the SQL schema names them: DECIMAL(65,30) on
        // PostgreSQL, DECIMAL(65, 30) on MySQL (compared as text there).
        const QString args = m_dialect == Dialect::MySql ? QString(spec.args).replace(u',', QStringLiteral(", ")) : spec.args;
        return name + u'(' + args + u')';
    };

    if (m_dialect == Dialect::PostgreSql) {
        if (!spec.quoted) {
            const QString b = base.toLower();
            if (b == u"int" || b == u"integer" || b == u"int4") { set(F::Int, QStringLiteral("INTEGER")); return type; }
            if (b == u"smallint" || b == u"int2") { set(F::Int, QStringLiteral("SMALLINT")); return type; }
            if (b == u"bigint" || b == u"int8") { set(F::BigInt, QStringLiteral("BIGINT")); return type; }
            if (b == u"serial" || b == u"serial4") { serial = true; set(F::Int, QStringLiteral("INTEGER")); return type; }
            if (b == u"smallserial" || b == u"serial2") { serial = true; set(F::Int, QStringLiteral("SMALLINT")); return type; }
            if (b == u"bigserial" || b == u"serial8") { serial = true; set(F::BigInt, QStringLiteral("BIGINT")); return type; }
            if (b == u"real" || b == u"float4") { set(F::Float, QStringLiteral("REAL")); return type; }
            if (b == u"double precision" || b == u"float8") { set(F::Float, QStringLiteral("DOUBLE PRECISION")); return type; }
            if (b == u"float") {
                set(F::Float, !spec.args.isEmpty() && spec.args.toInt() <= 24 ? QStringLiteral("REAL") : QStringLiteral("DOUBLE PRECISION"));
                return type;
            }
            if (b == u"numeric" || b == u"decimal") { set(F::Decimal, withArgs(QStringLiteral("DECIMAL"))); return type; }
            if (b == u"money") { set(F::Decimal, QStringLiteral("MONEY")); return type; }
            if (b == u"text") { set(F::String, QStringLiteral("TEXT")); return type; }
            if (b == u"varchar" || b == u"character varying" || b == u"char varying") { set(F::String, withArgs(QStringLiteral("VARCHAR"))); return type; }
            if (b == u"char" || b == u"character") {
                set(F::String, QStringLiteral("CHAR(%1)").arg(spec.args.isEmpty() ? QStringLiteral("1") : spec.args));
                return type;
            }
            if (b == u"bpchar") { set(F::String, withArgs(QStringLiteral("CHAR"))); return type; }
            if (b == u"citext") { set(F::String, QStringLiteral("CITEXT")); return type; }
            if (b == u"xml") { set(F::String, QStringLiteral("XML")); return type; }
            if (b == u"inet") { set(F::String, QStringLiteral("INET")); return type; }
            if (b == u"bit") {
                set(F::String, QStringLiteral("BIT(%1)").arg(spec.args.isEmpty() ? QStringLiteral("1") : spec.args));
                return type;
            }
            if (b == u"varbit" || b == u"bit varying") { set(F::String, withArgs(QStringLiteral("VARBIT"))); return type; }
            if (b == u"uuid") { set(F::Uuid, QStringLiteral("UUID")); return type; }
            if (b == u"boolean" || b == u"bool") { set(F::Boolean, QStringLiteral("BOOLEAN")); return type; }
            if (b == u"timestamp" || b == u"timestamp without time zone") { set(F::DateTime, withArgs(QStringLiteral("TIMESTAMP"))); return type; }
            if (b == u"timestamptz" || b == u"timestamp with time zone") { set(F::DateTime, withArgs(QStringLiteral("TIMESTAMPTZ"))); return type; }
            if (b == u"date") { set(F::DateTime, QStringLiteral("DATE")); return type; }
            if (b == u"time" || b == u"time without time zone") { set(F::DateTime, withArgs(QStringLiteral("TIME"))); return type; }
            if (b == u"timetz" || b == u"time with time zone") { set(F::DateTime, withArgs(QStringLiteral("TIMETZ"))); return type; }
            if (b == u"json") { set(F::Json, QStringLiteral("JSON")); return type; }
            if (b == u"jsonb") { set(F::Json, QStringLiteral("JSONB")); return type; }
            if (b == u"bytea") { set(F::Binary, QStringLiteral("BYTEA")); return type; }
            if (b == u"oid") { set(F::Int, QStringLiteral("OID")); return type; }
        }
        if (EnumType *e = findEnum(QualifiedName{normalizeSchema(spec.schema), base})) {
            type.family = F::Enum;
            type.name = e->name;
            ColumnType::EnumParts &parts = type.enumParts.mut();
            parts.name = e->name;
            parts.schema = e->schema;
            return type;
        }
        type.family = F::Unsupported;
        type.name = spec.raw;
        return type;
    }

    const QString upper = base.toUpper();
    if (m_dialect == Dialect::MySql && upper == u"ENUM") {
        type.family = F::Enum;
        type.enumParts.mut().values = spec.argStrings;
        type.name = QStringLiteral("ENUM(%1)").arg(spec.args);
        return type;
    }
    type.name = withArgs(upper.section(u' ', 0, 0));
    if (upper.contains(u' '))
        type.name += u' ' + upper.section(u' ', 1);
    const QString head = upper.section(u' ', 0, 0);
    static const QStringList ints = {QStringLiteral("INT"), QStringLiteral("INTEGER"), QStringLiteral("SMALLINT"),
                                     QStringLiteral("MEDIUMINT"), QStringLiteral("TINYINT"), QStringLiteral("INT2")};
    if (upper == u"BIGINT" || upper == u"INT8" || upper == u"UNSIGNED BIG INT" || upper == u"BIGINT UNSIGNED")
        type.family = F::BigInt;
    else if (ints.contains(head))
        type.family = (m_dialect == Dialect::MySql && head == u"TINYINT" && spec.args == u"1") ? F::Boolean : F::Int;
    else if (head == u"BOOLEAN" || head == u"BOOL")
        type.family = F::Boolean;
    else if (head == u"REAL" || head == u"DOUBLE" || head == u"FLOAT")
        type.family = F::Float;
    else if (head == u"DECIMAL" || head == u"NUMERIC")
        type.family = F::Decimal;
    else if (head == u"DATETIME" || head == u"DATE" || head == u"TIMESTAMP" || head == u"TIME" || head == u"YEAR")
        type.family = F::DateTime;
    else if (head == u"TEXT" || head == u"VARCHAR" || head == u"CHAR" || head == u"CLOB" || head == u"CHARACTER"
             || head == u"NVARCHAR" || head == u"NCHAR" || head == u"TINYTEXT" || head == u"MEDIUMTEXT"
             || head == u"LONGTEXT" || head == u"VARYING" || head == u"NATIVE")
        type.family = F::String;
    else if (head == u"BLOB" || head == u"TINYBLOB" || head == u"MEDIUMBLOB" || head == u"LONGBLOB"
             || head == u"BINARY" || head == u"VARBINARY" || head == u"BIT")
        type.family = F::Binary;
    else if (head == u"JSON" || head == u"JSONB")
        type.family = F::Json;
    else
        type.family = F::Unsupported;
    return type;
}

bool Replay::isCurrentTime(int from, int to) const
{
    // The time of the insert alone: CURRENT_TIMESTAMP, CURRENT_TIMESTAMP(3), now(). An expression that uses it
    // (`now() + interval '1 day'`) is a default of its own, as `dbgenerated(...)` calculates it.
    const SqlToken &a = m_tokens[from];
    int end = from + 1;
    if (a.isWord(u"now")) {
        if (end + 1 >= to || !m_tokens[end].isPunct('(') || !m_tokens[end + 1].isPunct(')'))
            return false;
        end += 2;
    } else if (a.isWord(u"CURRENT_TIMESTAMP") || a.isWord(u"LOCALTIMESTAMP")) {
        if (end + 2 < to && m_tokens[end].isPunct('(') && m_tokens[end + 1].kind == K::Number && m_tokens[end + 2].isPunct(')'))
            end += 3;
    } else {
        return false;
    }
    return end == to;
}

ColumnDefault Replay::defaultExpression()
{
    static const QStringList stops = {
        QStringLiteral("PRIMARY"), QStringLiteral("UNIQUE"), QStringLiteral("REFERENCES"), QStringLiteral("CHECK"),
        QStringLiteral("CONSTRAINT"), QStringLiteral("COLLATE"), QStringLiteral("GENERATED"),
        QStringLiteral("AUTO_INCREMENT"), QStringLiteral("AUTOINCREMENT"), QStringLiteral("COMMENT"),
        QStringLiteral("ON"), QStringLiteral("VISIBLE"), QStringLiteral("INVISIBLE"),
    };
    const int from = m_pos;
    int depth = 0;
    while (!atEnd()) {
        const SqlToken &t = peek();
        if (depth == 0) {
            if (t.isPunct(',') || t.isPunct(')'))
                break;
            if (m_pos > from) {
                if (t.isWord(u"NULL") || (t.isWord(u"NOT") && peek(1).isWord(u"NULL")))
                    break;
                if (t.kind == K::Word && std::any_of(stops.begin(), stops.end(), [&](const QString &w) { return t.isWord(w); }))
                    break;
            }
        }
        if (t.isPunct('(') || t.isPunct('[') || t.isPunct('{'))
            ++depth;
        else if (t.isPunct(')') || t.isPunct(']') || t.isPunct('}'))
            --depth;
        take();
    }
    const int to = m_pos;
    if (to == from)
        fail();
    ColumnDefault d;
    const SqlToken &a = m_tokens[from];
    const int count = to - from;
    // A cast of a plain literal ('x'::text, 'A'::"Role", '{}'::jsonb) is the literal for comparison purposes.
    int end = to;
    for (int i = from + 1; i < to; ++i) {
        if (m_tokens[i].isPunct(u"::")) {
            end = i;
            break;
        }
    }
    const int litCount = end - from;
    auto isSign = [](const SqlToken &t) { return t.isPunct('-') || t.isPunct('+'); };
    if (count == 1 && a.isWord(u"NULL"))
        return {};
    if (litCount == 1 && (a.kind == K::String || a.kind == K::Number)) {
        d.kind = ColumnDefault::Kind::Value;
        d.expression = a.raw.toString();
    } else if (litCount == 2 && isSign(a) && m_tokens[from + 1].kind == K::Number) {
        d.kind = ColumnDefault::Kind::Value;
        d.expression = a.raw.toString() + m_tokens[from + 1].raw.toString();
    } else if (litCount == 1 && (a.isWord(u"TRUE") || a.isWord(u"FALSE"))) {
        d.kind = ColumnDefault::Kind::Value;
        d.expression = a.raw.toString().toLower();
    } else if (a.isWord(u"ARRAY")
               || (m_dialect != Dialect::PostgreSql
                   && (a.isPunct('{') || a.isPunct('[') || (a.kind == K::QuotedIdentifier && a.raw.startsWith(u'['))))) {
        // ARRAY[...]; outside PostgreSQL also a JSON default, which Prisma writes unquoted there (SQLite reads
        // `[1, 2]` as a bracketed name).
        d.kind = ColumnDefault::Kind::Value;
        d.expression = sourceText(from, to);
    } else if (isCurrentTime(from, to)) {
        d.kind = ColumnDefault::Kind::Now;
        d.expression = sourceText(from, to);
    } else if (a.isWord(u"nextval")) {
        d.kind = ColumnDefault::Kind::Sequence;
        d.expression = sourceText(from, to);
    } else {
        d.kind = ColumnDefault::Kind::DbGenerated;
        d.expression = sourceText(from, to);
    }
    return d;
}

void Replay::classifyDefault(Column &column) const
{
    // Fills valueType/values the way SchemaCalculator does, from the literal text of the default and the
    // column's type, so that the differ compares replayed and calculated defaults alike. Idempotent: a later
    // type change classifies again from the expression.
    using VT = ColumnDefault::ValueType;
    using F = ColumnType::Family;
    if (column.defaultValue->kind != ColumnDefault::Kind::Value)
        return;
    ColumnDefault &d = column.defaultValue.mut();
    d.values.clear();
    d.valueType = VT::Unknown;
    d.itemType = VT::Unknown;
    if (column.type.family == F::Json && m_dialect != Dialect::PostgreSql
        && (d.expression.startsWith(u'{') || d.expression.startsWith(u'['))) {
        // Outside PostgreSQL Prisma writes a JSON default as it is, unquoted (`DEFAULT {"a": 1}`).
        d.valueType = VT::Json;
        d.values << d.expression;
        return;
    }
    const std::vector<SqlToken> tokens = SqlTokenizer::tokenize(d.expression, m_dialect);
    enum class Literal { String, Number, Boolean, Other };
    auto literalAt = [&](int &i, QString &text) {
        Literal kind = Literal::Other;
        QString sign;
        if (tokens[i].isPunct('-') || tokens[i].isPunct('+'))
            sign = tokens[i++].raw.toString();
        const SqlToken &t = tokens[i];
        if (t.kind == K::String) {
            kind = Literal::String;
            text = t.value;
        } else if (t.kind == K::Number) {
            kind = Literal::Number;
            text = sign == u"-" ? sign + t.value : t.value;
        } else if (t.isWord(u"TRUE") || t.isWord(u"FALSE")) {
            kind = Literal::Boolean;
            text = t.value.toLower();
        }
        // Skip the rest of the element (casts) up to "," or "]" at depth 0.
        int depth = 0;
        for (++i; i < int(tokens.size()) && tokens[i].kind != K::End; ++i) {
            if (tokens[i].isPunct('(') || tokens[i].isPunct('['))
                ++depth;
            else if ((tokens[i].isPunct(')') || tokens[i].isPunct(']')) && depth-- == 0)
                break;
            else if (depth == 0 && tokens[i].isPunct(','))
                break;
        }
        return kind;
    };
    auto typeOf = [&](Literal literal, QString &text) -> VT {
        if (literal == Literal::Other)
            return VT::Unknown;
        switch (column.type.family) {
        case F::Int:
        case F::BigInt: {
            bool ok = false;
            const qlonglong n = text.toLongLong(&ok);
            if (ok)
                text = QString::number(n);
            return literal == Literal::Boolean ? VT::Unknown : column.type.family == F::Int ? VT::Int : VT::BigInt;
        }
        case F::Float:
        case F::Decimal:
            return literal == Literal::Boolean ? VT::Unknown : VT::Float;
        case F::Boolean:
            text = text.toLower();
            return VT::Boolean;
        case F::DateTime:
            return literal == Literal::String ? VT::DateTime : VT::Unknown;
        case F::Json:
            return literal == Literal::String ? VT::Json : VT::Unknown;
        case F::Binary:
            if (literal != Literal::String)
                return VT::Unknown;
            if (text.startsWith(QStringLiteral("\\x")))
                text = text.mid(2).toLower();
            return VT::Bytes;
        case F::Enum:
            return literal == Literal::String ? VT::Enum : VT::Unknown;
        case F::String:
        case F::Uuid:
            return literal == Literal::String ? VT::String : VT::Unknown;
        case F::Unsupported:
            return VT::Unknown;
        }
        return VT::Unknown;
    };
    if (tokens.empty() || tokens.front().kind == K::End)
        return;
    if (tokens.front().isWord(u"ARRAY") && tokens.size() > 2 && tokens[1].isPunct('[')) {
        d.valueType = VT::List;
        int i = 2;
        while (i < int(tokens.size()) && tokens[i].kind != K::End && !tokens[i].isPunct(']')) {
            QString text;
            const Literal literal = literalAt(i, text);
            d.itemType = typeOf(literal, text);
            d.values << text;
            if (i < int(tokens.size()) && tokens[i].isPunct(','))
                ++i;
        }
        return;
    }
    if (column.type.isArray)
        return; // '{a,b}' array literals: compared as text
    int i = 0;
    QString text;
    const Literal literal = literalAt(i, text);
    d.valueType = typeOf(literal, text);
    if (d.valueType != VT::Unknown)
        d.values << text;
}

void Replay::columnDefinition(Table &table, bool inCreate, int position)
{
    const SqlToken &nameToken = peek();
    Column column;
    column.name = identifier();
    if (findColumn(table, column.name)) {
        // The database refuses the statement; the column keeps its first definition here.
        warn(nameToken, QStringLiteral("replay-exists"),
             inCreate ? tr("Column \"%1\" is defined twice in table \"%2\"; the statement would fail.").arg(column.name, table.name)
                      : tr("Column \"%1\" already exists in table \"%2\"; the statement would fail.").arg(column.name, table.name));
        skipToComma();
        return;
    }
    bool serial = false;
    if (m_dialect == Dialect::Sqlite && (peek().isPunct(',') || peek().isPunct(')') || atEnd()
                                         || peek().isWord(u"PRIMARY") || peek().isWord(u"NOT") || peek().isWord(u"DEFAULT"))) {
        column.type.family = ColumnType::Family::Unsupported; // SQLite allows a column without a type
    } else {
        column.type = columnType(typeSpec(), serial);
    }
    if (serial) {
        // SERIAL is INTEGER NOT NULL DEFAULT nextval(<owned sequence>): a Sequence default without text.
        column.autoIncrement = true;
        column.nullable = false;
        column.defaultValue.mut().kind = ColumnDefault::Kind::Sequence;
    }
    std::vector<Index> pendingUnique;
    QString constraintName;
    bool primary = false;
    SortOrder primarySort = SortOrder::Unspecified;
    while (!atEnd() && !peek().isPunct(',') && !peek().isPunct(')')) {
        const SqlToken &t = peek();
        if (acceptWord(u"CONSTRAINT")) {
            constraintName = identifier();
            continue;
        }
        if (acceptWords({u"NOT", u"NULL"})) {
            column.nullable = false;
        } else if (acceptWord(u"NULL")) {
            column.nullable = true;
        } else if (acceptWord(u"DEFAULT")) {
            column.defaultValue = defaultExpression();
        } else if (acceptWords({u"PRIMARY", u"KEY"})) {
            primary = true;
            if (acceptWord(u"ASC"))
                primarySort = SortOrder::Asc;
            else if (acceptWord(u"DESC"))
                primarySort = SortOrder::Desc;
            if (acceptWords({u"ON", u"CONFLICT"}))
                take();
            if (acceptWord(u"AUTOINCREMENT"))
                column.autoIncrement = true;
        } else if (acceptWord(u"UNIQUE")) {
            acceptWord(u"KEY");
            if (acceptWords({u"ON", u"CONFLICT"}))
                take();
            Index index;
            index.kind = Index::Kind::Unique;
            index.name = constraintName;
            pendingUnique.push_back(std::move(index));
        } else if (acceptWord(u"REFERENCES")) {
            ForeignKey fk;
            fk.columns << column.name;
            foreignKeyReference(table, std::move(fk), constraintName);
        } else if (acceptWord(u"CHECK")) {
            QString name = constraintName;
            if (name.isEmpty() && m_dialect == Dialect::PostgreSql)
                name = pgObjectName(table.name, column.name, QStringLiteral("check"));
            if (!name.isEmpty())
                m_state.unmodelledConstraints.insert(constraintKey(table, name));
            warn(t, QStringLiteral("replay-not-modelled"),
                 tr("CHECK constraints are not modelled; the check on column \"%1\" is left out of the replayed schema.")
                     .arg(column.name));
            if (peek().isPunct('('))
                skipParens();
        } else if (acceptWord(u"COLLATE")) {
            qualifiedName();
        } else if (acceptWord(u"GENERATED")) {
            if (acceptWord(u"ALWAYS") || acceptWords({u"BY", u"DEFAULT"})) {
            }
            expectWord(u"AS");
            if (acceptWord(u"IDENTITY")) {
                column.autoIncrement = true;
                column.nullable = false;
                if (peek().isPunct('('))
                    skipParens();
            } else {
                if (peek().isPunct('('))
                    skipParens();
                acceptWord(u"STORED") || acceptWord(u"VIRTUAL");
                warn(t, QStringLiteral("replay-not-modelled"),
                     tr("Generated column \"%1\" is replayed as a plain column; its expression is not modelled.")
                         .arg(column.name));
            }
        } else if (peek().isWord(u"AS") && m_dialect != Dialect::PostgreSql) {
            take();
            if (peek().isPunct('('))
                skipParens();
            acceptWord(u"STORED") || acceptWord(u"VIRTUAL");
            warn(t, QStringLiteral("replay-not-modelled"),
                 tr("Generated column \"%1\" is replayed as a plain column; its expression is not modelled.").arg(column.name));
        } else if (acceptWord(u"AUTO_INCREMENT") || acceptWord(u"AUTOINCREMENT")) {
            column.autoIncrement = true;
        } else if (acceptWords({u"ON", u"UPDATE"})) {
            // MySQL ON UPDATE CURRENT_TIMESTAMP: not modelled by Prisma
            take();
            if (peek().isPunct('('))
                skipParens();
        } else if (acceptWord(u"COMMENT")) {
            take();
        } else if (acceptWords({u"CHARACTER", u"SET"}) || acceptWord(u"CHARSET")) {
            take();
        } else if (acceptWord(u"VISIBLE") || acceptWord(u"INVISIBLE") || acceptWord(u"FIRST")) {
        } else if (acceptWord(u"AFTER")) {
            const QString after = identifier();
            for (int i = 0; i < int(table.columns.size()); ++i) {
                if (sameName(table.columns[i].name, after))
                    position = i + 1;
            }
        } else if (acceptWord(u"DEFERRABLE") || acceptWords({u"NOT", u"DEFERRABLE"})) {
        } else if (acceptWord(u"INITIALLY")) {
            take();
        } else {
            fail();
        }
        constraintName.clear();
    }
    classifyDefault(column);
    const QString columnName = column.name;
    if (position >= 0 && position <= int(table.columns.size()))
        table.columns.insert(table.columns.begin() + position, std::move(column));
    else
        table.columns.push_back(std::move(column));
    if (primary) {
        if (table.primaryKey) {
            warn(nameToken, QStringLiteral("replay-exists"),
                 tr("Table \"%1\" already has a primary key.").arg(table.name));
        } else {
            addPrimaryKey(table, {}, {IndexColumn{columnName, primarySort, std::nullopt, {}}});
        }
    }
    for (Index &index : pendingUnique) {
        addUniqueIndex(table, index.name, {columnName});
    }
}

void Replay::createIndex(Index::Kind kind)
{
    const SqlToken &startToken = m_tokens.front();
    acceptWord(u"CONCURRENTLY");
    const bool ifNotExists = acceptIfNotExists();
    Index index;
    index.kind = kind;
    if (!peek().isWord(u"ON"))
        index.name = qualifiedName().name;
    if (m_dialect == Dialect::MySql && acceptWord(u"USING"))
        take();
    expectWord(u"ON");
    acceptWord(u"ONLY");
    const SqlToken &tableToken = peek();
    const QualifiedName tableName = qualifiedName();
    if (isTemporary(tableName))
        return;
    Table *table = findTable(tableName);
    if (!table) {
        warn(tableToken, QStringLiteral("replay-unknown-table"),
             tr("Table \"%1\" does not exist at this point of the migration history; the index \"%2\" was not replayed.")
                 .arg(tableName.name, index.name));
        return;
    }
    if (acceptWord(u"USING")) {
        index.algorithm = take().value.toUpper();
        if (index.algorithm == u"BTREE" || m_dialect != Dialect::PostgreSql)
            index.algorithm.clear();
    }
    bool expression = false;
    index.columns = indexColumns(index.name, expression);
    if (index.name.isEmpty()) {
        QStringList names;
        for (const IndexColumn &c : index.columns)
            names << (expression ? QStringLiteral("expr") : c.name);
        index.name = pgObjectName(table->name, names.join(u'_'), kind == Index::Kind::Unique ? QStringLiteral("key") : QStringLiteral("idx"));
    }
    while (!atEnd()) {
        if (peek().isWord(u"WHERE")) {
            warn(peek(), QStringLiteral("replay-partial-index"),
                 tr("The partial index \"%1\" is replayed without its WHERE condition, which is not modelled.").arg(index.name));
            break;
        }
        if (acceptWord(u"INCLUDE")) {
            warn(m_tokens[m_pos - 1], QStringLiteral("replay-not-modelled"),
                 tr("The INCLUDE columns of index \"%1\" are not modelled.").arg(index.name));
            if (peek().isPunct('('))
                skipParens();
            continue;
        }
        if (acceptWords({u"NULLS", u"NOT", u"DISTINCT"})) {
            warn(m_tokens[m_pos - 1], QStringLiteral("replay-not-modelled"),
                 tr("NULLS NOT DISTINCT of index \"%1\" is not modelled.").arg(index.name));
            continue;
        }
        if (m_dialect == Dialect::MySql && acceptWord(u"USING")) {
            take();
            continue;
        }
        if (peek().isPunct('('))
            skipParens();
        else
            take();
    }
    // Index names are unique per schema in PostgreSQL and SQLite, per table in MySQL.
    bool exists = false;
    if (m_dialect == Dialect::MySql) {
        exists = findIndex(*table, index.name) != nullptr;
    } else {
        for (Table &t : m_schema.tables) {
            if (findIndex(t, index.name) || (t.primaryKey && sameName(t.primaryKey->name, index.name)))
                exists = true;
        }
    }
    if (exists) {
        if (!ifNotExists)
            warn(startToken, QStringLiteral("replay-exists"),
                 tr("Index \"%1\" already exists at this point of the migration history; the statement would fail.")
                     .arg(index.name));
        return;
    }
    table->indexes.push_back(std::move(index));
}

void Replay::createType()
{
    const SqlToken &nameToken = peek();
    const QualifiedName name = qualifiedName();
    if (!acceptWords({u"AS", u"ENUM"})) {
        warn(nameToken, QStringLiteral("replay-not-modelled"),
             tr("Type \"%1\" is not an enum; composite, range and base types are not modelled.").arg(name.name));
        return;
    }
    EnumType e;
    e.schema = name.schema;
    e.name = name.name;
    expectPunct('(');
    if (!peek().isPunct(')')) {
        do {
            if (peek().kind != K::String)
                fail();
            e.values << take().value;
        } while (acceptPunct(','));
    }
    expectPunct(')');
    if (findEnum(name)) {
        warn(nameToken, QStringLiteral("replay-exists"),
             tr("Type \"%1\" already exists at this point of the migration history; the statement would fail.").arg(name.name));
        return;
    }
    m_schema.enums.push_back(std::move(e));
}

void Replay::createExtension()
{
    acceptIfNotExists();
    Extension ext;
    ext.name = identifier();
    acceptWord(u"WITH");
    for (;;) {
        if (acceptWord(u"SCHEMA"))
            ext.schema = normalizeSchema(identifier());
        else if (acceptWord(u"VERSION"))
            ext.version = take().value;
        else if (acceptWord(u"CASCADE"))
            continue;
        else
            break;
    }
    for (const Extension &e : m_schema.extensions) {
        if (e.name == ext.name)
            return;
    }
    m_schema.extensions.push_back(std::move(ext));
}

void Replay::createSchema()
{
    acceptIfNotExists();
    const QString name = identifier();
    // Only PostgreSQL's schemas are namespaces of Prisma's SQL schema; MySQL's CREATE SCHEMA makes a database,
    // which it does not model (and would have no statement to write for it).
    if (m_dialect == Dialect::PostgreSql && !m_schema.namespaces.contains(name))
        m_schema.namespaces << name;
}

// --- ALTER -------------------------------------------------------------------------------------------------------

void Replay::alterStatement()
{
    expectWord(u"ALTER");
    if (acceptWord(u"TABLE")) {
        alterTable();
    } else if (acceptWord(u"TYPE")) {
        alterType();
    } else if (acceptWord(u"INDEX")) {
        alterIndex();
    } else if (acceptWord(u"SEQUENCE") || acceptWord(u"FUNCTION") || acceptWord(u"PROCEDURE")
               || acceptWord(u"VIEW") || acceptWords({u"MATERIALIZED", u"VIEW"}) || acceptWord(u"TRIGGER")
               || acceptWord(u"ROLE") || acceptWord(u"USER") || acceptWord(u"DEFAULT") || acceptWord(u"POLICY")
               || acceptWord(u"DATABASE")) {
        return; // objects the schema does not model
    } else if (acceptWord(u"EXTENSION")) {
        const QString name = identifier();
        if (acceptWord(u"UPDATE")) {
            for (Extension &e : m_schema.extensions) {
                if (e.name == name && acceptWord(u"TO"))
                    e.version = take().value;
            }
        }
    } else if (acceptWord(u"SCHEMA")) {
        const QString name = identifier();
        if (acceptWords({u"RENAME", u"TO"})) {
            const QString to = identifier();
            const int i = m_schema.namespaces.indexOf(name);
            if (i >= 0)
                m_schema.namespaces[i] = to;
            for (Table &t : m_schema.tables) {
                if (t.schema == name)
                    t.schema = normalizeSchema(to);
            }
        }
    } else {
        warnStatement(QStringLiteral("replay-unsupported-statement"),
                      tr("ALTER %1 is not understood and was not replayed.").arg(peek().value.toUpper()));
    }
}

void Replay::alterTable()
{
    const bool ifExists = acceptIfExists();
    acceptWord(u"ONLY");
    const SqlToken &nameToken = peek();
    const QualifiedName name = qualifiedName();
    acceptPunct('*');
    if (isTemporary(name))
        return;
    Table *table = findTable(name);
    if (!table) {
        if (!ifExists)
            warn(nameToken, QStringLiteral("replay-unknown-table"),
                 tr("Table \"%1\" does not exist at this point of the migration history; the statement was not replayed.")
                     .arg(name.name));
        return;
    }
    const int tableIndex = int(table - m_schema.tables.data());
    do {
        const int start = m_pos;
        try {
            alterTableAction(m_schema.tables[tableIndex]);
            if (!atEnd() && !peek().isPunct(','))
                fail();
        } catch (const NotUnderstood &e) {
            m_pos = std::max(m_pos, start);
            warn(m_tokens[std::clamp(e.token, 0, int(m_tokens.size()) - 1)], QStringLiteral("replay-unsupported-alter"),
                 tr("This ALTER TABLE action is not understood near %1 and was not replayed.").arg(excerptAt(e.token)));
            skipToComma();
            if (peek().isPunct(')'))
                take();
        }
        if (tableIndex >= int(m_schema.tables.size()))
            return;
    } while (acceptPunct(','));
}

void Replay::alterTableAction(Table &table)
{
    const SqlToken &start = peek();
    if (acceptWord(u"ADD")) {
        if (isTableConstraintStart()) {
            tableConstraint(table, true);
            return;
        }
        acceptWord(u"COLUMN");
        const bool ifNotExists = acceptIfNotExists();
        if (ifNotExists && isIdentifierToken(peek())) {
            if (findColumn(table, fold(peek()))) {
                skipToComma();
                return;
            }
        }
        int position = -1;
        if (m_dialect == Dialect::MySql) {
            // FIRST / AFTER are parsed by columnDefinition; FIRST puts it at the front.
            int depth = 0;
            for (int i = m_pos; i < int(m_tokens.size()) && !(depth == 0 && m_tokens[i].isPunct(',')); ++i) {
                if (m_tokens[i].isPunct('('))
                    ++depth;
                else if (m_tokens[i].isPunct(')'))
                    --depth;
                else if (depth == 0 && m_tokens[i].isWord(u"FIRST"))
                    position = 0;
            }
        }
        columnDefinition(table, false, position);
        return;
    }
    if (acceptWord(u"DROP")) {
        if (acceptWord(u"CONSTRAINT") || (m_dialect == Dialect::MySql && (acceptWord(u"CHECK")))) {
            const bool ifExists = acceptIfExists();
            const SqlToken &nameToken = peek();
            const QString name = identifier();
            acceptWord(u"CASCADE") || acceptWord(u"RESTRICT");
            if (!dropConstraint(table, name) && !ifExists)
                warn(nameToken, QStringLiteral("replay-unknown-constraint"),
                     tr("Constraint \"%1\" does not exist on table \"%2\" at this point of the migration history.")
                         .arg(name, table.name));
            return;
        }
        if (m_dialect == Dialect::MySql && acceptWords({u"PRIMARY", u"KEY"})) {
            table.primaryKey.reset();
            return;
        }
        if (m_dialect == Dialect::MySql && acceptWords({u"FOREIGN", u"KEY"})) {
            const SqlToken &nameToken = peek();
            const QString name = identifier();
            const auto before = table.foreignKeys.size();
            std::erase_if(table.foreignKeys, [&](const ForeignKey &fk) { return sameName(fk.name, name); });
            if (before == table.foreignKeys.size())
                warn(nameToken, QStringLiteral("replay-unknown-constraint"),
                     tr("Foreign key \"%1\" does not exist on table \"%2\".").arg(name, table.name));
            return;
        }
        if (m_dialect == Dialect::MySql && (acceptWord(u"INDEX") || acceptWord(u"KEY"))) {
            const SqlToken &nameToken = peek();
            const QString name = identifier();
            const auto before = table.indexes.size();
            std::erase_if(table.indexes, [&](const Index &i) { return sameName(i.name, name); });
            if (before == table.indexes.size())
                warn(nameToken, QStringLiteral("replay-unknown-index"),
                     tr("Index \"%1\" does not exist on table \"%2\".").arg(name, table.name));
            return;
        }
        acceptWord(u"COLUMN");
        const bool ifExists = acceptIfExists();
        const SqlToken &nameToken = peek();
        const QString name = identifier();
        acceptWord(u"CASCADE") || acceptWord(u"RESTRICT");
        if (!findColumn(table, name)) {
            if (!ifExists)
                warn(nameToken, QStringLiteral("replay-unknown-column"),
                     tr("Column \"%1\" does not exist in table \"%2\" at this point of the migration history.")
                         .arg(name, table.name));
            return;
        }
        dropColumn(table, name);
        return;
    }
    if (acceptWord(u"ALTER")) {
        if (acceptWord(u"CONSTRAINT")) {
            identifier();
            while (!atEnd() && !peek().isPunct(','))
                take();
            return; // deferrability is not modelled
        }
        acceptWord(u"COLUMN");
        alterColumn(table);
        return;
    }
    if (m_dialect == Dialect::MySql && (acceptWord(u"MODIFY") || acceptWord(u"CHANGE"))) {
        const bool change = m_tokens[m_pos - 1].isWord(u"CHANGE");
        acceptWord(u"COLUMN");
        const SqlToken &nameToken = peek();
        const QString oldName = change ? identifier() : fold(peek());
        Column *old = findColumn(table, oldName);
        if (!old) {
            warn(nameToken, QStringLiteral("replay-unknown-column"),
                 tr("Column \"%1\" does not exist in table \"%2\".").arg(oldName, table.name));
            skipToComma();
            return;
        }
        const int position = int(old - table.columns.data());
        Column saved = *old;
        table.columns.erase(table.columns.begin() + position);
        const size_t others = table.columns.size();
        try {
            columnDefinition(table, false, position);
        } catch (const NotUnderstood &) {
            table.columns.insert(table.columns.begin() + position, saved);
            throw;
        }
        if (table.columns.size() == others) { // refused (the new name is another column's): the column stays
            table.columns.insert(table.columns.begin() + position, saved);
            return;
        }
        if (change) {
            const QString newName = table.columns[position].name;
            table.columns[position].name = saved.name;
            renameColumn(table, saved.name, newName);
        }
        return;
    }
    if (acceptWord(u"RENAME")) {
        if (acceptWord(u"CONSTRAINT")) {
            const SqlToken &nameToken = peek();
            const QString from = identifier();
            expectWord(u"TO");
            const QString to = identifier();
            if (!renameConstraint(table, from, to))
                warn(nameToken, QStringLiteral("replay-unknown-constraint"),
                     tr("Constraint \"%1\" does not exist on table \"%2\" at this point of the migration history.")
                         .arg(from, table.name));
            return;
        }
        if (m_dialect == Dialect::MySql && (acceptWord(u"INDEX") || acceptWord(u"KEY"))) {
            const SqlToken &nameToken = peek();
            const QString from = identifier();
            expectWord(u"TO");
            const QString to = identifier();
            if (Index *i = findIndex(table, from))
                i->name = to;
            else
                warn(nameToken, QStringLiteral("replay-unknown-index"),
                     tr("Index \"%1\" does not exist on table \"%2\".").arg(from, table.name));
            return;
        }
        if (acceptWord(u"TO") || (m_dialect == Dialect::MySql && acceptWord(u"AS"))
            || (m_dialect == Dialect::MySql && isIdentifierToken(peek()) && !peek().isWord(u"COLUMN") && !peek(1).isWord(u"TO"))) {
            const SqlToken &toToken = peek();
            const QualifiedName to = qualifiedName();
            renameTable(table, to.name, toToken);
            return;
        }
        acceptWord(u"COLUMN");
        const SqlToken &nameToken = peek();
        const QString from = identifier();
        expectWord(u"TO");
        const SqlToken &toToken = peek();
        const QString to = identifier();
        const Column *column = findColumn(table, from);
        if (!column) {
            warn(nameToken, QStringLiteral("replay-unknown-column"),
                 tr("Column \"%1\" does not exist in table \"%2\" at this point of the migration history.")
                     .arg(from, table.name));
            return;
        }
        if (const Column *existing = findColumn(table, to); existing && existing != column) {
            warn(toToken, QStringLiteral("replay-exists"),
                 tr("Column \"%1\" already exists in table \"%2\"; the statement would fail.").arg(to, table.name));
            return;
        }
        renameColumn(table, from, to);
        return;
    }
    // Options that do not change the schema Prisma compares.
    if (acceptWords({u"OWNER", u"TO"}) || acceptWord(u"ENABLE") || acceptWord(u"DISABLE") || acceptWord(u"FORCE")
        || acceptWords({u"NO", u"FORCE"}) || acceptWord(u"REPLICA") || acceptWord(u"CLUSTER")
        || acceptWords({u"SET", u"WITHOUT"}) || acceptWords({u"SET", u"LOGGED"}) || acceptWords({u"SET", u"UNLOGGED"})
        || acceptWord(u"VALIDATE") || acceptWord(u"RESET") || acceptWords({u"SET", u"TABLESPACE"})
        || (peek().isWord(u"SET") && peek(1).isPunct('('))
        || (m_dialect == Dialect::MySql && (acceptWord(u"ENGINE") || acceptWord(u"ALGORITHM") || acceptWord(u"LOCK")
                                            || acceptWord(u"DEFAULT") || acceptWord(u"CONVERT") || acceptWord(u"AUTO_INCREMENT")
                                            || acceptWord(u"CHARACTER") || acceptWord(u"COLLATE") || acceptWord(u"COMMENT")))) {
        while (!atEnd() && !peek().isPunct(',')) {
            if (peek().isPunct('('))
                skipParens();
            else
                take();
        }
        return;
    }
    Q_UNUSED(start);
    fail();
}

void Replay::alterColumn(Table &table)
{
    const SqlToken &nameToken = peek();
    const QString name = identifier();
    Column *column = findColumn(table, name);
    if (!column) {
        warn(nameToken, QStringLiteral("replay-unknown-column"),
             tr("Column \"%1\" does not exist in table \"%2\" at this point of the migration history.").arg(name, table.name));
        skipToComma();
        return;
    }
    if (acceptWords({u"SET", u"DATA", u"TYPE"}) || acceptWord(u"TYPE")) {
        bool serial = false;
        column->type = columnType(typeSpec(), serial);
        classifyDefault(*column);
        if (acceptWord(u"COLLATE"))
            qualifiedName();
        if (acceptWord(u"USING"))
            skipToComma();
        return;
    }
    if (acceptWords({u"SET", u"NOT", u"NULL"})) {
        column->nullable = false;
        return;
    }
    if (acceptWords({u"DROP", u"NOT", u"NULL"})) {
        column->nullable = true;
        return;
    }
    if (acceptWords({u"SET", u"DEFAULT"})) {
        column->defaultValue = defaultExpression();
        classifyDefault(*column);
        // PostgreSQL's SERIAL is nothing but its nextval() default.
        if (m_dialect == Dialect::PostgreSql)
            column->autoIncrement = column->defaultValue->kind == ColumnDefault::Kind::Sequence;
        return;
    }
    if (acceptWords({u"DROP", u"DEFAULT"})) {
        column->defaultValue.reset();
        if (m_dialect == Dialect::PostgreSql)
            column->autoIncrement = false;
        return;
    }
    if (acceptWords({u"DROP", u"IDENTITY"})) {
        acceptIfExists();
        column->autoIncrement = false;
        return;
    }
    if (acceptWords({u"ADD", u"GENERATED"})) {
        column->autoIncrement = true;
        skipToComma();
        return;
    }
    if (acceptWords({u"SET", u"STATISTICS"}) || acceptWords({u"SET", u"STORAGE"}) || acceptWords({u"SET", u"COMPRESSION"})
        || (peek().isWord(u"SET") && peek(1).isPunct('(')) || (peek().isWord(u"RESET") && peek(1).isPunct('('))
        || acceptWords({u"SET", u"VISIBLE"}) || acceptWords({u"SET", u"INVISIBLE"})) {
        skipToComma();
        return;
    }
    fail();
}

void Replay::alterType()
{
    const SqlToken &nameToken = peek();
    const QualifiedName name = qualifiedName();
    EnumType *e = findEnum(name);
    if (acceptWords({u"OWNER", u"TO"})) {
        take();
        return;
    }
    if (!e) {
        warn(nameToken, QStringLiteral("replay-unknown-type"),
             tr("Type \"%1\" does not exist at this point of the migration history; the statement was not replayed.")
                 .arg(name.name));
        return;
    }
    if (acceptWords({u"ADD", u"VALUE"})) {
        const bool ifNotExists = acceptIfNotExists();
        if (peek().kind != K::String)
            fail();
        const QString value = take().value;
        if (e->values.contains(value)) {
            if (!ifNotExists)
                warn(nameToken, QStringLiteral("replay-exists"),
                     tr("Enum value \"%1\" already exists in type \"%2\".").arg(value, e->name));
            return;
        }
        int at = int(e->values.size());
        if (acceptWord(u"BEFORE") || acceptWord(u"AFTER")) {
            const bool before = m_tokens[m_pos - 1].isWord(u"BEFORE");
            if (peek().kind != K::String)
                fail();
            const QString neighbour = take().value;
            const int i = int(e->values.indexOf(neighbour));
            if (i < 0)
                warn(nameToken, QStringLiteral("replay-unknown-value"),
                     tr("Enum value \"%1\" does not exist in type \"%2\".").arg(neighbour, e->name));
            else
                at = before ? i : i + 1;
        }
        e->values.insert(at, value);
        return;
    }
    if (acceptWords({u"RENAME", u"VALUE"})) {
        if (peek().kind != K::String)
            fail();
        const QString from = take().value;
        expectWord(u"TO");
        if (peek().kind != K::String)
            fail();
        const QString to = take().value;
        const int i = int(e->values.indexOf(from));
        if (i < 0) {
            warn(nameToken, QStringLiteral("replay-unknown-value"),
                 tr("Enum value \"%1\" does not exist in type \"%2\".").arg(from, e->name));
            return;
        }
        e->values[i] = to;
        return;
    }
    if (acceptWords({u"RENAME", u"TO"})) {
        const QString to = identifier();
        const QString from = e->name;
        e->name = to;
        // Columns refer to the type itself, not to its name.
        for (Table &t : m_schema.tables) {
            for (Column &c : t.columns) {
                if (c.type.family == ColumnType::Family::Enum && c.type.enumParts->name == from) {
                    c.type.enumParts.mut().name = to;
                    c.type.name = to;
                    if (c.defaultValue->valueType == ColumnDefault::ValueType::Enum
                        || c.defaultValue->itemType == ColumnDefault::ValueType::Enum)
                        classifyDefault(c);
                }
            }
        }
        return;
    }
    warn(nameToken, QStringLiteral("replay-unsupported-alter"),
         tr("This ALTER TYPE form is not understood and was not replayed."));
}

void Replay::alterIndex()
{
    const bool ifExists = acceptIfExists();
    const SqlToken &nameToken = peek();
    const QString name = qualifiedName().name;
    if (!acceptWords({u"RENAME", u"TO"})) {
        return; // SET TABLESPACE, SET (...), ATTACH PARTITION: not modelled
    }
    const QString to = identifier();
    for (Table &t : m_schema.tables) {
        if (Index *i = findIndex(t, name)) {
            i->name = to;
            return;
        }
        if (t.primaryKey && sameName(t.primaryKey->name, name)) {
            t.primaryKey->name = to;
            return;
        }
    }
    if (!ifExists)
        warn(nameToken, QStringLiteral("replay-unknown-index"),
             tr("Index \"%1\" does not exist at this point of the migration history.").arg(name));
}

// --- DROP / RENAME -----------------------------------------------------------------------------------------------

void Replay::dropStatement()
{
    expectWord(u"DROP");
    if (acceptWord(u"TABLE")) {
        dropTables();
    } else if (acceptWord(u"INDEX")) {
        dropIndexes();
    } else if (acceptWord(u"TYPE")) {
        dropTypes();
    } else if (acceptWord(u"EXTENSION")) {
        acceptIfExists();
        do {
            const QString name = identifier();
            std::erase_if(m_schema.extensions, [&](const Extension &e) { return e.name == name; });
        } while (acceptPunct(','));
    } else if (acceptWord(u"SCHEMA")) {
        acceptIfExists();
        do {
            const QString name = identifier();
            m_schema.namespaces.removeAll(name);
            const QString n = normalizeSchema(name);
            if (!n.isEmpty())
                std::erase_if(m_schema.tables, [&](const Table &t) { return t.schema == n; });
        } while (acceptPunct(','));
    } else {
        return; // views, functions, triggers, sequences, ...: not modelled, so nothing to remove
    }
}

void Replay::dropTables()
{
    const bool ifExists = acceptIfExists();
    std::vector<QualifiedName> names;
    std::vector<SqlToken> nameTokens;
    do {
        nameTokens.push_back(peek());
        names.push_back(qualifiedName());
    } while (acceptPunct(','));
    for (int k = 0; k < int(names.size()); ++k) {
        const QualifiedName &name = names[k];
        if (isTemporary(name)) {
            m_state.temporaryTables.remove(name.name.toLower());
            continue;
        }
        const int i = tableIndex(name);
        if (i < 0) {
            if (!ifExists)
                warn(nameTokens[k], QStringLiteral("replay-unknown-table"),
                     tr("Table \"%1\" does not exist at this point of the migration history.").arg(name.name));
            continue;
        }
        const QString dropped = m_schema.tables[i].name;
        const QString droppedSchema = m_schema.tables[i].schema;
        m_schema.tables.erase(m_schema.tables.begin() + i);
        // PostgreSQL and MySQL refuse to leave a foreign key pointing at a dropped table (CASCADE drops it);
        // SQLite keeps the reference by name, which the redefine pattern relies on.
        if (m_dialect != Dialect::Sqlite) {
            for (Table &t : m_schema.tables) {
                std::erase_if(t.foreignKeys, [&](const ForeignKey &fk) {
                    return sameName(fk.referencedTable, dropped) && (fk.referencedSchema == droppedSchema || fk.referencedSchema.isEmpty() || droppedSchema.isEmpty());
                });
            }
        }
    }
}

void Replay::dropIndexes()
{
    acceptWord(u"CONCURRENTLY");
    const bool ifExists = acceptIfExists();
    do {
        const SqlToken &nameToken = peek();
        const QString name = qualifiedName().name;
        if (m_dialect == Dialect::MySql && acceptWord(u"ON")) {
            const QualifiedName tableName = qualifiedName();
            Table *table = findTable(tableName);
            if (!table || !findIndex(*table, name)) {
                if (!ifExists)
                    warn(nameToken, QStringLiteral("replay-unknown-index"),
                         tr("Index \"%1\" does not exist on table \"%2\".").arg(name, tableName.name));
                return;
            }
            std::erase_if(table->indexes, [&](const Index &i) { return sameName(i.name, name); });
            return;
        }
        bool found = false;
        for (Table &t : m_schema.tables) {
            const auto before = t.indexes.size();
            std::erase_if(t.indexes, [&](const Index &i) { return sameName(i.name, name); });
            if (t.indexes.size() != before) {
                found = true;
                break;
            }
        }
        if (!found && !ifExists)
            warn(nameToken, QStringLiteral("replay-unknown-index"),
                 tr("Index \"%1\" does not exist at this point of the migration history.").arg(name));
    } while (acceptPunct(','));
}

void Replay::dropTypes()
{
    const bool ifExists = acceptIfExists();
    std::vector<QualifiedName> names;
    std::vector<SqlToken> nameTokens;
    do {
        nameTokens.push_back(peek());
        names.push_back(qualifiedName());
    } while (acceptPunct(','));
    const bool cascade = acceptWord(u"CASCADE");
    for (int k = 0; k < int(names.size()); ++k) {
        EnumType *e = findEnum(names[k]);
        if (!e) {
            if (!ifExists)
                warn(nameTokens[k], QStringLiteral("replay-unknown-type"),
                     tr("Type \"%1\" does not exist at this point of the migration history.").arg(names[k].name));
            continue;
        }
        const QString name = e->name;
        m_schema.enums.erase(m_schema.enums.begin() + (e - m_schema.enums.data()));
        for (Table &t : m_schema.tables) {
            QStringList users;
            for (const Column &c : t.columns) {
                if (c.type.family == ColumnType::Family::Enum && c.type.enumParts->name == name)
                    users << c.name;
            }
            for (const QString &c : users) {
                if (cascade) {
                    dropColumn(t, c);
                } else {
                    warn(nameTokens[k], QStringLiteral("replay-type-in-use"),
                         tr("Type \"%1\" is still used by column \"%2\" of table \"%3\"; the statement would fail.")
                             .arg(name, c, t.name));
                }
            }
        }
    }
}

void Replay::renameTables()
{
    expectWord(u"RENAME");
    expectWord(u"TABLE");
    do {
        const SqlToken &nameToken = peek();
        const QualifiedName from = qualifiedName();
        expectWord(u"TO");
        const SqlToken &toToken = peek();
        const QualifiedName to = qualifiedName();
        Table *t = findTable(from);
        if (!t) {
            warn(nameToken, QStringLiteral("replay-unknown-table"),
                 tr("Table \"%1\" does not exist at this point of the migration history.").arg(from.name));
            continue;
        }
        renameTable(*t, to.name, toToken);
    } while (acceptPunct(','));
}

void Replay::doBlock()
{
    expectWord(u"DO");
    bool plpgsql = true;
    if (acceptWord(u"LANGUAGE"))
        plpgsql = take().value.compare(u"plpgsql", Qt::CaseInsensitive) == 0;
    const SqlToken body = peek();
    if (body.kind != K::DollarString && body.kind != K::String)
        fail();
    take();
    if (acceptWord(u"LANGUAGE"))
        plpgsql = take().value.compare(u"plpgsql", Qt::CaseInsensitive) == 0;

    // DDL written directly in the block and EXECUTE '<literal SQL>'; are the parts of a block whose effect is
    // known without running it; they are replayed as if the conditions around them held.
    int executed = 0;
    if (plpgsql) {
        const int opening = body.kind == K::DollarString ? int(body.raw.indexOf(u'$', 1)) + 1 : 1;
        const QString bodyText = body.value;
        const std::vector<SqlToken> inner = SqlTokenizer::tokenize(bodyText, Dialect::PostgreSql, body.line, body.column + opening);
        auto replayNested = [&](Statement nested, int offsetInBody, int line, int column) {
            nested.offset += m_statement.offset + body.start + opening + offsetInBody;
            if (nested.line == 1)
                nested.column += column - 1;
            nested.line += line - 1;
            Replay replay(m_dialect, m_schema, m_warnings, m_state, m_file, nested);
            replay.m_guarded = true;
            replay.run();
            ++executed;
        };
        bool atStart = true;
        int depth = 0;
        for (int i = 0; i < int(inner.size()) && inner[i].kind != K::End; ++i) {
            const SqlToken &t = inner[i];
            if (t.isPunct('('))
                ++depth;
            else if (t.isPunct(')'))
                --depth;
            if (t.isWord(u"EXECUTE") && inner[i + 1].kind == K::String && inner[i + 2].isPunct(';')) {
                const SqlToken &literal = inner[i + 1];
                // Positions inside the literal are exact while it has no doubled quotes.
                for (const Statement &nested : StatementSplitter(Dialect::PostgreSql).split(literal.value))
                    replayNested(nested, literal.start + 1, literal.line, literal.column + 1);
                i += 2;
                atStart = true;
                continue;
            }
            if (atStart && depth == 0 && (t.isWord(u"ALTER") || t.isWord(u"CREATE") || t.isWord(u"DROP"))) {
                int j = i;
                int d = 0;
                while (j < int(inner.size()) && inner[j].kind != K::End && !(d == 0 && inner[j].isPunct(';'))) {
                    if (inner[j].isPunct('('))
                        ++d;
                    else if (inner[j].isPunct(')'))
                        --d;
                    ++j;
                }
                Statement nested;
                nested.text = bodyText.mid(t.start, inner[j - 1].end - t.start);
                nested.offset = 0;
                nested.line = 1;
                nested.column = 1;
                nested.endLine = 1;
                replayNested(nested, t.start, t.line, t.column);
                i = j;
                atStart = true;
                continue;
            }
            atStart = t.isPunct(';') || t.isWord(u"BEGIN") || t.isWord(u"THEN") || t.isWord(u"ELSE") || t.isWord(u"LOOP")
                || t.isWord(u"DECLARE");
        }
    }
    if (executed == 0)
        warnStatement(QStringLiteral("replay-procedural"),
                      tr("The procedural block (DO) is not replayed; schema changes it makes are missing from the "
                         "replayed schema."));
    else
        warnStatement(QStringLiteral("replay-procedural"),
                      tr("The procedural block (DO) is replayed only through its %n DDL statement(s) (written out or as EXECUTE of "
                         "a literal), as if the conditions around them held; anything else it does is missing from the "
                         "replayed schema.",
                         nullptr, executed));
}

void Replay::selectInto()
{
    // SELECT ... INTO [TEMP] [TABLE] name creates a table; only a temporary one is common in migrations.
    int depth = 0;
    for (int i = 0; i < int(m_tokens.size()); ++i) {
        const SqlToken &t = m_tokens[i];
        if (t.isPunct('('))
            ++depth;
        else if (t.isPunct(')'))
            --depth;
        if (depth != 0 || !t.isWord(u"INTO"))
            continue;
        if (i > 0 && (m_tokens[i - 1].isWord(u"INSERT") || m_tokens[i - 1].isWord(u"MERGE") || m_tokens[i - 1].isWord(u"REPLACE")))
            return; // WITH ... INSERT INTO: DML
        m_pos = i + 1;
        const bool temporary = acceptWord(u"TEMP") || acceptWord(u"TEMPORARY") || acceptWord(u"UNLOGGED");
        acceptWord(u"TABLE");
        if (!isIdentifierToken(peek()))
            return;
        const QualifiedName name = qualifiedName();
        if (temporary)
            m_state.temporaryTables.insert(name.name.toLower());
        else
            warn(t, QStringLiteral("replay-not-modelled"),
                 tr("SELECT INTO creates table \"%1\" from a query; its columns are not replayed.").arg(name.name));
        return;
    }
}

// --- effects -----------------------------------------------------------------------------------------------------

void Replay::dropColumn(Table &table, const QString &column)
{
    std::erase_if(table.columns, [&](const Column &c) { return sameName(c.name, column); });
    auto uses = [&](const std::vector<IndexColumn> &cols) {
        return std::any_of(cols.begin(), cols.end(), [&](const IndexColumn &c) { return sameName(c.name, column); });
    };
    std::erase_if(table.indexes, [&](const Index &i) { return uses(i.columns); });
    if (table.primaryKey && uses(table.primaryKey->columns))
        table.primaryKey.reset();
    std::erase_if(table.foreignKeys, [&](const ForeignKey &fk) {
        return std::any_of(fk.columns.begin(), fk.columns.end(), [&](const QString &c) { return sameName(c, column); });
    });
    if (m_dialect != Dialect::Sqlite) {
        for (Table &t : m_schema.tables) {
            std::erase_if(t.foreignKeys, [&](const ForeignKey &fk) {
                return sameName(fk.referencedTable, table.name)
                    && std::any_of(fk.referencedColumns.begin(), fk.referencedColumns.end(),
                                   [&](const QString &c) { return sameName(c, column); });
            });
        }
    }
}

void Replay::renameColumn(Table &table, const QString &from, const QString &to)
{
    if (Column *c = findColumn(table, from))
        c->name = to;
    auto renameIn = [&](std::vector<IndexColumn> &cols) {
        for (IndexColumn &c : cols) {
            if (sameName(c.name, from))
                c.name = to;
        }
    };
    for (Index &i : table.indexes)
        renameIn(i.columns);
    if (table.primaryKey)
        renameIn(table.primaryKey->columns);
    for (ForeignKey &fk : table.foreignKeys) {
        for (QString &c : fk.columns) {
            if (sameName(c, from))
                c = to;
        }
    }
    for (Table &t : m_schema.tables) {
        for (ForeignKey &fk : t.foreignKeys) {
            if (!sameName(fk.referencedTable, table.name))
                continue;
            for (QString &c : fk.referencedColumns) {
                if (sameName(c, from))
                    c = to;
            }
        }
    }
}

void Replay::renameTable(Table &table, const QString &to, const SqlToken &at)
{
    if (const Table *existing = findTable(QualifiedName{table.schema, to}); existing && existing != &table) {
        warn(at, QStringLiteral("replay-exists"),
             tr("Table \"%1\" already exists at this point of the migration history; the statement would fail.").arg(to));
        return;
    }
    const QString from = table.name;
    for (Table &t : m_schema.tables) {
        for (ForeignKey &fk : t.foreignKeys) {
            if (sameName(fk.referencedTable, from))
                fk.referencedTable = to;
        }
    }
    table.name = to;
    QSet<QString> moved;
    for (const QString &key : std::as_const(m_state.unmodelledConstraints)) {
        if (key.section(u'\n', 0, 0) == (m_dialect == Dialect::PostgreSql ? from : from.toLower()))
            moved.insert(key);
    }
    for (const QString &key : moved) {
        m_state.unmodelledConstraints.remove(key);
        m_state.unmodelledConstraints.insert(constraintKey(table, key.section(u'\n', 1)));
    }
}

bool Replay::renameConstraint(Table &table, const QString &from, const QString &to)
{
    if (table.primaryKey && sameName(table.primaryKey->name, from)) {
        table.primaryKey->name = to;
        return true;
    }
    if (Index *i = findIndex(table, from)) {
        i->name = to;
        return true;
    }
    for (ForeignKey &fk : table.foreignKeys) {
        if (sameName(fk.name, from)) {
            fk.name = to;
            return true;
        }
    }
    if (m_state.unmodelledConstraints.remove(constraintKey(table, from))) {
        m_state.unmodelledConstraints.insert(constraintKey(table, to));
        return true;
    }
    return false;
}

bool Replay::dropConstraint(Table &table, const QString &name)
{
    if (table.primaryKey && sameName(table.primaryKey->name, name)) {
        table.primaryKey.reset();
        return true;
    }
    const auto indexes = table.indexes.size();
    std::erase_if(table.indexes, [&](const Index &i) { return i.isUnique() && sameName(i.name, name); });
    if (indexes != table.indexes.size())
        return true;
    const auto fks = table.foreignKeys.size();
    std::erase_if(table.foreignKeys, [&](const ForeignKey &fk) { return sameName(fk.name, name); });
    if (fks != table.foreignKeys.size())
        return true;
    return m_state.unmodelledConstraints.remove(constraintKey(table, name));
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------

namespace {

SqlSchema emptySchema(Dialect dialect)
{
    SqlSchema schema;
    schema.dialect = dialect;
    if (dialect == Dialect::PostgreSql) {
        // Every PostgreSQL database starts with the "public" schema, where unqualified names go.
        schema.namespaces << QStringLiteral("public");
        schema.defaultNamespace = QStringLiteral("public");
    }
    return schema;
}

} // namespace

MigrationReplayer::MigrationReplayer(Dialect dialect)
    : m_dialect(dialect)
    , m_schema(emptySchema(dialect))
    , m_state(std::make_unique<State>())
{
}

MigrationReplayer::~MigrationReplayer() = default;

void MigrationReplayer::applyScript(QStringView sql, const QString &file)
{
    const std::vector<Statement> statements = StatementSplitter(m_dialect).split(sql);
    for (const Statement &s : statements)
        applyStatement(s, file);
}

void MigrationReplayer::applyStatement(const Statement &statement, const QString &file)
{
    Replay(m_dialect, m_schema, m_warnings, *m_state, file, statement).run();
}

ReplayResult MigrationReplayer::takeResult()
{
    ReplayResult result;
    result.schema = std::move(m_schema);
    result.warnings = std::move(m_warnings);
    m_schema = emptySchema(m_dialect);
    m_warnings = psl::Diagnostics();
    m_state = std::make_unique<State>();
    return result;
}

ReplayResult MigrationReplayer::replay(Dialect dialect, const std::vector<ReplayScript> &scripts)
{
    MigrationReplayer replayer(dialect);
    for (const ReplayScript &s : scripts)
        replayer.applyScript(s.sql, s.file);
    return replayer.takeResult();
}

} // namespace strata::sql
