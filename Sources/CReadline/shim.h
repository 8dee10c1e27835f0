#ifndef WORKBENCH_CREADLINE_SHIM_H
#define WORKBENCH_CREADLINE_SHIM_H

// GNU readline as a system library (libreadline-dev). Its globals are used only from C
// (Sources/CLineEditor), behind functions: Swift 6 refuses direct access to C globals as shared
// mutable state.
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

#endif
