// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace strata::psl {

/// A range of source text: which file of the schema, UTF-16 offsets, and the 1-based line and column of its start.
struct Span {
    int file = 0;
    int start = 0;
    int end = 0;
    int line = 0;
    int column = 0;

    bool isValid() const { return line > 0; }
    int length() const { return end - start; }
    bool contains(int offset) const { return offset >= start && offset < end; }
};

} // namespace strata::psl
