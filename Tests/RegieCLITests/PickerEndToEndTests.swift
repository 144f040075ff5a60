import Foundation
import RegieKit
import Testing

/// The picker in the real binary: one key plans the best suggestion, and autosave puts it in
/// the session file.
@Suite(.serialized) struct PickerEndToEndTests {
    @Test(arguments: [(80, 24), (120, 40)])
    func oneKeyPlansTheTopSuggestionAndItIsInTheSavedFile(width: Int, height: Int) throws {
        let ws = try Workspace()
        let demo = try #require(SampleSessions.data(named: SampleSessions.demoName))
        try demo.write(to: ws.url.appendingPathComponent("wijk.json"))
        let before = try SessionCodec.decode(demo)
        let binary = try #require(RegieBinary.url)
        let tmux = try TmuxSession(
            command: [binary.path, ws.path("wijk.json"), "--lang", "nl"], width: width, height: height)
        #expect(try tmux.waitFor("1 Kaart").ok)

        try tmux.keys("3")
        // The tab counts the suggestions once they are computed, off the key loop.
        let ranked = try tmux.waitFor { $0.range(of: "Suggesties \\([0-9]+\\)", options: .regularExpression) != nil }
        #expect(ranked.ok, "\(ranked.screen)")
        #expect(ranked.screen.contains(" 1  "), "\(ranked.screen)")

        try tmux.keys("Enter")
        let planned = try tmux.waitFor("Gepland: ")
        #expect(planned.ok, "\(planned.screen)")
        let line = try #require(planned.screen.split(separator: "\n").first { $0.contains("Gepland: ") })
        let title = try #require(line.components(separatedBy: "Gepland: ").last?.components(separatedBy: " — ").first)

        // Autosave writes the file itself within seconds: the status bar then says when.
        let saved = try tmux.waitFor { $0.range(of: "✓ bewaard [0-9]{2}:[0-9]{2}", options: .regularExpression) != nil }
        #expect(saved.ok, "\(saved.screen)")
        let session = try SessionCodec.decode(Data(contentsOf: ws.url.appendingPathComponent("wijk.json")))
        #expect(session.interventions.count == before.interventions.count + 1)
        let added = try #require(session.interventions.first { !before.interventions.map(\.id).contains($0.id) })
        #expect(added.title.hasPrefix(title.replacingOccurrences(of: "…", with: "")))
        #expect(added.status == .planned)
        let day = try #require(added.planned)
        // It is the suggestion ranked first for that day, with everything filled in, in Dutch.
        let top = try #require(suggestions(for: before, today: day).first)
        #expect(added.catalogId == top.intervention.id)
        #expect(added.title == top.intervention.title.nl)
        #expect(added.targets == top.targets && !added.targets.isEmpty)
        #expect(added.tips == top.intervention.tips)
        #expect(added.rationale == top.reason.nl)
        #expect(added.expectedEffect == top.intervention.expectedEffect.nl)

        try tmux.keys("q")
        #expect(try tmux.waitForExit())
        #expect(try tmux.display("#{alternate_on}") == "0")
    }
}
