// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <memory>
#include <mutex>
#include <vector>

namespace strata::psl {

/// The text of one schema file and a table of its line starts, for turning offsets into lines and columns. The
/// table is made when first asked for (safely from several threads; copies share it): the parser and the
/// validator do without it, since the lexer counts lines itself.
class SourceFile {
public:
    SourceFile() = default;
    SourceFile(QString path, QString text);

    const QString &path() const { return m_path; }
    const QString &text() const { return m_text; }
    int lineCount() const { return int(lineStarts().size()); }
    /// 1-based line of an offset.
    int lineOf(int offset) const;
    /// 1-based column of an offset (in UTF-16 code units, as editors count).
    int columnOf(int offset) const;
    int lineStart(int line) const;
    /// The 1-based line of an offset, counted without the table (one pass over the text before it).
    int countLineOf(int offset) const { return countLineFrom(offset, 0, 1); }
    /// The same, counted from `knownOffset`, the start of line `knownLine`, before or after it (one pass over the
    /// text between them).
    int countLineFrom(int offset, int knownOffset, int knownLine) const;

private:
    struct LineTable {
        std::once_flag made;
        std::vector<int> starts;
    };
    const std::vector<int> &lineStarts() const;

    QString m_path;
    QString m_text;
    std::shared_ptr<LineTable> m_lines;
};

/// The files of a schema: one file, or every .prisma file of a folder (recursively, in path order).
class SourceSet {
public:
    void add(SourceFile file) { m_files.push_back(std::move(file)); }
    const std::vector<SourceFile> &files() const { return m_files; }
    const SourceFile &file(int index) const { return m_files.at(size_t(index)); }
    int size() const { return int(m_files.size()); }
    bool isEmpty() const { return m_files.empty(); }

    /// Reads PATH: a .prisma file, or a folder of them. On failure returns false and sets errorMessage.
    static bool load(const QString &path, SourceSet &out, QString *errorMessage);

private:
    std::vector<SourceFile> m_files;
};

} // namespace strata::psl
