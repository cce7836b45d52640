// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <new>
#include <utility>
#include <vector>

namespace strata::psl {

/// Memory for the lists of one syntax tree, handed out in order from blocks of 256 KiB and given back all at
/// once when the arena goes. A large schema's tree is some hundred thousand small lists (a field's attributes,
/// an attribute's arguments): in an arena they cost no allocator call each, no bookkeeping bytes, and no call to
/// free them. Not thread-safe: each thread that parses has its own.
class NodeArena {
public:
    NodeArena() = default;
    NodeArena(const NodeArena &) = delete;
    NodeArena &operator=(const NodeArena &) = delete;
    ~NodeArena()
    {
        for (void *block : m_blocks)
            std::free(block);
    }

    void *allocate(size_t bytes, size_t alignment)
    {
        std::byte *at = alignUp(m_next, alignment);
        if (!at || at > m_end || bytes > size_t(m_end - at)) {
            // A request larger than a quarter block gets a block of its own, so that it does not waste the rest
            // of the current one.
            const size_t size = bytes + alignment > BlockSize / 4 ? bytes + alignment : BlockSize;
            auto *block = static_cast<std::byte *>(std::malloc(size));
            if (!block)
                throw std::bad_alloc();
            m_blocks.push_back(block);
            at = alignUp(block, alignment);
            if (size != BlockSize)
                return at;
            m_end = block + size;
        }
        m_next = at + bytes;
        return at;
    }

private:
    static constexpr size_t BlockSize = 256 * 1024;

    static std::byte *alignUp(std::byte *pointer, size_t alignment)
    {
        const auto address = reinterpret_cast<std::uintptr_t>(pointer);
        return reinterpret_cast<std::byte *>((address + alignment - 1) & ~(std::uintptr_t(alignment) - 1));
    }

    std::vector<void *> m_blocks;
    std::byte *m_next = nullptr;
    std::byte *m_end = nullptr;
};

/// The arenas that hold a tree's lists. Copying gives none: a copied tree's lists are on the heap (NodeList's copy).
class NodeArenas {
public:
    NodeArenas() = default;
    NodeArenas(const NodeArenas &) {}
    NodeArenas &operator=(const NodeArenas &) { return *this; }
    NodeArenas(NodeArenas &&) noexcept = default;
    NodeArenas &operator=(NodeArenas &&) noexcept = default;

    void add(std::shared_ptr<NodeArena> arena) { m_arenas.push_back(std::move(arena)); }
    void add(NodeArenas &&other)
    {
        for (std::shared_ptr<NodeArena> &arena : other.m_arenas)
            m_arenas.push_back(std::move(arena));
        other.m_arenas.clear();
    }
    /// Gives the arenas' memory back at once: the lists in them must not be read, written or destroyed after this
    /// (a command that is about to exit leaves its tree so, instead of destroying it node by node).
    void release() { m_arenas.clear(); }

private:
    std::vector<std::shared_ptr<NodeArena>> m_arenas;
};

/// A list of syntax tree nodes: the parts of std::vector a tree needs, in 16 bytes instead of 24. Its items are on
/// the heap, as a vector's, or, once the parser has moved them there (moveInto()), in a NodeArena, in room of their
/// exact number. A list in an arena destroys its items but frees nothing; growing it moves the items to the heap.
/// Copies are on the heap.
template<typename T>
class NodeList {
public:
    using value_type = T;
    using size_type = size_t;
    using iterator = T *;
    using const_iterator = const T *;
    using reference = T &;
    using const_reference = const T &;

    NodeList() noexcept = default;
    NodeList(const NodeList &other) { appendCopies(other); }
    NodeList(NodeList &&other) noexcept
        : m_data(std::exchange(other.m_data, nullptr))
        , m_size(std::exchange(other.m_size, 0))
        , m_capacity(std::exchange(other.m_capacity, 0))
    {
    }
    NodeList &operator=(const NodeList &other)
    {
        if (this != &other) {
            NodeList copy(other);
            swap(copy);
        }
        return *this;
    }
    NodeList &operator=(NodeList &&other) noexcept
    {
        NodeList moved(std::move(other));
        swap(moved);
        return *this;
    }
    ~NodeList() { release(); }

    void swap(NodeList &other) noexcept
    {
        std::swap(m_data, other.m_data);
        std::swap(m_size, other.m_size);
        std::swap(m_capacity, other.m_capacity);
    }

    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    size_t capacity() const { return m_capacity & ~ArenaBit; }
    /// Whether the items are in an arena (moveInto()).
    bool isInArena() const { return (m_capacity & ArenaBit) != 0; }

    T *data() { return m_data; }
    const T *data() const { return m_data; }
    T *begin() { return m_data; }
    T *end() { return m_data + m_size; }
    const T *begin() const { return m_data; }
    const T *end() const { return m_data + m_size; }
    const T *cbegin() const { return m_data; }
    const T *cend() const { return m_data + m_size; }
    T &operator[](size_t i) { return m_data[i]; }
    const T &operator[](size_t i) const { return m_data[i]; }
    T &front() { return m_data[0]; }
    const T &front() const { return m_data[0]; }
    T &back() { return m_data[m_size - 1]; }
    const T &back() const { return m_data[m_size - 1]; }

    void reserve(size_t count)
    {
        if (count > capacity() || (isInArena() && count > m_size))
            moveToHeap(count);
    }
    template<typename... Args>
    T &emplace_back(Args &&...args)
    {
        if (m_size == capacity() || isInArena())
            moveToHeap(m_size < 2 ? 2 : m_size * 2);
        T *item = new (m_data + m_size) T(std::forward<Args>(args)...);
        ++m_size;
        return *item;
    }
    void push_back(const T &item) { emplace_back(item); }
    void push_back(T &&item) { emplace_back(std::move(item)); }
    void pop_back()
    {
        --m_size;
        std::destroy_at(m_data + m_size);
    }
    void clear()
    {
        std::destroy(begin(), end());
        m_size = 0;
    }

    /// A list of this one's items, moved into room of their exact number in `arena`. This one is left empty and
    /// keeps its room, to be filled again (the parser's scratch lists).
    NodeList takeIntoArena(NodeArena &arena)
    {
        NodeList out;
        if (m_size == 0)
            return out;
        T *room = static_cast<T *>(arena.allocate(sizeof(T) * m_size, alignof(T)));
        std::uninitialized_move(begin(), end(), room);
        out.m_data = room;
        out.m_size = m_size;
        out.m_capacity = m_size | ArenaBit;
        clear();
        return out;
    }
    /// Moves the items into room of their exact number in `arena`, giving back the heap room they had.
    void moveInto(NodeArena &arena)
    {
        if (!isInArena())
            *this = takeIntoArena(arena);
    }

private:
    static constexpr quint32 ArenaBit = 0x80000000u;

    void appendCopies(const NodeList &other)
    {
        if (other.empty())
            return;
        moveToHeap(other.size());
        std::uninitialized_copy(other.begin(), other.end(), m_data);
        m_size = quint32(other.size());
    }

    /// Moves the items to heap room for `count`.
    void moveToHeap(size_t count)
    {
        T *room = std::allocator<T>().allocate(count);
        std::uninitialized_move(begin(), end(), room);
        const quint32 size = m_size;
        release();
        m_data = room;
        m_size = size;
        m_capacity = quint32(count);
    }

    /// Destroys the items and gives back heap room (an arena's stays with the arena).
    void release()
    {
        std::destroy(begin(), end());
        if (m_data && !isInArena())
            std::allocator<T>().deallocate(m_data, capacity());
        m_data = nullptr;
        m_size = 0;
        m_capacity = 0;
    }

    T *m_data = nullptr;
    quint32 m_size = 0;
    quint32 m_capacity = 0; ///< with ArenaBit when the items are in an arena
};

} // namespace strata::psl
