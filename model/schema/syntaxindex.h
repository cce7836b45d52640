// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "psl/ast.h"

#include <memory>

namespace strata::schema {

namespace validation {
class TopIndex;
}

/// The validator's index of a syntax tree: its blocks, their names, and what each field's syntax says (its
/// resolved type, its attributes, odd names). Made before the graph, so that SchemaBuilder::build() records each
/// field's facts while it reads the field anyway; Validator::validate() then need not walk the syntax of a large
/// schema once more for them (by then it is out of the cache). The tree must outlive the index.
class SyntaxIndex {
public:
    explicit SyntaxIndex(const psl::SchemaAst &ast);
    ~SyntaxIndex();
    SyntaxIndex(const SyntaxIndex &) = delete;
    SyntaxIndex &operator=(const SyntaxIndex &) = delete;

    /// Records the facts of the fields of the block at `position` in ast.blocks(). Distinct blocks may be recorded
    /// on distinct threads.
    void recordFields(size_t position);
    /// The last model, view, composite type or enum of that name (the block a type name resolves to), or nullptr.
    const psl::Block *top(QStringView name) const;
    /// The index, the facts of the blocks not recorded computed now.
    std::shared_ptr<const validation::TopIndex> completed() const;

private:
    std::shared_ptr<validation::TopIndex> m_index;
};

} // namespace strata::schema
