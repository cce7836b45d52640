// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "heapoptional.h"

#include <utility>

namespace strata::psl {

/// A value of type T kept on the heap, allocated only once something is written to it.
///
/// Why: a syntax tree and a schema graph hold tens of thousands of fields, and most of them have no doc comment,
/// no `@default`, no `@db.*` native type and no `@relation(...)`. Stored inline, each of those would cost the field around a hundred
/// bytes whether it is set or not; held here, an unset one costs a null pointer. Less memory touched means
/// fewer page faults, which is what dominates whole-process times.
///
/// Value semantics: copying copies the T, moving moves the pointer, and an unallocated holder reads as a
/// default-constructed T. Reading (`*`, `->`, get()) never allocates, even through a non-const holder;
/// writing goes through mut() or assignment, which allocate on first use.
template <typename T>
class OutOfLine {
public:
    OutOfLine() = default;
    OutOfLine(const T &value) : m_value(value) {}
    OutOfLine(T &&value) : m_value(std::move(value)) {}

    OutOfLine &operator=(const T &value)
    {
        mut() = value;
        return *this;
    }
    OutOfLine &operator=(T &&value)
    {
        mut() = std::move(value);
        return *this;
    }

    /// The value, or a shared default-constructed T when nothing was written.
    const T &get() const { return m_value ? *m_value : defaultValue(); }
    const T &operator*() const { return get(); }
    const T *operator->() const { return &get(); }
    operator const T &() const { return get(); }

    /// The value for writing, allocated (default-constructed) on first use.
    T &mut()
    {
        if (!m_value)
            m_value = T{};
        return *m_value;
    }

    /// Whether a value was written; an allocated one may still equal the default.
    bool isAllocated() const { return m_value.has_value(); }
    /// Back to the default, releasing the allocation.
    void reset() { m_value.reset(); }

    /// Equal when the values read equal: an unallocated holder equals one holding a default T.
    friend bool operator==(const OutOfLine &a, const OutOfLine &b)
    {
        return (!a.m_value && !b.m_value) || a.get() == b.get();
    }
    /// Compares the value read with a plain T (an exact match, so that `holder == value` is not ambiguous).
    friend bool operator==(const OutOfLine &a, const T &b) { return a.get() == b; }

private:
    static const T &defaultValue()
    {
        static const T instance{};
        return instance;
    }

    HeapOptional<T> m_value; ///< deep copies, pointer moves
};

} // namespace strata::psl
