// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema.h"

#include "psl/ast.h"
#include "psl/diagnostic.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

namespace strata::schema::validation {

struct ModelLookups; // validationhelpers_p.h
class TopIndex;      // validationsupport_p.h
struct BlockSlice;   // validationsupport_p.h

/// What every group of validation rules reads and writes.
struct Context {
    const psl::SchemaAst &ast;
    const Schema &schema;
    psl::Diagnostics &diagnostics;
    /// Built on first use by the model and relation rules and shared by their phases, so that one run
    /// resolves models, keys and relations once.
    mutable std::shared_ptr<ModelLookups> modelLookups = {};
    /// The top-level blocks and their names, built on first use and shared by every rule group.
    mutable std::shared_ptr<const TopIndex> topIndex = {};

    Provider provider() const { return schema.provider(); }
    void error(const char *code, const psl::Span &span, const QString &message) const
    {
        diagnostics.error(QString::fromLatin1(code), span, message);
    }
    void warning(const char *code, const psl::Span &span, const QString &message) const
    {
        diagnostics.warning(QString::fromLatin1(code), span, message);
    }
};

inline QString tr(const char *text)
{
    return QCoreApplication::translate("strata::schema::Validator", text);
}

// Each group of rules lives in its own file (validate<group>.cpp).
void checkConfiguration(const Context &context); ///< datasource, generators, providers, preview features
void checkNames(const Context &context);         ///< duplicate and reserved names, database name collisions
void checkAttributes(const Context &context);    ///< known attributes, their arguments, defaults, native types
void checkModels(const Context &context);        ///< identifiers, indexes, lists, arity, composite types
void checkRelations(const Context &context);     ///< back-relations, fields/references, referential actions

// Prisma runs its "validation pipeline" only when the schema had no error so far (syntax, configuration,
// names, types, attribute arguments). These groups hold the rules of that second phase.
void checkConfigurationPipeline(const Context &context); ///< views, extensions, @@schema against `schemas`
void checkNamesPipeline(const Context &context);         ///< database names of models/enums, constraint names
void checkAttributesPipeline(const Context &context);    ///< default values, native types, autoincrement
void checkModelsPipeline(const Context &context);        ///< unique criteria, keys, indexes, connector support
void checkRelationsPipeline(const Context &context);     ///< relation pairing, fields/references, actions, cycles

// The same rules for the blocks of one slice of the schema (a large schema is validated slice by slice:
// validationschedule.cpp). Rules that compare blocks with each other are not among them; those run once.
void checkNames(const Context &context, const BlockSlice &slice); ///< without the names of blocks against each other
void checkTopNames(const Context &context);                       ///< the names of blocks against each other
void checkAttributes(const Context &context, const BlockSlice &slice);
void checkLegacySyntax(const Context &context, const BlockSlice &slice); ///< the first rules of checkModels()
void checkAttributesPipeline(const Context &context, const BlockSlice &slice);
void checkCompositeTypesPipeline(const Context &context); ///< the first rules of checkModelsPipeline()
/// The rules of checkModelsPipeline() for the models (`views` false) or the views (true) of the slice.
void checkModelsPipeline(const Context &context, const BlockSlice &slice, bool views);
void checkDatabaseNames(const Context &context); ///< the first rules of checkNamesPipeline(): tables, enum types

/// The constraint names of the models of each slice, gathered for checkConstraintNames().
class ConstraintNameParts {
public:
    explicit ConstraintNameParts(size_t slices);
    ~ConstraintNameParts();

private:
    struct Part;
    std::vector<std::unique_ptr<Part>> m_parts;
    friend void collectConstraintNames(const Context &, const BlockSlice &, ConstraintNameParts &, size_t);
    friend void checkConstraintNames(const Context &, ConstraintNameParts &);
};
/// The rules of checkNamesPipeline() after checkDatabaseNames(), in two steps: the names of the indexes, primary
/// keys, defaults and foreign keys of a slice's models, gathered into part `part`, then the clashes of all of
/// them (after every slice).
void collectConstraintNames(const Context &context, const BlockSlice &slice, ConstraintNameParts &parts, size_t part);
void checkConstraintNames(const Context &context, ConstraintNameParts &parts);

} // namespace strata::schema::validation
