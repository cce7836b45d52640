// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemsview.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QStyle>

namespace strata::views {

enum Role { FileRole = Qt::UserRole + 1, LineRole, ColumnRole };

ProblemsView::ProblemsView(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(3);
    setHeaderLabels({tr("Problem"), tr("File"), tr("Line")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit problemActivated(item->data(0, FileRole).toString(), item->data(0, LineRole).toInt(),
                              item->data(0, ColumnRole).toInt());
    });
}

void ProblemsView::setDiagnostics(const std::vector<psl::Diagnostic> &diagnostics)
{
    clear();
    m_errors = 0;
    m_warnings = 0;
    const QIcon errorIcon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warningIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    QList<QTreeWidgetItem *> items;
    for (const psl::Diagnostic &d : diagnostics) {
        auto *item = new QTreeWidgetItem;
        item->setIcon(0, d.isError() ? errorIcon : warningIcon);
        item->setText(0, d.message);
        item->setToolTip(0, d.message);
        item->setText(1, QFileInfo(d.file).fileName());
        item->setToolTip(1, d.file);
        item->setText(2, QStringLiteral("%1:%2").arg(d.span.line).arg(d.span.column));
        item->setData(0, FileRole, d.file);
        item->setData(0, LineRole, d.span.line);
        item->setData(0, ColumnRole, d.span.column);
        items << item;
        (d.isError() ? m_errors : m_warnings)++;
    }
    addTopLevelItems(items);
}

} // namespace strata::views
