import Foundation
import RegieKit
import Testing

/// Values from a session file never reach a terminal raw: messages and text exports show their
/// control characters as escapes such as `\u{1B}`.
@Suite struct TerminalSafetyTests {
    /// The clipboard write from the report: OSC 52 with "PWNED" in base64, ended by BEL.
    static let clipboard = "\u{1B}]52;c;UFdORUQ=\u{7}"

    /// A session whose first partner has a status that writes to the clipboard, whose second has
    /// an id with a line break and a screen clear, and whose third is named with a bidi override.
    static var hostileInvalid: String {
        """
        {
          "schemaVersion": 1,
          "title": "Kapot",
          "partners": [
            { "id": "p1", "name": "Gemeente", "status": "\\u001b]52;c;UFdORUQ=\\u0007" },
            { "id": "p2\\nhost.json:1: ok\\u001b[2J", "name": "Politie" },
            { "id": "p3", "name": "Zorg \\u202Eeert", "status": "weg\\u202E" }
          ]
        }

        """
    }

    static var hostileValid: String {
        let session = Session(
            title: "Titel\u{1B}]0;pwned\u{7}", language: .nl,
            partners: [
                Partner(id: "p1", name: "Evil" + clipboard + "Corp", organisation: "Org\u{1B}[2J"),
                Partner(id: "p2", name: "Politie \u{202E}tset"),
            ])
        return String(decoding: SessionCodec.encode(session), as: UTF8.self)
    }

    /// Whether `text` holds anything that steers a terminal (line breaks aside).
    static func holdsControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 != "\n" && TerminalText.isEscaped($0) }
    }

    @Test func checkShowsHostileValuesAsEscapesOneProblemALine() throws {
        let ws = try Workspace()
        try ws.write("host.json", Self.hostileInvalid)
        let result = try ws.regie("check", "host.json")
        #expect(result.status == 1, "\(result)")
        #expect(!Self.holdsControls(result.stderr), "\(result.stderr.debugDescription)")
        #expect(
            result.errorLines == [
                #"host.json:5: partners[0].status: unknown value "\u{1B}]52;c;UFdORUQ=\u{7}"; allowed: active, watching, letGo"#,
                #"host.json:6: partners[1].id: id "p2\u{A}host.json:1: ok\u{1B}[2J" may only hold letters, digits, '-', '_' and '.'"#,
                #"host.json:7: partners[2].status: unknown value "weg\u{202E}"; allowed: active, watching, letGo"#,
            ])
    }

    @Test func openingABrokenFileReportsTheSameWay() throws {
        let ws = try Workspace()
        try ws.write("host.json", Self.hostileInvalid)
        let result = try ws.regie("host.json")
        #expect(result.status == 1, "\(result)")
        #expect(!Self.holdsControls(result.stderr), "\(result.stderr.debugDescription)")
        #expect(result.errorLines.count == 3)
        #expect(result.stderr.contains(#"\u{1B}]52;c;UFdORUQ=\u{7}"#))
    }

    @Test func aHostileFileNameIsShownAsEscapes() throws {
        let ws = try Workspace()
        let name = "x\u{1B}]0;t\u{7}.json"
        try ws.write(name, SessionFiles.valid)
        let ok = try ws.regie("check", name)
        #expect(ok.status == 0, "\(ok)")
        #expect(ok.stdout.hasPrefix(#"x\u{1B}]0;t\u{7}.json: ok ("#))
        let missing = try ws.regie("check", "gone\u{1B}[2J.json")
        #expect(missing.status == 2)
        #expect(missing.stderr == #"gone\u{1B}[2J.json: no such file"# + "\n")
    }

    @Test func anExportIntoAPipeStaysAsItIs() throws {
        let ws = try Workspace()
        try ws.write("host.json", Self.hostileValid)
        let csv = try ws.regie("export", "host.json", "--format", "csv")
        #expect(csv.status == 0, "\(csv)")
        #expect(csv.stdout.contains("Evil" + Self.clipboard + "Corp"))
    }

    /// The real workbench in tmux: names with escape sequences, a bidi override, a zero-width
    /// joiner and a line break show as text, every row keeps its borders where the others have
    /// them, and nothing reaches the terminal's title or clipboard or clears the screen.
    @Test func theWorkbenchShowsHostileNamesAsTextAndKeepsItsBorders() throws {
        let ws = try Workspace()
        let names = [
            "Evil" + Self.clipboard, "Clear\u{1B}[2J\u{1B}[H", "Title\u{1B}]0;pwned\u{7}", "Politie \u{202E}tset",
            "Zorg\u{200D}team", "Regel\neen", "Gewoon",
        ]
        let session = Session(
            title: "Vijandig",
            partners: names.enumerated().map { Partner(id: EntityID("p\($0.offset)"), name: $0.element) })
        try SessionCodec.encode(session).write(to: ws.url.appendingPathComponent("host.json"))
        let binary = try #require(RegieBinary.url)
        let tmux = try TmuxSession(
            command: [binary.path, ws.path("host.json"), "--lang", "nl"], width: 100, height: 30)
        let title = try tmux.display("#{pane_title}")
        let (ready, screen) = try tmux.waitFor("Gewoon")
        #expect(ready, "\(screen)")
        let rows = screen.split(separator: "\n").map(String.init)
        let list = try #require(rows.firstIndex { $0.contains("Evil") })
        #expect(rows[list].contains(#"Evil\u{1B}]52;c;UFdORUQ="#), "\(screen)")
        #expect(rows[list + 3].contains(#"Politie \u{202E}tset"#), "\(screen)")
        #expect(rows[list + 4].contains("Zorgteam"), "\(screen)")
        #expect(rows[list + 5].contains(#"Regel\u{A}een"#), "\(screen)")
        // All that is on these rows is one column a character, so the borders line up by index.
        let borders = rows[list..<(list + names.count)].map { row in
            row.indices.filter { row[$0] == "│" }.map { row.distance(from: row.startIndex, to: $0) }
        }
        #expect(Set(borders).count == 1, "\(borders)\n\(screen)")
        #expect(try tmux.display("#{pane_title}") == title)
        try tmux.keys("q")
        #expect(try tmux.waitForExit())
    }

    @Test func anExportOnATerminalShowsEscapes() throws {
        let ws = try Workspace()
        try ws.write("host.json", Self.hostileValid)
        let binary = try #require(RegieBinary.url)
        let tmux = try TmuxSession(
            command: [binary.path, "export", ws.path("host.json"), "--format", "csv", "--rfc4180"], width: 100,
            height: 10,
            reportExit: true)
        let title = try tmux.display("#{pane_title}")
        let (done, screen) = try tmux.waitFor("[exit 0]")
        #expect(done, "\(screen)")
        #expect(screen.contains(#"p1,Evil\u{1B}]52;c;UFdORUQ=\u{7}Corp,Org\u{1B}[2J,,active"#), "\(screen)")
        #expect(screen.contains(#"p2,Politie \u{202E}tset"#), "\(screen)")
        #expect(try tmux.display("#{pane_title}") == title)
    }
}
