// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema.h"

#include "psl/ast.h"
#include "psl/diagnostic.h"

#include <memory>

namespace strata::schema {

/// Checks a schema by Prisma's rules (what `prisma validate` accepts and rejects) and reports each problem
/// at its source position. Large schemas are checked on two threads, with the same diagnostics in the same
/// order as on one.
class SyntaxIndex;

class Validator {
public:
    enum class Threads { Automatic, One };

    /// `syntax`, when given, is the index of `ast` that SchemaBuilder::build() filled while building `schema`.
    /// `keptIndexes`, when given, receives the lookups the run built instead of their being freed here (at 5,000
    /// models some thousands of allocations, about 1.5 ms to free): for a caller that exits soon after.
    static void validate(const psl::SchemaAst &ast, const Schema &schema, psl::Diagnostics &diagnostics,
                         Threads threads = Threads::Automatic, const SyntaxIndex *syntax = nullptr,
                         std::shared_ptr<const void> *keptIndexes = nullptr);
};

} // namespace strata::schema
