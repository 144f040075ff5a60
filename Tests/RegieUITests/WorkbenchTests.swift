import Canvas
import Foundation
import Testing
@testable import RegieKit
@testable import RegieUI
import RegieTestSupport

/// Files kept in memory, for the run loop under test.
final class MemoryFiles: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: Data] = [:]
    /// What each file held when the session last read or wrote it, as the real store keeps it.
    private var known: [String: Data] = [:]
    var failWrites = false
    /// Paths that cannot be written (a full disk, a read-only folder).
    var unwritable: Set<String> = []
    private(set) var writeCount = 0

    subscript(path: String) -> Data? {
        get {
            lock.lock()
            defer { lock.unlock() }
            return files[path]
        }
        set {
            lock.lock()
            defer { lock.unlock() }
            files[path] = newValue
        }
    }

    var paths: [String] {
        lock.lock()
        defer { lock.unlock() }
        return files.keys.sorted()
    }

    /// Marks the file as read by the session (the start of a run).
    func opened(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        known[path] = files[path]
    }

    private func write(_ data: Data, _ path: String) throws {
        lock.lock()
        defer { lock.unlock() }
        if failWrites || unwritable.contains(path) || unwritable.contains(where: { path.hasPrefix($0 + "/") }) {
            throw CocoaError(.fileWriteOutOfSpace)
        }
        writeCount += 1
        files[path] = data
    }

    func environment(now: @escaping @Sendable () -> Date = { fixedNow }) -> WorkbenchEnvironment {
        WorkbenchEnvironment(
            now: now,
            saveSession: { data, path, _ in
                // The memory store checks against what the run last saw, like the fingerprint.
                self.lock.lock()
                let changed = self.files[path] != nil && self.files[path] != self.known[path]
                self.lock.unlock()
                if changed {
                    let copy = path + ".conflict"
                    try self.write(data, copy)
                    return .conflict(copy: copy)
                }
                try self.write(data, path)
                self.lock.lock()
                self.known[path] = data
                self.lock.unlock()
                return .saved(FileFingerprint(size: data.count, hash: 0))
            },
            writeFile: { data, path in try self.write(data, path) },
            fileExists: { path in self[path] != nil },
            removeFile: { path in self[path] = nil },
            export: { session, format, options in Data(format.render(session, options).utf8) },
            writeProblem: { target, session in
                target == session
                    ? Localized(nl: "dat is het sessiebestand zelf", en: "that is the session file itself") : nil
            },
            emergencyFolders: ["/s", "/home/u", "/tmp"],
            tickMilliseconds: 0)
    }
}

/// A run loop that fails to end must fail the test, not hang the run.
@Suite(.timeLimit(.minutes(1))) struct WorkbenchTests {
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
            events: letGo().map { .key($0) } + [.key(.ctrl("s")), .terminate])
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

/// A clock that moves only when the test says so.
final class TestClock: @unchecked Sendable {
    private let lock = NSLock()
    private var current = fixedNow
    var now: Date {
        lock.lock()
        defer { lock.unlock() }
        return current
    }
    func advance(_ seconds: TimeInterval) {
        lock.lock()
        current += seconds
        lock.unlock()
    }
}

@Suite(.timeLimit(.minutes(1))) struct RunLoopSavingTests {
    @Test func anIdleWorkbenchDrawsNoFrame() {
        let files = MemoryFiles()
        let terminal = MemoryTerminal(size: Size(width: 120, height: 40))
        let workbench = Workbench(state: uiState(), terminal: terminal, environment: files.environment())
        workbench.step(nil)
        #expect(terminal.renderCount == 1)
        for _ in 0..<50 { workbench.step(nil) }
        #expect(terminal.renderCount == 1)
        workbench.step(.key(.down))
        #expect(terminal.renderCount == 2)
    }

    @Test func autosaveWritesTheSessionFileThroughTheLoop() throws {
        let files = MemoryFiles()
        let clock = TestClock()
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let workbench = Workbench(
            state: uiState(path: "/s/wijk.json"), terminal: terminal, environment: files.environment(now: { clock.now })
        )
        for key in [Key.character("n")] + typing("Ëlst belt terug") + [.enter] { workbench.step(.key(key)) }
        #expect(files["/s/wijk.json"] == nil)
        clock.advance(2)
        workbench.step(nil)
        let saved = try SessionCodec.decode(try #require(files["/s/wijk.json"]))
        #expect(saved.notes.last?.text == "Ëlst belt terug")
        #expect(!workbench.state.dirty)
        // The saved time shows in the status bar, drawn once the result came back.
        #expect(terminal.snapshot(styles: false).contains("✓ bewaard"))
    }

    @Test func aSlowDiskNeverHoldsUpTheKeys() throws {
        let files = MemoryFiles()
        let clock = TestClock()
        let gate = DispatchSemaphore(value: 0)
        var environment = files.environment(now: { clock.now })
        let plain = environment.saveSession
        environment.saveSession = { data, path, expected in
            gate.wait()  // the disk takes its time
            return try plain(data, path, expected)
        }
        environment.writesInBackground = true
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let workbench = Workbench(state: uiState(path: "/s/wijk.json"), terminal: terminal, environment: environment)
        for key in letGo() { workbench.step(.key(key)) }
        clock.advance(2)
        workbench.step(nil)  // the save starts, and blocks on the disk
        #expect(workbench.state.saving)
        for key in [Key.character("n")] + typing("Tijdens het bewaren getypt") + [.enter] { workbench.step(.key(key)) }
        #expect(workbench.state.session.notes.last?.text == "Tijdens het bewaren getypt")
        #expect(terminal.snapshot(styles: false).contains("Notitie bewaard"))
        gate.signal()
        gate.signal()
        // Quitting waits for the writes; the note typed meanwhile is saved before the loop ends.
        terminal.events = [.key(.character("q"))]
        terminal.idleWaitsAfterScript = 1_000_000
        workbench.run()
        #expect(!workbench.state.dirty)
        let saved = try SessionCodec.decode(try #require(files["/s/wijk.json"]))
        #expect(saved.notes.last?.text == "Tijdens het bewaren getypt")
    }

    @Test func stoppingOnAFullDiskPutsTheWorkWhereItCanGo() throws {
        let files = MemoryFiles()
        files.unwritable = ["/s"]
        let terminal = MemoryTerminal(
            size: Size(width: 80, height: 24), events: letGo().map { .key($0) } + [.terminate])
        let final = Workbench(
            state: uiState(path: "/s/wijk.json"), terminal: terminal, environment: files.environment()
        )
        .run()
        let copy = try #require(final.emergencyCopy)
        #expect(copy.hasPrefix("/home/u/wijk.recovered-"))
        let saved = try SessionCodec.decode(try #require(files[copy]))
        #expect(saved.partners.first { $0.id == "gemeente" }?.status == .letGo)
    }

    @Test func aFileChangedOnDiskIsLeftAloneAndTheWorkGoesToACopy() throws {
        let files = MemoryFiles()
        files["/s/wijk.json"] = SessionCodec.encode(uiSession())
        files.opened("/s/wijk.json")
        let clock = TestClock()
        let terminal = MemoryTerminal(size: Size(width: 200, height: 40))
        let workbench = Workbench(
            state: uiState(path: "/s/wijk.json"), terminal: terminal, environment: files.environment(now: { clock.now })
        )
        var theirs = uiSession()
        theirs.title = "Van de andere laptop"
        files["/s/wijk.json"] = SessionCodec.encode(theirs)
        for key in letGo() { workbench.step(.key(key)) }
        clock.advance(2)
        workbench.step(nil)
        #expect(try SessionCodec.decode(try #require(files["/s/wijk.json"])).title == "Van de andere laptop")
        #expect(workbench.state.filePath == "/s/wijk.json.conflict")
        #expect(terminal.snapshot(styles: false).contains("door iemand anders gewijzigd"))
    }

    @Test func anExportNeverReplacesTheSessionFile() throws {
        let files = MemoryFiles()
        files["/s/wijk.json"] = SessionCodec.encode(uiSession())
        let workbench = Workbench(
            state: uiState(path: "/s/wijk.json"), terminal: MemoryTerminal(size: Size(width: 80, height: 24)),
            environment: files.environment())
        workbench.dispatch(.commandIssued(.export(ExportRequest(.markdown, isPublic: false))))
        guard case .form(var form) = workbench.state.modal else {
            Issue.record("no export form")
            return
        }
        #expect(form.text(Files.Field.path) == "/s/wijk.md")
        form.fields[0].value = .text(LineEditor("/s/wijk.json"))
        workbench.dispatch(.commandIssued(.back))
        var state = workbench.state
        state.modal = .form(form)
        let second = Workbench(
            state: state, terminal: MemoryTerminal(size: Size(width: 80, height: 24)), environment: files.environment())
        second.step(.key(.enter))
        #expect(try SessionCodec.decode(try #require(files["/s/wijk.json"])) == uiSession())
        #expect(second.state.message?.kind == .error)
        #expect(second.state.message?.text.nl.contains("sessiebestand zelf") == true)
    }
}

@Suite(.timeLimit(.minutes(1))) struct InputBurstTests {
    @Test func aPasteCostsOneFrameNotOnePerKey() throws {
        let files = MemoryFiles()
        let text = "Een lange notitie die in één keer wordt geplakt, met ë en 日本"
        let keys: [Key] = [.character("n")] + typing(text) + [.enter]
        let terminal = MemoryTerminal(
            size: Size(width: 80, height: 24), events: keys.map { .key($0) } + [.terminate])
        terminal.arriveAtOnce = true
        let final = Workbench(
            state: uiState(path: "/s/wijk.json"), terminal: terminal, environment: files.environment()
        )
        .run()
        #expect(final.session.notes.last?.text == text)
        // The first frame, then one after the whole burst at most.
        #expect(terminal.renderCount <= 2, "\(terminal.renderCount) frames for one paste")
    }
}
