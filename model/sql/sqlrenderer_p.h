// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqlschema.h"

#include <QChar>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <string>

/// Helpers the dialect renderers share.
namespace strata::sql {

/// Appends text to a QString through a pointer into its storage. The script of a large schema is millions of
/// short pieces (names, keywords), for which QString::append's bookkeeping costs more than the copying. The
/// string has its final size again when the writer goes.
class TextWriter {
public:
    explicit TextWriter(QString &out)
        : m_out(out)
    {
        const qsizetype used = out.size();
        out.resize(std::max(out.capacity(), used + 64));
        setStorage(used);
    }
    ~TextWriter() { m_out.resize(m_position - m_begin); }
    TextWriter(const TextWriter &) = delete;
    TextWriter &operator=(const TextWriter &) = delete;

    TextWriter &operator<<(QStringView text)
    {
        const qsizetype length = text.size();
        if (m_end - m_position < length)
            grow(length);
        std::char_traits<char16_t>::copy(m_position, text.utf16(), size_t(length));
        m_position += length;
        return *this;
    }
    TextWriter &operator<<(char16_t c)
    {
        if (m_position == m_end)
            grow(1);
        *m_position++ = c;
        return *this;
    }

private:
    void grow(qsizetype needed)
    {
        const qsizetype used = m_position - m_begin;
        m_out.resize(std::max(2 * m_out.size(), used + needed + 64));
        setStorage(used);
    }
    void setStorage(qsizetype used)
    {
        m_begin = reinterpret_cast<char16_t *>(m_out.data());
        m_position = m_begin + used;
        m_end = m_begin + m_out.size();
    }

    QString &m_out;
    char16_t *m_begin = nullptr;
    char16_t *m_position = nullptr;
    char16_t *m_end = nullptr;
};

/// The SQL of a referential action: CASCADE, RESTRICT, SET NULL, SET DEFAULT; NO ACTION when unset.
QString referentialActionSql(ReferentialAction action);

/// The names, each between two `quote` characters, joined by `separator`.
QString joinQuoted(const QStringList &names, QChar quote, const QString &separator = QStringLiteral(", "));
/// The same, written to `out`.
void appendJoinedQuoted(TextWriter &out, const QStringList &names, char16_t quote, QStringView separator = u", ");

} // namespace strata::sql
