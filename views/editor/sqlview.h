// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <Qsci/qsciscintilla.h>

class QsciLexer;

namespace strata::views {

/// A read-only view of SQL (a migration's script) with highlighting for its dialect, line numbers and copy.
class SqlView : public QsciScintilla {
    Q_OBJECT
public:
    enum class Dialect { PostgreSql, Sqlite, MySql };
    Q_ENUM(Dialect)

    explicit SqlView(QWidget *parent = nullptr);
    ~SqlView() override;

    /// Shows this SQL; the view stays read-only.
    void setSql(const QString &sql);
    QString sql() const;

    /// Highlights the SQL as this dialect writes it (keywords, quoting, comments).
    void setDialect(Dialect dialect);
    Dialect dialect() const { return m_dialect; }

    /// Whether highlighting comes from KSyntaxHighlighting (KF6) rather than QScintilla's SQL lexer.
    static bool usesKSyntaxHighlighting();

public slots:
    /// Copies all of the SQL to the clipboard, whatever is selected.
    void copyAll();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();

    Dialect m_dialect = Dialect::PostgreSql;
    QsciLexer *m_lexer = nullptr; // owned by this (Qt parent)
};

} // namespace strata::views
