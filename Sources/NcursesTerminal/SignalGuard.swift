import CNcursesw
import CRegieSignals

/// The process-wide signal handlers that restore the terminal; their state is C, defined once
/// in CRegieSignals, so any file may call these.
enum SignalGuard {
    /// Saves the termios, then makes SIGINT/SIGTERM/SIGHUP only record themselves, crash
    /// signals restore the terminal (and replay captured standard error) before the previous
    /// handler runs, and `exit()` end curses if nobody did.
    static func install() {
        regie_save_termios()
        regie_install_signal_guards { _ = endwin() }
    }

    /// Puts back the previous stop-signal handlers and the termios saved by `install`.
    static func remove() {
        regie_restore_termios()
        regie_remove_signal_guards()
    }

    /// Keeps standard error off the screen until `releaseStandardError`, if it is a terminal.
    static func captureStandardError() {
        _ = regie_capture_stderr()
    }

    /// Sends standard error to the terminal again, after writing out what it held back.
    static func releaseStandardError() {
        regie_release_stderr()
    }

    /// The SIGINT, SIGTERM or SIGHUP received since `install`, if any.
    static var stopSignal: Int32? {
        let signal = regie_stop_signal()
        return signal == 0 ? nil : signal
    }
}

/// How a crash reaches the user: as a report printed below the restored terminal, never as the
/// Swift backtracer's interactive prompt.
public enum CrashReports {
    /// Installs the crash handlers for the whole process; call it first thing in `main`. They
    /// answer the backtracer's "press a key" prompt in advance (unless `SWIFT_BACKTRACE` sets
    /// `interactive=`), and while a terminal is in use they restore it before the report.
    public static func install() {
        regie_install_crash_handlers()
    }
}
