// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace strata::psl {

/// A range of source text: which file of the schema, UTF-16 offsets, and the 1-based line and column of its start.
/// 16 bytes: a large schema's syntax tree and graph hold millions of spans, so the file index and the column
/// share one word (at most MaxFiles files in a schema; a column past MaxColumn reads as MaxColumn).
struct Span {
    static constexpr int MaxFiles = 1024;
    static constexpr int MaxColumn = (1 << 20) - 1;

    int start = 0;
    int end = 0;
    int line = 0;
    int file : 11 = 0;   ///< index in the SourceSet; -1 where a span belongs to no file
    int column : 21 = 0;

    bool isValid() const { return line > 0; }
    int length() const { return end - start; }
    bool contains(int offset) const { return offset >= start && offset < end; }

    static Span make(int file, int start, int end, int line, int column)
    {
        Span span;
        span.start = start;
        span.end = end;
        span.line = line;
        span.file = file;
        span.column = column < MaxColumn ? column : MaxColumn;
        return span;
    }
};

static_assert(sizeof(Span) == 16);

} // namespace strata::psl
