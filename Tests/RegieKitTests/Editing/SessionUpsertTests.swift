import Foundation
import Testing

@testable import RegieKit

@Suite struct SessionUpsertTests {
    @Test func aNewIDIsAddedAtTheEnd() {
        var session = Session.mock
        let partner = Partner(id: "ggd", name: "GGD Haaglanden")
        #expect(session.upsert(partner) == .inserted)
        #expect(session.partners.map(\.id) == ["gemeente", "politie", "woningcorp", "school", "ggd"])
        #expect(session[Partner.ID("ggd")] == partner)
    }

    @Test func aKnownIDIsReplacedInItsPlace() {
        var session = Session.mock
        var politie = session[Partner.ID("politie")]!
        politie.name = "Politie Zuid"
        #expect(session.upsert(politie) == .replaced)
        #expect(session.partners.map(\.name)[1] == "Politie Zuid")
        #expect(session.partners.count == 4)
        var expected = Session.mock
        expected.partners[1].name = "Politie Zuid"
        #expect(session == expected)
    }

    /// The same two steps for an entity of every kind, each landing in its own list only.
    @Test func worksForEveryKind() {
        let at = Date(timeIntervalSince1970: 1_772_359_200)
        let new: [any SessionEntity] = [
            Partner(id: "x1", name: "Nieuw"),
            Relation(id: "x2", from: "gemeente", to: "woningcorp", kind: .funding),
            Perspective(id: "x3", partner: "gemeente", view: "Samen"),
            Intervention(id: "x4", title: "Wijkschouw"),
            Meeting(id: "x5", title: "Tweede overleg", date: at),
            Note(id: "x6", at: at, text: "Kort"),
            ActionItem(id: "x7", text: "Bellen"),
        ]
        #expect(new.map { type(of: $0).kind } == EntityKind.allCases)
        for entity in new {
            checkUpsert(entity)
        }
    }

    private func checkUpsert<E: SessionEntity>(_ entity: E) {
        var session = Session.mock
        let before = E.kind.ids(in: session)
        #expect(session.upsert(entity) == .inserted)
        #expect(E.kind.ids(in: session) == before + [entity.id.rawValue])
        #expect(session.upsert(entity) == .replaced)
        #expect(E.kind.ids(in: session) == before + [entity.id.rawValue])
        #expect(session[entity.id] == entity)
        for other in EntityKind.allCases where other != E.kind {
            #expect(other.ids(in: session) == other.ids(in: .mock), "\(E.kind) upsert touched \(other)")
        }
        #expect(SessionValidator.problems(in: session) == [], "\(E.kind)")
    }

    @Test func modifyChangesOneEntityInPlace() {
        var session = Session.mock
        #expect(session.modify(Relation.ID("r-pol-won")) { $0.strength = 5 })
        #expect(session.relations[1].strength == 5)
        #expect(session.relations.map(\.id) == ["r-gem-pol", "r-pol-won", "r-gem-sch"])
    }

    @Test func modifyOfAnUnknownIDChangesNothing() {
        var session = Session.mock
        #expect(!session.modify(Note.ID("nobody")) { $0.text = "Weg" })
        #expect(session == .mock)
        #expect(session[Meeting.ID("nobody")] == nil)
    }
}
