import Foundation
import Testing

@testable import RegieKit

/// Every sample, with a secret planted in every private place and a seeded choice of who shares
/// their scores, exported in every format, table, map view, dialect, language and with each
/// meeting's minutes: no public export holds a secret, and no score-based picture places a
/// partner who did not share (their names carry a marker that must not appear there).
@Suite struct ExportPrivacyFuzzTests {
    /// Each private place's secret; every one starts with `GEHEIM`.
    static let secrets = [
        "GEHEIM-PRIVENOTITIE", "GEHEIM-BELANG", "GEHEIM-WAARDE", "GEHEIM-MIDDEL", "GEHEIM-NOTITIE",
        "GEHEIM-ANTWOORD", "GEHEIM-EXTRA",
    ]
    /// In the name of every partner who does not share their assessment.
    static let withheld = "NIETGEDEELD"

    static func planted(_ session: Session, seed: UInt64) -> Session {
        var random = SeededGenerator(seed: seed)
        var session = session
        session.extra["geheim"] = .string("GEHEIM-EXTRA sessie")
        for i in session.partners.indices {
            session.partners[i].shareScores = random.next() % 3 == 0
            session.partners[i].privateNotes = "GEHEIM-PRIVENOTITIE \(i)"
            session.partners[i].extra["geheim"] = .string("GEHEIM-EXTRA partner")
            guard !session.partners[i].shareScores else { continue }
            session.partners[i].name = withheld + "-\(i) " + session.partners[i].name
            session.partners[i].interests.append("GEHEIM-BELANG")
            session.partners[i].values.append("GEHEIM-WAARDE")
            session.partners[i].resources.append(Resource(name: "GEHEIM-MIDDEL", replaceable: false))
        }
        for i in session.relations.indices { session.relations[i].extra["geheim"] = .string("GEHEIM-EXTRA") }
        for i in session.meetings.indices { session.meetings[i].extra["geheim"] = .string("GEHEIM-EXTRA") }
        for i in session.actions.indices { session.actions[i].extra["geheim"] = .string("GEHEIM-EXTRA") }
        for i in session.notes.indices where random.next() % 4 == 0 {
            session.notes[i].text = "GEHEIM-NOTITIE " + session.notes[i].text
            session.notes[i].isPrivate = true
        }
        // A private note in every meeting, linked to a partner, a tip and an intervention.
        for meeting in session.meetings {
            session.notes.append(
                Note(
                    id: Note.ID("geheim-\(meeting.id.rawValue)"), at: meeting.date.addingTimeInterval(60),
                    text: "GEHEIM-NOTITIE in het overleg", links: session.partners.prefix(1).map(\.id.rawValue),
                    tip: 2, meeting: meeting.id, isPrivate: true))
        }
        for tip in 1...7 {
            let question = Catalog.tip(tip)!.questions[0].id
            var reflection = session.reflections[tip] ?? Reflection()
            reflection.answers[question] = "GEHEIM-ANTWOORD tip \(tip)"
            reflection.answers["eigen-vraag"] = "GEHEIM-ANTWOORD eigen"
            reflection.sharedAnswers[question] = "Gedeeld in de zaal, tip \(tip)"
            session.reflections[tip] = reflection
        }
        return session
    }

    /// Every export that can be asked for, as options beside the format.
    static func everyExport(of session: Session, _ disclosure: Disclosure, _ language: Language) -> [(
        String, ExportFormat, ExportOptions
    )] {
        var all: [(String, ExportFormat, ExportOptions)] = []
        let meetings: [Meeting.ID?] = [nil] + session.meetings.map(\.id)
        for format in ExportFormat.allCases {
            switch format {
            case .csv:
                for table in CSVTable.allCases {
                    for dialect in CSVDialect.allCases {
                        all.append(
                            (
                                "csv \(table) \(dialect)", format,
                                .testing(disclosure, language, table: table, dialect: dialect)
                            ))
                    }
                }
            case .svg:
                for kind in MapKind.allCases {
                    all.append(("svg \(kind)", format, .testing(disclosure, language, views: [kind])))
                }
                all.append(("svg all", format, .testing(disclosure, language)))
            case .markdown, .html:
                for meeting in meetings {
                    let name = "\(format) \(meeting?.rawValue ?? "report")"
                    all.append((name, format, .testing(disclosure, language, meeting: meeting)))
                }
            case .dot, .mermaid, .json:
                all.append(("\(format)", format, .testing(disclosure, language)))
            }
        }
        return all
    }

    @Test(arguments: SampleSessions.names)
    func noPublicExportHoldsASecret(sample: String) throws {
        let original = try SessionCodec.decode(try #require(SampleSessions.data(named: sample)))
        var checked = 0
        for seed: UInt64 in [1, 2] {
            let session = Self.planted(original, seed: seed)
            #expect(session.partners.contains { !$0.shareScores }, "the seed withholds someone")
            for language in Language.allCases {
                for (name, format, options) in Self.everyExport(of: session, .public, language) {
                    let text = format.render(session, options)
                    // Every secret starts with GEHEIM; the message quotes the one found, not the whole export.
                    if let found = text.range(of: "GEHEIM") {
                        Issue.record(
                            "\(sample) seed \(seed) \(language) \(name): \(text[found.lowerBound...].prefix(40))")
                    }
                    if format == .svg, options.mapKinds.count == 1, options.mapKinds[0].usesScores {
                        #expect(!text.contains(Self.withheld), "\(sample) \(name) places someone who withheld")
                    }
                    checked += 1
                }
            }
        }
        #expect(checked > 80)
    }

    /// The planting reaches the exports: the full report holds the secrets the public one leaves out.
    @Test func theFullExportsHoldThePlantedSecrets() throws {
        let session = Self.planted(
            try SessionCodec.decode(try #require(SampleSessions.data(named: "wijkaanpak"))), seed: 1)
        let report = ExportFormat.markdown.render(session, .testing(.full, .nl))
        for secret in Self.secrets where secret != "GEHEIM-EXTRA" {
            #expect(report.contains(secret), "\(secret)")
        }
        #expect(ExportFormat.json.render(session, .testing(.full, .nl)).contains("GEHEIM-EXTRA"))
        let grid = ExportFormat.svg.render(session, .testing(.full, .nl, views: [.grid]))
        #expect(grid.contains(Self.withheld))
        // What a group said in the room is in the public report too.
        #expect(ExportFormat.markdown.render(session, .testing(.public, .nl)).contains("Gedeeld in de zaal, tip 3"))
    }
}
