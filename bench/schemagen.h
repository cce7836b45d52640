// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>

namespace strata::bench {

/// The datasource providers the generator can write for; they differ in what the schema may use.
enum class Provider { PostgreSql, Sqlite, MySql };

/// What to generate: how many models, for which provider, from which seed.
struct SchemaGenOptions {
    int models = 100;
    Provider provider = Provider::PostgreSql;
    std::uint64_t seed = 1;
};

/// Writes deterministic, valid Prisma schemas of a given size, already in `prisma format`'s layout.
class SchemaGenerator {
public:
    /// The whole schema text: a generator and a datasource block, about models/10 enums and the models.
    /// The same options give the same text on every platform.
    static QString generate(const SchemaGenOptions &options);

    static QString providerName(Provider provider);
    static std::optional<Provider> providerFromName(QStringView name);
};

} // namespace strata::bench
