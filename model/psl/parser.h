// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ast.h"
#include "diagnostic.h"
#include "sourcefile.h"

namespace strata::psl {

/// Parses Prisma schema text into a SchemaAst. Always returns a tree: a line it cannot parse becomes a
/// RawLine and a diagnostic, and parsing goes on with the next line.
///
/// A large file (256 KiB and more) is cut into parts at places between two top-level blocks, and the parts
/// are parsed on several threads; the result is the same tree and the same diagnostics as a parse in one go.
class Parser {
public:
    enum class Threads { Automatic, One };

    static SchemaFile parseFile(const SourceFile &source, int fileIndex, Diagnostics &diagnostics,
                                Threads threads = Threads::Automatic);
    static SchemaAst parse(const SourceSet &sources, Diagnostics &diagnostics);
    /// Where parseFile() would start the parts of text when it may use `parts` threads: offsets, the first 0.
    static std::vector<int> partStarts(QStringView text, int parts);
};

/// Fills in the file path of each diagnostic from its span's file index.
void attachFilePaths(Diagnostics &diagnostics, const SourceSet &sources);

} // namespace strata::psl
