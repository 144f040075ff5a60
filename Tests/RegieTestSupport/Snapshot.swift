import Canvas
import Foundation
import Testing

/// Golden screens as text files beside the tests. A mismatch fails with the lines that differ;
/// setting `RECORD_SNAPSHOTS=1` rewrites the file and fails too, so re-recording is never
/// silent, and a file that cannot be written fails as well.
public enum Snapshot {
    /// `Tests/RegieUITests/Snapshots`, beside the screens' tests.
    public static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("RegieUITests/Snapshots")

    /// Compares `grid` with the golden `name` (by default the running test's name).
    public static func check(
        _ grid: CellGrid, named name: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let name = name ?? Self.testName()
        let actual = grid.snapshot(styles: true)
        Golden.check(actual, named: name + ".txt", in: folder, sourceLocation: sourceLocation)
    }

    /// The lines that differ, numbered, expected (-) above actual (+).
    public static func lineDiff(expected: String, actual: String) -> String {
        let old = expected.components(separatedBy: "\n")
        let new = actual.components(separatedBy: "\n")
        var out: [String] = []
        for index in 0..<max(old.count, new.count) {
            let a = index < old.count ? old[index] : nil
            let b = index < new.count ? new[index] : nil
            guard a != b else { continue }
            if let a { out.append("\(index + 1) - \(a)") }
            if let b { out.append("\(index + 1) + \(b)") }
        }
        return out.joined(separator: "\n")
    }

    /// `formsAtBothSizes` for the test `formsAtBothSizes()`.
    private static func testName() -> String {
        let name = Test.current?.name ?? "snapshot"
        return String(name.prefix { $0 != "(" })
    }
}
