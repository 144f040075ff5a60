import Foundation
import Testing

@testable import RegieKit

@Suite("Merge: several assessors on one network")
struct AssessorMergeTests {
    /// An assessor's copy of `team` with `scores` per partner id, as the assessor filled it in.
    static func copy(of team: Session, by assessor: String, _ scores: [String: Scores]) -> Session {
        var copy = team.assessorCopy(for: assessor)
        for i in copy.partners.indices {
            if let s = scores[copy.partners[i].id.rawValue] { copy.partners[i].scores = s }
        }
        return copy
    }

    @Test func theCopyHoldsNoOnesAssessment() {
        var team = roundsFixture()
        team.partners[0].privateNotes = "geheim"
        team.notes = [Note(id: "n", at: Date(timeIntervalSince1970: 0), text: "x")]
        let copy = team.assessorCopy(for: "Anouk")
        #expect(copy.assessor == "Anouk")
        #expect(copy.partners.map(\.id) == team.partners.map(\.id))
        #expect(copy.partners.allSatisfy { $0.scores == Scores() && $0.privateNotes.isEmpty })
        #expect(copy.relations.allSatisfy { $0.trust == nil })
        #expect(copy.relations.map(\.kind) == team.relations.map(\.kind))
        #expect(copy.notes.isEmpty && copy.interventions.isEmpty)
        #expect(SessionValidator.problems(in: copy).isEmpty)
    }

    @Test func eachAssessorsScoresAreKeptSideBySideAndTheTeamsUntouched() throws {
        var team = roundsFixture()
        let before = team.partners
        team.mergeAssessment(
            Self.copy(of: team, by: "Anouk", ["pol": Scores(influence: 5, commitment: 1)]), assessor: "Anouk")
        team.mergeAssessment(
            Self.copy(of: team, by: "Bram", ["pol": Scores(influence: 2, commitment: 4)]), assessor: "Bram")
        #expect(team.partners == before)
        let readings = team.assessorReadings(of: Partner.ID("pol"))
        #expect(readings.map(\.assessor) == ["Anouk", "Bram"])
        #expect(readings.map(\.reading.scores.influence) == [5, 2])
        #expect(team.assessorReadings(of: Partner.ID("gem")).isEmpty, "all zeros: not assessed")
        // Merging Anouk again replaces her sheet.
        team.mergeAssessment(Self.copy(of: team, by: "anouk", ["pol": Scores(influence: 4)]), assessor: "anouk")
        #expect(team.assessments.count == 2)
        #expect(team.assessorReadings(of: Partner.ID("pol")).map(\.reading.scores.influence) == [4, 2])
        #expect(SessionValidator.problems(in: team).isEmpty)
    }

    @Test func partnersAndRelationsAnAssessorAddedAreKeptWithWhoAddedThem() throws {
        var team = roundsFixture()
        var copy = team.assessorCopy(for: "Carla")
        copy.partners.append(Partner(id: "bieb", name: "Bibliotheek", scores: Scores(interest: 4)))
        copy.partners.append(Partner(id: "gemeente-2", name: "Gem.", organisation: ""))
        copy.relations.append(Relation(id: "r-new", from: "bieb", to: "gem", kind: .collaboration))
        let report = team.mergeAssessment(copy, assessor: "Carla")
        #expect(team.partner("bieb")?.scores.interest == 4)
        #expect(team.addedBy("bieb") == "Carla")
        #expect(team.addedBy("r-new") == "Carla")
        #expect(team.relations.last?.from == "bieb")
        #expect(report.relationsAdded.map(\.id) == ["r-new"])
        #expect(report.partners.map(\.kind) == [.exact, .exact, .exact, .new, .sameFoldedName])
        #expect(team.partners.count == 4, "Gem. is the Gemeente")
        #expect(report.forReview.map(\.incoming.name) == ["Gem."])
        let text = report.lines(file: "carla.json", session: team, language: .nl).joined(separator: "\n")
        #expect(text.contains("Carla (carla.json): 5 partners, 4 samengevoegd, 1 toegevoegd, 1 ter controle"))
        #expect(text.contains("nieuwe relatie van Carla: Bibliotheek ↔ Gemeente (samenwerking)"))
        #expect(SessionValidator.problems(in: team).isEmpty)
    }

    @Test func bespreekpuntenAreWhereAssessorsLieTwoOrMoreApartRankedByTheSpread() throws {
        var team = roundsFixture()
        team.mergeAssessment(
            Self.copy(
                of: team, by: "Anouk",
                ["pol": Scores(influence: 5, commitment: 1), "gem": Scores(influence: 4), "won": Scores(trust: 3)]),
            assessor: "Anouk")
        var bram = Self.copy(
            of: team, by: "Bram",
            ["pol": Scores(influence: 2, commitment: 4), "gem": Scores(influence: 3), "won": Scores(trust: 1)])
        bram.relations[0].kind = .collaboration
        team.mergeAssessment(bram, assessor: "Bram")
        let points = team.bespreekpunten
        #expect(points.map(\.name) == ["Politie", "Woonstichting", "Woonstichting ↔ Politie"])
        #expect(points[0].spread == 3 && points[0].differences.count == 2)
        #expect(
            points[0].text(.nl) == "invloed: Anouk 5, Bram 2 (verschil 3); commitment: Anouk 1, Bram 4 (verschil 3)")
        #expect(points[2].text(.en) == "kind: Anouk tension, Bram collaboration (apart 2)")
        let lines = team.bespreekpuntLines(.nl)
        #expect(
            lines[1] == "  1. Politie — invloed: Anouk 5, Bram 2 (verschil 3); commitment: Anouk 1, Bram 4 (verschil 3)"
        )
        let report = SessionExport.markdown(team, .testing(.full, .nl))
        #expect(report.contains("## Bespreekpunten"))
        #expect(report.contains("- **Politie** — invloed: Anouk 5, Bram 2 (verschil 3)"))
        #expect(!SessionExport.markdown(team, .testing(.public, .nl)).contains("Bespreekpunten"))
    }
}
