// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ast.h"
#include "diagnostic.h"
#include "sourcefile.h"

namespace strata::psl {

/// Parses Prisma schema text into a SchemaAst. Always returns a tree: a line it cannot parse becomes a
/// RawLine and a diagnostic, and parsing goes on with the next line.
class Parser {
public:
    static SchemaFile parseFile(const SourceFile &source, int fileIndex, Diagnostics &diagnostics);
    static SchemaAst parse(const SourceSet &sources, Diagnostics &diagnostics);
};

/// Fills in the file path of each diagnostic from its span's file index.
void attachFilePaths(Diagnostics &diagnostics, const SourceSet &sources);

} // namespace strata::psl
