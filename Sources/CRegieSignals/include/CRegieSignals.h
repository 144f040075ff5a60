#ifndef REGIE_SIGNALS_H
#define REGIE_SIGNALS_H
// The process-wide signal, termios and standard-error state behind restoring the terminal.
//
// It lives in signals.c, defined once. It used to be `static` state in CNcursesw's shim.h, which
// every translation unit including the header instantiated anew: in a release build the
// handler wrote one copy and the run loop read another, so SIGTERM, SIGHUP and SIGINT were
// ignored (the trap described in NCURSES.md, fixed by this target). Keep it here: declare
// functions in this header, never variables with a definition.

/// Installs the crash handlers (SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE) once for the
/// process; later calls do nothing. On a crash they restore the terminal if the guards are on,
/// write out held-back standard error, answer the Swift backtracer's "press a key" prompt in
/// advance (unless SWIFT_BACKTRACE chose `interactive=` itself), then hand the signal on to the
/// handler that was there before (the Swift runtime's or the default).
void regie_install_crash_handlers(void);

/// Saves the termios of standard input for regie_restore_termios and the crash handler.
void regie_save_termios(void);

/// Restores the termios saved by regie_save_termios, if any.
void regie_restore_termios(void);

/// Turns the guards on: SIGINT, SIGTERM and SIGHUP only record the signal (without SA_RESTART,
/// so a blocking read returns), the crash handlers restore the terminal, and exit() calls
/// `end_screen` (may be NULL) and restores the termios if nobody shut the terminal down.
void regie_install_signal_guards(void (*end_screen)(void));

/// Turns the guards off: the stop signals get their previous handlers back and the crash
/// handlers no longer touch the terminal.
void regie_remove_signal_guards(void);

/// The SIGINT, SIGTERM or SIGHUP received since the guards were turned on, or 0.
int regie_stop_signal(void);

/// Sends standard error into an unlinked temporary file while the screen is in use, so
/// messages (such as a fatal error's) neither scribble over the screen nor vanish with it.
/// Returns 0 on success; does nothing (and returns -1) unless standard error is a terminal.
int regie_capture_stderr(void);

/// Points standard error back at the terminal and writes out what was captured meanwhile.
/// Async-signal-safe, so the crash handler can call it.
void regie_release_stderr(void);

#endif
