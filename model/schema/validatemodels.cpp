// SPDX-License-Identifier: GPL-3.0-or-later
#include "validationcontext_p.h"

namespace strata::schema::validation {

void checkModels(const Context &context)
{
    (void)context;
}

} // namespace strata::schema::validation
