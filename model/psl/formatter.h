// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ast.h"
#include "sourcefile.h"

#include <QString>
#include <QStringList>

namespace strata::psl {

/// Writes schema text exactly as `prisma format` does: aligned columns, sorted attributes, block
/// attributes last, normalized comments and blank lines. Lines the parser could not read are kept.
class Formatter {
public:
    /// The text of one file, reformatted: layout only, nothing added. `source` is the text `file` was
    /// parsed from.
    static QString format(const SchemaFile &file, const SourceFile &source);
    /// What `prisma format` writes for each file of a schema, in the order of `sources`: relations
    /// completed across all files (missing back-relation fields, relation scalar fields and `@relation`
    /// arguments are added when the schema has no blocking errors), then each file reformatted.
    static QStringList format(const SchemaAst &ast, const SourceSet &sources);
    /// Parses and formats a one-file schema, relations completed; convenient for callers holding no tree.
    static QString formatText(const QString &text);
};

} // namespace strata::psl
