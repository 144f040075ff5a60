#ifndef REGIE_CNCURSESW_SHIM_H
#define REGIE_CNCURSESW_SHIM_H
// SwiftPM drops pkg-config's -D_XOPEN_SOURCE, which hides the wide-character API.
#define NCURSES_WIDECHAR 1
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/curses.h>
extern int wcwidth(wchar_t);

// MARK: - Macros Swift cannot import

static inline WINDOW *regie_stdscr(void) { return stdscr; }
static inline FILE *regie_stdout(void) { return stdout; }
static inline FILE *regie_stdin(void) { return stdin; }
static inline int regie_colors(void) { return COLORS; }
static inline int regie_color_pairs(void) { return COLOR_PAIRS; }

static inline void regie_getmaxyx(WINDOW *window, int *rows, int *columns) {
    int y, x;
    getmaxyx(window, y, x);
    *rows = y;
    *columns = x;
}

static inline attr_t regie_a_normal(void) { return A_NORMAL; }
static inline attr_t regie_a_bold(void) { return A_BOLD; }
static inline attr_t regie_a_dim(void) { return A_DIM; }
static inline attr_t regie_a_italic(void) { return A_ITALIC; }
static inline attr_t regie_a_underline(void) { return A_UNDERLINE; }
static inline attr_t regie_a_reverse(void) { return A_REVERSE; }
static inline attr_t regie_color_pair(int pair) { return (attr_t)COLOR_PAIR(pair); }

static inline int regie_key_f(int n) { return KEY_F(n); }

/// Whether the locale's character set is UTF-8 (after setlocale).
static inline int regie_codeset_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

/// Whether the locale's character set is plain ASCII, as in the C and POSIX locales.
static inline int regie_codeset_is_ascii(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "ANSI_X3.4-1968") == 0 || strcmp(codeset, "ASCII") == 0
                               || strcmp(codeset, "US-ASCII") == 0);
}

// MARK: - Mouse
// The BUTTON* masks differ between NCURSES_MOUSE_VERSION 1 and 2, so they stay in C.

/// Left press and release plus the wheel: enough for clicks and scrolling, and without
/// REPORT_MOUSE_POSITION the terminal is not asked to report every motion.
static inline mmask_t regie_mouse_mask(void) {
    return BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}

enum { REGIE_MOUSE_NONE = 0, REGIE_MOUSE_PRESS, REGIE_MOUSE_RELEASE, REGIE_MOUSE_SCROLL_UP, REGIE_MOUSE_SCROLL_DOWN };

/// What a mouse event's button state means, as one of the REGIE_MOUSE_* values.
static inline int regie_mouse_kind(mmask_t state) {
    if (state & BUTTON4_PRESSED) return REGIE_MOUSE_SCROLL_UP;
    if (state & BUTTON5_PRESSED) return REGIE_MOUSE_SCROLL_DOWN;
    if (state & (BUTTON1_PRESSED | BUTTON1_CLICKED)) return REGIE_MOUSE_PRESS;
    if (state & BUTTON1_RELEASED) return REGIE_MOUSE_RELEASE;
    return REGIE_MOUSE_NONE;
}

/// A button state that regie_mouse_kind maps to `kind`; lets tests queue mouse events.
static inline mmask_t regie_mouse_state(int kind) {
    switch (kind) {
    case REGIE_MOUSE_PRESS: return BUTTON1_PRESSED;
    case REGIE_MOUSE_RELEASE: return BUTTON1_RELEASED;
    case REGIE_MOUSE_SCROLL_UP: return BUTTON4_PRESSED;
    case REGIE_MOUSE_SCROLL_DOWN: return BUTTON5_PRESSED;
    default: return 0;
    }
}

/// Reads the pending mouse event; returns 0 and fills the out-parameters, or -1.
static inline int regie_get_mouse(int *kind, int *x, int *y) {
    MEVENT event;
    if (getmouse(&event) != OK) return -1;
    *kind = regie_mouse_kind(event.bstate);
    *x = event.x;
    *y = event.y;
    return 0;
}

// MARK: - Signals and restoring the terminal
// Handlers are C so they stay async-signal-safe. The state below is `static`, so each Swift
// object file that calls these functions gets its own copy: call them from one Swift file only
// (NcursesTerminal's SignalGuard.swift).

/// Everything the handlers need, in one function-local static: Swift's importer emits static
/// inline functions (and their statics) but not file-scope static structs.
struct regie_signal_state {
    volatile sig_atomic_t stop_signal;
    volatile sig_atomic_t have_termios;
    volatile sig_atomic_t installed;
    volatile sig_atomic_t exit_handler_registered;
    volatile sig_atomic_t saved_stderr;
    volatile sig_atomic_t captured_stderr;
    struct termios termios;
    struct sigaction previous[32];
};

static inline struct regie_signal_state *regie_signal_state(void) {
    static struct regie_signal_state state = {.saved_stderr = -1, .captured_stderr = -1};
    return &state;
}

static const int regie_stop_signals[] = {SIGINT, SIGTERM, SIGHUP};
static const int regie_crash_signals[] = {SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE};
#define REGIE_COUNT(array) (sizeof(array) / sizeof((array)[0]))

/// Puts the terminal back as the shell expects it: mouse reporting off, attributes reset,
/// cursor shown, alternate screen left, saved termios restored.
static inline void regie_emergency_restore(void) {
    static const char reset[] = "\033[?1000l\033[?1002l\033[?1006l\033[0m\033[?25h\033[?1049l";
    ssize_t written = write(STDOUT_FILENO, reset, sizeof reset - 1);
    (void)written;
    struct regie_signal_state *state = regie_signal_state();
    if (state->have_termios) tcsetattr(STDIN_FILENO, TCSANOW, &state->termios);
}

/// Sends standard error into an unlinked temporary file while the screen is in use, so
/// messages (such as a fatal error's) neither scribble over the screen nor vanish with it.
/// Returns 0 on success; does nothing unless standard error is a terminal.
static inline int regie_capture_stderr(void) {
    struct regie_signal_state *state = regie_signal_state();
    if (state->saved_stderr >= 0 || !isatty(STDERR_FILENO)) return -1;
    const char *directory = getenv("TMPDIR");
    char path[4096];
    snprintf(path, sizeof path, "%s/regie-stderr-XXXXXX", directory && *directory ? directory : "/tmp");
    int file = mkstemp(path);
    if (file < 0) return -1;
    unlink(path);
    int saved = dup(STDERR_FILENO);
    if (saved < 0 || dup2(file, STDERR_FILENO) < 0) {
        if (saved >= 0) close(saved);
        close(file);
        return -1;
    }
    state->captured_stderr = file;
    state->saved_stderr = saved;
    return 0;
}

/// Points standard error back at the terminal and writes out what was captured meanwhile.
/// Async-signal-safe, so the crash handler can call it.
static inline void regie_release_stderr(void) {
    struct regie_signal_state *state = regie_signal_state();
    int saved = state->saved_stderr, file = state->captured_stderr;
    if (saved < 0) return;
    state->saved_stderr = -1;
    state->captured_stderr = -1;
    dup2(saved, STDERR_FILENO);
    close(saved);
    char buffer[4096];
    ssize_t count;
    if (lseek(file, 0, SEEK_SET) == 0) {
        while ((count = read(file, buffer, sizeof buffer)) > 0) {
            ssize_t written = write(STDERR_FILENO, buffer, (size_t)count);
            if (written < 0) break;
        }
    }
    close(file);
}

static inline void regie_on_stop_signal(int signal_number) {
    regie_signal_state()->stop_signal = signal_number;
}

static inline void regie_on_crash_signal(int signal_number) {
    regie_emergency_restore();
    regie_release_stderr();
    // The previous handler (Swift's backtracer, or the default) then reports the crash.
    sigaction(signal_number, &regie_signal_state()->previous[signal_number], NULL);
    raise(signal_number);
}

/// Saves the termios of standard input for the crash handler to restore.
static inline void regie_save_termios(void) {
    struct regie_signal_state *state = regie_signal_state();
    if (tcgetattr(STDIN_FILENO, &state->termios) == 0) state->have_termios = 1;
}

/// Restores the termios saved by regie_save_termios, if any.
static inline void regie_restore_termios(void) {
    struct regie_signal_state *state = regie_signal_state();
    if (state->have_termios) tcsetattr(STDIN_FILENO, TCSANOW, &state->termios);
}

static inline void regie_remove_signal_guards(void);

/// Ends curses when the program calls exit() while the guards are still installed, i.e.
/// without shutting the terminal down first.
static inline void regie_on_exit(void) {
    struct regie_signal_state *state = regie_signal_state();
    if (!state->installed) return;
    endwin();
    regie_remove_signal_guards();
    regie_restore_termios();
    regie_release_stderr();
}

/// Installs the handlers: SIGINT, SIGTERM and SIGHUP only record the signal (without
/// SA_RESTART, so a blocking read returns); crash signals restore the terminal and re-raise;
/// exit() ends curses if nobody did.
static inline void regie_install_signal_guards(void) {
    struct regie_signal_state *state = regie_signal_state();
    if (state->installed) return;
    if (!state->exit_handler_registered && atexit(regie_on_exit) == 0) state->exit_handler_registered = 1;
    state->stop_signal = 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_handler = regie_on_stop_signal;
    for (size_t i = 0; i < REGIE_COUNT(regie_stop_signals); i++) {
        int s = regie_stop_signals[i];
        sigaction(s, &action, &state->previous[s]);
    }
    action.sa_handler = regie_on_crash_signal;
    action.sa_flags = SA_ONSTACK;
    for (size_t i = 0; i < REGIE_COUNT(regie_crash_signals); i++) {
        int s = regie_crash_signals[i];
        sigaction(s, &action, &state->previous[s]);
    }
    // A parent may have started us with these blocked (signal masks are inherited); then a
    // resize or a stop request would never arrive.
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGWINCH);
    for (size_t i = 0; i < REGIE_COUNT(regie_stop_signals); i++) sigaddset(&wanted, regie_stop_signals[i]);
    sigprocmask(SIG_UNBLOCK, &wanted, NULL);
    state->installed = 1;
}

/// Puts back the handlers that were there before regie_install_signal_guards.
static inline void regie_remove_signal_guards(void) {
    struct regie_signal_state *state = regie_signal_state();
    if (!state->installed) return;
    for (size_t i = 0; i < REGIE_COUNT(regie_stop_signals); i++) {
        int s = regie_stop_signals[i];
        sigaction(s, &state->previous[s], NULL);
    }
    for (size_t i = 0; i < REGIE_COUNT(regie_crash_signals); i++) {
        int s = regie_crash_signals[i];
        sigaction(s, &state->previous[s], NULL);
    }
    state->installed = 0;
}

/// The SIGINT, SIGTERM or SIGHUP received since the guards were installed, or 0.
static inline int regie_stop_signal(void) { return regie_signal_state()->stop_signal; }

#endif
