// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlview.h"

#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
#include "ksyntaxlexer.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#else
#include <Qsci/qscilexersql.h>
#endif

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QPalette>

#include <algorithm>

namespace strata::views {

namespace {

#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING

using SqlLexer = KSyntaxLexer;

// The names of KSyntaxHighlighting's SQL definitions. KF6 6.13 (Debian 13) has "SQL (PostgreSQL)",
// "SQL (MySQL)", "SQL (Oracle)" and the generic "SQL", but no SQLite one: SQLite gets "SQL" unless a
// "SQLite" definition is installed.
QString definitionName(SqlView::Dialect dialect)
{
    switch (dialect) {
    case SqlView::Dialect::PostgreSql: return QStringLiteral("SQL (PostgreSQL)");
    case SqlView::Dialect::MySql: return QStringLiteral("SQL (MySQL)");
    case SqlView::Dialect::Sqlite: {
        static const QString name = KSyntaxLexer::repository().definitionForName(QStringLiteral("SQLite")).isValid()
            ? QStringLiteral("SQLite")
            : QStringLiteral("SQL");
        return name;
    }
    }
    return QStringLiteral("SQL");
}

SqlLexer *makeLexer(SqlView::Dialect dialect, QObject *parent)
{
    return new SqlLexer(definitionName(dialect), parent);
}

void setLexerDialect(SqlLexer *lexer, SqlView::Dialect dialect)
{
    lexer->setDefinitionName(definitionName(dialect));
}

#else

// QScintilla's SQL lexer with the keywords and quoting rules of one dialect, coloured from the palette.
class SqlLexer : public QsciLexerSQL {
public:
    explicit SqlLexer(QObject *parent)
        : QsciLexerSQL(parent)
    {
    }

    void setDialect(SqlView::Dialect dialect)
    {
        m_dialect = dialect;
        // MySQL: `#` comments and backslash escapes in strings; the others follow the standard.
        setHashComments(dialect == SqlView::Dialect::MySql);
        setBackslashEscapes(dialect == SqlView::Dialect::MySql);
        setQuotedIdentifiers(dialect == SqlView::Dialect::MySql);
    }

    const char *keywords(int set) const override
    {
        // Set 5 ("user keywords 1") holds what a dialect adds to the standard words of set 1.
        if (set == 5) {
            switch (m_dialect) {
            case SqlView::Dialect::PostgreSql:
                return "serial bigserial smallserial text bytea jsonb json uuid citext inet timestamptz "
                       "boolean double precision returning ilike concurrently extension schema type enum "
                       "sequence owned cascade restrict deferrable initially deferred using gin gist btree";
            case SqlView::Dialect::MySql:
                return "auto_increment engine innodb charset collate unsigned tinyint mediumint longtext "
                       "mediumtext tinytext longblob mediumblob datetime json enum modify change algorithm "
                       "lock btree hash fulltext spatial";
            case SqlView::Dialect::Sqlite:
                return "autoincrement pragma without rowid integer real blob text numeric strict "
                       "foreign_keys defer_foreign_keys legacy_alter_table";
            }
        }
        return QsciLexerSQL::keywords(set);
    }

    void applyPalette()
    {
        const QPalette palette = QApplication::palette();
        const bool dark = palette.color(QPalette::Base).lightness() < 128;
        const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        QFont bold = fixed;
        bold.setBold(true);
        setDefaultPaper(palette.color(QPalette::Base));
        setDefaultColor(palette.color(QPalette::Text));
        setDefaultFont(fixed);
        for (int style = 0; style <= QsciLexerSQL::QuotedOperator; ++style) {
            setPaper(palette.color(QPalette::Base), style);
            setFont(fixed, style);
            setColor(palette.color(QPalette::Text), style);
        }
        const QColor keyword = dark ? QColor(0xc6, 0x78, 0xdd) : QColor(0x8a, 0x2b, 0xb9);
        const QColor string = dark ? QColor(0x98, 0xc3, 0x79) : QColor(0x2e, 0x7d, 0x32);
        const QColor number = dark ? QColor(0xd1, 0x9a, 0x66) : QColor(0xb0, 0x4a, 0x00);
        const QColor comment = dark ? QColor(0x7f, 0x84, 0x8e) : QColor(0x80, 0x80, 0x80);
        const QColor quoted = dark ? QColor(0x4e, 0xc9, 0xb0) : QColor(0x00, 0x7a, 0x7a);
        for (int style : {int(Keyword), int(KeywordSet5), int(PlusKeyword)}) {
            setColor(keyword, style);
            setFont(bold, style);
        }
        for (int style : {int(Comment), int(CommentLine), int(CommentDoc), int(CommentLineHash), int(PlusComment),
                          int(CommentDocKeyword), int(CommentDocKeywordError)})
            setColor(comment, style);
        for (int style : {int(DoubleQuotedString), int(SingleQuotedString)})
            setColor(string, style);
        setColor(number, Number);
        setColor(quoted, QuotedIdentifier);
        if (m_dialect != SqlView::Dialect::MySql)
            setColor(quoted, DoubleQuotedString); // "name" is an identifier outside MySQL
    }

private:
    SqlView::Dialect m_dialect = SqlView::Dialect::PostgreSql;
};

SqlLexer *makeLexer(SqlView::Dialect dialect, QObject *parent)
{
    auto *lexer = new SqlLexer(parent);
    lexer->setDialect(dialect);
    return lexer;
}

void setLexerDialect(SqlLexer *lexer, SqlView::Dialect dialect)
{
    lexer->setDialect(dialect);
    lexer->applyPalette();
}

#endif

} // namespace

SqlView::SqlView(QWidget *parent)
    : QsciScintilla(parent)
{
    setUtf8(true);
    m_lexer = makeLexer(m_dialect, this);
    setLexer(m_lexer);
    setReadOnly(true);
    setMarginType(0, QsciScintilla::NumberMargin);
    setMarginLineNumbers(0, true);
    setMarginWidth(0, QStringLiteral("0000"));
    setMarginWidth(1, 0);
    setCaretLineVisible(false);
    setWrapMode(QsciScintilla::WrapNone);
    setEolMode(QsciScintilla::EolUnix);
    // Read-only: nothing to undo, and no copy of every script shown kept for it.
    SendScintilla(SCI_SETUNDOCOLLECTION, 0);
    applyPalette();
}

SqlView::~SqlView() = default;

bool SqlView::usesKSyntaxHighlighting()
{
#ifdef STRATA_HAVE_KSYNTAXHIGHLIGHTING
    return true;
#else
    return false;
#endif
}

void SqlView::setSql(const QString &sql)
{
    // A new preview mostly repeats the one shown (a schema of a thousand models gives a script of tens of
    // thousands of lines, and an edit changes a few of them): replace only the bytes between the common
    // beginning and the common end, which is quick and keeps the scroll position.
    const QByteArray next = sql.toUtf8();
    const qsizetype length = qsizetype(SendScintilla(SCI_GETLENGTH));
    const char *shown = reinterpret_cast<const char *>(SendScintilla(SCI_GETCHARACTERPOINTER));
    const qsizetype common = std::min(length, next.size());
    qsizetype prefix = 0;
    while (prefix < common && shown[prefix] == next[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < common - prefix && shown[length - 1 - suffix] == next[next.size() - 1 - suffix])
        ++suffix;
    // Cut at character boundaries: a UTF-8 continuation byte belongs to the character before it.
    auto continuation = [](char c) { return (uchar(c) & 0xC0) == 0x80; };
    while (prefix > 0 && prefix < next.size() && continuation(next[prefix]))
        --prefix;
    while (suffix > 0 && continuation(next[next.size() - suffix]))
        --suffix;
    if (prefix == length && prefix == next.size())
        return;

    setReadOnly(false); // Scintilla refuses changes to a read-only document
    SendScintilla(SCI_SETTARGETSTART, static_cast<unsigned long>(prefix));
    SendScintilla(SCI_SETTARGETEND, static_cast<unsigned long>(length - suffix));
    SendScintilla(SCI_REPLACETARGET, static_cast<unsigned long>(next.size() - prefix - suffix), next.constData() + prefix);
    setReadOnly(true);
    // Room for the largest line number.
    setMarginWidth(0, QString(QString::number(lines()).size() + 1, u'0'));
}

QString SqlView::sql() const
{
    return text();
}

void SqlView::setDialect(Dialect dialect)
{
    if (dialect == m_dialect)
        return;
    m_dialect = dialect;
    setLexerDialect(static_cast<SqlLexer *>(m_lexer), dialect);
    recolor();
}

void SqlView::copyAll()
{
    QApplication::clipboard()->setText(text());
}

void SqlView::applyPalette()
{
    const QPalette palette = QApplication::palette();
    static_cast<SqlLexer *>(m_lexer)->applyPalette();
    setPaper(palette.color(QPalette::Base));
    setColor(palette.color(QPalette::Text));
    setMarginsBackgroundColor(palette.color(QPalette::Window));
    setMarginsForegroundColor(palette.color(QPalette::PlaceholderText));
    setSelectionBackgroundColor(palette.color(QPalette::Highlight));
    setSelectionForegroundColor(palette.color(QPalette::HighlightedText));
    setCaretForegroundColor(palette.color(QPalette::Text));
}

void SqlView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyPalette();
    QsciScintilla::changeEvent(event);
}

} // namespace strata::views
