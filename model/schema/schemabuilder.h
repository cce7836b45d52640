// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema.h"

#include "psl/ast.h"

namespace strata::schema {

class SyntaxIndex;

/// Turns a syntax tree into the schema graph. Lenient: it records what the text says and leaves judging it
/// to the Validator. Given the previous graph, nodes whose names did not change keep their ids. Given the
/// validator's index of the same tree, it records there what each field says while it reads the field.
class SchemaBuilder {
public:
    static Schema build(const psl::SchemaAst &ast, const Schema *previous = nullptr, SyntaxIndex *syntax = nullptr);
};

/// Interprets `@default(...)`'s value expression.
DefaultValue defaultValueFromExpression(const psl::Expression &expression);
/// Interprets an index field list: `[a, b(sort: Desc)]` or a bare `a`.
std::vector<IndexField> indexFieldsFromExpression(const psl::Expression &expression);
/// The string list of an array of strings, or of constants (`[a, b]`).
QStringList namesFromExpression(const psl::Expression &expression);

} // namespace strata::schema
