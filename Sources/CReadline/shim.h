#ifndef WORKBENCH_CREADLINE_SHIM_H
#define WORKBENCH_CREADLINE_SHIM_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <readline/readline.h>
#include <readline/history.h>

// Every readline global is reached through these functions: Swift 6 refuses direct access to
// C globals as shared mutable state.

/// Sets the name readline uses for conditional parsing of ~/.inputrc. The copy is kept for the
/// life of the process.
static inline void wb_rl_set_name(const char *name) {
    rl_readline_name = strdup(name);
}

/// Limits the in-memory history to `count` entries.
static inline void wb_rl_stifle_history(int count) {
    stifle_history(count);
}

/// Adds a line to the in-session history.
static inline void wb_rl_add_history(const char *line) {
    add_history(line);
}

/// Reads one line with the prompt; returns NULL at end of input. The caller frees the result.
static inline char *wb_rl_readline(const char *prompt) {
    return readline(prompt);
}

#endif
