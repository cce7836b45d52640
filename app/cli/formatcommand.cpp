// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

namespace strata::cli {

int formatCommand(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    (void)arguments;
    (void)out;
    err << "format: being written\n";
    return 1;
}

} // namespace strata::cli
