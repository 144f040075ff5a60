import Foundation
import RegieKit

/// `@` while typing a note: the partner names that complete what follows the `@`, found with
/// case and accents ignored (`@elst` offers "Zorggroep Ëlst").
///
/// The names are folded once, when the first `@` is typed; each key after that narrows the
/// previous matches when the typed word grew (the usual case), so typing costs what the
/// matches cost, not what the session holds.
struct Mentions: Sendable {
    struct Entry: Hashable, Sendable {
        var id: Partner.ID
        var name: String
        /// The name folded for comparing.
        var folded: String
    }

    /// At most this many names are offered.
    static let shown = 5

    private let entries: [Entry]
    /// What was typed after the `@` last time (folded), and the entries that contained it.
    private var lastQuery: String?
    private var candidates: [Int] = []

    init(_ partners: [Partner]) {
        entries = partners.map { Entry(id: $0.id, name: $0.name, folded: TextSearch.fold($0.name)) }
    }

    /// The `@` being typed just before `cursor` in `text`: where the `@` is and what follows it.
    /// An `@` inside a word (an e-mail address) is none; the name may have up to four words.
    static func token(in characters: [Character], cursor: Int) -> (at: Int, query: String)? {
        var i = cursor
        var spaces = 0
        while i > 0 {
            let c = characters[i - 1]
            if c == "@" {
                let start = i - 1
                guard start == 0 || characters[start - 1].isWhitespace else { return nil }
                let query = String(characters[i..<cursor])
                // "@ " is a plain at-sign, and a name does not end in two spaces.
                guard !query.hasPrefix(" "), !query.hasSuffix("  ") else { return nil }
                return (start, query)
            }
            if c.isWhitespace {
                spaces += 1
                if spaces > 3 { return nil }
            }
            if c == "\n" { return nil }
            i -= 1
        }
        return nil
    }

    /// The partners whose names hold every word of `query`, best first: names that start with
    /// it, then names whose words start with the typed words, then the rest, each in list order.
    mutating func matches(_ query: String) -> [Entry] {
        let folded = TextSearch.fold(query)
        let words = folded.split(whereSeparator: \.isWhitespace).map(String.init)
        let pool: [Int]
        if let last = lastQuery, folded.hasPrefix(last) {
            pool = candidates
        } else {
            pool = Array(entries.indices)
        }
        candidates = pool.filter { index in words.allSatisfy { entries[index].folded.contains($0) } }
        lastQuery = folded
        func rank(_ entry: Entry) -> Int {
            if entry.folded.hasPrefix(folded) { return 0 }
            let starts = entry.folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            if words.allSatisfy({ word in starts.contains { $0.hasPrefix(word) } }) { return 1 }
            return 2
        }
        let ranked = candidates.map { (rank(entries[$0]), $0) }.sorted { $0 < $1 }
        return ranked.prefix(Mentions.shown).map { entries[$0.1] }
    }
}
