import Foundation
import Testing

import RegieKit
import RegieTestSupport

/// The bundled example sessions: each must load cleanly, save back to the same bytes and be rich
/// enough to exercise every pane (partners, all relation kinds, perspectives, interventions,
/// a meeting with notes and actions, a partner worth letting go, something private).
@Suite("Sample sessions")
struct SampleSessionTests {
    /// The five samples, by file name without `.json`.
    static let names = ["wijkaanpak", "jeugdzorgketen", "radicalisering", "omgevingswet", "circulaire-economie"]

    /// `Sources/RegieKit/Resources/Samples`, found from this file so the tests run from any folder.
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .appendingPathComponent("../../Sources/RegieKit/Resources/Samples")
        .standardizedFileURL

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name + ".json"))
    }

    static func session(_ name: String) throws -> Session {
        let bytes = try data(name)
        do {
            return try SessionCodec.decode(bytes)
        } catch {
            let problems = error.problems.map { "\($0)" }.joined(separator: "\n")
            Issue.record("\(name).json does not decode:\n\(problems)")
            throw error
        }
    }

    @Test func theFolderHoldsExactlyTheFiveSamples() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
            .filter { !$0.hasPrefix(".") }
            .sorted()
        #expect(files == Self.names.map { $0 + ".json" }.sorted())
    }

    @Test(arguments: names)
    func decodesWithoutProblems(_ name: String) throws {
        let session = try Self.session(name)
        #expect(session.language == .nl)
        #expect(session.schemaVersion == Session.currentSchemaVersion)
        #expect(!session.title.isEmpty)
        #expect(!session.opgave.title.isEmpty && !session.opgave.intent.isEmpty)
        #expect(!session.opgave.whyItMatters.isEmpty && !session.opgave.successSignals.isEmpty)
        #expect(!session.regisseur.name.isEmpty && !session.regisseur.styles.isEmpty)
        #expect(!session.workForm.notes.isEmpty)
        #expect(SessionValidator.problems(in: session).isEmpty)
    }

    /// The first line where the file and the codec's output differ, so a failure says where.
    static func firstDifference(file: Data, encoded: Data) -> String {
        let fileLines = String(decoding: file, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let codecLines = String(decoding: encoded, as: UTF8.self).split(
            separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(fileLines.count, codecLines.count) {
            let inFile = i < fileLines.count ? String(fileLines[i]) : "<end of file>"
            let fromCodec = i < codecLines.count ? String(codecLines[i]) : "<end of output>"
            if inFile != fromCodec { return "line \(i + 1): file has `\(inFile)`, codec writes `\(fromCodec)`" }
        }
        return "no line differs"
    }

    @Test(arguments: names)
    func savingAgainGivesTheSameBytes(_ name: String) throws {
        let original = try Self.data(name)
        let encoded = SessionCodec.encode(try Self.session(name))
        #expect(
            encoded == original,
            "\(name).json is not canonical: \(Self.firstDifference(file: original, encoded: encoded))")
    }

    @Test(arguments: names)
    func isTextNotEscapes(_ name: String) throws {
        let text = try #require(String(data: Self.data(name), encoding: .utf8))
        #expect(!text.contains("\\u"), "letters must be written as themselves")
        #expect(text.contains("é") || text.contains("ë") || text.contains("ï"), "Dutch text has accents")
    }

    @Test(arguments: names)
    func hasARealisticNetwork(_ name: String) throws {
        let session = try Self.session(name)
        #expect((8...20).contains(session.partners.count))
        let kinds = Set(session.relations.map(\.kind))
        #expect(kinds.count >= 4)
        #expect(kinds.contains(.tension) && kinds.contains(.negotiation))
        #expect(session.perspectives.count >= 3)
        #expect(session.interventions.count >= 2)
        #expect(session.partners.contains { $0.status == .letGo || $0.status == .watching })
        let related = Set(session.relations.flatMap { [$0.from, $0.to] })
        #expect(session.partners.allSatisfy { related.contains($0.id) }, "every partner has a relation")
    }

    @Test(arguments: names)
    func hasAMeetingWithNotesAndActions(_ name: String) throws {
        let session = try Self.session(name)
        #expect(!session.meetings.isEmpty)
        let meetings = Set(session.meetings.map(\.id))
        #expect(session.notes.contains { $0.meeting.map(meetings.contains) ?? false })
        #expect(!session.actions.isEmpty)
        #expect(session.actions.contains { $0.owner != nil && $0.due != nil })
    }

    @Test(arguments: names)
    func keepsSomethingPrivate(_ name: String) throws {
        let session = try Self.session(name)
        #expect(session.notes.contains(where: \.isPrivate) || session.partners.contains { !$0.privateNotes.isEmpty })
        #expect(session.partners.contains { !$0.shareScores }, "assessments are private by default")
    }

    @Test(arguments: names)
    func publicVersionLeavesOutWhatIsPrivate(_ name: String) throws {
        let session = try Self.session(name)
        let text = try #require(String(data: SessionCodec.encode(session, disclosure: .public), encoding: .utf8))
        for partner in session.partners where !partner.privateNotes.isEmpty {
            #expect(!text.contains(partner.privateNotes), "private notes of \(partner.id) leak")
        }
        for note in session.notes where note.isPrivate {
            #expect(!text.contains(note.text), "private note \(note.id) leaks")
        }
        let reread = try SessionCodec.decode(Data(text.utf8))
        #expect(reread.partners.count == session.partners.count)
    }

    @Test(arguments: names)
    func linksItsCatalogueInterventionsToTheCatalogue(_ name: String) throws {
        let session = try Self.session(name)
        let linked = session.interventions.compactMap(\.catalogId)
        #expect(linked.count >= 2, "the sample takes interventions from the catalogue")
        for id in linked {
            let entry = try #require(Catalog.intervention(id: id), "\(name): \(id) is not in the catalogue")
            #expect(entry.id == id, "\(name): \(id) is a former id of \(entry.id)")
            #expect(entry.kind == .intervention, "\(name): \(id) is a diagnosis")
        }
    }

    @Test(arguments: names)
    func putsTrustBetweenTwoPartnersOnTheirRelation(_ name: String) throws {
        let session = try Self.session(name)
        let assessed = session.relations.compactMap(\.trust)
        #expect(assessed.count >= 3)
        #expect(assessed.allSatisfy(Relation.trustRange.contains))
        let shown = try SessionCodec.decode(SessionCodec.encode(session, disclosure: .public))
        #expect(
            shown.relations.allSatisfy { $0.trust == nil }, "trust is an assessment and stays out of a public version")
    }

    @Test func theChainSampleOrdersItsPartners() throws {
        let session = try Self.session("jeugdzorgketen")
        let positions = session.partners.compactMap(\.chainPosition)
        #expect(positions.count >= 8)
        #expect(Set(positions).count >= 4, "signalering, toegang, bescherming, zorg, nazorg")
        #expect(positions.min() == 1)
    }
}
