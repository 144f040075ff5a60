import Foundation
import RegieKit

/// `@` while typing a note: the partner names that complete what follows the `@`, found with
/// case and accents ignored (`@elst` offers "Zorggroep Ëlst").
///
/// The names are folded once, when the first `@` is typed; each key after that narrows the
/// matches of the longest earlier query the typed word still starts with (the word grew, or
/// shrank back to one typed before), so typing costs what the matches cost, not what the
/// session holds.
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
    /// The queries typed since the `@` (folded), each a prefix of the next, with the entries
    /// (in list order) whose names hold every word of it.
    private var narrowed: [(query: String, candidates: [Int])] = []

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
        // A backspace goes back to the matches of the shorter query, not to every name.
        while let last = narrowed.last, !folded.hasPrefix(last.query) { narrowed.removeLast() }
        let candidates: [Int]
        if let last = narrowed.last, last.query == folded {
            candidates = last.candidates
        } else {
            let pool = narrowed.last?.candidates ?? Array(entries.indices)
            candidates = pool.filter { index in words.allSatisfy { entries[index].folded.contains($0) } }
            narrowed.append((folded, candidates))
        }
        // The first few of each rank in list order are all a ranking by (rank, place) can show,
        // so one pass picks them, without ranking and sorting every match.
        var byRank: [[Int]] = [[], [], []]
        for index in candidates {
            let entry = entries[index]
            if entry.folded.hasPrefix(folded) {
                byRank[0].append(index)
                if byRank[0].count == Mentions.shown { break }
                continue
            }
            guard byRank[1].count < Mentions.shown || byRank[2].count < Mentions.shown else { continue }
            let starts = entry.folded.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            let rank = words.allSatisfy({ word in starts.contains { $0.hasPrefix(word) } }) ? 1 : 2
            if byRank[rank].count < Mentions.shown { byRank[rank].append(index) }
        }
        return byRank.joined().prefix(Mentions.shown).map { entries[$0] }
    }
}
