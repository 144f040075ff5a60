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
        try readAndDecode(path: path).0
    }

    /// Reads and validates the session at `path`, with the fingerprint of the bytes it was read
    /// from, so that a later save can tell whether someone changed the file in between.
    public static func loadDocument(path: String) throws(SessionLoadError) -> (Session, FileFingerprint) {
        let (session, data) = try readAndDecode(path: path)
        return (session, FileFingerprint.of(data, at: path))
    }

    /// The session at `path` and the bytes it was read from; every problem named with the file.
    private static func readAndDecode(path: String) throws(SessionLoadError) -> (Session, Data) {
        let data: Data
        do {
            data = try read(path)
        } catch {
            throw SessionLoadError(
                kind: .unreadable,
                file: SessionFileError(
                    file: path, problems: [SessionProblem(path: nil, line: nil, message: error.message)]))
        }
        do {
            return (try SessionCodec.decode(data), data)
        } catch {
            throw SessionLoadError(kind: .invalid, file: SessionFileError(file: path, problems: error.problems))
        }
    }

    /// What a guarded save did.
    public enum SaveOutcome: Hashable, Sendable {
        /// The file now holds the bytes; the fingerprint describes it for the next save.
        case saved(FileFingerprint)
        /// The file had changed on disk, so it was left alone and the bytes went to `copy`.
        case conflict(copy: String)
    }

    /// Writes `data` to `path` atomically, unless the file changed since `expected` was taken:
    /// then nothing is overwritten and the bytes go to the conflict copy named by `conflictPath`
    /// (0600). With `expected` nil (a file Regie has not read) an existing file is a conflict too.
    /// A file that is gone is written again: that overwrites nobody's work.
    public static func write(
        _ data: Data, to path: String, expecting expected: FileFingerprint?, conflictPath: () -> String
    ) throws(AtomicFile.WriteError) -> SaveOutcome {
        let unchanged = !exists(path) || (expected?.matches(fileAt: path) ?? false)
        guard unchanged else {
            let copy = conflictPath()
            try AtomicFile.write(data, to: copy)
            return .conflict(copy: copy)
        }
        try AtomicFile.write(data, to: path)
        return .saved(FileFingerprint.of(data, at: path))
    }

    /// Whether the file at `path` may be written: false for a file without any write permission
    /// (mode 0444), which Regie then opens read-only instead of replacing it on save. Checks the
    /// mode bits rather than `access`, which says yes to root for every file.
    public static func isWriteProtected(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        return info.st_mode & 0o222 == 0
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

    /// The bytes at `path`, refusing anything but a regular file of at most
    /// `SessionCodec.maxFileBytes` before reading it: a named pipe would block and a device
    /// such as /dev/zero never ends. Symbolic links are followed, for the size too.
    static func read(_ path: String) throws(ReadError) -> Data {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { throw ReadError(message: Localized(nl: "bestand bestaat niet", en: "no such file")) }
            throw unreadable()
        }
        switch info.st_mode & mode_t(S_IFMT) {
        case mode_t(S_IFREG): break
        case mode_t(S_IFDIR):
            throw ReadError(message: Localized(nl: "is een map, geen bestand", en: "is a folder, not a file"))
        default:
            throw ReadError(message: Localized(nl: "is geen gewoon bestand", en: "is not a regular file"))
        }
        if Int(info.st_size) > SessionCodec.maxFileBytes {
            throw ReadError(message: Messages.fileTooLarge(Int(info.st_size), limit: SessionCodec.maxFileBytes))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw unreadable() }
        defer { try? handle.close() }
        // At most one byte over the limit, should the file grow after the check: decoding refuses it.
        do {
            return try handle.read(upToCount: SessionCodec.maxFileBytes + 1) ?? Data()
        } catch {
            throw unreadable()
        }
    }

    private static func unreadable() -> ReadError {
        ReadError(message: Localized(nl: "kan niet gelezen worden (rechten?)", en: "cannot be read (permissions?)"))
    }
}
