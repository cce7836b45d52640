// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "name.h"
#include "texthash.h"

#include <QString>
#include <QStringView>

#include <cstring>
#include <vector>

namespace strata::psl {

/// Interns the short texts a schema repeats everywhere ("String", "id", "default", "now()"): each distinct
/// text gets one Name holder, shared by every node that carries it (a pointer each). An open-addressing table keyed
/// by the text itself; cheaper than QHash<QStringView, Name> on the parser's hottest path (one lookup per name).
class StringPool {
public:
    StringPool() { m_slots.resize(1024); }

    Name intern(QStringView text)
    {
        const quint32 hash = hashOf(text);
        size_t mask = m_slots.size() - 1;
        for (size_t i = hash & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (!slot.used) {
                if ((m_count + 1) * 4 > m_slots.size() * 3) {
                    grow();
                    return intern(text);
                }
                slot.used = true;
                slot.hash = hash;
                slot.text = Name(text.toString());
                ++m_count;
                return slot.text;
            }
            if (slot.hash == hash && slot.text.size() == text.size()
                && std::memcmp(slot.text.constData(), text.data(), size_t(text.size()) * sizeof(QChar)) == 0)
                return slot.text;
        }
    }

private:
    struct Slot {
        Name text;
        quint32 hash = 0;
        bool used = false;
    };

    static quint32 hashOf(QStringView text) { return quint32(textHash(text)); }

    void grow()
    {
        std::vector<Slot> old(m_slots.size() * 2);
        old.swap(m_slots);
        const size_t mask = m_slots.size() - 1;
        for (Slot &slot : old) {
            if (!slot.used)
                continue;
            size_t i = slot.hash & mask;
            while (m_slots[i].used)
                i = (i + 1) & mask;
            m_slots[i] = std::move(slot);
        }
    }

    std::vector<Slot> m_slots;
    size_t m_count = 0;
};

} // namespace strata::psl
