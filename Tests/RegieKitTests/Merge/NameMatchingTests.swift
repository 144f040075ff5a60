import Foundation
import Testing

@testable import RegieKit

@Suite("Merge: matching partners by name")
struct NameMatchingTests {
    let team = [
        Partner(id: "gemeente", name: "Gemeente Dalstede", organisation: "Gemeente Dalstede, team Wijkzaken"),
        Partner(id: "politie", name: "Politie Dalstede-Oost", organisation: "Politie, basisteam Dalstede-Oost"),
        Partner(id: "moskee", name: "Moskee Ar-Rahma", organisation: "Stichting Moskee Ar-Rahma"),
        Partner(id: "ggz", name: "GGZ Dalstede"),
        Partner(id: "brug-a", name: "De Brug", organisation: "Stichting De Brug Noord"),
    ]

    @Test func theSameIDIsExactWhenTheNameIsTheSame() {
        let match = PartnerMatch.match(Partner(id: "politie", name: "Politie Dalstede-Oost"), in: team)
        #expect(match.kind == .exact && match.team?.id == "politie" && match.merged && !match.needsReview)
    }

    @Test func theSameIDWithAnotherNameMergesButAsksForReview() {
        let match = PartnerMatch.match(Partner(id: "politie", name: "Politie Oost"), in: team)
        #expect(match.kind == .sameIDOtherName && match.merged && match.needsReview)
    }

    @Test(arguments: [
        ("gemeente dalstede", ""),  // case
        ("Gem. Dalstede", "Gemeente Dalstede"),  // abbreviation and dot
        ("Moskee Ar Rahma", "Stg. Moskee Ar-Rahma"),  // punctuation, abbreviated organisation
        ("Geestelijke Gezondheidszorg Dalstede", ""),  // an acronym written out
        ("Mosk\u{E9}e Ar-Rahma", ""),  // an accent that is not there
    ])
    func foldedNamesMergeAndAreListedForReview(name: String, organisation: String) throws {
        let match = PartnerMatch.match(Partner(id: "other-id", name: name, organisation: organisation), in: team)
        #expect(match.kind == .sameFoldedName, "\(name)")
        #expect(match.merged && match.needsReview)
        #expect(match.team != nil)
    }

    @Test func aNearMissIsListedButNeverMerged() {
        let match = PartnerMatch.match(
            Partner(id: "politie-west", name: "Politie Dalstede-West", organisation: "Politie, basisteam West"),
            in: team)
        #expect(match.kind == .nearMiss)
        #expect(match.team?.id == "politie")
        #expect(!match.merged && match.needsReview)
    }

    @Test func theSameNameAtAnotherOrganisationIsNotMerged() {
        let match = PartnerMatch.match(
            Partner(id: "brug-b", name: "De Brug", organisation: "Stichting Het Anker"), in: team)
        #expect(match.kind == .otherOrganisation && !match.merged && match.needsReview)
    }

    @Test func someoneNewIsNew() {
        let match = PartnerMatch.match(Partner(id: "bieb", name: "Bibliotheek Dalstede"), in: team)
        #expect(match.kind == .new && match.team == nil && !match.needsReview)
    }

    @Test func foldingKeepsWordsAndWritesOutAbbreviations() {
        #expect(NameKey.fold("Stg. B.V. Ëlst & Co") == "stichting bv elst co")
        #expect(NameKey.fold("  GGD–regio ") == "gemeentelijke gezondheidsdienst regio")
    }
}
