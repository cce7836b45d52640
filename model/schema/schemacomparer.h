// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "schema.h"

#include <QString>
#include <QStringList>

namespace strata::schema {

/// Compares graph nodes by what the schema says about them, ignoring ids and source positions: the printer
/// uses it to find the nodes an edit left alone, the tests to check that a printed schema reads back equal.
class SchemaComparer {
public:
    /// A canonical one-line description of a node's content; equal descriptions mean equal content.
    static QString describe(const Field &field);
    static QString describe(const Index &index);
    static QString describe(const EnumValue &value);
    static QString describe(const DefaultValue &value);
    static QString describe(const Relation &relation);
    /// A model's own properties (name, @@map, @@ignore, @@schema, documentation, view or not), without its
    /// fields and indexes.
    static QString describeHeader(const Model &model);
    static QString describeHeader(const Enum &e);
    static QString describe(const Datasource &datasource);
    static QString describe(const Generator &generator);

    /// A field together with its field-level `@id` / `@unique` indexes, as one line of a model reads.
    static QString describeFieldLine(const Model &model, const Field &field);

    static bool sameContent(const Field &a, const Field &b) { return describe(a) == describe(b); }
    static bool sameContent(const Index &a, const Index &b) { return describe(a) == describe(b); }
    static bool sameContent(const EnumValue &a, const EnumValue &b) { return describe(a) == describe(b); }
    /// Fields in order, indexes as a set (the formatter sorts block attributes by kind), properties.
    static bool sameContent(const Model &a, const Model &b);
    static bool sameContent(const Enum &a, const Enum &b);
    static bool sameContent(const CompositeType &a, const CompositeType &b);

    /// What differs between two graphs, one readable line per difference; empty when they say the same.
    static QStringList differences(const Schema &a, const Schema &b);
};

} // namespace strata::schema
