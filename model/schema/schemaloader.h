// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "psl/ast.h"
#include "psl/diagnostic.h"
#include "psl/sourcefile.h"

#include <QString>

namespace strata::schema {

/// Everything computed from a schema's text in one pass: its sources, syntax tree and diagnostics.
struct LoadedSchema {
    psl::SourceSet sources;
    psl::SchemaAst ast;
    psl::Diagnostics diagnostics;
};

/// Parses and validates the given sources.
LoadedSchema analyze(psl::SourceSet sources);

/// Reads PATH (a .prisma file or a folder of them) and analyzes it. Returns false with *error set when
/// the path cannot be read; a schema with problems is loaded and carries them as diagnostics.
bool loadSchema(const QString &path, LoadedSchema &out, QString *error);

} // namespace strata::schema
