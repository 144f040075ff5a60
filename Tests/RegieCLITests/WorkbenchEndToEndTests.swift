import Foundation
import RegieKit
import Testing

/// The real binary in tmux, driven as a user would: keys in, screen and saved file out.
@Suite(.serialized) struct WorkbenchEndToEndTests {
    /// A session to work on: the bundled demo when it is there, else a small one made here.
    static func sessionData() throws -> Data {
        if let demo = SampleSessions.data(named: SampleSessions.demoName) { return demo }
        var session = Session(title: "Wijkaanpak Noord")
        session.partners = [
            Partner(id: "gemeente", name: "Gemeente Noord"),
            Partner(id: "politie", name: "Politie"),
            Partner(id: "corporatie", name: "Woningcorporatie Ëlst"),
        ]
        session.relations = [Relation(id: "rel-1", from: "gemeente", to: "politie", kind: .tension)]
        return SessionCodec.encode(session)
    }

    func start(
        _ ws: Workspace, _ arguments: [String], width: Int = 100, height: Int = 30,
        environment: [String: String] = [:], reportExit: Bool = false
    ) throws -> TmuxSession {
        let binary = try #require(RegieBinary.url)
        return try TmuxSession(
            command: [binary.path] + arguments, width: width, height: height, environment: environment,
            reportExit: reportExit)
    }

    /// A Dutch user on a machine where `nl_NL.UTF-8` was never generated: the environment asks
    /// for UTF-8, so `Ëlst` and the box lines show as they are, not as `?lst` and `+--`.
    @Test func aMissingUTF8LocaleStillShowsAccentsAndLines() throws {
        let ws = try Workspace()
        var session = Session(title: "Jeugdhulp Ëlst")
        session.partners = [Partner(id: "gemeente", name: "Gemeente Ëlst")]
        try SessionCodec.encode(session).write(to: ws.url.appendingPathComponent("elst.json"))
        let tmux = try start(
            ws, [ws.path("elst.json"), "--lang", "nl"], width: 80, height: 24,
            environment: ["LANG": "nl_NL.UTF-8", "LC_ALL": ""])
        let shown = try tmux.waitFor("Gemeente Ëlst")
        #expect(shown.ok, "\(shown.screen)")
        #expect(shown.screen.contains("Jeugdhulp Ëlst") && shown.screen.contains("┌"), "\(shown.screen)")
        try tmux.keys("q")
        #expect(try tmux.waitForExit())
    }

    @Test func switchPanesAddPartnerAndRelationSaveQuitAndReadTheFile() throws {
        let ws = try Workspace()
        try Self.sessionData().write(to: ws.url.appendingPathComponent("wijk.json"))
        let tmux = try start(ws, [ws.path("wijk.json"), "--lang", "nl"])
        #expect(try tmux.waitFor("1 Kaart").ok)

        for (key, marker) in [
            ("2", "perspectief"), ("3", "Suggesties"), ("4", "overleg"), ("5", "antwoord"), ("1", "weergave"),
        ] {
            try tmux.keys(key)
            let (ok, screen) = try tmux.waitFor(marker)
            #expect(ok, "pane \(key) did not show \(marker):\n\(screen)")
        }
        let before = try SessionCodec.decode(Data(contentsOf: ws.url.appendingPathComponent("wijk.json")))
        let lastExisting = try #require(before.partners.last)

        try tmux.keys("a")
        #expect(try tmux.waitFor("Partner toevoegen").ok)
        try tmux.type("Zorggroep Ëlst 日本")
        try tmux.keys("Enter")
        let added = try tmux.waitFor("Partner Zorggroep Ëlst 日本 toegevoegd")
        #expect(added.ok, "\(added.screen)")

        // The new partner is selected; connect it to the partner above it in the list.
        try tmux.keys("r")
        #expect(try tmux.waitFor("Kies de andere partner").ok)
        try tmux.keys("Up", "Enter")
        #expect(try tmux.waitFor("Relatie toevoegen").ok)
        try tmux.keys("Enter")
        #expect(try tmux.waitFor("toegevoegd").ok)

        try tmux.keys("C-s")
        #expect(try tmux.waitFor("Bewaard in wijk.json").ok)

        try tmux.resize(width: 30, height: 8)
        let small = try tmux.waitFor("te klein")
        #expect(small.ok, "\(small.screen)")
        try tmux.resize(width: 100, height: 30)
        #expect(try tmux.waitFor("1 Kaart").ok)

        try tmux.keys("q")
        #expect(try tmux.waitForExit())
        #expect(try tmux.display("#{alternate_on}") == "0")

        let saved = try SessionCodec.decode(Data(contentsOf: ws.url.appendingPathComponent("wijk.json")))
        let partner = try #require(saved.partners.first { $0.name == "Zorggroep Ëlst 日本" })
        #expect(saved.relations.contains { $0.from == partner.id && $0.to == lastExisting.id })
        #expect(saved.partners.count == before.partners.count + 1)
        #expect(!FileManager.default.fileExists(atPath: ws.path(".wijk.json.autosave")))
    }

    @Test func brokenFileShowsItsMessageAndStaysUntouched() throws {
        let ws = try Workspace()
        try ws.write("broken.json", SessionFiles.broken)
        let tmux = try start(ws, [ws.path("broken.json")], width: 120, height: 20, reportExit: true)
        let (exited, screen) = try tmux.waitFor("[exit ")
        #expect(exited, "\(screen)")
        #expect(screen.contains("[exit 1]"), "\(screen)")
        #expect(screen.contains("broken.json:"), "\(screen)")
        #expect(screen.contains("partners[0]"), "\(screen)")
        #expect(try tmux.display("#{alternate_on}") == "0")
        #expect(ws.contents("broken.json") == Data(SessionFiles.broken.utf8))
    }

    @Test func withoutAutosaveQuitAsksAndOnlyTheDeliberateKeyDiscards() throws {
        let ws = try Workspace()
        let original = try Self.sessionData()
        try original.write(to: ws.url.appendingPathComponent("wijk.json"))
        let tmux = try start(
            ws, [ws.path("wijk.json"), "--lang", "en", "--no-autosave"], width: 80, height: 24,
            environment: ["NO_COLOR": "1", "TERM": "tmux-256color"])
        #expect(try tmux.waitFor("1 Map").ok)
        try tmux.keys("l")
        #expect(try tmux.waitFor("Why").ok)
        try tmux.type("adds nothing")
        try tmux.keys("Enter")
        #expect(try tmux.waitFor("unsaved").ok)
        try tmux.keys("q")
        let asked = try tmux.waitFor("There are unsaved changes")
        #expect(asked.ok, "\(asked.screen)")
        // n means "no, go back", as everywhere: nothing is thrown away.
        try tmux.keys("n")
        let back = try tmux.waitFor { $0.contains("unsaved") && !$0.contains("There are unsaved changes") }
        #expect(back.ok, "\(back.screen)")
        try tmux.keys("q")
        #expect(try tmux.waitFor("There are unsaved changes").ok)
        try tmux.keys("D")
        #expect(try tmux.waitForExit())
        #expect(try tmux.display("#{alternate_on}") == "0")
        #expect(ws.contents("wijk.json") == original)
        #expect(!FileManager.default.fileExists(atPath: ws.path(".wijk.json.autosave")))
    }

    @Test func autosaveWritesTheFileItselfAndQuitNeedsNoQuestion() throws {
        let ws = try Workspace()
        try Self.sessionData().write(to: ws.url.appendingPathComponent("wijk.json"))
        let tmux = try start(ws, [ws.path("wijk.json"), "--lang", "nl"])
        #expect(try tmux.waitFor("1 Kaart").ok)
        try tmux.keys("n")
        try tmux.type("Autosave zonder Ctrl-S, met ë")
        try tmux.keys("Enter")
        // "✓ bewaard 14:05" once autosave has written the file (before, it says "niet bewaard").
        let autosaved = try tmux.waitFor {
            $0.range(of: "✓ bewaard [0-9]{2}:[0-9]{2}", options: .regularExpression) != nil
        }
        #expect(autosaved.ok, "\(autosaved.screen)")
        let saved = try SessionCodec.decode(Data(contentsOf: ws.url.appendingPathComponent("wijk.json")))
        #expect(saved.notes.contains { $0.text == "Autosave zonder Ctrl-S, met ë" })
        try tmux.keys("q")
        #expect(try tmux.waitForExit())
        #expect(try ws.folderContents() == ["wijk.json"])
    }

    @Test func sigtermWritesTheUnsavedNoteIntoTheFile() throws {
        let ws = try Workspace()
        try Self.sessionData().write(to: ws.url.appendingPathComponent("wijk.json"))
        let tmux = try start(ws, [ws.path("wijk.json"), "--lang", "nl"])
        #expect(try tmux.waitFor("1 Kaart").ok)
        try tmux.keys("n")
        try tmux.type("Notitie vóór de crash")
        try tmux.keys("Enter")
        #expect(try tmux.waitFor("Notitie bewaard").ok)
        try signalWorkbench(ws, "TERM")
        #expect(try tmux.waitForExit())
        #expect(try tmux.display("#{alternate_on}") == "0")
        let saved = try SessionCodec.decode(Data(contentsOf: ws.url.appendingPathComponent("wijk.json")))
        #expect(saved.notes.contains { $0.text == "Notitie vóór de crash" })
    }

    @Test func withoutAutosaveSigtermKeepsARecoveryCopyThatEscapeNeverDeletes() throws {
        let ws = try Workspace()
        let original = try Self.sessionData()
        try original.write(to: ws.url.appendingPathComponent("wijk.json"))
        let tmux = try start(ws, [ws.path("wijk.json"), "--lang", "nl", "--no-autosave"])
        #expect(try tmux.waitFor("1 Kaart").ok)
        try tmux.keys("n")
        try tmux.type("Notitie vóór de crash")
        try tmux.keys("Enter")
        #expect(try tmux.waitFor("Notitie bewaard").ok)
        try signalWorkbench(ws, "TERM")
        #expect(try tmux.waitForExit())
        #expect(try tmux.display("#{alternate_on}") == "0")
        #expect(ws.contents("wijk.json") == original)
        let recovery = try #require(ws.contents(".wijk.json.autosave"))
        #expect(try SessionCodec.decode(recovery).notes.contains { $0.text == "Notitie vóór de crash" })

        // Esc at the question means "later": the copy stays, and the next start asks again.
        let again = try start(ws, [ws.path("wijk.json"), "--lang", "nl", "--no-autosave"])
        let asked = try again.waitFor("Herstellen?")
        #expect(asked.ok, "\(asked.screen)")
        #expect(asked.screen.contains("1 nieuwe notitie"), "\(asked.screen)")
        try again.keys("Escape")
        // Esc and q at once would read as Alt-q: wait for the question to go first.
        #expect(try again.waitFor { !$0.contains("Herstellen?") }.ok)
        try again.keys("q")
        #expect(try again.waitForExit())
        #expect(ws.contents(".wijk.json.autosave") == recovery)

        let third = try start(ws, [ws.path("wijk.json"), "--lang", "nl", "--no-autosave"])
        #expect(try third.waitFor("Herstellen?").ok)
        try third.keys("Enter")
        try third.keys("C-s")
        #expect(try third.waitFor("Bewaard in").ok)
        try third.keys("q")
        #expect(try third.waitForExit())
        let saved = try SessionCodec.decode(Data(contentsOf: ws.url.appendingPathComponent("wijk.json")))
        #expect(saved.notes.contains { $0.text == "Notitie vóór de crash" })
        #expect(ws.contents(".wijk.json.autosave") == nil)
    }

    /// Sends `signal` to the workbench running on `wijk.json` in `ws`.
    func signalWorkbench(_ ws: Workspace, _ signal: String) throws {
        let pkill = Process()
        pkill.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // Anchored on the binary, so the tmux server (whose command line names the file too) lives on.
        let binary = try #require(RegieBinary.url)
        pkill.arguments = ["pkill", "-\(signal)", "-f", "^" + binary.path + " " + ws.path("wijk.json")]
        try pkill.run()
        pkill.waitUntilExit()
    }
}
