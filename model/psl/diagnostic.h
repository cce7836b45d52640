// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "span.h"

#include <QString>
#include <vector>

namespace strata::psl {

/// One problem found in a schema: where it is, how bad it is, a stable code and a sentence for the user.
struct Diagnostic {
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString file;     ///< path as given by the user
    Span span;
    QString code;     ///< stable identifier, e.g. "P1012-unknown-type"
    QString message;  ///< one sentence that names the problem and the element

    bool isError() const { return severity == Severity::Error; }
    /// `file:line:column: error: message`, the form compilers and editors understand.
    QString toString() const;
};

/// An ordered list of diagnostics with helpers to add them.
class Diagnostics {
public:
    void error(const QString &code, const Span &span, const QString &message);
    void warning(const QString &code, const Span &span, const QString &message);
    void add(Diagnostic diagnostic) { m_items.push_back(std::move(diagnostic)); }
    void append(const Diagnostics &other);

    const std::vector<Diagnostic> &items() const { return m_items; }
    std::vector<Diagnostic> &items() { return m_items; }
    bool hasErrors() const;
    int errorCount() const;
    int warningCount() const;
    bool isEmpty() const { return m_items.empty(); }
    /// Sorts by file, then position, keeping the order of equal positions.
    void sort();

private:
    std::vector<Diagnostic> m_items;
};

} // namespace strata::psl
