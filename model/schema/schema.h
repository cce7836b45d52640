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

/// Pairs relation fields into Relation edges by Prisma's rules (same pair of models, same relation name).
void computeRelations(Schema &schema);

} // namespace strata::schema
