// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "validationcontext_p.h"

namespace strata::schema::validation {

/// Validates a large schema on two threads, slice by slice: the rules of a phase that look at one block at a time
/// run for a slice of blocks one group after the other, while its syntax and graph are in the cache; the rules
/// that compare blocks with each other run once. Appends the warnings to `out` in the order of a run on one thread
/// and returns true; returns false, leaving `out` unchanged, when a rule reported an error (some rules look at
/// the errors before them, and the order of errors is Prisma's: the caller then runs the groups in order).
bool validateInSlices(const Context &context, psl::Diagnostics &out);

} // namespace strata::schema::validation
