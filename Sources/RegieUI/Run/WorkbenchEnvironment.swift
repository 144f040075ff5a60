import Foundation
import RegieKit

/// The live pieces the run loop needs, injected so tests can use a fixed clock and memory files.
public struct WorkbenchEnvironment: Sendable {
    public var now: @Sendable () -> Date
    /// Writes the session's bytes to its file unless the file changed since `expected` was
    /// taken; then they go to a conflict copy (see `SessionFileStore.write(_:to:expecting:conflictPath:)`).
    public var saveSession: @Sendable (Data, String, FileFingerprint?) throws -> SessionFileStore.SaveOutcome
    /// Writes a file atomically (new files 0600); throws with a readable reason.
    public var writeFile: @Sendable (Data, String) throws -> Void
    public var fileExists: @Sendable (String) -> Bool
    public var removeFile: @Sendable (String) -> Void
    /// Renders an export of the session in a format, as the options say, to bytes.
    public var export: @Sendable (Session, ExportFormat, ExportOptions) -> Data
    /// Why a file may not be written by an export or save-as (a folder, a device, the session
    /// itself); nil when it may. See `ExportTarget`.
    public var writeProblem: @Sendable (_ target: String, _ session: String?) -> Localized?
    /// Makes a path the user typed (save as, export) absolute: the working folder is the
    /// executable's business, never `update`'s.
    public var resolvePath: @Sendable (String) -> String
    /// Takes the session's lock from another Regie the user says is gone.
    public var takeOverLock: @Sendable () -> Void
    /// Folders to try, in order, for a copy of the work when its own file cannot be written
    /// while stopping (a full disk).
    public var emergencyFolders: [String]
    /// Computes the suggestions and the walkthrough's lines (`Effect.analyze`); injected so
    /// tests can count how often it is asked.
    public var analyze: @Sendable (Session, SessionInsights.Key) -> SessionInsights
    /// Whether writes and analyses run off the key loop (the app) or in line (tests, for exact steps).
    public var writesInBackground: Bool
    /// How long the loop waits for a key before it ticks (autosave runs on ticks).
    public var tickMilliseconds: Int

    public init(
        now: @escaping @Sendable () -> Date,
        saveSession: @escaping @Sendable (Data, String, FileFingerprint?) throws -> SessionFileStore.SaveOutcome,
        writeFile: @escaping @Sendable (Data, String) throws -> Void,
        fileExists: @escaping @Sendable (String) -> Bool,
        removeFile: @escaping @Sendable (String) -> Void,
        export: @escaping @Sendable (Session, ExportFormat, ExportOptions) -> Data,
        writeProblem: @escaping @Sendable (String, String?) -> Localized? = { _, _ in nil },
        resolvePath: @escaping @Sendable (String) -> String = { $0 },
        takeOverLock: @escaping @Sendable () -> Void = {},
        emergencyFolders: [String] = [],
        analyze: @escaping @Sendable (Session, SessionInsights.Key) -> SessionInsights = SessionInsights.compute,
        writesInBackground: Bool = false,
        tickMilliseconds: Int = 500
    ) {
        self.now = now
        self.saveSession = saveSession
        self.writeFile = writeFile
        self.fileExists = fileExists
        self.removeFile = removeFile
        self.export = export
        self.writeProblem = writeProblem
        self.resolvePath = resolvePath
        self.takeOverLock = takeOverLock
        self.emergencyFolders = emergencyFolders
        self.analyze = analyze
        self.writesInBackground = writesInBackground
        self.tickMilliseconds = tickMilliseconds
    }
}
