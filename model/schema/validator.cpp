// SPDX-License-Identifier: GPL-3.0-or-later
#include "validator.h"

#include "validationcontext_p.h"
#include "validationhelpers_p.h"
#include "validationsupport_p.h"

#include <span>
#include <thread>

namespace strata::schema {

namespace {

using Check = void (*)(const validation::Context &);

/// The rule groups of each phase, in Prisma's order (DESIGN.md: validation).
constexpr Check FirstPhase[] = {validation::checkConfiguration, validation::checkNames, validation::checkAttributes,
                                validation::checkModels, validation::checkRelations};
constexpr Check Pipeline[] = {validation::checkConfigurationPipeline, validation::checkNamesPipeline,
                              validation::checkAttributesPipeline, validation::checkModelsPipeline,
                              validation::checkRelationsPipeline};

/// Where each phase is cut in two for two threads: the groups before it, and the rest (balanced on large
/// generated and real schemas: names and attributes against models and relations).
constexpr size_t FirstPhaseCut = 3;
constexpr size_t PipelineCut = 2;

/// Schemas with fewer models are validated on one thread: a thread costs more than it saves there.
constexpr size_t ParallelMinimumModels = 200;

void runInOrder(const validation::Context &context, std::span<const Check> checks)
{
    for (Check check : checks)
        check(context);
}

/// Runs checks[0, cut) and checks[cut, end) on two threads, each part with diagnostics of its own, and appends
/// them to `out` in order. Some rules look at the errors reported before them; when no rule reports an error,
/// they saw none in either run, so the result is exactly that of runInOrder(). Returns false, leaving `out`
/// unchanged, when an error was reported: the caller then runs the checks in order.
bool runOnTwoThreads(const validation::Context &context, std::span<const Check> checks, size_t cut,
                     psl::Diagnostics &out)
{
    psl::Diagnostics firstDiagnostics;
    psl::Diagnostics secondDiagnostics;
    // The parts share the block index and, when they exist already, the model lookups (each is filled by one
    // part only). Lookups that do not exist yet are built by the part that first asks for them, on its own
    // thread: in the first phase only the model and relation rules need them.
    const validation::Context first{context.ast, context.schema, firstDiagnostics, context.modelLookups, context.topIndex};
    const validation::Context second{context.ast, context.schema, secondDiagnostics, context.modelLookups, context.topIndex};
    std::thread worker([&] { runInOrder(second, checks.subspan(cut)); });
    runInOrder(first, checks.first(cut));
    worker.join();
    if (!context.modelLookups)
        context.modelLookups = second.modelLookups ? second.modelLookups : first.modelLookups;
    if (firstDiagnostics.hasErrors() || secondDiagnostics.hasErrors())
        return false;
    out.append(firstDiagnostics);
    out.append(secondDiagnostics);
    return true;
}

} // namespace

void Validator::validate(const psl::SchemaAst &ast, const Schema &schema, psl::Diagnostics &diagnostics, Threads threads)
{
    // Rules that look at earlier errors see the parser's too: with those, the order of one thread is kept.
    const bool parallel = threads == Threads::Automatic && schema.models.size() >= ParallelMinimumModels && std::thread::hardware_concurrency() > 1
        && !diagnostics.hasErrors();
    if (!parallel) {
        const validation::Context context{ast, schema, diagnostics};
        runInOrder(context, FirstPhase);
        if (!diagnostics.hasErrors())
            runInOrder(context, Pipeline);
        return;
    }

    validation::Context context{ast, schema, diagnostics};
    validation::topIndex(context);
    if (!runOnTwoThreads(context, FirstPhase, FirstPhaseCut, diagnostics)) {
        // An error somewhere: again in order, with fresh lookups (the first run filled them while reporting
        // into diagnostics that were dropped).
        const validation::Context again{ast, schema, diagnostics, nullptr, context.topIndex};
        runInOrder(again, FirstPhase);
        if (!diagnostics.hasErrors())
            runInOrder(again, Pipeline);
        return;
    }
    if (diagnostics.hasErrors())
        return;
    if (!runOnTwoThreads(context, Pipeline, PipelineCut, diagnostics))
        runInOrder(context, Pipeline);
}

} // namespace strata::schema
