import Foundation
import Testing

@testable import RegieKit

/// Lets a test read the element type of an array it only has as `Any`.
private protocol ArrayOfSomething {
    static var elementType: Any.Type { get }
}

extension Array: ArrayOfSomething {
    static var elementType: Any.Type { Element.self }
}

@Suite struct EntityTableTests {
    /// A list of entities added to `Session` without a row in the table would be missed by ids,
    /// validation and removal alike.
    @Test func everyListOfEntitiesInTheSessionHasAKind() {
        let lists = Mirror(reflecting: Session.mock).children.compactMap { child -> String? in
            guard let array = type(of: child.value) as? any ArrayOfSomething.Type,
                array.elementType is any Identifiable.Type
            else { return nil }
            return child.label
        }
        #expect(lists == ["partners", "relations", "perspectives", "interventions", "meetings", "notes", "actions"])
        #expect(EntityKind.allCases.map(\.listKey) == lists)
    }

    @Test func eachKindsTypeNamesThatKind() {
        for kind in EntityKind.allCases {
            #expect(kind.entityType.kind == kind)
        }
    }

    @Test func allIDsHoldsEveryKind() {
        #expect(
            Session.mock.allIDs == [
                "gemeente", "politie", "woningcorp", "school", "r-gem-pol", "r-pol-won", "r-gem-sch", "p-politie",
                "i-tafel", "i-eigen", "m-kick-off", "n-1", "n-2", "n-geheim", "a-1", "a-2",
            ])
        #expect(Session(title: "").allIDs.isEmpty)
    }

    @Test func namesOfWhatAnIDMayName() {
        #expect(EntityKind.either([.partner]) == Localized(nl: "partner", en: "partner"))
        #expect(
            EntityKind.either([.relation, .partner]) == Localized(nl: "partner of relatie", en: "partner or relation"))
        #expect(
            EntityKind.either([.meeting, .partner, .action])
                == Localized(nl: "partner, overleg of actie", en: "partner, meeting or action"))
    }

    @Test func aNoteMayLinkToAPerspectiveOrAnActionButNotToANote() {
        var session = Session.mock
        session.notes[1].links = ["p-politie", "a-1", "n-1"]
        let found = SessionValidator.problems(in: session)
        #expect(found.map(\.path) == [path("notes", 1, "links", 2)])
        #expect(
            found.map { $0.message.nl } == [
                #"verwijst naar "n-1", maar er is geen partner, relatie, perspectief, interventie, overleg of actie met dat id"#
            ])
    }

    @Test func anEmptyReferenceIsNamedByItsField() {
        var session = Session.mock
        session.actions[1].owner = ""
        session.perspectives[0].partner = ""
        #expect(
            SessionValidator.problems(in: session).map { $0.text(.nl) } == [
                #"perspectives[0].partner: verwijst naar geen enkele partner: het id mag niet leeg zijn"#,
                #"actions[1].owner: verwijst naar geen enkele partner: het id mag niet leeg zijn"#,
            ])
    }

    @Test func displayNamesComeFromEachKind() {
        var session = Session.mock
        session.notes[1].text = "Eerste regel\ntweede regel"
        let names = ["politie", "r-pol-won", "p-politie", "i-tafel", "m-kick-off", "n-2", "a-1", "onbekend"].map {
            session.displayName(ofID: $0)
        }
        #expect(
            names == [
                "Politie 👮 Basisteam", "Politie 👮 Basisteam – Woonstichting 日本 Huis", "⟨Politie 👮 Basisteam⟩",
                "Gesprek onder vier ogen", "Kick-off", "Eerste regel", "Wijkschouw plannen", "onbekend",
            ])
    }
}
