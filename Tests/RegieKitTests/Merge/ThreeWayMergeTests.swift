import Foundation
import Testing

@testable import RegieKit

@Suite("Merge: three-way merge of session files")
struct ThreeWayMergeTests {
    static let base: Session = {
        var session = roundsFixture()
        session.notes = [Note(id: "n1", at: Date(timeIntervalSince1970: 1_772_000_000), text: "Eerste")]
        session.partners[0].interests = ["veiligheid"]
        return session
    }()

    func merge(_ ours: (inout Session) -> Void, _ theirs: (inout Session) -> Void) -> SessionMergeResult {
        var a = Self.base
        var b = Self.base
        ours(&a)
        theirs(&b)
        let result = ThreeWayMerge.merge(base: Self.base, ours: a, theirs: b, oursName: "Bram", theirsName: "Anouk")
        #expect(result.failure.isEmpty)
        #expect(SessionValidator.problems(in: result.session).isEmpty, "a merge always passes regie check")
        return result
    }

    @Test func differentFieldsOfOnePartnerMerge() {
        let result = merge({ $0.partners[1].scores.influence = 5 }, { $0.partners[1].notes = "belt terug" })
        #expect(result.isClean)
        #expect(result.session.partners[1].scores.influence == 5 && result.session.partners[1].notes == "belt terug")
    }

    @Test func notesAddedOnBothSidesAreBothKeptAndAScoreToo() {
        let result = merge(
            { $0.notes.append(Note(id: "n2", at: Date(timeIntervalSince1970: 1_772_100_000), text: "Bram")) },
            {
                $0.notes.append(Note(id: "n3", at: Date(timeIntervalSince1970: 1_772_200_000), text: "Anouk"))
                $0.partners[0].scores.trust = 1
            })
        #expect(result.isClean)
        #expect(result.session.notes.map(\.id) == ["n1", "n2", "n3"])
        #expect(result.session.partners[0].scores.trust == 1)
    }

    @Test func aRemovalOnOneSideAndNothingOnTheOtherRemoves() {
        let result = merge({ $0.removeRelation("r2") }, { $0.title = "Wijk Oost" })
        #expect(result.isClean)
        #expect(result.session.relations.map(\.id) == ["r1"] && result.session.title == "Wijk Oost")
    }

    @Test func listsOfPlainValuesMergeAsSets() {
        let result = merge(
            { $0.partners[0].interests = ["veiligheid", "rust"] }, { $0.partners[0].interests = ["geld"] })
        #expect(result.isClean)
        #expect(result.session.partners[0].interests == ["rust", "geld"])
    }

    @Test func theSameFieldChangedTwoWaysIsARecordedConflict() throws {
        let result = merge({ $0.partners[1].scores.influence = 3 }, { $0.partners[1].scores.influence = 1 })
        let conflict = try #require(result.conflicts.first)
        #expect(result.conflicts.count == 1)
        #expect(conflict.location == FieldLocation(list: "partners", entity: "pol", field: ["scores", "influence"]))
        #expect(conflict.base == .int(4))
        #expect(conflict.ours == .init(name: "Bram", value: .int(3)))
        #expect(conflict.theirs == .init(name: "Anouk", value: .int(1)))
        #expect(result.session.partners[1].scores.influence == 3, "ours stays until resolved")
        #expect(result.session.conflicts == result.conflicts)
        #expect(conflict.subject(in: result.session, language: .nl) == "Politie: invloed")

        let theirs = try result.session.resolving(conflict.id, with: .theirs)
        #expect(theirs.partners[1].scores.influence == 1 && theirs.conflicts.isEmpty)
        let ours = try result.session.resolving(conflict.id, with: .ours)
        #expect(ours.partners[1].scores.influence == 3 && ours.conflicts.isEmpty)
    }

    @Test func aSessionFieldChangedTwoWaysIsAConflictToo() throws {
        let result = merge({ $0.opgave.intent = "Veilig" }, { $0.opgave.intent = "Leefbaar" })
        let conflict = try #require(result.conflicts.first)
        #expect(conflict.location == FieldLocation(field: ["opgave", "intent"]))
        #expect(try result.session.resolving(conflict.id, with: .theirs).opgave.intent == "Leefbaar")
    }

    @Test func aRemovalAgainstAChangeKeepsTheEntityWithAConflict() throws {
        let result = merge({ $0.removeNote("n1") }, { $0.notes[0].text = "Eerste, aangevuld" })
        let conflict = try #require(result.conflicts.first)
        #expect(conflict.location == FieldLocation(list: "notes", entity: "n1", field: []))
        #expect(conflict.ours.value == nil && conflict.theirs.value != nil)
        #expect(result.session.notes.map(\.text) == ["Eerste, aangevuld"], "nothing is lost before the user decides")
        #expect(try result.session.resolving(conflict.id, with: .ours).notes.isEmpty)
        #expect(try result.session.resolving(conflict.id, with: .theirs).notes.count == 1)
    }

    @Test func theSameIDAddedTwoWaysConflictsFieldByField() throws {
        let result = merge(
            { $0.partners.append(Partner(id: "bieb", name: "Bibliotheek", sector: "cultuur")) },
            { $0.partners.append(Partner(id: "bieb", name: "Bibliotheek", sector: "welzijn")) })
        #expect(result.conflicts.map(\.location.field) == [["sector"]])
        #expect(result.conflicts[0].base == nil)
        #expect(result.session.partners.filter { $0.id == "bieb" }.count == 1)
    }

    @Test func aPartnerRemovedOnOneSideWhileTheOtherLinksToItIsKept() throws {
        let result = merge(
            { $0.removePartner("won") },
            { $0.relations.append(Relation(id: "r9", from: "won", to: "gem", kind: .collaboration)) })
        #expect(result.session.partner("won") != nil)
        #expect(result.session.relations.contains { $0.id == "r9" })
        let conflict = try #require(result.conflicts.first { $0.location.entity == "won" })
        #expect(conflict.location.field.isEmpty && conflict.ours.value == nil)
        // Choosing the removal removes what refers to it too, so the session stays valid.
        let removed = try result.session.resolving(conflict.id, with: .ours)
        #expect(removed.partner("won") == nil && !removed.relations.contains { $0.id == "r9" })
        #expect(SessionValidator.problems(in: removed).isEmpty)
    }

    @Test func withoutABaseEveryDifferenceIsAConflictAndNothingIsLost() {
        var a = Self.base
        var b = Self.base
        a.partners[1].scores.influence = 5
        b.partners[1].scores.influence = 2
        b.notes.append(Note(id: "n4", at: Date(timeIntervalSince1970: 1_772_300_000), text: "Alleen in de kopie"))
        let result = ThreeWayMerge.merge(base: nil, ours: a, theirs: b, oursName: "wijk.json", theirsName: "kopie.json")
        #expect(result.conflicts.map(\.location.field) == [["scores", "influence"]])
        #expect(result.session.notes.map(\.id) == ["n1", "n4"])
    }

    /// Many random pairs of edits: every merge loads, passes the checks, and resolving every
    /// conflict either way still does.
    @Test func everyMergeOfRandomEditsIsAValidSession() throws {
        var generator = SeededGenerator(seed: 7)
        let edits: [(inout Session, inout SeededGenerator) -> Void] = [
            { s, g in
                s.partners[Int.random(in: 0..<s.partners.count, using: &g)].scores.influence = Int.random(
                    in: 0...5, using: &g)
            },
            { s, g in
                s.partners[Int.random(in: 0..<s.partners.count, using: &g)].name =
                    "P\(Int.random(in: 0...3, using: &g))"
            },
            { s, g in if let p = s.partners.randomElement(using: &g) { s.removePartner(p.id) } },
            { s, g in if let r = s.relations.randomElement(using: &g) { s.removeRelation(r.id) } },
            { s, g in
                guard s.partners.count >= 2 else { return }
                let pair = s.partners.shuffled(using: &g)
                s.relations.append(
                    Relation(
                        id: Relation.ID("r-\(Int.random(in: 0...3, using: &g))"), from: pair[0].id, to: pair[1].id,
                        kind: .tension))
            },
            { s, g in
                s.notes.append(
                    Note(
                        id: Note.ID("n-\(Int.random(in: 0...3, using: &g))"),
                        at: Date(timeIntervalSince1970: 1_772_000_000), text: "x",
                        links: s.partners.prefix(1).map(\.id.rawValue)))
            },
            { s, g in s.relations.indices.randomElement(using: &g).map { s.relations[$0].kind = .collaboration } },
        ]
        for _ in 0..<150 {
            var a = Self.base
            var b = Self.base
            for _ in 0..<3 { edits.randomElement(using: &generator)!(&a, &generator) }
            for _ in 0..<3 { edits.randomElement(using: &generator)!(&b, &generator) }
            guard SessionValidator.problems(in: a).isEmpty, SessionValidator.problems(in: b).isEmpty else { continue }
            let result = ThreeWayMerge.merge(base: Self.base, ours: a, theirs: b, oursName: "a", theirsName: "b")
            #expect(SessionValidator.problems(in: result.session).isEmpty)
            if result.failure.isEmpty {
                var resolved = result.session
                for conflict in result.session.conflicts {
                    if let next = try? resolved.resolving(
                        conflict.id, with: Bool.random(using: &generator) ? .ours : .theirs)
                    {
                        resolved = next
                        #expect(SessionValidator.problems(in: resolved).isEmpty)
                    }
                }
            }
        }
    }
}
