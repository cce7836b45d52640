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

/// A list of syntax tree nodes: the parts of std::vector a tree needs, in 8 bytes instead of 24. Its number of items
/// and its room are kept in a small header before the first item, so that an empty list is a null pointer (a large
/// schema has hundreds of thousands of lists, most of them empty or short). Its items are on the heap, as a vector's,
/// or, once the parser has moved them there (moveInto()), in a NodeArena, in room of their exact number. A list in an
/// arena destroys its items but frees nothing; growing it moves the items to the heap. Copies are on the heap.
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

    void swap(NodeList &other) noexcept { std::swap(m_data, other.m_data); }

    size_t size() const { return m_data ? header()->size : 0; }
    bool empty() const { return size() == 0; }
    size_t capacity() const { return m_data ? header()->capacity & ~ArenaBit : 0; }
    /// Whether the items are in an arena (moveInto()).
    bool isInArena() const { return m_data && (header()->capacity & ArenaBit) != 0; }

    T *data() { return m_data; }
    const T *data() const { return m_data; }
    T *begin() { return m_data; }
    T *end() { return m_data + size(); }
    const T *begin() const { return m_data; }
    const T *end() const { return m_data + size(); }
    const T *cbegin() const { return begin(); }
    const T *cend() const { return end(); }
    T &operator[](size_t i) { return m_data[i]; }
    const T &operator[](size_t i) const { return m_data[i]; }
    T &front() { return m_data[0]; }
    const T &front() const { return m_data[0]; }
    T &back() { return m_data[size() - 1]; }
    const T &back() const { return m_data[size() - 1]; }

    void reserve(size_t count)
    {
        if (count > capacity() || (isInArena() && count > size()))
            moveToHeap(count);
    }
    template<typename... Args>
    T &emplace_back(Args &&...args)
    {
        const size_t count = size();
        if (count == capacity() || isInArena())
            moveToHeap(count < 2 ? 2 : count * 2);
        T *item = new (m_data + count) T(std::forward<Args>(args)...);
        ++header()->size;
        return *item;
    }
    void push_back(const T &item) { emplace_back(item); }
    void push_back(T &&item) { emplace_back(std::move(item)); }
    void pop_back()
    {
        const quint32 count = --header()->size;
        std::destroy_at(m_data + count);
    }
    void clear()
    {
        std::destroy(begin(), end());
        if (m_data)
            header()->size = 0;
    }

    /// A list of this one's items, moved into room of their exact number in `arena`. This one is left empty and
    /// keeps its room, to be filled again (the parser's scratch lists).
    NodeList takeIntoArena(NodeArena &arena)
    {
        NodeList out;
        const size_t count = size();
        if (count == 0)
            return out;
        auto *block = static_cast<std::byte *>(arena.allocate(headerRoom() + sizeof(T) * count, roomAlignment()));
        T *room = reinterpret_cast<T *>(block + headerRoom());
        std::uninitialized_move(begin(), end(), room);
        out.m_data = room;
        *out.header() = Header{quint32(count), quint32(count) | ArenaBit};
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
    struct Header {
        quint32 size;
        quint32 capacity; ///< with ArenaBit when the items are in an arena
    };
    // Functions, not constants: T may be incomplete where the list is declared (an Expression's arguments).
    /// The header's room before the first item: a whole number of items' alignment.
    static constexpr size_t headerRoom() { return (sizeof(Header) + alignof(T) - 1) / alignof(T) * alignof(T); }
    static constexpr size_t roomAlignment() { return alignof(T) > alignof(Header) ? alignof(T) : alignof(Header); }

    Header *header() const { return reinterpret_cast<Header *>(reinterpret_cast<std::byte *>(m_data) - headerRoom()); }

    void appendCopies(const NodeList &other)
    {
        if (other.empty())
            return;
        moveToHeap(other.size());
        std::uninitialized_copy(other.begin(), other.end(), m_data);
        header()->size = quint32(other.size());
    }

    /// Moves the items to heap room for `count`.
    void moveToHeap(size_t count)
    {
        static_assert(roomAlignment() <= __STDCPP_DEFAULT_NEW_ALIGNMENT__, "heap room comes from plain operator new");
        auto *block = static_cast<std::byte *>(::operator new(headerRoom() + sizeof(T) * count));
        T *room = reinterpret_cast<T *>(block + headerRoom());
        const size_t items = size();
        std::uninitialized_move(begin(), end(), room);
        release();
        m_data = room;
        *header() = Header{quint32(items), quint32(count)};
    }

    /// Destroys the items and gives back heap room (an arena's stays with the arena).
    void release()
    {
        if (!m_data)
            return;
        std::destroy(begin(), end());
        if (!isInArena())
            ::operator delete(reinterpret_cast<std::byte *>(m_data) - headerRoom());
        m_data = nullptr;
    }

    T *m_data = nullptr;
};

static_assert(sizeof(NodeList<int>) == sizeof(void *));

} // namespace strata::psl
