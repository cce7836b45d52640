// SPDX-License-Identifier: GPL-3.0-or-later
#include "ksyntaxprismalexer.h"

#include <KSyntaxHighlighting/Theme>

namespace strata::views {

KSyntaxPrismaLexer::KSyntaxPrismaLexer(QObject *parent)
    : KSyntaxLexer(QStringLiteral("Prisma"), parent)
{
}

// Braces are styled Normal by prisma.xml ("Symbol"); brace matching and auto-indent look for them there.
const char *KSyntaxPrismaLexer::blockStart(int *style) const
{
    if (style)
        *style = KSyntaxHighlighting::Theme::Normal;
    return "{";
}

const char *KSyntaxPrismaLexer::blockEnd(int *style) const
{
    if (style)
        *style = KSyntaxHighlighting::Theme::Normal;
    return "}";
}

} // namespace strata::views
