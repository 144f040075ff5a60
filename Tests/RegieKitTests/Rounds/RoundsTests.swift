import Foundation
import Testing

@testable import RegieKit

/// A small network scored by hand: three partners, two relations.
func roundsFixture() -> Session {
    var session = Session(title: "Wijk")
    session.partners = [
        Partner(
            id: "gem", name: "Gemeente", scores: Scores(influence: 4, interest: 4, commitment: 3, energy: 3, trust: 3)),
        Partner(
            id: "pol", name: "Politie",
            scores: Scores(influence: 4, interest: 1, commitment: 1, energy: 2, trust: 2, legitimacy: 4, urgency: 1),
            engagement: Engagement(current: .resistant)),
        Partner(id: "won", name: "Woonstichting", scores: Scores(influence: 2, interest: 3, commitment: 3, trust: 3)),
    ]
    session.relations = [
        Relation(id: "r1", from: "won", to: "pol", kind: .tension, strength: 2, trust: 1),
        Relation(id: "r2", from: "gem", to: "pol", kind: .information),
    ]
    return session
}

@Suite("Rounds: recording and storing")
struct RoundsTests {
    @Test func aRoundCopiesScoresEngagementStatusAndRelations() {
        var session = roundsFixture()
        let id = session.addRound(name: "Nulmeting", date: Day(year: 2026, month: 1, day: 15))
        #expect(id == "round-nulmeting")
        let round = session.rounds[0]
        #expect(round.sheet.reading(of: Partner.ID("pol"))?.scores.influence == 4)
        #expect(round.sheet.reading(of: Partner.ID("pol"))?.engagement.current == .resistant)
        #expect(round.sheet.reading(of: Relation.ID("r1"))?.kind == .tension)
        #expect(round.sheet.reading(of: Relation.ID("r1"))?.trust == 1)
        // Later edits leave the round as it was.
        session.partners[1].scores.influence = 1
        #expect(session.rounds[0].sheet.reading(of: Partner.ID("pol"))?.scores.influence == 4)
    }

    @Test func roundsStayInDateOrderAndGetIDsOfTheirOwn() {
        var session = roundsFixture()
        session.addRound(name: "Maart", date: Day(year: 2026, month: 3, day: 1))
        session.addRound(name: "Januari", date: Day(year: 2026, month: 1, day: 1))
        session.addRound(name: "Maart", date: Day(year: 2026, month: 3, day: 1))
        #expect(session.rounds.map(\.id.rawValue) == ["round-januari", "round-maart", "round-maart-2"])
        #expect(session.round(named: "januari")?.name == "Januari")
        #expect(session.round(named: "2026-01-01")?.name == "Januari")
        #expect(session.round(named: "Maart") == nil, "two rounds are called Maart: not guessed")
        #expect(session.round(named: "round-maart-2") != nil)
    }

    @Test func roundsAssessmentsAndConflictsRoundTripByteForByte() throws {
        var session = roundsFixture()
        session.addRound(name: "Nulmeting", date: Day(year: 2026, month: 1, day: 15))
        session.assessments = [
            AssessorSheet(
                assessor: "Anouk",
                sheet: ScoreSheet(
                    partners: [
                        PartnerReading(partner: "pol", name: "Politie", scores: Scores(influence: 5), added: true)
                    ],
                    relations: [
                        RelationReading(relation: "r1", from: "won", to: "pol", kind: .collaboration, added: true)
                    ]))
        ]
        session.conflicts = [
            MergeConflict(
                id: "conflict-1",
                location: FieldLocation(list: "partners", entity: "pol", field: ["scores", "influence"]),
                base: .int(2), ours: .init(name: "Bram", value: .int(3)), theirs: .init(name: "Anouk", value: nil))
        ]
        let data = SessionCodec.encode(session)
        let decoded = try SessionCodec.decode(data)
        #expect(decoded == session)
        #expect(SessionCodec.encode(decoded) == data)
        let text = utf8Text(data)
        #expect(
            text.contains(#""rounds": ["#) && text.contains(#""assessments": ["#) && text.contains(#""conflicts": ["#))
    }

    @Test func aSessionWithoutRoundsWritesNoneOfTheNewLists() {
        let text = utf8Text(SessionCodec.encode(roundsFixture()))
        for key in ["rounds", "assessments", "conflicts", "assessor"] { #expect(!text.contains("\"\(key)\"")) }
        #expect(text.contains(#""schemaVersion": 2"#))
    }

    @Test func aVersionOneFileMigratesAndIsWrittenAsVersionTwo() throws {
        var text = utf8Text(SessionCodec.encode(roundsFixture()))
        text = text.replacingOccurrences(of: #""schemaVersion": 2"#, with: #""schemaVersion": 1"#)
        let session = try SessionCodec.decode(Data(text.utf8))
        #expect(session.schemaVersion == 2)
        #expect(session.rounds.isEmpty && session.partners.count == 3)
        #expect(
            utf8Text(SessionCodec.encode(session))
                == text.replacingOccurrences(of: #""schemaVersion": 1"#, with: #""schemaVersion": 2"#))
    }

    @Test func roundsAndAssessmentsArePrivate() {
        var session = roundsFixture()
        session.partners[1].shareScores = true
        session.addRound(name: "Nulmeting", date: Day(year: 2026, month: 1, day: 15))
        session.assessments = [AssessorSheet(assessor: "Anouk")]
        session.conflicts = [
            MergeConflict(
                id: "c", location: FieldLocation(field: ["title"]), base: nil,
                ours: .init(name: "a", value: .string("x")),
                theirs: .init(name: "b", value: .string("y")))
        ]
        let shown = session.disclosed(.public)
        #expect(shown.rounds.isEmpty && shown.assessments.isEmpty && shown.conflicts.isEmpty)
        let text = utf8Text(SessionCodec.encode(session, disclosure: .public))
        #expect(!text.contains("Nulmeting") && !text.contains("Anouk") && !text.contains("\"conflicts\""))
    }

    @Test func aDuplicateRoundIDAndAnOutOfRangeReadingAreReported() {
        var session = roundsFixture()
        session.addRound(name: "A", date: Day(year: 2026, month: 1, day: 1))
        session.rounds.append(session.rounds[0])
        session.rounds[1].sheet.partners[0].scores.trust = 9
        let found = SessionValidator.problems(in: session).map(\.description)
        #expect(found.count == 2, "\(found)")
        #expect(found.contains { $0.contains("rounds[1].id") && $0.contains("already used at rounds[0]") })
        #expect(found.contains { $0.contains("rounds[1].partners[0].scores.trust") })
    }

    @Test func aRoundWithoutADateIsRefused() throws {
        let text = #"{"schemaVersion": 2, "title": "x", "rounds": [{"id": "r", "name": "A"}]}"#
        let found = problems(decoding: text)
        #expect(found.map { $0.path?.description } == ["rounds[0].date"])
    }
}
