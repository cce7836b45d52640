// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "types.h"

#include <optional>
#include <vector>

namespace strata::schema {

/// The schema graph as a value: what a Prisma schema declares, resolved into typed properties.
/// Cheap to copy (Qt strings are shared), so edits and background work can take snapshots.
struct Schema {
    std::optional<Datasource> datasource;
    std::vector<Generator> generators;
    std::vector<Model> models;           ///< models and views, in source order
    std::vector<Enum> enums;
    std::vector<CompositeType> compositeTypes;
    std::vector<Relation> relations;     ///< computed by computeRelations()

    Provider provider() const { return datasource ? datasource->activeProvider : Provider::Unknown; }
    bool usesPrismaRelationMode() const;
    bool hasPreviewFeature(QStringView feature) const;

    const Model *model(QStringView name) const;
    Model *model(QStringView name);
    const Model *modelById(NodeId id) const;
    Model *modelById(NodeId id);
    const Enum *enumType(QStringView name) const;
    Enum *enumType(QStringView name);
    const Enum *enumById(NodeId id) const;
    Enum *enumById(NodeId id);
    const CompositeType *compositeType(QStringView name) const;
    const Relation *relationById(NodeId id) const;
    /// The relation a field belongs to, or nullptr.
    const Relation *relationOf(QStringView modelName, QStringView fieldName) const;
};

/// A new id, unique in this process.
NodeId newNodeId();

/// A relation field as computeRelations() pairs it: what the pairing reads and the Relation takes, copied out of
/// the graph, so that they can be gathered while the fields are at hand (the graph builder does it on its threads).
struct RelationEnd {
    QString modelName;
    QString fieldName;
    QString typeName;
    QString relationName;
    size_t groupHash = 0;        ///< of the unordered model pair and the relation name
    bool modelNameFirst = false; ///< modelName <= typeName: the order of the pair
    bool hasFields = false;
    bool isList = false;
};

/// Appends the ends of this model's relation fields (those not ignored), in field order.
void collectRelationEnds(const Model &model, std::vector<RelationEnd> &ends);

/// Pairs relation fields into Relation edges by Prisma's rules (same pair of models, same relation name).
void computeRelations(Schema &schema);
/// The same, given the ends collectRelationEnds() gathers from the schema's models in order (their strings are
/// moved into the relations).
void computeRelations(Schema &schema, std::vector<RelationEnd> ends);

} // namespace strata::schema
