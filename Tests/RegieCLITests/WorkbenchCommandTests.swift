import Foundation
import RegieKit
import Testing

/// `regie [open] FILE`, `regie demo` and `regie suggest` without a terminal. The workbench itself
/// is driven in tmux by `WorkbenchEndToEndTests`.
@Suite struct WorkbenchCommandTests {
    @Test func openValidFileWithoutATerminalSaysSoAndLeavesTheFile() throws {
        let ws = try Workspace()
        try ws.write("wijk.json", SessionFiles.valid)
        for arguments in [["wijk.json"], ["open", "wijk.json", "--read-only", "--no-color", "--no-mouse"]] {
            let result = try RegieBinary.run(arguments, in: ws.url)
            #expect(result.status == 2, "\(arguments): \(result)")
            #expect(result.stderr.contains("must be a terminal"))
        }
        #expect(ws.contents("wijk.json") == Data(SessionFiles.valid.utf8))
    }

    @Test func openBrokenFileStopsBeforeTheWorkbench() throws {
        let ws = try Workspace()
        try ws.write("broken.json", SessionFiles.broken)
        let result = try ws.regie("broken.json")
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout.isEmpty)
        #expect(result.errorLines.count == 4)
        #expect(ws.contents("broken.json") == Data(SessionFiles.broken.utf8))
    }

    @Test func openMissingFileReadOnlyExitsTwo() throws {
        let ws = try Workspace()
        let result = try ws.regie("new-session.json", "--read-only")
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr == "new-session.json: no such file\n")
    }

    @Test func demoMakesACopyOfTheBundledSample() throws {
        let ws = try Workspace()
        let result = try ws.regie("demo")
        // Without a terminal the copy is made, then the workbench refuses to start.
        #expect(result.status == 2, "\(result)")
        let copy = try #require(result.stdout.split(separator: "\n").first?.split(separator: " ").last)
        #expect(copy.hasSuffix("/\(SampleSessions.demoName).json"))
        #expect(FileManager.default.fileExists(atPath: String(copy)))
        #expect(
            FileManager.default.contents(atPath: String(copy)) == SampleSessions.data(named: SampleSessions.demoName))
        try? FileManager.default.removeItem(atPath: (String(copy) as NSString).deletingLastPathComponent)
    }

    @Test func demoOfASampleThatIsNotBundledSaysWhichAre() throws {
        let ws = try Workspace()
        let result = try ws.regie("demo", "bestaat-niet")
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("\"bestaat-niet\" is not bundled"), "\(result)")
        #expect(result.stderr.contains(SampleSessions.demoName))
    }

    @Test func suggestRanksInterventionsForTheSession() throws {
        let ws = try Workspace()
        try ws.write("wijk.json", SessionFiles.valid)
        let result = try ws.regie("suggest", "wijk.json", "--today", "2026-11-01")
        #expect(result.status == 0, "\(result)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix(" 1. ") == true, "\(result)")
        #expect(lines.contains { $0.contains("Politie \"Noord\", team Café: invloed 5, commitment 0") })
        try ws.write("broken.json", SessionFiles.broken)
        #expect(try ws.regie("suggest", "broken.json").status == 1)
    }
}
