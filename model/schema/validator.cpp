// SPDX-License-Identifier: GPL-3.0-or-later
#include "validator.h"
#include "syntaxindex.h"

#include "validationcontext_p.h"
#include "validationschedule_p.h"
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

/// Schemas with fewer models are validated on one thread: a thread costs more than it saves there.
constexpr size_t ParallelMinimumModels = 200;

void runInOrder(const validation::Context &context, std::span<const Check> checks)
{
    for (Check check : checks)
        check(context);
}

} // namespace

void Validator::validate(const psl::SchemaAst &ast, const Schema &schema, psl::Diagnostics &diagnostics, Threads threads,
                         const SyntaxIndex *syntax, std::shared_ptr<const void> *keptIndexes)
{
    const std::shared_ptr<const validation::TopIndex> index = syntax ? syntax->completed() : nullptr;
    // Rules that look at earlier errors see the parser's too: with those, the order of one thread is kept.
    const bool parallel = threads == Threads::Automatic && schema.models.size() >= ParallelMinimumModels && std::thread::hardware_concurrency() > 1
        && !diagnostics.hasErrors();
    const validation::Context context{ast, schema, diagnostics, nullptr, index};
    auto keep = [&](const validation::Context &ran) {
        if (keptIndexes)
            *keptIndexes = std::move(ran.modelLookups);
    };
    if (!parallel) {
        runInOrder(context, FirstPhase);
        if (!diagnostics.hasErrors())
            runInOrder(context, Pipeline);
        keep(context);
        return;
    }

    if (validation::validateInSlices(context, diagnostics)) {
        keep(context);
        return;
    }
    // An error somewhere: again in order, with fresh lookups (the sliced run filled them while reporting into
    // diagnostics that were dropped).
    const validation::Context again{ast, schema, diagnostics, nullptr, context.topIndex};
    runInOrder(again, FirstPhase);
    if (!diagnostics.hasErrors())
        runInOrder(again, Pipeline);
    keep(again);
}

} // namespace strata::schema
