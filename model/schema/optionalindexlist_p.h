// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <cstddef>
#include <optional>
#include <utility>
#include <vector>

namespace strata::schema::validation {

/// Field indexes that may be absent (`fields:` not given) or empty (`fields: []`), in 8 bytes where an
/// `std::optional<std::vector<int>>` takes 32 (a large schema has thousands of relation fields): one allocation,
/// the count before the items. Reads like the optional, and `*list` like the vector.
class OptionalIndexList {
public:
    OptionalIndexList() = default;
    OptionalIndexList(const std::optional<std::vector<int>> &indexes)
    {
        if (indexes)
            assign(indexes->data(), indexes->size());
    }
    OptionalIndexList(const OptionalIndexList &other)
    {
        if (other)
            assign(other.begin(), other.size());
    }
    OptionalIndexList(OptionalIndexList &&other) noexcept : m_block(std::exchange(other.m_block, nullptr)) {}
    OptionalIndexList &operator=(OptionalIndexList other) noexcept
    {
        std::swap(m_block, other.m_block);
        return *this;
    }
    ~OptionalIndexList() { delete[] m_block; }

    explicit operator bool() const { return m_block != nullptr; }
    const OptionalIndexList &operator*() const { return *this; }
    const OptionalIndexList *operator->() const { return this; }

    size_t size() const { return m_block ? size_t(m_block[0]) : 0; }
    bool empty() const { return size() == 0; }
    const int *begin() const { return m_block ? m_block + 1 : nullptr; }
    const int *end() const { return begin() + size(); }
    int front() const { return begin()[0]; }
    int operator[](size_t i) const { return begin()[i]; }

private:
    void assign(const int *items, size_t count)
    {
        m_block = new int[count + 1];
        m_block[0] = int(count);
        std::copy(items, items + count, m_block + 1);
    }

    int *m_block = nullptr; ///< the count, then the items; nullptr when absent
};

} // namespace strata::schema::validation
