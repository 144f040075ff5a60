import Foundation
import RegieKit
import Testing

/// Stop signals, a closed terminal and a crash, each on the debug and on the release binary:
/// the workbench ends, the terminal is given back as it was, and the work is on disk.
@Suite(.serialized) struct TerminalSignalTests {
    /// What the shell prints after the program, once it has ended (see `TmuxSession`).
    static let termiosLine = "[termios "
    /// The same line when the terminal was given back sane.
    static let saneTermios = "[termios icrnl isig icanon echo]"

    /// The workbench in tmux on a copy of the demo session, with a note typed and not saved.
    struct Running {
        let ws: Workspace
        let tmux: TmuxSession
        let pid: pid_t
        let note: String

        /// Never leaves a program behind, whatever the test found.
        func killIfStillThere() {
            if Self.isAlive(pid) { kill(pid, SIGKILL) }
        }

        static func isAlive(_ pid: pid_t) -> Bool {
            kill(pid, 0) == 0 || errno != ESRCH
        }

        /// Waits until the process is gone; false if it still runs after `timeout` seconds.
        func waitUntilGone(timeout: TimeInterval = 10) -> Bool {
            let deadline = Date().addingTimeInterval(timeout)
            while Date() < deadline {
                if !Self.isAlive(pid) { return true }
                usleep(50_000)
            }
            return !Self.isAlive(pid)
        }
    }

    func startWithUnsavedNote(
        _ build: BuildKind, note: String, launcher: [String] = [], environment: [String: String] = [:],
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Running {
        let binary = try build.binary(sourceLocation: sourceLocation)
        let ws = try Workspace()
        try WorkbenchEndToEndTests.sessionData().write(to: ws.url.appendingPathComponent("wijk.json"))
        let tmux = try TmuxSession(
            command: launcher + [binary.path, ws.path("wijk.json"), "--lang", "nl"], width: 100, height: 30,
            environment: environment, reportExit: true)
        let pid = try #require(try tmux.processID(of: binary), "regie did not start", sourceLocation: sourceLocation)
        let running = Running(ws: ws, tmux: tmux, pid: pid, note: note)
        do {
            try #require(try tmux.waitFor("1 Kaart").ok, sourceLocation: sourceLocation)
            try tmux.keys("n")
            try tmux.type(note)
            try tmux.keys("Enter")
            let added = try tmux.waitFor("Notitie bewaard")
            try #require(added.ok, "\(added.screen)", sourceLocation: sourceLocation)
        } catch {
            running.killIfStillThere()
            throw error
        }
        return running
    }

    @Test(arguments: BuildKind.allCases, [SIGTERM, SIGHUP, SIGINT])
    func stopSignalEndsTheWorkbenchRestoresTheTerminalAndKeepsTheWork(build: BuildKind, signal: Int32) throws {
        let run = try startWithUnsavedNote(build, note: "Notitie voor signaal \(signal) in \(build)")
        defer { run.killIfStillThere() }
        kill(run.pid, signal)
        let (exited, screen) = try run.tmux.waitFor(Self.termiosLine)
        #expect(exited, "regie (\(build)) did not stop on signal \(signal):\n\(screen)")
        #expect(run.waitUntilGone())
        #expect(screen.contains("[exit \(128 + signal)]"), "\(screen)")
        #expect(screen.contains(Self.saneTermios), "\(screen)")
        #expect(try run.tmux.display("#{alternate_on}") == "0")
        #expect(
            workIsOnDisk(run.note, session: "wijk.json", in: run.ws),
            "the unsaved note is neither in wijk.json nor in its recovery copy")
    }

    /// Closing the terminal window: the pty goes away under the program. Run as usual, the
    /// kernel sends SIGHUP; started in a session of its own (`setsid`), no signal comes and only
    /// the failing reads tell. Either way the program keeps the work and ends, instead of
    /// living on as an orphan that spins on the dead terminal.
    @Test(arguments: BuildKind.allCases, [SIGTERM, SIGHUP])
    func textTypedInAnOpenFormSurvivesAStopSignal(build: BuildKind, signal: Int32) throws {
        let run = try startWithUnsavedNote(build, note: "Eerste notitie \(signal) \(build)")
        defer { run.killIfStillThere() }
        try run.tmux.keys("n")
        let typing = "Nog niet bewaard, midden in een zin (\(build))"
        try run.tmux.type(typing)
        #expect(try run.tmux.waitFor(typing).ok)
        kill(run.pid, signal)
        #expect(try run.tmux.waitFor(Self.termiosLine).ok)
        #expect(run.waitUntilGone())
        let draft = try #require(run.ws.contents(".wijk.json.draft"), "no draft of the open form")
        #expect(String(decoding: draft, as: UTF8.self).contains(typing))
        let binary = try build.binary()
        let again = try TmuxSession(
            command: [binary.path, run.ws.path("wijk.json"), "--lang", "nl"], width: 100, height: 30)
        #expect(try again.waitFor("Terughalen?").ok)
        try again.keys("Enter")
        #expect(try again.waitFor(typing).ok)
        try again.keys("Enter")
        #expect(try again.waitFor("Notitie bewaard").ok)
        try again.keys("q")
        #expect(try again.waitForExit())
        #expect(workIsOnDisk(typing, session: "wijk.json", in: run.ws))
    }

    @Test(arguments: BuildKind.allCases, [false, true])
    func closingTheTerminalEndsTheProgramAndKeepsTheWork(build: BuildKind, ownSession: Bool) throws {
        let run = try startWithUnsavedNote(
            build, note: "Notitie voor het sluiten in \(build)", launcher: ownSession ? ["setsid", "-w"] : [])
        defer { run.killIfStillThere() }
        try run.tmux.tmux(["kill-server"])
        #expect(run.waitUntilGone(timeout: 5), "regie (\(build)) still runs after its terminal was closed")
        #expect(
            workIsOnDisk(run.note, session: "wijk.json", in: run.ws),
            "the unsaved note is neither in wijk.json nor in its recovery copy")
    }

    /// A crash (the hidden `REGIE_TEST_CRASH_KEY` makes the terminal trap on that key) gives
    /// the terminal back, prints the report below it without waiting for a key, and ends.
    @Test(arguments: BuildKind.allCases)
    func aCrashRestoresTheTerminalReportsAndEnds(build: BuildKind) throws {
        // Without SWIFT_BACKTRACE, which regie used to set by executing itself a second time.
        let run = try startWithUnsavedNote(
            build, note: "Notitie voor de crash in \(build)", launcher: ["env", "-u", "SWIFT_BACKTRACE"],
            environment: ["REGIE_TEST_CRASH_KEY": "§"])
        defer { run.killIfStillThere() }
        let environment = try String(
            decoding: Data(contentsOf: URL(fileURLWithPath: "/proc/\(run.pid)/environ")), as: UTF8.self)
        #expect(!environment.contains("SWIFT_BACKTRACE="), "regie started itself again to set SWIFT_BACKTRACE")
        try run.tmux.type("§")
        // The backtracer's prompt would wait 30 s for a key; the report itself takes a second.
        let (ended, screen) = try run.tmux.waitFor(Self.termiosLine, timeout: 20)
        #expect(ended, "regie (\(build)) did not end after the crash:\n\(screen)")
        #expect(run.waitUntilGone())
        // SIGILL (x86-64) or SIGTRAP (arm64): a Swift trap, not a clean exit.
        #expect(screen.contains("[exit 132]") || screen.contains("[exit 133]"), "\(screen)")
        #expect(screen.contains(Self.saneTermios), "\(screen)")
        #expect(try run.tmux.display("#{alternate_on}") == "0")
        let history = try run.tmux.history()
        #expect(history.contains("REGIE_TEST_CRASH_KEY was pressed"), "\(history)")
        #expect(!history.contains("Press space to interact"), "\(history)")
    }
}

/// Whether `text` typed in the workbench is on disk: in the session file `session` or in its
/// recovery copy beside it, in a file that still reads as a session. The one place that knows
/// where unsaved work goes, so a change to autosave changes only this.
func workIsOnDisk(_ text: String, session: String, in ws: Workspace) -> Bool {
    // Autosave writes the session file itself, also when stopping.
    guard let data = ws.contents(session), (try? SessionCodec.decode(data)) != nil else { return false }
    return String(decoding: data, as: UTF8.self).contains(text)
}
