// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: schema text -> SourceFile -> Parser::parseFile, and, when that finds no problem, the
// formatter. Besides crashes and sanitizer reports it checks that diagnostics point into the text.
// STRATA_FUZZ_FIXED_POINT=1 also checks that the formatted text parses cleanly and formats to itself. That is
// off by default because `prisma format` itself is no fixed point (`}//` becomes `}` and `//` on the next line,
// and a second run puts an empty line between them), and Strata's formatter follows Prisma, not idempotence.
#include "psl/diagnostic.h"
#include "psl/parser.h"
#include "psl/sourcefile.h"

#include "psl/formatter.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace strata::psl;

namespace {

[[noreturn]] void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz_parser: %s\n%s\n", what, qPrintable(detail));
    std::abort();
}

void checkDiagnostics(const Diagnostics &diagnostics, const SourceFile &source)
{
    const int size = int(source.text().size());
    for (const Diagnostic &diagnostic : diagnostics.items()) {
        const Span &span = diagnostic.span;
        if (span.start < 0 || span.start > span.end || span.end > size)
            fail("diagnostic span outside the text", diagnostic.toString());
        (void)diagnostic.toString();
    }
}

void checkFormatter(const SchemaFile &file, const SourceFile &source)
{
    static const bool check = qEnvironmentVariableIntValue("STRATA_FUZZ_FIXED_POINT") == 1;
    const QString formatted = Formatter::format(file, source);
    if (!check)
        return;
    const SourceFile again(source.path(), formatted);
    Diagnostics diagnostics;
    const SchemaFile reparsed = Parser::parseFile(again, 0, diagnostics);
    if (!diagnostics.isEmpty())
        fail("the formatted text does not parse cleanly", diagnostics.items().front().toString() + QLatin1String("\n--- formatted:\n") + formatted);
    const QString twice = Formatter::format(reparsed, again);
    if (twice != formatted)
        fail("formatting is not a fixed point", QLatin1String("--- once:\n") + formatted + QLatin1String("\n--- twice:\n") + twice);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // Invalid UTF-8 becomes U+FFFD, as when a file is read.
    const SourceFile source(QStringLiteral("fuzz.prisma"), QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    Diagnostics diagnostics;
    const SchemaFile file = Parser::parseFile(source, 0, diagnostics);
    checkDiagnostics(diagnostics, source);
    if (diagnostics.isEmpty())
        checkFormatter(file, source);
    return 0;
}
