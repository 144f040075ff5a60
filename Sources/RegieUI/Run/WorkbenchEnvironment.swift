import Foundation
import RegieKit

/// The live pieces the run loop needs, injected so tests can use a fixed clock and memory files.
public struct WorkbenchEnvironment: Sendable {
    public var now: @Sendable () -> Date
    /// Writes a file atomically; throws with a readable reason.
    public var writeFile: @Sendable (Data, String) throws -> Void
    public var removeFile: @Sendable (String) -> Void
    /// Renders an export of the session (format, public?) to bytes.
    public var export: @Sendable (Session, ExportFormat, Bool, Language) -> Data
    /// How long the loop waits for a key before it ticks (autosave runs on ticks).
    public var tickMilliseconds: Int

    public init(
        now: @escaping @Sendable () -> Date,
        writeFile: @escaping @Sendable (Data, String) throws -> Void,
        removeFile: @escaping @Sendable (String) -> Void,
        export: @escaping @Sendable (Session, ExportFormat, Bool, Language) -> Data,
        tickMilliseconds: Int = 500
    ) {
        self.now = now
        self.writeFile = writeFile
        self.removeFile = removeFile
        self.export = export
        self.tickMilliseconds = tickMilliseconds
    }
}
