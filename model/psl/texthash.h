// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <cstring>

namespace strata::psl {

/// A hash of a short text for the tables of the parser, the graph builder and the validator: four UTF-16 units
/// per multiply, with no setup per call. Names and constraint names are short, where this is several times
/// cheaper than qHash(); it is not meant to resist chosen collisions (the tables compare the texts as well).
inline size_t textHash(QStringView text, size_t seed = 0)
{
    const char16_t *units = text.utf16();
    const size_t size = size_t(text.size());
    quint64 hash = (0x9E3779B97F4A7C15ull + seed) ^ size;
    size_t i = 0;
    for (; i + 4 <= size; i += 4) {
        quint64 four;
        std::memcpy(&four, units + i, sizeof four);
        hash = (hash ^ four) * 0xFF51AFD7ED558CCDull;
        hash ^= hash >> 29;
    }
    quint64 tail = 0;
    for (size_t shift = 0; i < size; ++i, shift += 16)
        tail |= quint64(units[i]) << shift;
    hash = (hash ^ tail) * 0xC4CEB9FE1A85EC53ull;
    return size_t(hash ^ (hash >> 32));
}

} // namespace strata::psl
