/// Why the ncurses terminal could not start.
public enum TerminalError: Error, CustomStringConvertible {
    /// ncurses does not know this `TERM` value, or the terminal cannot run full-screen programs.
    case unknownTerminal(String)
    /// Standard input or output is not a terminal (a pipe or a file).
    case notATerminal

    /// A message for the user, saying what to do.
    public var description: String {
        switch self {
        case .unknownTerminal(""):
            "TERM is not set, so the terminal type is unknown; set it, for example TERM=xterm-256color."
        case .unknownTerminal(let type):
            "The terminal type \"\(type)\" (from TERM) is unknown or cannot run full-screen programs; try TERM=xterm-256color."
        case .notATerminal:
            "Standard input and output must be a terminal for the interactive workbench."
        }
    }
}
