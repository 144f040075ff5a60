import Foundation

/// Searching as people type: case, accents, ligatures and typographic punctuation do not
/// matter, so `cooperatieve` finds "Coöperatieve", `elst` finds "Ëlst" and `ijssel` finds
/// "ĲSSELLAND". Every filter and search in Regie matches through here.
public enum TextSearch {
    /// `text` for comparing: lower case, accents removed, ligatures and compatibility forms
    /// spelled out (`ĳ` → `ij`, `ß` → `ss`, full-width `Ａ` → `a`), curly apostrophes and dashes
    /// as a keyboard types them (`’s-Hertogenbosch` → `'s-hertogenbosch`).
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        var folded = String.UnicodeScalarView()
        // Lower case first: some capitals decompose into a letter and a mark only then (İ → i̇).
        for scalar in text.lowercased().decomposedStringWithCompatibilityMapping.unicodeScalars {
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .enclosingMark:
                continue
            default:
                if let spelled = spelledOut[scalar] {
                    folded.append(contentsOf: spelled.unicodeScalars)
                } else {
                    folded.append(scalar)
                }
            }
        }
        return String(folded)
    }

    /// Whether every word of `query` occurs, after folding, in at least one of `fields`: words
    /// are ANDed and may match different fields, never across two. An empty query matches all.
    public static func matches(_ query: String, _ fields: [String]) -> Bool {
        Query(query).matches(fields)
    }

    /// A query folded once, for matching many rows against it.
    public struct Query: Hashable, Sendable {
        /// The folded words, in the order typed.
        public let words: [String]

        /// Splits `text` into words at white space and folds them.
        public init(_ text: String) {
            words = TextSearch.fold(text).split(whereSeparator: \.isWhitespace).map(String.init)
        }

        /// True when nothing but white space was typed: everything matches.
        public var isEmpty: Bool { words.isEmpty }

        /// Whether every word occurs in at least one of `fields` (see `TextSearch.matches`).
        public func matches(_ fields: [String]) -> Bool {
            guard !words.isEmpty else { return true }
            let folded = fields.map(TextSearch.fold)
            return words.allSatisfy { word in folded.contains { $0.contains(word) } }
        }
    }

    /// Letters that Unicode does not decompose, and punctuation with a keyboard twin.
    private static let spelledOut: [Unicode.Scalar: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ı": "i", "þ": "th",
        "\u{2018}": "'", "\u{2019}": "'", "\u{201B}": "'", "\u{02BC}": "'", "\u{2032}": "'",
        "\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"",
        "\u{2010}": "-", "\u{2011}": "-", "\u{2012}": "-", "\u{2013}": "-", "\u{2014}": "-", "\u{2212}": "-",
        "\u{00A0}": " ", "\u{202F}": " ",
    ]
}
