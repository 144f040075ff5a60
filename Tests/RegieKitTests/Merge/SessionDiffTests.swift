import Foundation
import Testing

@testable import RegieKit

@Suite("Merge: the human diff")
struct SessionDiffTests {
    @Test func saysWhatChangedAsPeopleSayIt() throws {
        var before = roundsFixture()
        before.partners[1].name = "Politie Dalstede-Oost"
        before.partners[1].scores.influence = 3
        before.partners[2].name = "Woonstichting"
        before.partners.append(Partner(id: "ggz", name: "GGZ"))
        before.relations.append(Relation(id: "r5", from: "won", to: "ggz", kind: .tension))
        var after = before
        after.partners[1].scores.influence = 5
        after.relations[2].kind = .collaboration
        after.notes.append(
            Note(id: "n1", at: try #require(Timestamp.date(from: "2026-02-16T13:05:00Z")), text: "Wijkagent belt terug")
        )
        after.removeRelation("r2")
        after.partners[0].status = .letGo
        let lines = SessionDiff(
            from: before, to: after, language: .nl, timeZone: TimeZone(identifier: "Europe/Amsterdam")!
        ).lines
        #expect(
            lines == [
                "Gemeente: status actief → losgelaten",
                "Politie Dalstede-Oost: invloed 3 → 5",
                "relatie Woonstichting ↔ GGZ: spanning → samenwerking",
                "relatie Gemeente ↔ Politie Dalstede-Oost verwijderd",
                "nieuwe notitie 14:05 “Wijkagent belt terug”",
            ])
        #expect(SessionDiff(from: after, to: after, language: .nl, timeZone: .gmt).isEmpty)
    }

    @Test func theFieldsOfALiveMeetingAreNamedToo() throws {
        var before = roundsFixture()
        let start = try #require(Timestamp.date(from: "2026-02-16T13:00:00Z"))
        before.meetings = [Meeting(id: "m1", title: "Wijktafel", date: start)]
        before.actions = [ActionItem(id: "a1", text: "Zaal boeken", ownerName: "Jolanda")]
        before.currentMeeting = "m1"
        var after = before
        after.actions[0].ownerName = "Piet"
        after.meetings[0].mode = .negotiation
        after.currentMeeting = nil
        let lines = SessionDiff(from: before, to: after, language: .nl, timeZone: .gmt).lines
        #expect(
            lines == [
                "overleg “Wijktafel”: karakter – → onderhandeling",
                "actie “Zaal boeken”: eigenaar (persoon) “Jolanda” → “Piet”",
            ])
    }

    @Test func factsPutEveryFieldOnALineOfItsOwn() {
        let lines = SessionDiff.facts(roundsFixture(), language: .en, timeZone: .gmt)
        #expect(lines.contains("Politie: influence 4"))
        #expect(lines.contains("relation Woonstichting ↔ Politie: tension"))
    }
}
