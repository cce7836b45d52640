// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "testsupport.h"

#include <QTest>

#include <algorithm>

/// The table-driven validation suites: each row is a schema and, for an invalid one, the line, column and a
/// phrase of the error Prisma reports there. Line 0 marks a schema Prisma accepts ("WARN": accepted with a
/// warning).
namespace strata::tests {

/// The columns of a validation case table: schema, line, column, phrase.
inline void addValidationCaseColumns()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("phrase");
}

/// Checks the current row of a table made by addValidationCaseColumns().
inline void checkValidationCase()
{
    QFETCH(QString, schema);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, phrase);

    const schema::LoadedSchema loaded = analyzeText(schema);
    QStringList errors;
    for (const psl::Diagnostic &diagnostic : loaded.diagnostics.items()) {
        if (diagnostic.isError())
            errors << diagnostic.toString();
    }
    if (line == 0) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        if (phrase == u"WARN")
            QVERIFY(loaded.diagnostics.warningCount() > 0);
        return;
    }
    const bool found = std::any_of(loaded.diagnostics.items().begin(), loaded.diagnostics.items().end(),
                                   [&](const psl::Diagnostic &d) {
                                       return d.isError() && d.span.line == line && d.span.column == column
                                           && d.message.contains(phrase);
                                   });
    QVERIFY2(found, qPrintable(QStringLiteral("expected %1:%2 \"%3\", got:\n%4")
                                   .arg(line).arg(column).arg(phrase, errors.join(u'\n'))));
}

/// The columns of an expected-diagnostics table: schema, expected (see checkExpectedDiagnostics()).
inline void addExpectedDiagnosticsColumns()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QStringList>("expected");
}

/// Checks the current row of a table with columns `schema` and `expected` (QStringList of
/// "line:column<TAB>message" for each error Prisma reports, "line:column<TAB>W message" for warnings; each
/// entry matches the start of one of ours): every expected diagnostic is there, and no other error.
inline void checkExpectedDiagnostics()
{
    QFETCH(QString, schema);
    QFETCH(QStringList, expected);

    const schema::LoadedSchema loaded = analyzeText(schema);
    QStringList ours;
    for (const psl::Diagnostic &d : loaded.diagnostics.items()) {
        ours << QStringLiteral("%1:%2\t%3%4")
                    .arg(d.span.line)
                    .arg(d.span.column)
                    .arg(d.isError() ? QString() : QStringLiteral("W "), d.message.section(u'\n', 0, 0));
    }
    const QString report = QStringLiteral("expected:\n  %1\ngot:\n  %2")
                               .arg(expected.join(QStringLiteral("\n  ")), ours.join(QStringLiteral("\n  ")));
    for (const QString &item : expected) {
        const bool found = std::any_of(ours.begin(), ours.end(), [&](const QString &o) { return o.startsWith(item); });
        QVERIFY2(found, qPrintable(report));
    }
    const auto errors = [](const QStringList &list) {
        return std::count_if(list.begin(), list.end(), [](const QString &s) { return !s.section(u'\t', 1).startsWith(u"W "); });
    };
    QVERIFY2(errors(ours) == errors(expected), qPrintable(report));
}

} // namespace strata::tests
