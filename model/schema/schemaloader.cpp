// SPDX-License-Identifier: GPL-3.0-or-later
#include "schemaloader.h"

#include "schemabuilder.h"
#include "validator.h"

#include "psl/parser.h"

namespace strata::schema {

LoadedSchema analyze(psl::SourceSet sources, const Schema *previous)
{
    LoadedSchema result;
    result.sources = std::move(sources);
    result.ast = psl::Parser::parse(result.sources, result.diagnostics);
    result.schema = SchemaBuilder::build(result.ast, previous);
    Validator::validate(result.ast, result.schema, result.diagnostics);
    psl::attachFilePaths(result.diagnostics, result.sources);
    result.diagnostics.sort();
    return result;
}

bool loadSchema(const QString &path, LoadedSchema &out, QString *error)
{
    psl::SourceSet sources;
    if (!psl::SourceSet::load(path, sources, error))
        return false;
    out = analyze(std::move(sources));
    return true;
}

} // namespace strata::schema
