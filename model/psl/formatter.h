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
    /// The formatted text of one file. `source` is the text `file` was parsed from.
    static QString format(const SchemaFile &file, const SourceFile &source);
    /// The formatted text of each file of a schema, in the order of `sources`.
    static QStringList format(const SchemaAst &ast, const SourceSet &sources);
    /// Parses and formats one text; convenient for callers that hold no tree.
    static QString formatText(const QString &text);
};

} // namespace strata::psl
