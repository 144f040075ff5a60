import RegieKit

/// How the workbench runs, as chosen on the command line.
struct WorkbenchOptions: Equatable, Sendable {
    /// The language of the interface.
    var language: Language
    /// Show the session but never save it.
    var readOnly = false
    /// False with `--no-color` or when `NO_COLOR` is set.
    var color = true
    /// False with `--no-mouse`.
    var mouse = true
    /// False when nothing exists at the path yet: start a new session and create the file on the
    /// first save. When true, the file was checked and holds a valid session.
    var fileExists = true
}

/// Runs the terminal workbench on the session at `path` until the user quits; returns the exit status.
///
/// A placeholder until the workbench lands: the caller has already validated the file.
func runWorkbench(path: String, options: WorkbenchOptions) throws -> Int32 {
    Console.out("workbench not built yet")
    return 0
}
