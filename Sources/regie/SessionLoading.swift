import ArgumentParser
import RegieKit

/// Loads session files for the commands, reporting problems the same way everywhere.
enum SessionLoading {
    /// The session at `path`; otherwise every problem goes to standard error (`FILE:LINE: PATH:
    /// message`) and the exit code says why: 1 for an invalid session, 2 for an unreadable file.
    static func load(_ path: String, language: Language) throws(ExitCode) -> Session {
        do {
            return try SessionFileStore.load(path: path)
        } catch {
            Console.error(error.report(language))
            throw error.kind == .invalid ? .invalidSession : .cannotRun
        }
    }
}
