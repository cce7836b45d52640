// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostic.h"

#include <algorithm>

namespace strata::psl {

QString Diagnostic::toString() const
{
    const QString kind = severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    return QStringLiteral("%1:%2:%3: %4: %5").arg(file).arg(span.line).arg(span.column).arg(kind, message);
}

void Diagnostics::error(const QString &code, const Span &span, const QString &message)
{
    m_items.push_back({Diagnostic::Severity::Error, QString(), span, code, message});
}

void Diagnostics::warning(const QString &code, const Span &span, const QString &message)
{
    m_items.push_back({Diagnostic::Severity::Warning, QString(), span, code, message});
}

void Diagnostics::append(const Diagnostics &other)
{
    m_items.insert(m_items.end(), other.m_items.begin(), other.m_items.end());
}

bool Diagnostics::hasErrors() const
{
    return std::any_of(m_items.begin(), m_items.end(), [](const Diagnostic &d) { return d.isError(); });
}

int Diagnostics::errorCount() const
{
    return int(std::count_if(m_items.begin(), m_items.end(), [](const Diagnostic &d) { return d.isError(); }));
}

int Diagnostics::warningCount() const
{
    return int(m_items.size()) - errorCount();
}

void Diagnostics::sort()
{
    std::stable_sort(m_items.begin(), m_items.end(), [](const Diagnostic &a, const Diagnostic &b) {
        if (a.span.file != b.span.file)
            return a.span.file < b.span.file;
        return a.span.start < b.span.start;
    });
}

} // namespace strata::psl
