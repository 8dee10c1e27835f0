#include "line_editor.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <unistd.h>
#include <readline/readline.h>
#include <readline/history.h>

static int interrupt_pipe[2] = {-1, -1};
static volatile sig_atomic_t interrupted = 0;
static char *completed_line = NULL;
static int line_done = 0;
static int at_eof = 0;
static wb_completion_provider provider = NULL;
static char **candidates = NULL;
static int candidate_index = 0;

static void on_sigint(int signal_number) {
    (void)signal_number;
    int saved = errno;
    interrupted = 1;
    if (interrupt_pipe[1] >= 0) {
        ssize_t ignored = write(interrupt_pipe[1], "x", 1);
        (void)ignored;
    }
    errno = saved;
}

void wb_editor_install(const char *program_name) {
    rl_readline_name = strdup(program_name);
    // The workbench handles signals itself: readline must not install its own handlers.
    rl_catch_signals = 0;
    rl_catch_sigwinch = 1;
    if (interrupt_pipe[0] < 0 && pipe(interrupt_pipe) == 0) {
        fcntl(interrupt_pipe[0], F_SETFL, O_NONBLOCK);
        fcntl(interrupt_pipe[1], F_SETFL, O_NONBLOCK);
    }
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = on_sigint;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, NULL);
    // A parent may have started us with SIGINT blocked; Ctrl-C must reach the handler.
    sigset_t unblock;
    sigemptyset(&unblock);
    sigaddset(&unblock, SIGINT);
    sigprocmask(SIG_UNBLOCK, &unblock, NULL);
}

static void on_line(char *line) {
    if (line == NULL) {
        at_eof = 1;
    } else {
        completed_line = line;
    }
    line_done = 1;
    rl_callback_handler_remove();
}

static void drain_pipe(void) {
    char buffer[64];
    while (read(interrupt_pipe[0], buffer, sizeof buffer) > 0) {}
}

char *wb_editor_read_line(const char *prompt) {
    completed_line = NULL;
    line_done = 0;
    at_eof = 0;
    drain_pipe();
    interrupted = 0;
    rl_callback_handler_install(prompt, on_line);
    while (!line_done) {
        fd_set fds;
        FD_ZERO(&fds);
        FD_SET(fileno(rl_instream ? rl_instream : stdin), &fds);
        int highest = fileno(rl_instream ? rl_instream : stdin);
        if (interrupt_pipe[0] >= 0) {
            FD_SET(interrupt_pipe[0], &fds);
            if (interrupt_pipe[0] > highest) highest = interrupt_pipe[0];
        }
        int ready = select(highest + 1, &fds, NULL, NULL, NULL);
        if (ready < 0) {
            if (errno == EINTR) {
                if (!interrupted) continue;
            } else {
                break;
            }
        }
        if (interrupted || (interrupt_pipe[0] >= 0 && FD_ISSET(interrupt_pipe[0], &fds))) {
            // Ctrl-C at the prompt: drop what was typed, show a fresh prompt.
            drain_pipe();
            interrupted = 0;
            rl_free_line_state();
            rl_crlf();
            rl_replace_line("", 0);
            rl_on_new_line();
            rl_redisplay();
            continue;
        }
        rl_callback_read_char();
    }
    if (!line_done) rl_callback_handler_remove();
    return at_eof ? NULL : completed_line;
}

int wb_editor_take_interrupt(void) {
    if (!interrupted) return 0;
    interrupted = 0;
    drain_pipe();
    return 1;
}

int wb_editor_history_load(const char *path, int limit) {
    stifle_history(limit);
    int result = read_history(path);
    return result == ENOENT ? 0 : result;
}

int wb_editor_history_add(const char *line, const char *path, int limit) {
    add_history(line);
    int result = append_history(1, path);
    if (result == ENOENT) result = write_history(path);
    if (result == 0) history_truncate_file(path, limit);
    return result;
}

static char *generate(const char *text, int state) {
    if (state == 0) candidate_index = 0;
    size_t length = strlen(text);
    while (candidates != NULL && candidates[candidate_index] != NULL) {
        const char *candidate = candidates[candidate_index++];
        if (strncmp(candidate, text, length) == 0) return strdup(candidate);
    }
    return NULL;
}

static void free_candidates(void) {
    if (candidates == NULL) return;
    for (int i = 0; candidates[i] != NULL; i++) free(candidates[i]);
    free(candidates);
    candidates = NULL;
}

static char **attempt_completion(const char *text, int start, int end) {
    free_candidates();
    if (provider == NULL) return NULL;
    candidates = provider(rl_line_buffer, start, end);
    if (candidates == NULL) {
        // File names.
        rl_attempted_completion_over = 0;
        return NULL;
    }
    rl_attempted_completion_over = 1;
    return rl_completion_matches(text, generate);
}

void wb_editor_set_completion(wb_completion_provider new_provider) {
    provider = new_provider;
    rl_attempted_completion_function = attempt_completion;
    rl_completer_word_break_characters = " \t\n\"'";
}
