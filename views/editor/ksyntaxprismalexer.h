// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Only built with KF6 SyntaxHighlighting (STRATA_HAVE_KSYNTAXHIGHLIGHTING); PrismaLexer does this job without it.

#include "ksyntaxlexer.h"

namespace strata::views {

/// Highlights and folds Prisma schema text in QScintilla with Strata's KSyntaxHighlighting definition (prisma.xml).
class KSyntaxPrismaLexer : public KSyntaxLexer {
    Q_OBJECT
public:
    explicit KSyntaxPrismaLexer(QObject *parent = nullptr);

    const char *blockStart(int *style = nullptr) const override;
    const char *blockEnd(int *style = nullptr) const override;
};

} // namespace strata::views
