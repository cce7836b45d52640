// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHashFunctions>
#include <QLatin1StringView>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <atomic>
#include <utility>

namespace strata::psl {

/// A text of the syntax tree (a name, a literal), immutable, in 8 bytes where a QString takes 24. It points at a
/// shared, reference-counted holder of a QString: the parser's StringPool gives every node with the same text the
/// same holder, so a large schema's hundreds of thousands of names cost a pointer each. Reads as a `const QString &`
/// (for functions that take one) and forwards the read-only calls the tree's users make; copies share the holder.
class Name {
    struct Holder {
        QString text;
        std::atomic<quint32> references{1}; ///< ImmortalCount for a StaticText's
    };
    static constexpr quint32 ImmortalCount = 0xffffffffu;

public:
    /// A text in static storage whose Names are never counted: for the few texts every thread copies (the scalar
    /// type names), whose shared count the threads would otherwise contend for. It must outlive its Names.
    class StaticText {
    public:
        explicit StaticText(const QString &text)
            : m_holder{text, ImmortalCount}
        {
            Q_ASSERT(!text.isEmpty());
        }

    private:
        friend class Name;
        Holder m_holder;
    };

    Name() noexcept = default;
    Name(const QString &text) : m_holder(text.isEmpty() ? nullptr : new Holder{text}) {}
    Name(QString &&text) : m_holder(text.isEmpty() ? nullptr : new Holder{std::move(text)}) {}
    Name(QStringView text) : Name(text.toString()) {}
    Name(const char16_t *text) : Name(QString::fromUtf16(text)) {}
    Name(QLatin1StringView text) : Name(QString(text)) {}
    Name(const Name &other) noexcept : m_holder(other.m_holder) { retain(); }
    explicit Name(const StaticText &text) noexcept : m_holder(const_cast<Holder *>(&text.m_holder)) {}
    Name(Name &&other) noexcept : m_holder(std::exchange(other.m_holder, nullptr)) {}
    Name &operator=(const Name &other) noexcept
    {
        Name copy(other);
        swap(copy);
        return *this;
    }
    Name &operator=(Name &&other) noexcept
    {
        Name moved(std::move(other));
        swap(moved);
        return *this;
    }
    Name &operator=(const QString &text) { return *this = Name(text); }
    Name &operator=(QString &&text) { return *this = Name(std::move(text)); }
    ~Name() { release(); }

    void swap(Name &other) noexcept { std::swap(m_holder, other.m_holder); }

    /// The text (an empty QString for an empty name).
    const QString &text() const { return m_holder ? m_holder->text : empty(); }
    operator const QString &() const { return text(); }
    QStringView view() const { return text(); }
    QString toString() const { return text(); }

    bool isEmpty() const { return !m_holder; }
    qsizetype size() const { return text().size(); }
    qsizetype length() const { return text().size(); }
    QChar at(qsizetype i) const { return text().at(i); }
    QChar operator[](qsizetype i) const { return text().at(i); }
    QChar front() const { return text().front(); }
    QChar back() const { return text().back(); }
    const QChar *constData() const { return text().constData(); }
    QString toLower() const { return text().toLower(); }
    QString toUpper() const { return text().toUpper(); }
    template<typename... Args>
    bool startsWith(Args &&...args) const { return text().startsWith(std::forward<Args>(args)...); }
    template<typename... Args>
    bool endsWith(Args &&...args) const { return text().endsWith(std::forward<Args>(args)...); }
    template<typename... Args>
    bool contains(Args &&...args) const { return text().contains(std::forward<Args>(args)...); }
    template<typename... Args>
    qsizetype indexOf(Args &&...args) const { return text().indexOf(std::forward<Args>(args)...); }
    template<typename... Args>
    qsizetype lastIndexOf(Args &&...args) const { return text().lastIndexOf(std::forward<Args>(args)...); }
    template<typename... Args>
    qsizetype count(Args &&...args) const { return text().count(std::forward<Args>(args)...); }
    template<typename... Args>
    QString mid(Args &&...args) const { return text().mid(std::forward<Args>(args)...); }
    QString left(qsizetype n) const { return text().left(n); }
    QString right(qsizetype n) const { return text().right(n); }
    QString chopped(qsizetype n) const { return text().chopped(n); }
    QStringList split(QChar separator, Qt::SplitBehavior behavior = Qt::KeepEmptyParts) const
    {
        return text().split(separator, behavior);
    }
    template<typename... Args>
    QString arg(Args &&...args) const { return text().arg(std::forward<Args>(args)...); }
    int compare(QStringView other, Qt::CaseSensitivity cs = Qt::CaseSensitive) const { return view().compare(other, cs); }
    int toInt(bool *ok = nullptr, int base = 10) const { return text().toInt(ok, base); }
    uint toUInt(bool *ok = nullptr, int base = 10) const { return text().toUInt(ok, base); }
    qlonglong toLongLong(bool *ok = nullptr, int base = 10) const { return text().toLongLong(ok, base); }
    double toDouble(bool *ok = nullptr) const { return text().toDouble(ok); }
    QString::const_iterator begin() const { return text().begin(); }
    QString::const_iterator end() const { return text().end(); }
    QByteArray toUtf8() const { return text().toUtf8(); }
    QByteArray toLatin1() const { return text().toLatin1(); }

    /// Whether both share one holder (names from one pool with the same text do): equal without comparing text.
    bool sharesTextWith(const Name &other) const { return m_holder == other.m_holder; }

    friend bool operator==(const Name &a, const Name &b)
    {
        return a.m_holder == b.m_holder || a.view() == b.view();
    }
    friend bool operator!=(const Name &a, const Name &b) { return !(a == b); }
    friend bool operator<(const Name &a, const Name &b) { return a.view() < b.view(); }
    friend bool operator==(const Name &a, const QString &b) { return a.view() == QStringView(b); }
    friend bool operator!=(const Name &a, const QString &b) { return !(a == b); }
    friend bool operator==(const QString &a, const Name &b) { return b == a; }
    friend bool operator!=(const QString &a, const Name &b) { return !(b == a); }
    friend bool operator==(const Name &a, QStringView b) { return a.view() == b; }
    friend bool operator!=(const Name &a, QStringView b) { return a.view() != b; }
    friend bool operator==(QStringView a, const Name &b) { return a == b.view(); }
    friend bool operator!=(QStringView a, const Name &b) { return a != b.view(); }
    friend bool operator==(const Name &a, const char16_t *b) { return a.view() == QStringView(b); }
    friend bool operator!=(const Name &a, const char16_t *b) { return a.view() != QStringView(b); }
    friend bool operator==(const Name &a, QLatin1StringView b) { return a.view() == b; }
    friend bool operator!=(const Name &a, QLatin1StringView b) { return a.view() != b; }
    friend bool operator==(const Name &a, QChar b) { return a.view() == QStringView(&b, 1); }
    friend bool operator!=(const Name &a, QChar b) { return !(a == b); }
    friend size_t qHash(const Name &name, size_t seed = 0) noexcept { return qHash(name.view(), seed); }

private:
    static const QString &empty()
    {
        static const QString instance;
        return instance;
    }
    void retain() const
    {
        if (m_holder && m_holder->references.load(std::memory_order_relaxed) != ImmortalCount)
            m_holder->references.fetch_add(1, std::memory_order_relaxed);
    }
    void release()
    {
        if (m_holder && m_holder->references.load(std::memory_order_relaxed) != ImmortalCount
            && m_holder->references.fetch_sub(1, std::memory_order_acq_rel) == 1)
            delete m_holder;
        m_holder = nullptr;
    }

    Holder *m_holder = nullptr;
};

static_assert(sizeof(Name) == sizeof(void *));

} // namespace strata::psl
