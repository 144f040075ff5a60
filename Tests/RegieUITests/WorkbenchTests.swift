import Canvas
import Foundation
import Testing
@testable import RegieKit
@testable import RegieUI

/// Files kept in memory, for the run loop under test.
final class MemoryFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: Data] = [:]
    var failWrites = false

    subscript(path: String) -> Data? {
        lock.lock()
        defer { lock.unlock() }
        return files[path]
    }

    var paths: [String] {
        lock.lock()
        defer { lock.unlock() }
        return files.keys.sorted()
    }

    func environment() -> WorkbenchEnvironment {
        WorkbenchEnvironment(
            now: { fixedNow },
            writeFile: { data, path in
                self.lock.lock()
                defer { self.lock.unlock() }
                if self.failWrites { throw CocoaError(.fileWriteNoPermission) }
                self.files[path] = data
            },
            removeFile: { path in
                self.lock.lock()
                defer { self.lock.unlock() }
                self.files[path] = nil
            },
            export: { session, format, isPublic, _ in Data("\(format.rawValue) \(isPublic) \(session.title)".utf8) },
            tickMilliseconds: 0)
    }
}

@Suite struct WorkbenchTests {
    @Test func addSaveQuitThroughTheRunLoop() throws {
        let files = MemoryFiles()
        let keys: [Key] = [.character("a")] + typing("Zorggroep Ëlst 日本") + [.enter, .ctrl("s"), .character("q")]
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24), events: keys.map { .key($0) })
        let workbench = Workbench(
            state: uiState(path: "/s/wijk.json"), terminal: terminal, environment: files.environment())
        let final = workbench.run()
        let saved = try SessionCodec.decode(try #require(files["/s/wijk.json"]))
        #expect(saved.partners.map(\.name).contains("Zorggroep Ëlst 日本"))
        #expect(!final.dirty)
        #expect(files.paths == ["/s/wijk.json"])
        let screen = try #require(terminal.lastGrid).lines().joined(separator: "\n")
        #expect(screen.contains("Zorggroep Ëlst"))
    }

    @Test func onlyChangedCellsAreRedrawnAfterTheFirstFrame() {
        let files = MemoryFiles()
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24), events: [.key(.down), .terminate])
        _ = Workbench(state: uiState(), terminal: terminal, environment: files.environment()).run()
        #expect(terminal.changedCellCounts.first == 80 * 24)
        #expect(terminal.changedCellCounts.dropFirst().allSatisfy { $0 < 80 * 24 / 2 })
    }

    @Test func resizeToTinyAndBackNeverCrashesAndSaysTooSmall() throws {
        let files = MemoryFiles()
        let terminal = MemoryTerminal(
            size: Size(width: 80, height: 24),
            events: [
                .resize(Size(width: 30, height: 8)), .key(.character("j")),
            ])
        let workbench = Workbench(state: uiState(), terminal: terminal, environment: files.environment())
        terminal.events.append(.terminate)
        _ = workbench.run()
        // The last frame was drawn at 30×8 before terminate quit.
        let grid = try #require(terminal.lastGrid)
        #expect(grid.size == Size(width: 30, height: 8))
        #expect(grid.lines().joined().contains("Terminal te klein"))
    }

    @Test func aFailingSaveKeepsRunningAndSaysWhy() throws {
        let files = MemoryFiles()
        files.failWrites = true
        let terminal = MemoryTerminal(
            size: Size(width: 80, height: 24),
            events: [
                .key(.character("l")), .key(.ctrl("s")), .terminate,
            ])
        let final = Workbench(state: uiState(path: "/s/x.json"), terminal: terminal, environment: files.environment())
            .run()
        #expect(final.dirty)
        #expect(final.message?.kind == .error || final.message?.kind == .warning)
    }

    @Test func clickingAPartnerInTheListSelectsIt() throws {
        let files = MemoryFiles()
        let state = uiState()
        let frame = AppView.render(state, size: Size(width: 80, height: 24))
        let hit = try #require(frame.hits.first { $0.target == .partner("corporatie") })
        let terminal = MemoryTerminal(
            size: Size(width: 80, height: 24),
            events: [
                .mouse(MouseEvent(kind: .press, position: hit.rect.origin)), .terminate,
            ])
        let final = Workbench(state: state, terminal: terminal, environment: files.environment()).run()
        #expect(final.selectedPartner == "corporatie")
    }
}
