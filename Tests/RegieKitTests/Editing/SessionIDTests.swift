import Foundation
import Testing

@testable import RegieKit

@Suite struct SessionIDTests {
    @Test func newIDAvoidsIDsOfEveryKind() {
        var session = Session(title: "")
        session.actions = [ActionItem(id: "x-bel", text: "Bellen")]
        session.perspectives = [Perspective(id: "x-bel-2", partner: "p")]
        #expect(session.newID(prefix: "x", name: "Bel") == "x-bel-3")
    }

    /// The definition `newID` had before it learned to skip the set of every id: the first of
    /// `base`, `base-2`, `base-3`… (`base-1`… without a name) that no entity has.
    static func referenceID(_ session: Session, prefix: String, name: String) -> String {
        let slug = Session.slug(name)
        let base = slug.isEmpty ? prefix : (prefix.isEmpty ? slug : prefix + "-" + slug)
        let taken = session.allIDs
        if !slug.isEmpty, !taken.contains(base) { return base }
        var n = slug.isEmpty ? 1 : 2
        while taken.contains("\(base)-\(n)") { n += 1 }
        return "\(base)-\(n)"
    }

    /// Ids that look like numbered ones but are not (`note-01`, `note-+3`, `note-2x`, `note-`),
    /// huge numbers, gaps and every kind of entity: the one-pass count agrees with the set.
    @Test func agreesWithTheSetOfEveryIDOnSeededSessions() {
        var random = SeededGenerator(seed: 7)
        let stems = ["note", "note-bel", "rel", "x", "", "meeting-wijktafel"]
        let tails = ["", "-", "-0", "-1", "-2", "-3", "-01", "-+3", "-2x", "-10", "-99999999999999999999", "-1-2", "x"]
        func someID() -> String {
            let stem = random.pick(stems)
            let tail = random.chance(60) ? "-\(random.int(0...12))" : random.pick(tails)
            return stem.isEmpty ? "p" + tail : stem + tail
        }
        for round in 0..<400 {
            var session = Session(title: "")
            session.partners = (0..<random.int(0...6)).map { _ in Partner(id: Partner.ID(someID()), name: "P") }
            session.notes = (0..<random.int(0...12)).map { _ in Note(id: Note.ID(someID()), at: .init(), text: "") }
            session.actions = (0..<random.int(0...4)).map { _ in ActionItem(id: ActionItem.ID(someID()), text: "") }
            session.perspectives = (0..<random.int(0...3)).map { _ in
                Perspective(id: Perspective.ID(someID()), partner: "p")
            }
            session.meetings = (0..<random.int(0...3)).map { _ in
                Meeting(id: Meeting.ID(someID()), title: "M", date: Date(timeIntervalSince1970: 0))
            }
            for (prefix, name) in [
                ("note", ""), ("note", "Bel"), ("rel", ""), ("x", "x"), ("", "Note"), ("meeting", "Wijktafel"),
            ] {
                #expect(
                    session.newID(prefix: prefix, name: name) == Self.referenceID(session, prefix: prefix, name: name),
                    "round \(round): \(prefix) \(name) in \(session.allIDs.sorted())")
            }
        }
    }

    @Test(arguments: [
        ("Gemeente Zuidoëst", "gemeente-zuidoest"), ("Waterschap ĲSSELLAND", "waterschap-ijsselland"),
        ("Straße ’s-Hertogenbosch", "strasse-s-hertogenbosch"), ("Woonstichting 日本 Huis", "woonstichting-日本-huis"),
        ("  --  ", ""), ("Coöperatie De Eendracht U.A.", "cooperatie-de-eendracht-u-a"),
    ])
    func foldsAsSearchDoes(name: String, slug: String) {
        #expect(Session.slug(name) == slug)
    }
}
