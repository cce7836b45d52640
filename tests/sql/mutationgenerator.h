// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <memory>

namespace strata::tests {

/// Generates small random Prisma schemas of our own and random mutations of them (add/drop model, field,
/// enum, enum value, index, unique, relation; change type, native type, optionality, default, referential
/// action, @map/@@map), as before/after pairs for the differ's conformance goldens. Deterministic per seed.
class MutationGenerator {
public:
    struct Pair {
        QString from;          ///< the base schema
        QString to;            ///< the base schema after the mutations
        QStringList mutations; ///< what was done, one line each
    };

    /// provider: "postgresql", "sqlite" or "mysql".
    MutationGenerator(const QString &provider, quint32 seed);
    ~MutationGenerator();

    /// A new base schema and a mutated copy with between minMutations and maxMutations changes.
    Pair next(int minMutations = 1, int maxMutations = 3);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace strata::tests
