import Foundation
import RegieKit
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Nothing lost, with the real binary: two windows, kills, a file changed under a running
/// workbench, a closed terminal in the middle of a note.
@Suite(.serialized) struct SavingEndToEndTests {
    func start(_ ws: Workspace, _ arguments: [String], width: Int = 100, height: Int = 30) throws -> TmuxSession {
        let binary = try #require(RegieBinary.url)
        return try TmuxSession(command: [binary.path] + arguments, width: width, height: height)
    }

    func demo(_ ws: Workspace) throws -> String {
        try WorkbenchEndToEndTests.sessionData().write(to: ws.url.appendingPathComponent("wijk.json"))
        return ws.path("wijk.json")
    }

    /// Waits until no process has `pid` (it may be a zombie of tmux's for a moment).
    func waitUntilGone(_ pid: Int32, timeout: TimeInterval = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if kill(pid, 0) != 0 && errno == ESRCH { return true }
            if let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                stat.split(separator: " ").dropFirst(2).first == "Z"
            {
                return true
            }
            usleep(50_000)
        }
        return false
    }

    /// `regie demo` hands the workbench the copy it just wrote and decoded, with that copy's
    /// fingerprint: a note saved in the demo lands in the copy, not in a conflict copy beside it.
    @Test func theDemosCopyTakesItsSavesAsItsOwn() throws {
        let ws = try Workspace()
        let binary = try #require(RegieBinary.url)
        let tmux = try TmuxSession(
            command: [binary.path, "demo", "--lang", "nl"], width: 100, height: 30,
            environment: ["TMPDIR": ws.url.path])
        #expect(try tmux.waitFor("1 Kaart").ok)
        try tmux.keys("n")
        try tmux.type("Notitie in de demo, met één accent")
        try tmux.keys("Enter")
        #expect(try tmux.waitFor("Notitie bewaard").ok)
        try tmux.keys("C-s")
        let folder = try #require(try ws.folderContents().first { $0.hasPrefix("regie-demo-") })
        let copy = ws.path(folder + "/" + SampleSessions.demoName + ".json")
        #expect(
            try tmux.waitFor { _ in
                (try? SessionCodec.decode(Data(contentsOf: URL(fileURLWithPath: copy))))?.notes
                    .contains { $0.text == "Notitie in de demo, met één accent" } == true
            }.ok)
        try tmux.keys("q")
        #expect(try tmux.waitForExit())
        let left = try FileManager.default.contentsOfDirectory(atPath: ws.path(folder))
        #expect(left == [SampleSessions.demoName + ".json"], "\(left)")
    }

    @Test func aSecondWindowIsToldAndOpensReadOnlyWithoutTouchingTheFirstsWork() throws {
        let ws = try Workspace()
        let file = try demo(ws)
        let first = try start(ws, [file, "--lang", "nl"])
        #expect(try first.waitFor("1 Kaart").ok)
        try first.keys("n")
        try first.type("Concept in het eerste venster")
        #expect(try first.waitFor { _ in FileManager.default.fileExists(atPath: ws.path(".wijk.json.draft")) }.ok)

        let second = try start(ws, [file, "--lang", "nl"], width: 80, height: 24)
        let told = try second.waitFor("Een andere Regie")
        #expect(told.ok, "\(told.screen)")
        #expect(told.screen.contains("proces \(try first.panePID())"), "\(told.screen)")
        try second.keys("Enter")
        #expect(try second.waitFor("alleen-lezen").ok)
        try second.keys("l")
        try second.keys("q")
        #expect(try second.waitForExit())
        // The first window's draft and lock are where they were.
        #expect(ws.contents(".wijk.json.draft") != nil)
        #expect(SessionLock.read(ws.path(".wijk.json.lock"))?.pid == (try first.panePID()))
        try first.keys("Enter")
        #expect(try first.waitFor("Notitie bewaard").ok)
        try first.keys("q")
        #expect(try first.waitForExit())
        let saved = try SessionCodec.decode(try #require(ws.contents("wijk.json")))
        #expect(saved.notes.contains { $0.text == "Concept in het eerste venster" })
        #expect(try ws.folderContents() == ["wijk.json"])
    }

    @Test func aKilledWorkbenchLeavesAStaleLockThatTheNextStartTakesOver() throws {
        let ws = try Workspace()
        let file = try demo(ws)
        let first = try start(ws, [file, "--lang", "nl"])
        #expect(try first.waitFor("1 Kaart").ok)
        let pid = try first.panePID()
        kill(pid, SIGKILL)
        #expect(waitUntilGone(pid))
        #expect(SessionLock.read(ws.path(".wijk.json.lock"))?.pid == pid)
        let second = try start(ws, [file, "--lang", "nl"])
        let opened = try second.waitFor("stopte zonder af te sluiten")
        #expect(opened.ok, "\(opened.screen)")
        #expect(!opened.screen.contains("alleen-lezen"))
        #expect(SessionLock.read(ws.path(".wijk.json.lock"))?.pid == (try second.panePID()))
    }

    @Test func aFileChangedOnDiskUnderARunningWorkbenchIsNeverOverwritten() throws {
        let ws = try Workspace()
        let file = try demo(ws)
        let tmux = try start(ws, [file, "--lang", "nl"], width: 160, height: 30)
        #expect(try tmux.waitFor("1 Kaart").ok)
        // A synced folder brings in another laptop's version.
        var theirs = try SessionCodec.decode(try #require(ws.contents("wijk.json")))
        theirs.title = "Versie van de andere laptop"
        let theirBytes = SessionCodec.encode(theirs)
        try theirBytes.write(to: URL(fileURLWithPath: file))
        try tmux.keys("n")
        try tmux.type("Mijn notitie")
        try tmux.keys("Enter")
        let told = try tmux.waitFor("door iemand anders gewijzigd")
        #expect(told.ok, "\(told.screen)")
        #expect(ws.contents("wijk.json") == theirBytes)
        let copies = try ws.folderContents().filter { $0.hasPrefix("wijk.conflict-") && $0.hasSuffix(".json") }
        #expect(copies.count == 1)
        let copy = try #require(copies.first)
        let mine = try SessionCodec.decode(try #require(ws.contents(copy)))
        #expect(mine.notes.contains { $0.text == "Mijn notitie" })
        #expect(try ws.mode(copy) == 0o600)
        try tmux.keys("q")
        #expect(try tmux.waitForExit())
        #expect(ws.contents("wijk.json") == theirBytes)
    }

    @Test func closingTheTerminalInTheMiddleOfANoteLosesNothing() throws {
        let ws = try Workspace()
        let file = try demo(ws)
        let tmux = try start(ws, [file, "--lang", "nl"])
        #expect(try tmux.waitFor("1 Kaart").ok)
        let pid = try tmux.panePID()
        try tmux.keys("n")
        try tmux.type("Wat de wethouder net zei over de wijkagent")
        #expect(try tmux.waitFor("Wat de wethouder net zei over de wijkagent").ok)
        try tmux.closeTerminal()
        #expect(waitUntilGone(pid), "the workbench kept running after its terminal closed")
        let again = try start(ws, [file, "--lang", "nl"])
        let offered = try again.waitFor("Terughalen?")
        #expect(offered.ok, "\(offered.screen)")
        try again.keys("Enter")
        #expect(try again.waitFor("Wat de wethouder net zei over de wijkagent").ok)
        try again.keys("Enter")
        #expect(try again.waitFor("Notitie bewaard").ok)
        try again.keys("q")
        #expect(try again.waitForExit())
        let saved = try SessionCodec.decode(try #require(ws.contents("wijk.json")))
        #expect(saved.notes.contains { $0.text == "Wat de wethouder net zei over de wijkagent" })
        #expect(try ws.folderContents() == ["wijk.json"])
    }

    @Test func killedInTheMiddleOfSavesTheFileAlwaysParsesAndLeftoversAreSwept() throws {
        let ws = try Workspace()
        let file = try demo(ws)
        let binary = try #require(RegieBinary.url)
        // `regie export --format json -o` writes the whole file atomically, as autosave does.
        for round in 0..<12 {
            let process = Process()
            process.executableURL = binary
            process.arguments = ["export", file, "--format", "json", "-o", ws.path("kopie.json")]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(2_000 + round * 1_500))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            if let bytes = ws.contents("kopie.json") {
                #expect((try? SessionCodec.decode(bytes)) != nil, "round \(round): a half-written file")
            }
        }
        // A leftover as a kill between write and rename leaves it, of a process that is gone.
        try Data("{\"half\":".utf8).write(to: ws.url.appendingPathComponent(".wijk.json.tmp-999999-1"))
        let tmux = try start(ws, [file, "--lang", "nl"])
        #expect(try tmux.waitFor("1 Kaart").ok)
        try tmux.keys("q")
        #expect(try tmux.waitForExit())
        #expect(try ws.folderContents().filter { $0.contains(".tmp-") }.isEmpty)
    }

    @Test func aWriteProtectedFileOpensReadOnlyAndIsNeverReplaced() throws {
        let ws = try Workspace()
        let file = try demo(ws)
        chmod(file, 0o444)
        let original = try #require(ws.contents("wijk.json"))
        let tmux = try start(ws, [file, "--lang", "nl"], width: 140)
        let told = try tmux.waitFor("schrijfbeveiligd")
        #expect(told.ok, "\(told.screen)")
        // Nothing can be changed: letting go is refused, Ctrl-S writes nothing.
        try tmux.keys("l")
        #expect(try tmux.waitFor("alleen-lezen").ok)
        try tmux.keys("C-s", "q")
        #expect(try tmux.waitForExit())
        #expect(ws.contents("wijk.json") == original)
    }

    @Test func aNewFileIsCreatedOnTheFirstSaveNotAtStart() throws {
        let ws = try Workspace()
        let tmux = try start(ws, [ws.path("nieuw.json"), "--lang", "nl"])
        #expect(try tmux.waitFor("1 Kaart").ok)
        #expect(ws.contents("nieuw.json") == nil)
        try tmux.keys("q")
        #expect(try tmux.waitForExit())
        #expect(try ws.folderContents().isEmpty)
        let again = try start(ws, [ws.path("nieuw.json"), "--lang", "nl"])
        #expect(try again.waitFor("1 Kaart").ok)
        try again.keys("a")
        try again.type("Eerste partner")
        try again.keys("Enter")
        #expect(try again.waitFor { $0.range(of: "✓ bewaard [0-9]{2}:", options: .regularExpression) != nil }.ok)
        #expect(try ws.mode("nieuw.json") == 0o600)
        try again.keys("q")
        #expect(try again.waitForExit())
    }
}

/// Whether this machine lets the tests mount a small tmpfs (root in a sandbox does), to make a
/// disk that is really full.
private let canMountSmallDisk: Bool = {
    let probe = FileManager.default.temporaryDirectory.appendingPathComponent("regie-mount-probe-\(getpid())").path
    try? FileManager.default.createDirectory(atPath: probe, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: probe) }
    guard mount("tmpfs", probe, "tmpfs", 0, "size=64k") == 0 else { return false }
    umount(probe)
    return true
}()

@Suite(.serialized) struct FullDiskEndToEndTests {
    @Test(.enabled(if: canMountSmallDisk, "needs to mount a tmpfs (root)"))
    func stoppingOnAFullDiskSaysWhereTheWorkWent() throws {
        let ws = try Workspace()
        let disk = ws.path("klein")
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        let data = try WorkbenchEndToEndTests.sessionData()
        #expect(mount("tmpfs", disk, "tmpfs", 0, "size=\(data.count / 1024 + 48)k") == 0)
        defer { umount(disk) }
        let file = disk + "/wijk.json"
        try data.write(to: URL(fileURLWithPath: file))
        // Fill what is left, so no second copy of the session fits beside it.
        #expect(FileManager.default.createFile(atPath: disk + "/vol", contents: nil))
        let filler = try #require(FileHandle(forWritingAtPath: disk + "/vol"))
        while (try? filler.write(contentsOf: Data(count: 4096))) != nil {}
        try? filler.close()
        let home = ws.path("thuis")
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)

        let binary = try #require(RegieBinary.url)
        let tmux = try TmuxSession(
            command: [binary.path, file, "--lang", "nl"], width: 100, height: 30, environment: ["HOME": home],
            reportExit: true)
        #expect(try tmux.waitFor("1 Kaart").ok)
        try tmux.keys("n")
        try tmux.type("Notitie op een volle schijf")
        try tmux.keys("Enter")
        #expect(try tmux.waitFor("Notitie bewaard").ok)
        let pkill = Process()
        pkill.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        pkill.arguments = ["pkill", "-TERM", "-f", "^" + binary.path + " " + file]
        try pkill.run()
        pkill.waitUntilExit()
        let (exited, screen) = try tmux.waitFor("[exit ")
        #expect(exited, "\(screen)")
        #expect(screen.contains("[exit 143]"), "\(screen)")
        // The message may wrap at the pane's width.
        let joined = screen.replacingOccurrences(of: "\n", with: "")
        #expect(joined.contains("uw werk staat in " + home + "/wijk.recovered-"), "\(screen)")
        let copies = try FileManager.default.contentsOfDirectory(atPath: home).filter {
            $0.hasPrefix("wijk.recovered-")
        }
        #expect(copies.count == 1)
        let copy = home + "/" + (copies.first ?? "")
        let saved = try SessionCodec.decode(try #require(FileManager.default.contents(atPath: copy)))
        #expect(saved.notes.contains { $0.text == "Notitie op een volle schijf" })
        var info = stat()
        #expect(stat(copy, &info) == 0 && info.st_mode & 0o777 == 0o600)
        #expect(FileManager.default.contents(atPath: file) == data)
    }
}

@Suite(.serialized) struct EditingEndToEndTests {
    static let perspective =
        "De politie ziet de wijkaanpak vooral als zorg en welzijn; het basisteam moet kiezen, en dan gaan ondermijning en woninginbraak voor. Een wijkagent die in elk overleg zit, staat niet op straat. Als meldingen niet worden opgevolgd, verliest de politie haar geloofwaardigheid bij bewoners, en dat raakt de hele aanpak in het Oosterkwartier."

    @Test func aLongPerspectiveWrapsAtWordsAndIsSavedWhole() throws {
        let ws = try Workspace()
        try WorkbenchEndToEndTests.sessionData().write(to: ws.url.appendingPathComponent("wijk.json"))
        let binary = try #require(RegieBinary.url)
        let tmux = try TmuxSession(command: [binary.path, ws.path("wijk.json"), "--lang", "nl"], width: 80, height: 24)
        #expect(try tmux.waitFor("1 Kaart").ok)
        // The third partner in the demo is the police.
        try tmux.keys("Down", "Down", "2", "e")
        #expect(try tmux.waitFor("Perspectief van").ok)
        try tmux.keys("C-u")
        try tmux.type(Self.perspective)
        let typed = try tmux.waitFor("aanpak in het Oosterkwartier.")
        #expect(typed.ok, "\(typed.screen)")
        // Every row of the focused field holds whole words of the text, and no doubled ellipsis shows.
        let words = Set(Self.perspective.split(separator: " ").map(String.init))
        let lines = typed.screen.split(separator: "\n").map(String.init)
        let first = try #require(lines.firstIndex { $0.contains("▸ Hoe zien zij de opgave?") })
        var rows = [lines[first].components(separatedBy: "opgave?").last ?? ""]
        for line in lines[(first + 1)...] {
            guard line.contains("│                              ") else { break }
            rows.append(line)
        }
        for row in rows {
            let value = row.split(separator: "│").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            for word in value.joined(separator: " ").split(separator: " ") {
                #expect(words.contains(String(word)), "a word broken on screen: \(word)\n\(typed.screen)")
            }
        }
        #expect(rows.count >= 7, "the whole text is in view:\n\(typed.screen)")
        #expect(!typed.screen.contains("……"))
        try tmux.keys("Enter")
        #expect(try tmux.waitFor { $0.range(of: "✓ bewaard [0-9]{2}:", options: .regularExpression) != nil }.ok)
        let saved = try SessionCodec.decode(try #require(ws.contents("wijk.json")))
        #expect(saved.perspectives.contains { $0.view == Self.perspective })
        try tmux.keys("q")
        #expect(try tmux.waitForExit())
    }
}
