import ArgumentParser
import Foundation
import RegieKit

/// Changes a session file in place for the commands that write one (`round`, `merge`): read,
/// change, write atomically — never while a workbench has the file open, and never over a change
/// that landed in between.
enum SessionWriting {
    /// Loads `path`, applies `change` and writes the result back. Returns what `change` returned.
    static func update<T>(
        _ path: String, language: Language, _ change: (inout Session) throws(ExitCode) -> T
    ) throws(ExitCode) -> T {
        let (loaded, fingerprint): (Session, FileFingerprint)
        do {
            (loaded, fingerprint) = try SessionFileStore.loadDocument(path: path)
        } catch {
            Console.error(error.report(language))
            throw error.kind == .invalid ? .invalidSession : .cannotRun
        }
        var session = loaded
        var lock: SessionLock?
        switch SessionLock.acquire(for: path, now: Date()) {
        case .acquired(let acquired, _): lock = acquired
        case .held(let holder):
            Console.error(
                path + ": "
                    + Localized(
                        nl: "de werkbank (proces \(holder.pid)) heeft dit bestand open; sluit die eerst",
                        en: "the workbench (process \(holder.pid)) has this file open; close it first")(language))
            throw .cannotRun
        case .unavailable: break
        }
        defer { lock?.release() }
        let result = try change(&session)
        try write(session, to: path, expecting: fingerprint, language: language)
        return result
    }

    /// Writes `session` to `path` atomically; with `expecting`, only if the file is unchanged.
    static func write(
        _ session: Session, to path: String, expecting: FileFingerprint? = nil, language: Language
    ) throws(ExitCode) {
        if let expecting, SessionFileStore.exists(path), !expecting.matches(fileAt: path) {
            Console.error(
                path + ": "
                    + Localized(
                        nl: "het bestand is intussen veranderd; er is niets geschreven",
                        en: "the file changed meanwhile; nothing was written")(language))
            throw .cannotRun
        }
        do {
            try SessionFileStore.save(session, to: path)
        } catch {
            Console.error(error.description)
            throw .cannotRun
        }
    }
}
