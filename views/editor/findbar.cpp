// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include <Qsci/qsciscintilla.h>
#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace strata::views {

FindBar::FindBar(QsciScintilla *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_caseSensitive(new QCheckBox(tr("Match case"), this))
    , m_wholeWord(new QCheckBox(tr("Whole words"), this))
    , m_status(new QLabel(this))
{
    m_find->setPlaceholderText(tr("Find"));
    m_replace->setPlaceholderText(tr("Replace with"));
    auto *previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    auto *replaceOne = new QToolButton(this);
    replaceOne->setText(tr("Replace"));
    auto *replaceEvery = new QToolButton(this);
    replaceEvery->setText(tr("Replace all"));
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close (Esc)"));
    close->setAutoRaise(true);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_find, 0, 0);
    layout->addWidget(previous, 0, 1);
    layout->addWidget(next, 0, 2);
    layout->addWidget(m_caseSensitive, 0, 3);
    layout->addWidget(m_wholeWord, 0, 4);
    layout->addWidget(m_status, 0, 5);
    layout->addWidget(close, 0, 6);
    layout->addWidget(m_replace, 1, 0);
    layout->addWidget(replaceOne, 1, 1);
    layout->addWidget(replaceEvery, 1, 2);
    layout->setColumnStretch(0, 1);
    m_replaceWidgets = {m_replace, replaceOne, replaceEvery};

    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(true); });
    connect(m_find, &QLineEdit::textEdited, this, [this] {
        // Incremental: search again from the start of the current selection.
        int line = 0;
        int index = 0;
        int lineTo = 0;
        int indexTo = 0;
        m_editor->getSelection(&line, &index, &lineTo, &indexTo);
        if (line >= 0 && m_editor->hasSelectedText())
            m_editor->setCursorPosition(line, index);
        findNext(true);
    });
    connect(next, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(previous, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(replaceOne, &QToolButton::clicked, this, [this] {
        if (m_editor->hasSelectedText())
            m_editor->replace(m_replace->text());
        findNext(true);
    });
    connect(replaceEvery, &QToolButton::clicked, this, [this] { replaceAll(); });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void FindBar::setReplaceVisible(bool visible)
{
    for (QWidget *widget : m_replaceWidgets)
        widget->setVisible(visible);
}

void FindBar::showFind()
{
    setReplaceVisible(false);
    show();
    if (m_editor->hasSelectedText() && !m_editor->selectedText().contains(u'\n'))
        m_find->setText(m_editor->selectedText());
    m_find->setFocus();
    m_find->selectAll();
}

void FindBar::showReplace()
{
    showFind();
    setReplaceVisible(true);
}

bool FindBar::findNext(bool forward)
{
    const QString text = m_find->text();
    if (text.isEmpty()) {
        m_status->clear();
        return false;
    }
    int line = 0;
    int index = 0;
    if (!forward && m_editor->hasSelectedText()) {
        int lineTo = 0;
        int indexTo = 0;
        m_editor->getSelection(&line, &index, &lineTo, &indexTo);
    } else {
        m_editor->getCursorPosition(&line, &index);
    }
    const bool found = m_editor->findFirst(text, false, m_caseSensitive->isChecked(), m_wholeWord->isChecked(), true,
                                           forward, line, index);
    m_status->setText(found ? QString() : tr("Not found"));
    return found;
}

int FindBar::replaceAll()
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return 0;
    int count = 0;
    m_editor->beginUndoAction();
    bool found = m_editor->findFirst(text, false, m_caseSensitive->isChecked(), m_wholeWord->isChecked(), false, true, 0, 0);
    while (found) {
        m_editor->replace(m_replace->text());
        ++count;
        found = m_editor->findNext();
    }
    m_editor->endUndoAction();
    m_status->setText(tr("%n replaced", nullptr, count));
    return count;
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace strata::views
