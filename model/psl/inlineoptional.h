// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <utility>

namespace strata::psl {

/// The part of std::optional's interface the syntax tree uses, for a T with a spare byte of tail padding: the
/// flag that says whether a value is there lives in that byte (T is a potentially-overlapping member), so the
/// optional is no larger than T where std::optional<T> adds 8 bytes. An empty one holds a default-constructed T,
/// which no reader sees. (A large schema has tens of thousands of optional field types.)
template<typename T>
class InlineOptional {
public:
    InlineOptional() = default;
    InlineOptional(std::nullopt_t) {}
    InlineOptional(const T &value) : m_value(value), m_engaged(true) {}
    InlineOptional(T &&value) : m_value(std::move(value)), m_engaged(true) {}
    InlineOptional &operator=(std::nullopt_t)
    {
        reset();
        return *this;
    }
    InlineOptional &operator=(const T &value)
    {
        m_value = value;
        m_engaged = true;
        return *this;
    }
    InlineOptional &operator=(T &&value)
    {
        m_value = std::move(value);
        m_engaged = true;
        return *this;
    }

    bool has_value() const { return m_engaged; }
    explicit operator bool() const { return m_engaged; }
    const T &operator*() const { return m_value; }
    T &operator*() { return m_value; }
    const T *operator->() const { return &m_value; }
    T *operator->() { return &m_value; }
    template<typename... Args>
    T &emplace(Args &&...args)
    {
        m_value = T(std::forward<Args>(args)...);
        m_engaged = true;
        return m_value;
    }
    void reset()
    {
        m_value = T();
        m_engaged = false;
    }

private:
    [[no_unique_address]] T m_value{};
    bool m_engaged = false;
};

} // namespace strata::psl
