# SPDX-License-Identifier: GPL-3.0-or-later
# strata_warnings(target): the warning set every project target builds with.
function(strata_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
endfunction()
