// SPDX-License-Identifier: GPL-3.0-or-later
// strata-bench [--provider P] [--runs R] [--sizes 100,1000,...] [--phases] [--memory]: in-process timings of schema::analyze (parse,
// build, validate) and of the formatter on generated schemas. Each figure is the best of R runs after a warm-up,
// as wall-clock and as processor time (the bench is single-threaded; on a shared machine the two part).
#include "schemagen.h"

#include "psl/sourcefile.h"
#include "psl/parser.h"
#include "schema/schemabuilder.h"
#include "schema/syntaxindex.h"
#include "schema/schemaloader.h"
#include "schema/validator.h"

#if __has_include("psl/formatter.h") && defined(STRATA_HAVE_FORMATTER)
#include "psl/formatter.h"
#define STRATA_BENCH_FORMATTER 1
#else
#define STRATA_BENCH_FORMATTER 0
#endif

#include <QElapsedTimer>
#include <QString>
#include <QStringList>

#include <malloc.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <limits>
#include <optional>
#include <vector>

using namespace strata;

namespace {

int usage(std::FILE *to = stderr)
{
    std::fputs("usage: strata-bench [--provider postgresql|sqlite|mysql] [--runs R] [--sizes N,N,...]\n"
               "                    [--phases] [--memory]\n"
               "Times schema::analyze and the formatter on generated schemas (default sizes 100,1000,5000,10000;\n"
               "best of R runs, default 5, after a warm-up) and prints a markdown table; --phases adds one with\n"
               "the parser, the graph builder and the validator timed on their own; --memory one with the heap that\n"
               "the syntax tree and the graph take (all threads then share one malloc arena: time it separately).\n",
               to);
    return to == stderr ? 1 : 0;
}

/// The fastest of several runs: wall-clock time, and processor time, which tells more on a busy machine.
struct Timing {
    double wallMs = 0;
    double cpuMs = 0;
};

/// Times RUNS calls of F, after one call that is not counted. RESET runs untimed before each call, so that
/// freeing the previous result is not counted.
template<typename Reset, typename F>
Timing bestOf(int runs, Reset &&reset, F &&f)
{
    f();
    Timing best{std::numeric_limits<double>::max(), std::numeric_limits<double>::max()};
    for (int i = 0; i < runs; ++i) {
        reset();
        QElapsedTimer timer;
        const std::clock_t cpuStart = std::clock();
        timer.start();
        f();
        const qint64 wall = timer.nsecsElapsed();
        const std::clock_t cpu = std::clock() - cpuStart;
        best.wallMs = std::min(best.wallMs, double(wall) / 1e6);
        best.cpuMs = std::min(best.cpuMs, double(cpu) * 1000.0 / CLOCKS_PER_SEC);
    }
    return best;
}

/// Bytes of heap in use. main() keeps every thread on one malloc arena, so this counts them all.
double heapMiB()
{
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
}

#if STRATA_BENCH_FORMATTER
QString formatSchema(const schema::LoadedSchema &loaded)
{
    return psl::Formatter::format(loaded.ast.files.front(), loaded.sources.file(0)); // the format step
}

/// 1-based number of the first line where A and B differ, 0 if they are equal.
int firstDifferentLine(const QString &a, const QString &b)
{
    const QStringList left = a.split(u'\n');
    const QStringList right = b.split(u'\n');
    for (int i = 0; i < std::max(left.size(), right.size()); ++i) {
        if (i >= left.size() || i >= right.size() || left.at(i) != right.at(i))
            return i + 1;
    }
    return 0;
}
#endif

} // namespace

int main(int argc, char **argv)
{
    bench::SchemaGenOptions options;
    int runs = 5;
    bool phases = false;
    bool memory = false;
    std::vector<int> sizes{100, 1000, 5000, 10000};
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        const QString value = i + 1 < argc ? QString::fromLocal8Bit(argv[i + 1]) : QString();
        bool ok = i + 1 < argc;
        if (argument == u"-h" || argument == u"--help") {
            return usage(stdout);
        } else if (argument == u"--phases") {
            phases = true;
            continue;
        } else if (argument == u"--memory") {
            // One malloc arena for all threads, so that heapMiB() sees every allocation. It slows the
            // threads down (they share one lock), so timings of such a run are not comparable.
            memory = true;
            mallopt(M_ARENA_MAX, 1);
            continue;
        } else if (argument == u"--provider" && ok) {
            const auto provider = bench::SchemaGenerator::providerFromName(value);
            ok = provider.has_value();
            if (ok)
                options.provider = *provider;
        } else if (argument == u"--runs" && ok) {
            runs = value.toInt(&ok);
            ok = ok && runs > 0;
        } else if (argument == u"--sizes" && ok) {
            sizes.clear();
            for (const QString &size : value.split(u',', Qt::SkipEmptyParts)) {
                sizes.push_back(size.toInt(&ok));
                if (!ok || sizes.back() < 0)
                    return usage();
            }
        } else {
            ok = false;
        }
        if (!ok)
            return usage();
        ++i;
    }

    std::printf("strata-bench: generated %s schemas, best of %d runs after a warm-up\n\n",
                qPrintable(bench::SchemaGenerator::providerName(options.provider)), runs);
    std::printf("| models |   lines |    bytes | analyze ms | analyze cpu ms | format ms | format cpu ms |\n");
    std::printf("|-------:|--------:|---------:|-----------:|---------------:|----------:|--------------:|\n");
    std::fflush(stdout);

    QStringList notes;
    QStringList phaseRows;
    QStringList memoryRows;
    for (int models : sizes) {
        options.models = models;
        const QString text = bench::SchemaGenerator::generate(options);
        psl::SourceSet sources;
        sources.add(psl::SourceFile(QStringLiteral("schema.prisma"), text));
        const int lines = int(text.count(u'\n'));
        const qsizetype bytes = text.toUtf8().size();

        std::optional<schema::LoadedSchema> loaded;
        const Timing analyze = bestOf(runs, [&] { loaded.reset(); }, [&] { loaded.emplace(schema::analyze(sources)); });
        if (!loaded->diagnostics.isEmpty()) {
            notes << QStringLiteral("%1 models: analyze reported %2 diagnostic(s) on a valid schema; the first: %3")
                         .arg(models)
                         .arg(loaded->diagnostics.items().size())
                         .arg(loaded->diagnostics.items().front().toString());
        }

        if (phases) {
            psl::Diagnostics diagnostics;
            psl::SchemaAst ast;
            schema::Schema graph;
            const Timing parse = bestOf(runs, [&] { ast = {}; diagnostics = {}; },
                                        [&] { ast = psl::Parser::parse(sources, diagnostics); });
            // As analyze() does it: the builder records the validator's facts about each field (SyntaxIndex).
            std::optional<schema::SyntaxIndex> syntax;
            const Timing build = bestOf(runs, [&] { graph = {}; syntax.reset(); }, [&] {
                syntax.emplace(ast);
                graph = schema::SchemaBuilder::build(ast, nullptr, &*syntax);
            });
            const Timing validate = bestOf(runs, [&] { diagnostics = {}; }, [&] {
                schema::Validator::validate(ast, graph, diagnostics, schema::Validator::Threads::Automatic, &*syntax);
            });
            phaseRows << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |")
                             .arg(models, 6)
                             .arg(parse.wallMs, 8, 'f', 2)
                             .arg(parse.cpuMs, 7, 'f', 2)
                             .arg(build.wallMs, 8, 'f', 2)
                             .arg(build.cpuMs, 7, 'f', 2)
                             .arg(validate.wallMs, 11, 'f', 2)
                             .arg(validate.cpuMs, 10, 'f', 2);
        }
        if (memory) {
            // What each stage keeps: the heap in use before and after building each one from scratch.
            psl::Diagnostics diagnostics;
            psl::SchemaAst ast;
            schema::Schema graph;
            const double heapBefore = heapMiB();
            ast = psl::Parser::parse(sources, diagnostics);
            const double heapWithAst = heapMiB();
            graph = schema::SchemaBuilder::build(ast);
            const double heapWithGraph = heapMiB();
            memoryRows << QStringLiteral("| %1 | %2 | %3 | %4 |")
                              .arg(models, 6)
                              .arg(double(text.size() * 2) / (1024.0 * 1024.0), 9, 'f', 1)
                              .arg(heapWithAst - heapBefore, 9, 'f', 1)
                              .arg(heapWithGraph - heapWithAst, 10, 'f', 1);
        }

        QString formatMs = QStringLiteral("n/a");
        QString formatCpuMs = formatMs;
#if STRATA_BENCH_FORMATTER
        QString formatted;
        const Timing format = bestOf(runs, [&] { formatted.clear(); }, [&] { formatted = formatSchema(*loaded); });
        formatMs = QString::number(format.wallMs, 'f', 2);
        formatCpuMs = QString::number(format.cpuMs, 'f', 2);
        if (const int line = firstDifferentLine(text, formatted)) {
            notes << QStringLiteral("%1 models: the formatter changed the (already formatted) text, first at line %2")
                         .arg(models)
                         .arg(line);
        }
#endif
        std::printf("| %6d | %7d | %8lld | %10.2f | %14.2f | %9s | %13s |\n", models, lines,
                    static_cast<long long>(bytes), analyze.wallMs, analyze.cpuMs, qPrintable(formatMs),
                    qPrintable(formatCpuMs));
        std::fflush(stdout);
    }
    if (phases) {
        std::printf("\nphases of analyze (large schemas use several threads: cpu is their sum):\n\n"
                    "| models | parse ms | cpu ms | build ms | cpu ms | validate ms | cpu ms |\n"
                    "|-------:|---------:|-------:|---------:|-------:|------------:|-------:|\n");
        for (const QString &row : phaseRows)
            std::printf("%s\n", qPrintable(row));
    }
    if (memory) {
        std::printf("\nmemory of each stage (heap in use, MiB):\n\n"
                    "| models | text MiB | tree MiB | graph MiB |\n"
                    "|-------:|---------:|---------:|----------:|\n");
        for (const QString &row : memoryRows)
            std::printf("%s\n", qPrintable(row));
    }
    if (!STRATA_BENCH_FORMATTER)
        notes << QStringLiteral("format: not measured, this build of strata_model has no formatter (psl/formatter.cpp)");
    if (!notes.isEmpty())
        std::printf("\n");
    for (const QString &note : notes)
        std::printf("note: %s\n", qPrintable(note));
    return 0;
}
