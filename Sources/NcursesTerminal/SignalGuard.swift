import CNcursesw

/// The process-wide signal handlers that restore the terminal.
///
/// The shim keeps their state in `static` C variables, of which every Swift file calling the
/// shim gets its own copy; so only this file may call the signal and termios functions.
enum SignalGuard {
    /// Saves the termios, then makes SIGINT/SIGTERM/SIGHUP only record themselves and crash
    /// signals restore the terminal before the previous handler runs.
    static func install() {
        regie_save_termios()
        regie_install_signal_guards()
    }

    /// Puts back the previous handlers and the termios saved by `install`.
    static func remove() {
        regie_restore_termios()
        regie_remove_signal_guards()
    }

    /// The SIGINT, SIGTERM or SIGHUP received since `install`, if any.
    static var stopSignal: Int32? {
        let signal = regie_stop_signal()
        return signal == 0 ? nil : signal
    }
}
