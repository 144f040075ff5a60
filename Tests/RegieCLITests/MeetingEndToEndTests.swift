import Foundation
import RegieKit
import Testing

/// The note-taker in a live meeting with the real binary at 80×24: start a meeting, ten notes,
/// a decision and three actions, end it, and find it all in order in the file autosave wrote.
@Suite(.serialized) struct MeetingEndToEndTests {
    @Test func aMeetingWithTenNotesAndThreeActionsIsInTheFileInOrder() throws {
        let ws = try Workspace()
        try WorkbenchEndToEndTests.sessionData().write(to: ws.url.appendingPathComponent("wijk.json"))
        let binary = try #require(RegieBinary.url)
        let tmux = try TmuxSession(
            command: [binary.path, ws.path("wijk.json"), "--lang", "nl"], width: 80, height: 24)
        #expect(try tmux.waitFor("1 Kaart").ok)

        // m, the title, Enter: the start is now, the attendees can wait.
        try tmux.keys("m")
        #expect(try tmux.waitFor("Overleg starten").ok)
        try tmux.type("Wijktafel december")
        try tmux.keys("Enter")
        let running = try tmux.waitFor("● Wijktafel")
        #expect(running.ok, "\(running.screen)")

        // Ten notes: n, the text, Enter. One links a partner with @ and Tab.
        let texts = (1...10).map { "Punt \($0): wat er gezegd werd" }
        for (i, text) in texts.enumerated() {
            try tmux.keys("n")
            if i == 4 {
                try tmux.type("Punt 5: @gem")
                #expect(try tmux.waitFor("│ Gemeente Dalstede").ok)
                try tmux.keys("Tab")
                try tmux.type("zegt toe")
            } else {
                try tmux.type(text)
            }
            try tmux.keys("Enter")
        }
        try tmux.keys("b")
        try tmux.type("De casustafel blijft")
        try tmux.keys("Enter")
        // Three actions: t, what, Tab, who, Tab, when, Enter.
        let actions = [
            ("Convenant opstellen", "gem", "vr"), ("Zaal boeken", "Jolanda", "+2w"), ("Cijfers sturen", "pol", "15-12"),
        ]
        for (what, who, when) in actions {
            try tmux.keys("t")
            #expect(try tmux.waitFor("Actie toevoegen").ok)
            try tmux.type(what)
            try tmux.keys("Tab")
            try tmux.type(who)
            try tmux.keys("Tab")
            try tmux.type(when)
            try tmux.keys("Enter")
            #expect(try tmux.waitFor("Actie toegevoegd").ok)
        }
        try tmux.keys("M")
        let ended = try tmux.waitFor("Overleg beëindigd: 10 notities, 1 besluit, 3 acties")
        #expect(ended.ok, "\(ended.screen)")
        // Autosave, no Ctrl-S: "✓ bewaard 14:05" once the file holds it all.
        let saved = try tmux.waitFor {
            $0.range(of: "✓ bewaard [0-9]{2}:[0-9]{2}", options: .regularExpression) != nil
        }
        #expect(saved.ok, "\(saved.screen)")

        let session = try SessionCodec.decode(try #require(ws.contents("wijk.json")))
        #expect(session.currentMeeting == nil)
        let meeting = try #require(session.meetings.first { $0.title == "Wijktafel december" })
        #expect(meeting.ended != nil)
        #expect(meeting.decisions == ["De casustafel blijft"])
        let notes = session.notes.filter { $0.meeting == meeting.id }
        var expected = texts
        expected[4] = "Punt 5: Gemeente Dalstede zegt toe"
        #expect(notes.map(\.text) == expected)
        #expect(notes.map(\.at) == notes.map(\.at).sorted())
        #expect(notes[4].links.contains("gemeente"))
        let made = session.actions.filter { $0.meeting == meeting.id }
        #expect(made.map(\.text) == actions.map(\.0))
        #expect(made.map(\.owner) == ["gemeente", nil, "politie"])
        #expect(made[1].ownerName == "Jolanda")
        let dates = DateInput(now: Date(), timeZone: .current)
        #expect(made.map(\.due) == actions.map { try? dates.day($0.2) })

        try tmux.keys("q")
        #expect(try tmux.waitForExit())
        #expect(try ws.folderContents() == ["wijk.json"])

        // The minutes of that meeting: every note, the decision and every action, in order.
        let minutes = try ws.regie("export", "wijk.json", "--format", "markdown", "--meeting", meeting.id.rawValue)
        #expect(minutes.status == 0, "\(minutes)")
        let parts =
            expected + ["## Besluiten", "De casustafel blijft", "## Acties"]
            + ["Convenant opstellen — eigenaar: Gemeente Dalstede", "Zaal boeken — eigenaar: Jolanda"]
            + ["Cijfers sturen — eigenaar: Politie Dalstede-Oost"]
        let places = parts.map { minutes.stdout.range(of: $0)?.lowerBound }
        #expect(!places.contains(nil), "\(minutes.stdout)")
        let found = places.compactMap { $0 }
        #expect(found == found.sorted(), "\(minutes.stdout)")
    }
}
