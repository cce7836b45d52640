// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QsciScintilla;

namespace strata::views {

/// The find/replace bar under an editor: incremental search, next/previous, replace one or all.
class FindBar : public QWidget {
    Q_OBJECT
public:
    explicit FindBar(QsciScintilla *editor, QWidget *parent = nullptr);

    void showFind();
    void showReplace();
    bool findNext(bool forward = true);
    int replaceAll();
    QLineEdit *findEdit() const { return m_find; }
    QLineEdit *replaceEdit() const { return m_replace; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setReplaceVisible(bool visible);

    QsciScintilla *m_editor;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_caseSensitive;
    QCheckBox *m_wholeWord;
    QLabel *m_status;
    QList<QWidget *> m_replaceWidgets;
};

} // namespace strata::views
