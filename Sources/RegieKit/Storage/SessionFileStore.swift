import Foundation

/// Why a session file could not be opened: it could not be read at all, or it is no valid session.
public struct SessionLoadError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable {
        /// Missing, unreadable, a folder: nothing to validate.
        case unreadable
        /// Read, but not a valid session.
        case invalid
    }

    public var kind: Kind
    public var file: SessionFileError

    public func report(_ language: Language) -> String { file.report(language) }
    public var description: String { report(.en) }
}

/// Loads and saves session files on disk.
public enum SessionFileStore {
    /// Reads and validates the session at `path`. The file is never modified.
    public static func load(path: String) throws(SessionLoadError) -> Session {
        let data: Data
        do {
            data = try read(path)
        } catch {
            throw SessionLoadError(
                kind: .unreadable,
                file: SessionFileError(file: path, problems: [SessionProblem(path: nil, line: nil, message: error.message)]))
        }
        do {
            return try SessionCodec.decode(data)
        } catch {
            throw SessionLoadError(kind: .invalid, file: SessionFileError(file: path, problems: error.problems))
        }
    }

    /// Writes `session` atomically in canonical form; new files get mode 0600.
    public static func save(_ session: Session, to path: String) throws(AtomicFile.WriteError) {
        try AtomicFile.write(SessionCodec.encode(session), to: path)
    }

    /// Whether something exists at `path`.
    public static func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: path)
    }

    struct ReadError: Error {
        var message: Localized
    }

    static func read(_ path: String) throws(ReadError) -> Data {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw ReadError(message: Localized(nl: "bestand bestaat niet", en: "no such file"))
        }
        if isFolder.boolValue {
            throw ReadError(message: Localized(nl: "is een map, geen bestand", en: "is a folder, not a file"))
        }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
            size > SessionCodec.maxFileBytes
        {
            throw ReadError(message: Messages.fileTooLarge(size, limit: SessionCodec.maxFileBytes))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ReadError(message: Localized(nl: "kan niet gelezen worden (rechten?)", en: "cannot be read (permissions?)"))
        }
        return data
    }
}
