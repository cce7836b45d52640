// SPDX-License-Identifier: GPL-3.0-or-later
#include "validationschedule_p.h"

#include "validationhelpers_p.h"

#include "psl/chunkedwork.h"

#include <algorithm>
#include <atomic>
#include <functional>

namespace strata::schema::validation {

namespace {

/// Blocks per slice: the syntax and graph of this many models (about 1.5 MB on generated schemas) stay in the
/// cache while every rule group of a phase reads them.
constexpr size_t SliceBlocks = 128;

/// A step of a phase, in the order of a run on one thread: a rule over the whole schema, or a rule run per slice.
/// A whole-schema step that needs what the per-slice steps gathered runs after all slices.
struct Step {
    std::function<void(const Context &)> whole;
    std::function<void(const Context &, size_t slice)> perSlice;
    bool afterSlices = false;
};

/// Runs the steps of a phase on two threads, in two stages: first the whole-schema steps and each slice with every
/// per-slice step in order, then the steps that come after the slices. Within a stage each thread takes the next
/// task not yet taken of its stretch, then of the other's. Every step writes diagnostics of its own (one per slice
/// for per-slice steps). Returns false when any step reported an error; else appends all to `out` in the steps'
/// order, the slices of a step in order.
bool runPhase(const Context &context, const std::vector<Step> &steps, size_t sliceCount, psl::Diagnostics &out)
{
    std::vector<std::vector<psl::Diagnostics>> diagnostics(steps.size());
    std::vector<size_t> wholeSteps;
    std::vector<size_t> afterSlices;
    for (size_t s = 0; s < steps.size(); ++s) {
        diagnostics[s].resize(steps[s].whole ? 1 : sliceCount);
        if (steps[s].whole)
            (steps[s].afterSlices ? afterSlices : wholeSteps).push_back(s);
    }
    auto runWhole = [&](size_t s) {
        steps[s].whole(Context{context.ast, context.schema, diagnostics[s][0], context.modelLookups, context.topIndex});
    };
    auto runSlice = [&](size_t slice) {
        for (size_t s = 0; s < steps.size(); ++s) {
            if (steps[s].perSlice) {
                steps[s].perSlice(Context{context.ast, context.schema, diagnostics[s][slice], context.modelLookups, context.topIndex},
                                  slice);
            }
        }
    };
    // Each thread starts on a stretch of tasks of its own (psl::runInChunks): the slices it validates one after the
    // other are neighbours, whose names and memory the other thread is not working on.
    psl::runInChunks(wholeSteps.size() + sliceCount, 1, 2, [&](size_t task, size_t, size_t) {
        if (task < wholeSteps.size())
            runWhole(wholeSteps[task]);
        else
            runSlice(task - wholeSteps.size());
    });
    psl::runInChunks(afterSlices.size(), 1, 2, [&](size_t task, size_t, size_t) { runWhole(afterSlices[task]); });

    for (const std::vector<psl::Diagnostics> &ofStep : diagnostics) {
        for (const psl::Diagnostics &d : ofStep) {
            if (d.hasErrors())
                return false;
        }
    }
    for (const std::vector<psl::Diagnostics> &ofStep : diagnostics) {
        for (const psl::Diagnostics &d : ofStep)
            out.append(d);
    }
    return true;
}

std::vector<BlockSlice> slicesOf(const Context &context)
{
    std::vector<BlockSlice> slices;
    const size_t blocks = topIndex(context).blocks().size();
    for (size_t first = 0; first < blocks; first += SliceBlocks)
        slices.push_back(BlockSlice{first, std::min(blocks, first + SliceBlocks)});
    return slices;
}

} // namespace

bool validateInSlices(const Context &context, psl::Diagnostics &out)
{
    // What the rules share is built before the threads read it; they write only the resolved models and relation
    // fields of their own slices. The index of the models is built by the first task, while the other thread
    // starts on the rules that do not need it; the rules that do wait for it.
    topIndex(context);
    Q_ASSERT(!context.modelLookups);
    context.modelLookups = std::make_shared<ModelLookups>();
    ModelLookups &lookups = *context.modelLookups;
    std::atomic<bool> modelIndexBuilt{false};
    auto buildModelIndex = [&](const Context &c) {
        lookups.index.build(c);
        lookups.resolved.emplace(lookups.index.models.size());
        modelIndexBuilt.store(true, std::memory_order_release);
        modelIndexBuilt.notify_all();
    };
    auto awaitModelIndex = [&] { modelIndexBuilt.wait(false, std::memory_order_acquire); };
    const std::vector<BlockSlice> slices = slicesOf(context);
    std::vector<RelationFields> relationParts(slices.size());

    // The groups of checkConfiguration() ... checkRelations() in their order. The names of blocks against each
    // other, and the configuration, are the rules of the first phase that look at more than one block.
    const std::vector<Step> firstPhase{
        {buildModelIndex, {}}, // reports nothing
        {checkConfiguration, {}},
        {checkTopNames, {}},
        {{}, [&](const Context &c, size_t s) { checkNames(c, slices[s]); }},
        {{}, [&](const Context &c, size_t s) { checkAttributes(c, slices[s]); }},
        {{}, [&](const Context &c, size_t s) { checkLegacySyntax(c, slices[s]); }},
        {{}, [&](const Context &c, size_t s) {
             awaitModelIndex();
             resolveModels(c, slices[s], *lookups.resolved);
         }},
        {{}, [&](const Context &c, size_t s) { relationParts[s] = readRelationFields(c, slices[s]); }},
    };
    psl::Diagnostics warnings;
    if (!runPhase(context, firstPhase, slices.size(), warnings))
        return false;
    RelationFields relations;
    size_t relationCount = 0;
    for (const RelationFields &part : relationParts)
        relationCount += part.items.size();
    relations.items.reserve(relationCount);
    relations.modelStart.reserve(lookups.index.models.size() + 1);
    for (RelationFields &part : relationParts)
        relations.append(std::move(part));
    lookups.relations = std::move(relations);

    // Prisma's validation pipeline: checkConfigurationPipeline() ... checkRelationsPipeline(). Database and
    // constraint names and the relations compare models with each other; the views come after all models, as
    // Prisma walks them.
    // The constraint names of the models are gathered slice by slice and compared after the slices. The relation
    // rules read what the first phase found: they run as one task beside the slices.
    ConstraintNameParts constraintNames(slices.size());
    const std::vector<Step> pipeline{
        {checkConfigurationPipeline, {}},
        {checkDatabaseNames, {}},
        {{}, [&](const Context &c, size_t s) { collectConstraintNames(c, slices[s], constraintNames, s); }},
        {[&](const Context &c) { checkConstraintNames(c, constraintNames); }, {}, true},
        {{}, [&](const Context &c, size_t s) { checkAttributesPipeline(c, slices[s]); }},
        {checkCompositeTypesPipeline, {}},
        {{}, [&](const Context &c, size_t s) { checkModelsPipeline(c, slices[s], false); }},
        {[](const Context &c) { checkModelsPipeline(c, wholeSchema(c), true); }, {}},
        {checkRelationsPipeline, {}},
    };
    if (!runPhase(context, pipeline, slices.size(), warnings))
        return false;
    out.append(warnings);
    return true;
}

} // namespace strata::schema::validation
