// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ast.h"
#include "sourcefile.h"

#include <QString>
#include <vector>

namespace strata::psl {

/// Text that `prisma format` inserts into a file before it reformats it.
struct Insertion {
    int offset = 0; ///< UTF-16 offset in the file's text
    QString text;
};

/// Finds the relation fields, relation scalar fields and `@relation` arguments that `prisma format` adds
/// to a schema ("magic reformat"): only when the schema has none of the errors that stop Prisma's parser
/// database, and only for one-to-one and one-to-many relations.
class RelationCompletion {
public:
    /// For each file of `ast` (by SchemaFile::index), its insertions in offset order; all empty when the
    /// schema has blocking errors or nothing to complete.
    static std::vector<std::vector<Insertion>> insertions(const SchemaAst &ast, const SourceSet &sources);

    /// `API_Key` -> `apiKey`, `HTTPRequest` -> `httprequest`: the camel case of Rust's cruet crate.
    static QString camelCase(const QString &name);
    /// `category` -> `categories`, `person` -> `people`: the English plural of Rust's cruet crate.
    static QString plural(const QString &word);
};

} // namespace strata::psl
