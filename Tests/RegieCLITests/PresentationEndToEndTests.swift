import Foundation
import RegieKit
import Testing
import RegieTestSupport

/// The facilitator's part, on the real binary at projector size: into the slides with `p`, through
/// every one of them, and out again only after the question.
@Suite(.serialized) struct PresentationEndToEndTests {
    static let secret = "GEHEIM"

    /// The demo with something private planted in every private place.
    static func plantedSession() throws -> Data {
        var session = try SessionCodec.decode(try #require(SampleSessions.data(named: SampleSessions.demoName)))
        for index in session.partners.indices {
            session.partners[index].privateNotes = "\(secret)-PRIVENOTITIE"
            if !session.partners[index].shareScores {
                session.partners[index].interests.append("\(secret)-BELANG")
                session.partners[index].values.append("\(secret)-WAARDE")
            }
        }
        session.notes.append(
            Note(
                id: "geheim", at: Date(timeIntervalSince1970: 1_790_000_000), text: "\(secret)-NOTITIE", isPrivate: true
            ))
        for tip in 1...7 {
            let question = try #require(Catalog.tip(tip)?.questions.first?.id)
            session.reflections[tip, default: Reflection()].answers[question] = "\(secret)-ANTWOORD"
        }
        return SessionCodec.encode(session)
    }

    func start(_ arguments: [String], width: Int = 80, height: Int = 24) throws -> TmuxSession {
        let binary = try #require(RegieBinary.url)
        return try TmuxSession(command: [binary.path] + arguments, width: width, height: height)
    }

    /// `3/19` on the bottom line, as (3, 19).
    static func counter(_ screen: String) -> (Int, Int)? {
        guard let last = screen.split(separator: "\n").last(where: { $0.contains("/") }) else { return nil }
        let word = last.split(separator: " ").last.map(String.init) ?? ""
        let parts = word.split(separator: "/").compactMap { Int($0) }
        return parts.count == 2 ? (parts[0], parts[1]) : nil
    }

    @Test func pThenEverySlideAt80x24ShowsNothingPrivateAndOnlyASecondPLeaves() throws {
        let ws = try Workspace()
        try Self.plantedSession().write(to: ws.url.appendingPathComponent("wijk.json"))
        let tmux = try start([ws.path("wijk.json"), "--lang", "nl"])
        #expect(try tmux.waitFor("1 Kaart").ok)

        try tmux.keys("p")
        let first = try tmux.waitFor { Self.counter($0)?.0 == 1 && $0.contains("Een veilig en leefbaar") }
        #expect(first.ok, "no first slide:\n\(first.screen)")
        let count = try #require(Self.counter(first.screen)?.1)
        #expect(count >= 15, "the demo has the opgave, seven tips, the maps and more")
        #expect(!first.screen.contains("1 Kaart"), "the workbench is gone from the wall")

        var headings: [String] = []
        for slide in 2...count {
            try tmux.keys(slide % 2 == 0 ? "Right" : "Space")
            let shown = try tmux.waitFor { Self.counter($0)?.0 == slide }
            #expect(shown.ok, "slide \(slide) did not come:\n\(shown.screen)")
            #expect(!shown.screen.contains(Self.secret), "slide \(slide) shows a secret:\n\(shown.screen)")
            // Long names wrap, on the maps too: the room reads every name whole.
            #expect(!shown.screen.contains("…"), "slide \(slide) cut a name:\n\(shown.screen)")
            // Row 7, under the title in block letters, says what the slide is about; on a map
            // slide, whose title is one line at this height, row 1 does.
            let rows = shown.screen.split(separator: "\n", omittingEmptySubsequences: false)
            headings.append(rows.count > 7 ? String(rows[7]) + " | " + String(rows[1]) : "")
        }
        #expect(headings.contains { $0.contains("Choose your battles") || $0.contains("Kies je gevechten") })
        #expect(headings.contains { $0.contains("Netwerk") })
        #expect(headings.contains { $0.contains("Hoe de partners het zien") })
        #expect(headings.contains { $0.contains("Wat nog open staat") })

        // Past the end, back one, Esc: still the slides (a key after Esc shows it was read).
        try tmux.keys("Right", "Left")
        #expect(try tmux.waitFor { Self.counter($0)?.0 == count - 1 }.ok)
        try tmux.keys("Escape")
        usleep(100_000)
        try tmux.keys("Escape")
        usleep(100_000)
        try tmux.keys("Right")
        let stayed = try tmux.waitFor { Self.counter($0)?.0 == count }
        #expect(stayed.ok, "\(stayed.screen)")

        try tmux.keys("p")
        #expect(try tmux.waitFor("De presentatie verlaten?").ok)
        try tmux.keys("Escape")
        let still = try tmux.waitFor { !$0.contains("verlaten?") && Self.counter($0)?.0 == count }
        #expect(still.ok, "Esc in the question stays:\n\(still.screen)")

        try tmux.keys("p")
        #expect(try tmux.waitFor("De presentatie verlaten?").ok)
        try tmux.keys("p")
        #expect(try tmux.waitFor("1 Kaart").ok)
        try tmux.keys("q")
        #expect(try tmux.waitForExit())
        #expect(try tmux.display("#{alternate_on}") == "0")
    }

    @Test func presentStartsOnTheSlidesAndAGroupAnswerLandsInTheFile() throws {
        let ws = try Workspace()
        try Self.plantedSession().write(to: ws.url.appendingPathComponent("wijk.json"))
        let tmux = try start([ws.path("wijk.json"), "--present", "--hide-tensions", "--lang", "en"])
        let first = try tmux.waitFor { Self.counter($0)?.0 == 1 }
        #expect(first.ok && !first.screen.contains("1 Map"), "\(first.screen)")

        try tmux.keys("2", "Down", "Enter")
        try tmux.type("Alle partners, niet alleen de gemeente")
        try tmux.keys("Enter")
        // The answer shows while it is typed too; the mark says Enter stored it.
        let answered = try tmux.waitFor {
            $0.contains("Together: Alle partners, niet alleen de gemeente") && $0.contains("▶ ✓ 2.")
        }
        #expect(answered.ok, "\(answered.screen)")

        // The timer: ten minutes, shown in block digits.
        try tmux.keys("t", "Enter")
        // Right-aligned in the title band: the top row of the digits reaches the margin.
        let timer = try tmux.waitFor { screen in
            let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return rows.count > 1 && rows[1].count >= 70 && rows[1].hasSuffix("█")
        }
        #expect(timer.ok, "\(timer.screen)")

        // The flag keeps tensions and negotiations off the network's lines and legend.
        try tmux.keys("3")
        // The slide's title and its legend may reach the screen in separate writes: wait for both.
        let network = try tmux.waitFor { $0.contains("Network") && $0.contains("collaboration") }
        #expect(network.ok, "\(network.screen)")
        #expect(!network.screen.contains("tension") && !network.screen.contains("negotiation"), "\(network.screen)")

        try tmux.keys("C-s")
        let saved = try tmux.waitFor(timeout: 10) { _ in
            let text = String(decoding: ws.contents("wijk.json") ?? Data(), as: UTF8.self)
            return text.contains("Alle partners, niet alleen de gemeente")
        }
        #expect(saved.ok)
        let session = try SessionCodec.decode(try #require(ws.contents("wijk.json")))
        let question = try #require(Catalog.tip(1)?.questions[1].id)
        #expect(session.reflections[1]?.sharedAnswers[question] == "Alle partners, niet alleen de gemeente")
        #expect(session.reflections[1]?.discussed.contains(question) == true)
        #expect(session.reflections[1]?.answers.values.contains("\(Self.secret)-ANTWOORD") == true)

        try tmux.keys("p", "p", "q")
        #expect(try tmux.waitForExit())
    }
}
