// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema.h"
#include "schemaloader.h"

#include <QString>
#include <QStringList>

namespace strata::schema {

/// Writes the schema graph as Prisma schema text, formatted the way `prisma format` formats it (the text is
/// assembled, then run through psl::Formatter).
///
/// Two ways to print:
/// - print(schema): the graph alone. Blocks come in source order where the graph was parsed (a new node
///   after its predecessor), otherwise datasource, generators, models, enums, composite types.
///   `///` documentation travels with its model, field, enum, value or type.
/// - print(schema, base): the graph written into the text it was last parsed from (`base`, whose graph holds
///   the same NodeIds). Nodes an edit left alone keep their text; changed ones are re-rendered in place; new
///   ones go after their predecessor. Comments (`//`, `/* */`) and blank lines stay where they were; a comment
///   block directly above a node belongs to it and goes when the node is removed; trailing comments stay with
///   their field, value or attribute. One text per file of `base`.
///
/// What the printer loses:
/// - print(schema): every non-doc comment (`//`, `/* */`, trailing comments), blank lines inside blocks,
///   lines the parser could not read, unknown attributes (e.g. `@@shardKey`), multi-file layout (all blocks go
///   into one text), and spelling choices that say the same (`@relation(name: "x")` vs `@relation("x")`,
///   `@@index(a)` vs `@@index([a])`, legacy `Int!` / `[Int]`), the order of `@@` attributes of one kind aside.
/// - print(schema, base): the same only for nodes an edit changed (a changed field is written from the graph,
///   so its unknown attributes go); datasource and generator blocks keep their text unless the graph changed
///   them.
class SchemaPrinter {
public:
    static QString print(const Schema &schema);
    static QStringList print(const Schema &schema, const LoadedSchema &base);

    /// One field line, unaligned: `name Type @id @default(...) ...`.
    static QString fieldLine(const Field &field, const Model *model = nullptr);
    /// A `@@id`/`@@unique`/`@@index`/`@@fulltext` line.
    static QString indexAttribute(const Index &index);
    /// The argument of `@default(...)`: `now()`, `"text"`, `[A, B]`...
    static QString defaultValueText(const DefaultValue &value);
    /// A Prisma string literal with quotes and escapes.
    static QString quoted(const QString &text);
};

} // namespace strata::schema
