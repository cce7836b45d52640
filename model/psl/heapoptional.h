// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

namespace strata::psl {

/// An optional value kept on the heap: one pointer while empty, instead of sizeof(T) plus a flag. For members
/// that most nodes of the syntax tree lack (a trailing comment): a large schema has hundreds of thousands of
/// nodes, and every byte of a field's node is paid once per field line. Copies are deep, like std::optional's.
template<typename T>
class HeapOptional {
public:
    HeapOptional() = default;
    HeapOptional(std::nullopt_t) {}
    HeapOptional(T value) : m_value(std::make_unique<T>(std::move(value))) {}
    HeapOptional(const HeapOptional &other) : m_value(other.m_value ? std::make_unique<T>(*other.m_value) : nullptr) {}
    HeapOptional(HeapOptional &&) noexcept = default;
    ~HeapOptional() = default;

    HeapOptional &operator=(const HeapOptional &other)
    {
        if (this != &other)
            m_value = other.m_value ? std::make_unique<T>(*other.m_value) : nullptr;
        return *this;
    }
    HeapOptional &operator=(HeapOptional &&) noexcept = default;
    HeapOptional &operator=(std::nullopt_t)
    {
        m_value.reset();
        return *this;
    }
    HeapOptional &operator=(T value)
    {
        m_value = std::make_unique<T>(std::move(value));
        return *this;
    }

    bool has_value() const { return m_value != nullptr; }
    explicit operator bool() const { return has_value(); }
    void reset() { m_value.reset(); }

    const T &operator*() const { return *m_value; }
    T &operator*() { return *m_value; }
    const T *operator->() const { return m_value.get(); }
    T *operator->() { return m_value.get(); }

private:
    std::unique_ptr<T> m_value;
};

} // namespace strata::psl
