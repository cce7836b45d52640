// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemaloader.h"

#include "schemabuilder.h"
#include "syntaxindex.h"
#include "validator.h"

#include "psl/parser.h"

namespace strata::schema {

LoadedSchema analyze(psl::SourceSet sources, const Schema *previous, SourceText text, ValidationIndexes indexes)
{
    LoadedSchema result;
    result.sources = std::move(sources);
    result.ast = psl::Parser::parse(result.sources, result.diagnostics);
    if (text == SourceText::ReleaseAfterParsing) {
        // The tree holds copies of what it needs; the diagnostics need the paths only.
        psl::SourceSet paths;
        for (const psl::SourceFile &file : result.sources.files())
            paths.add(psl::SourceFile(file.path(), QString()));
        result.sources = std::move(paths);
    }
    // The builder records what the validator needs to know of each field while it reads the field.
    SyntaxIndex syntax(result.ast);
    result.schema = SchemaBuilder::build(result.ast, previous, &syntax);
    Validator::validate(result.ast, result.schema, result.diagnostics, Validator::Threads::Automatic, &syntax,
                        indexes == ValidationIndexes::Keep ? &result.validationIndexes : nullptr);
    psl::attachFilePaths(result.diagnostics, result.sources);
    result.diagnostics.sort();
    return result;
}

bool loadSchema(const QString &path, LoadedSchema &out, QString *error, SourceText text, ValidationIndexes indexes)
{
    psl::SourceSet sources;
    if (!psl::SourceSet::load(path, sources, error))
        return false;
    out = analyze(std::move(sources), nullptr, text, indexes);
    return true;
}

} // namespace strata::schema
