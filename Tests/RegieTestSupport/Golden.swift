import Foundation
import Testing

/// Golden files of text beside the tests: screens (`Snapshot`) and exports. A mismatch fails
/// with the lines that differ; `RECORD_SNAPSHOTS=1` rewrites the file and fails too, so
/// re-recording is never silent, and a file that cannot be written fails as well.
public enum Golden {
    /// `Tests/RegieKitTests/Goldens`, the exports' golden files.
    public static let exports = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("RegieKitTests/Goldens")

    /// Compares `actual` with the file `fileName` in `folder`.
    public static func check(
        _ actual: String, named fileName: String, in folder: URL = exports,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let file = folder.appendingPathComponent(fileName)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            do {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: file, options: .atomic)
                Issue.record("recorded golden \(fileName)", sourceLocation: sourceLocation)
            } catch {
                Issue.record(
                    Comment(rawValue: "could not write golden \(fileName): \(error)"), sourceLocation: sourceLocation)
            }
            return
        }
        // Read as bytes: decoding a file as text would drop a byte order mark, which CSV for Excel has on purpose.
        guard let data = try? Data(contentsOf: file) else {
            Issue.record("no golden \(fileName); run with RECORD_SNAPSHOTS=1 once", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        guard actual != expected else { return }
        let diff = Snapshot.lineDiff(expected: expected, actual: actual)
        Issue.record(Comment(rawValue: "golden \(fileName) differs:\n\(diff)"), sourceLocation: sourceLocation)
    }
}
