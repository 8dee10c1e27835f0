#ifndef WORKBENCH_LINE_EDITOR_H
#define WORKBENCH_LINE_EDITOR_H

/// Line editing for the workbench REPL on GNU readline's callback interface, so that Ctrl-C at
/// the prompt clears the line and shows a fresh prompt, and Ctrl-C during a command only asks the
/// command to stop.

/// Installs the SIGINT handler (a self-pipe and a flag). Call once before the first read.
void wb_editor_install(const char *program_name);

/// Reads one line at `prompt`. Returns a malloc'd string, or NULL at end of input (Ctrl-D).
char *wb_editor_read_line(const char *prompt);

/// 1 when Ctrl-C was pressed since the last call (and forgets it), else 0.
int wb_editor_take_interrupt(void);

/// Loads the history file (missing is fine) and limits the history to `limit` entries.
/// Returns 0, or an errno value when the file exists but cannot be read.
int wb_editor_history_load(const char *path, int limit);

/// Adds a line to the history and appends it to the file, keeping at most `limit` lines there.
/// Returns 0, or an errno value when the file cannot be written.
int wb_editor_history_add(const char *line, const char *path, int limit);

/// Completion: `provider` gets the whole line and the start and end of the word being completed,
/// and returns a NULL-terminated, malloc'd array of malloc'd candidates, or NULL to complete file
/// names instead.
typedef char **(*wb_completion_provider)(const char *line, int start, int end);
void wb_editor_set_completion(wb_completion_provider provider);

#endif
