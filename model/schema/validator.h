// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema.h"

#include "psl/ast.h"
#include "psl/diagnostic.h"

namespace strata::schema {

/// Checks a schema by Prisma's rules (what `prisma validate` accepts and rejects) and reports each problem
/// at its source position. Large schemas are checked on two threads, with the same diagnostics in the same
/// order as on one.
class SyntaxIndex;

class Validator {
public:
    enum class Threads { Automatic, One };

    /// `syntax`, when given, is the index of `ast` that SchemaBuilder::build() filled while building `schema`.
    static void validate(const psl::SchemaAst &ast, const Schema &schema, psl::Diagnostics &diagnostics,
                         Threads threads = Threads::Automatic, const SyntaxIndex *syntax = nullptr);
};

} // namespace strata::schema
