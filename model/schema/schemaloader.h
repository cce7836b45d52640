// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema.h"

#include "psl/ast.h"
#include "psl/diagnostic.h"
#include "psl/sourcefile.h"

#include <QString>

#include <memory>

namespace strata::schema {

/// Everything computed from a schema's text in one pass: its sources, syntax tree, graph and diagnostics.
struct LoadedSchema {
    psl::SourceSet sources;
    psl::SchemaAst ast;
    Schema schema;
    psl::Diagnostics diagnostics;
    /// The validator's lookups, when analyze() was asked to keep them (ValidationIndexes::Keep).
    std::shared_ptr<const void> validationIndexes;
};

/// What analyze() keeps of the text of the schema's files.
enum class SourceText {
    Keep,                ///< LoadedSchema::sources holds the files with their text
    /// Only the files' paths: the text goes as soon as it is parsed, since the graph and the checks need only
    /// the syntax tree. For a command that needs nothing else of it, this lowers the peak memory of a large
    /// schema by the size of its text.
    ReleaseAfterParsing,
};

/// What analyze() does with the lookups the validator builds (at 5,000 models thousands of allocations).
enum class ValidationIndexes {
    Free, ///< freed before analyze() returns
    /// Kept in LoadedSchema::validationIndexes: a command that exits soon after, without freeing what it holds,
    /// spares the time to free them.
    Keep,
};

/// Parses, builds and validates the given sources. Given the previous graph, unchanged nodes keep their ids.
LoadedSchema analyze(psl::SourceSet sources, const Schema *previous = nullptr, SourceText text = SourceText::Keep,
                     ValidationIndexes indexes = ValidationIndexes::Free);

/// Reads PATH (a .prisma file or a folder of them) and analyzes it. Returns false with *error set when
/// the path cannot be read; a schema with problems is loaded and carries them as diagnostics.
bool loadSchema(const QString &path, LoadedSchema &out, QString *error, SourceText text = SourceText::Keep,
                ValidationIndexes indexes = ValidationIndexes::Free);

} // namespace strata::schema
