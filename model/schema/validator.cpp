// SPDX-License-Identifier: GPL-3.0-or-later
#include "validator.h"

#include "validationcontext_p.h"
#include "validationhelpers_p.h"
#include "validationsupport_p.h"

#include <array>
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

/// Which groups of a phase run on the second thread (bit i: group i), the others on the calling one. Balanced on
/// large generated and real schemas: names and attributes against models and relations; in the pipeline, names
/// and models against attributes and relations. In the first phase the model and relation rules share the model
/// lookups they build, so they stay on one thread.
constexpr unsigned FirstPhaseOnSecondThread = 0b11000;
constexpr unsigned PipelineOnSecondThread = 0b10100;

/// Schemas with fewer models are validated on one thread: a thread costs more than it saves there.
constexpr size_t ParallelMinimumModels = 200;

void runInOrder(const validation::Context &context, std::span<const Check> checks)
{
    for (Check check : checks)
        check(context);
}

/// Runs the groups of `checks` on two threads (those of onSecondThread on the second), each group with
/// diagnostics of its own, and appends them to `out` in the groups' order. Some rules look at the errors
/// reported before them; when no rule reports an error, they saw none in either run, so the result is exactly
/// that of runInOrder(). Returns false, leaving `out` unchanged, when an error was reported: the caller then
/// runs the checks in order.
bool runOnTwoThreads(const validation::Context &context, std::span<const Check> checks, unsigned onSecondThread,
                     psl::Diagnostics &out)
{
    constexpr size_t MaxGroups = 8;
    Q_ASSERT(checks.size() <= MaxGroups);
    std::array<psl::Diagnostics, MaxGroups> diagnostics;
    // The threads share the block index and, when they exist already, the model lookups. Lookups that do not
    // exist yet are built by the thread that first asks for them: in the first phase only the model and
    // relation rules need them.
    std::array<std::shared_ptr<validation::ModelLookups>, 2> lookups{context.modelLookups, context.modelLookups};
    auto runPart = [&](unsigned part) {
        for (size_t i = 0; i < checks.size(); ++i) {
            if (bool((onSecondThread >> i) & 1u) != bool(part))
                continue;
            const validation::Context group{context.ast, context.schema, diagnostics[i], lookups[part], context.topIndex};
            checks[i](group);
            lookups[part] = group.modelLookups;
        }
    };
    std::thread worker(runPart, 1u);
    runPart(0u);
    worker.join();
    if (!context.modelLookups)
        context.modelLookups = lookups[1] ? lookups[1] : lookups[0];
    for (size_t i = 0; i < checks.size(); ++i) {
        if (diagnostics[i].hasErrors())
            return false;
    }
    for (size_t i = 0; i < checks.size(); ++i)
        out.append(diagnostics[i]);
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
    if (!runOnTwoThreads(context, FirstPhase, FirstPhaseOnSecondThread, diagnostics)) {
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
    if (!runOnTwoThreads(context, Pipeline, PipelineOnSecondThread, diagnostics))
        runInOrder(context, Pipeline);
}

} // namespace strata::schema
