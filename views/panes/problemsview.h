// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "psl/diagnostic.h"

#include <QTreeWidget>

namespace strata::views {

/// The Problems pane: one row per diagnostic; activating a row asks to jump to its place.
class ProblemsView : public QTreeWidget {
    Q_OBJECT
public:
    explicit ProblemsView(QWidget *parent = nullptr);

    void setDiagnostics(const std::vector<psl::Diagnostic> &diagnostics);
    int errorCount() const { return m_errors; }
    int warningCount() const { return m_warnings; }

signals:
    void problemActivated(const QString &file, int line, int column);

private:
    int m_errors = 0;
    int m_warnings = 0;
};

} // namespace strata::views
