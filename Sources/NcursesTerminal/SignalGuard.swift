import CNcursesw

/// The process-wide signal handlers that restore the terminal.
///
/// The shim keeps their state in `static` C variables, of which every Swift file calling the
/// shim gets its own copy; so only this file may call the signal and termios functions.
enum SignalGuard {
    /// Saves the termios, then makes SIGINT/SIGTERM/SIGHUP only record themselves and crash
    /// signals restore the terminal (and replay captured standard error) before the previous
    /// handler runs.
    static func install() {
        regie_save_termios()
        regie_install_signal_guards()
    }

    /// Puts back the previous handlers and the termios saved by `install`.
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
