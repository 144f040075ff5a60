// Signal handlers, the saved termios and the captured standard error, in one translation unit
// so that there is exactly one copy of each (see the header for why that matters).
// Handlers are C so they stay async-signal-safe.
#define _DEFAULT_SOURCE
#include "CRegieSignals.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#define REGIE_COUNT(array) (sizeof(array) / sizeof((array)[0]))

static const int stop_signals[] = {SIGINT, SIGTERM, SIGHUP};
static const int crash_signals[] = {SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE};

// Written by the handlers, read by the run loop: one definition for the whole program, so
// `nm` on any build shows a single `regie_signal_state`.
static struct {
    volatile sig_atomic_t stop_signal;
    volatile sig_atomic_t guards_on;
    volatile sig_atomic_t have_termios;
    volatile sig_atomic_t crash_handlers_installed;
    volatile sig_atomic_t answer_backtracer;
    volatile sig_atomic_t exit_handler_registered;
    volatile sig_atomic_t saved_stderr;
    volatile sig_atomic_t captured_stderr;
    void (*volatile end_screen)(void);
    struct termios termios;
    struct sigaction previous_stop[32];
    struct sigaction previous_crash[32];
} regie_signal_state = {.saved_stderr = -1, .captured_stderr = -1};

/// Puts the terminal back as the shell expects it: mouse reporting off, attributes reset,
/// cursor shown, alternate screen left, saved termios restored.
static void emergency_restore(void) {
    static const char reset[] = "\033[?1000l\033[?1002l\033[?1006l\033[0m\033[?25h\033[?1049l";
    ssize_t written = write(STDOUT_FILENO, reset, sizeof reset - 1);
    (void)written;
    regie_restore_termios();
}

/// The runtime decided at launch that a crash report on a terminal is interactive; its
/// backtracer then prints the report and waits up to 30 s for a key on standard input, with
/// a prompt over whatever is on screen. A pipe that already holds a key (any but space or D
/// means "quit") answers it at once, so the report stays and the process ends. This replaces
/// setting SWIFT_BACKTRACE=interactive=no, which the runtime reads only at launch and so
/// needed the program to execute itself a second time at every start.
static void answer_backtracer_prompt(void) {
    int ends[2];
    if (pipe(ends) != 0) return;
    ssize_t written = write(ends[1], "q", 1);
    (void)written;
    close(ends[1]);
    dup2(ends[0], STDIN_FILENO);
    close(ends[0]);
}

static void on_stop_signal(int signal_number) { regie_signal_state.stop_signal = signal_number; }

static void on_crash_signal(int signal_number) {
    if (regie_signal_state.guards_on) emergency_restore();
    regie_release_stderr();
    // After the termios restore: it goes to standard input, which this replaces.
    if (regie_signal_state.answer_backtracer) answer_backtracer_prompt();
    // The previous handler (Swift's backtracer, or the default) then reports the crash.
    sigaction(signal_number, &regie_signal_state.previous_crash[signal_number], NULL);
    raise(signal_number);
}

void regie_install_crash_handlers(void) {
    if (regie_signal_state.crash_handlers_installed) return;
    const char *settings = getenv("SWIFT_BACKTRACE");
    regie_signal_state.answer_backtracer = settings == NULL || strstr(settings, "interactive=") == NULL;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_handler = on_crash_signal;
    action.sa_flags = SA_ONSTACK;
    for (size_t i = 0; i < REGIE_COUNT(crash_signals); i++) {
        int s = crash_signals[i];
        sigaction(s, &action, &regie_signal_state.previous_crash[s]);
    }
    regie_signal_state.crash_handlers_installed = 1;
}

void regie_save_termios(void) {
    if (tcgetattr(STDIN_FILENO, &regie_signal_state.termios) == 0) regie_signal_state.have_termios = 1;
}

void regie_restore_termios(void) {
    if (regie_signal_state.have_termios) tcsetattr(STDIN_FILENO, TCSANOW, &regie_signal_state.termios);
}

/// Ends curses when the program calls exit() while the guards are still on, i.e. without
/// shutting the terminal down first.
static void on_exit_with_guards_on(void) {
    if (!regie_signal_state.guards_on) return;
    void (*hook)(void) = regie_signal_state.end_screen;
    if (hook != NULL) hook();
    regie_remove_signal_guards();
    regie_restore_termios();
    regie_release_stderr();
}

void regie_install_signal_guards(void (*end_screen)(void)) {
    if (regie_signal_state.guards_on) return;
    regie_install_crash_handlers();
    regie_signal_state.end_screen = end_screen;
    if (!regie_signal_state.exit_handler_registered && atexit(on_exit_with_guards_on) == 0) {
        regie_signal_state.exit_handler_registered = 1;
    }
    regie_signal_state.stop_signal = 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    sigemptyset(&action.sa_mask);
    action.sa_handler = on_stop_signal;
    for (size_t i = 0; i < REGIE_COUNT(stop_signals); i++) {
        int s = stop_signals[i];
        sigaction(s, &action, &regie_signal_state.previous_stop[s]);
    }
    // A parent may have started us with these blocked (signal masks are inherited); then a
    // resize or a stop request would never arrive.
    sigset_t wanted;
    sigemptyset(&wanted);
    sigaddset(&wanted, SIGWINCH);
    for (size_t i = 0; i < REGIE_COUNT(stop_signals); i++) sigaddset(&wanted, stop_signals[i]);
    sigprocmask(SIG_UNBLOCK, &wanted, NULL);
    regie_signal_state.guards_on = 1;
}

void regie_remove_signal_guards(void) {
    if (!regie_signal_state.guards_on) return;
    for (size_t i = 0; i < REGIE_COUNT(stop_signals); i++) {
        int s = stop_signals[i];
        sigaction(s, &regie_signal_state.previous_stop[s], NULL);
    }
    regie_signal_state.guards_on = 0;
}

int regie_stop_signal(void) { return regie_signal_state.stop_signal; }

int regie_capture_stderr(void) {
    if (regie_signal_state.saved_stderr >= 0 || !isatty(STDERR_FILENO)) return -1;
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
    regie_signal_state.captured_stderr = file;
    regie_signal_state.saved_stderr = saved;
    return 0;
}

void regie_release_stderr(void) {
    int saved = regie_signal_state.saved_stderr, file = regie_signal_state.captured_stderr;
    if (saved < 0) return;
    regie_signal_state.saved_stderr = -1;
    regie_signal_state.captured_stderr = -1;
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
