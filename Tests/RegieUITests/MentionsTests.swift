import Foundation
import Testing

@testable import RegieKit
@testable import RegieUI

/// `@` completion keeps what earlier keys narrowed down and picks the best few in one pass; it
/// must offer exactly what ranking every name afresh for each key offers.
@Suite struct MentionsTests {
    /// The definition: every name holding each typed word, ranked by (starts with the query,
    /// words start with the typed words, the rest), then by place in the list; the first five.
    static func reference(_ partners: [Partner], _ query: String) -> [Partner.ID] {
        let folded = TextSearch.fold(query)
        let words = folded.split(whereSeparator: \.isWhitespace).map(String.init)
        func rank(_ name: String) -> Int {
            if name.hasPrefix(folded) { return 0 }
            let starts = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            return words.allSatisfy { word in starts.contains { $0.hasPrefix(word) } } ? 1 : 2
        }
        return partners.enumerated()
            .map { (place: $0.offset, id: $0.element.id, name: TextSearch.fold($0.element.name)) }
            .filter { entry in words.allSatisfy { entry.name.contains($0) } }
            .sorted { (rank($0.name), $0.place) < (rank($1.name), $1.place) }
            .prefix(Mentions.shown).map(\.id)
    }

    /// Seeded partners with Dutch names and accents, and seeded typing after the `@`: letters,
    /// spaces and backspaces, so queries grow, shrink back and turn into other words.
    @Test func offersWhatRankingEveryNameAfreshOffers() {
        var random = SeededGenerator(seed: 11)
        let words = [
            "Gemeente", "Gezondheid", "Ëlst", "Elst", "Zuidoëst", "Politie", "GGD", "Woonstichting", "Café", "Geel",
            "Coöperatie", "Oost", "Dal", "Dalstede", "Zorg", "Zorggroep",
        ]
        let letters = Array("gemeltszuodpcafé ")
        for round in 0..<60 {
            let partners = (0..<random.int(0...40)).map { index in
                let name = (0..<random.int(1...3)).map { _ in random.pick(words) }.joined(separator: " ")
                return Partner(id: Partner.ID("p-\(index)"), name: name)
            }
            var mentions = Mentions(partners)
            var typed = ""
            for key in 0..<40 {
                if !typed.isEmpty, random.chance(30) {
                    typed.removeLast()
                } else {
                    typed.append(random.pick(letters))
                }
                let offered = mentions.matches(typed).map(\.id)
                #expect(
                    offered == Self.reference(partners, typed),
                    "round \(round), key \(key): \"\(typed)\" in \(partners.map(\.name))")
            }
        }
    }
}
