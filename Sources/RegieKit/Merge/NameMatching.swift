import Foundation

/// Names as people type them, folded so that the same organisation written two ways compares
/// equal: case, accents, punctuation and common Dutch abbreviations ("Gem." for "Gemeente",
/// "Stg." for "Stichting") do not count.
public enum NameKey {
    /// Abbreviations and the word each stands for, after folding (so without dots or case).
    static let abbreviations: [String: String] = [
        "gem": "gemeente", "gmt": "gemeente", "st": "stichting", "stg": "stichting", "sticht": "stichting",
        "ver": "vereniging", "vereen": "vereniging", "afd": "afdeling", "coop": "cooperatie",
        "corp": "corporatie", "wooncorp": "woningcorporatie", "org": "organisatie", "prov": "provincie",
        "ggz": "geestelijke gezondheidszorg", "ggd": "gemeentelijke gezondheidsdienst",
        "cjg": "centrum jeugd en gezin", "jgz": "jeugdgezondheidszorg", "om": "openbaar ministerie",
        "zvh": "zorg en veiligheidshuis", "mkb": "midden en kleinbedrijf", "bv": "bv", "nv": "nv",
    ]

    /// Words that say little about which organisation is meant, left out when organisations are compared.
    static let fillers: Set<String> = [
        "de", "het", "een", "en", "van", "voor", "in", "op", "te", "der", "den", "the", "of", "and", "for", "team",
        "regio", "afdeling", "bv", "nv",
    ]

    /// The folded words of `text`: lower case, without accents, dots dropped inside words
    /// ("b.v." is "bv"), other punctuation a word break, abbreviations written out.
    public static func words(_ text: String) -> [String] {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
        var words: [String] = []
        var current = ""
        for character in folded {
            if character.isLetter || character.isNumber {
                current.append(character)
            } else if character == "." || character == "'" || character == "’" {
                continue
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words.flatMap { word in (abbreviations[word] ?? word).split(separator: " ").map(String.init) }
    }

    /// One string per name: its folded words joined by single spaces.
    public static func fold(_ text: String) -> String { words(text).joined(separator: " ") }

    /// Whether two organisation descriptions can name the same organisation: either is empty, or
    /// they share a word that is not a filler ("Politie, basisteam Oost" and "Politie Oost" do;
    /// "Stichting De Brug" and "Stichting Het Anker" do not).
    public static func organisationsAgree(_ a: String, _ b: String) -> Bool {
        let first = Set(words(a)).subtracting(fillers).subtracting(["gemeente", "stichting", "vereniging"])
        let second = Set(words(b)).subtracting(fillers).subtracting(["gemeente", "stichting", "vereniging"])
        if words(a).isEmpty || words(b).isEmpty { return true }
        if first.isEmpty || second.isEmpty { return fold(a) == fold(b) }
        return !first.isDisjoint(with: second)
    }

    /// Whether two folded names are close without being equal: a few letters apart, or one's
    /// words all in the other. Such a pair is shown for review and never merged.
    public static func isNearMiss(_ a: String, _ b: String) -> Bool {
        let x = fold(a)
        let y = fold(b)
        guard x != y, !x.isEmpty, !y.isEmpty else { return false }
        let limit = max(2, min(x.count, y.count) / 5)
        if editDistance(x, y, limit: limit) <= limit { return true }
        let first = Set(words(a)).subtracting(fillers)
        let second = Set(words(b)).subtracting(fillers)
        guard !first.isEmpty, !second.isEmpty else { return false }
        return first.isSubset(of: second) || second.isSubset(of: first)
    }

    /// Levenshtein distance between `a` and `b`, counting no further than `limit + 1`.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a)
        let y = Array(b)
        if abs(x.count - y.count) > limit { return limit + 1 }
        var previous = Array(0...y.count)
        for i in 1...max(1, x.count) where !x.isEmpty {
            var row = [i] + Array(repeating: 0, count: y.count)
            for j in 1...max(1, y.count) where !y.isEmpty {
                row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            if row.min()! > limit { return limit + 1 }
            previous = row
        }
        return previous[y.count]
    }
}

/// How a partner in an assessor's copy was matched to one in the team's file.
public struct PartnerMatch: Hashable, Sendable {
    /// What the match rests on, from certain to none.
    public enum Kind: String, Hashable, Sendable {
        /// Same id and the same name: nothing to check.
        case exact
        /// Same id, but the name was changed in the copy: merged, listed for review.
        case sameIDOtherName
        /// Another id, but the same name once case, accents, punctuation and abbreviations are
        /// folded, and organisations that agree: merged, listed for review.
        case sameFoldedName
        /// The same folded name, but organisations that do not agree: not merged (added as a new
        /// partner), listed for review.
        case otherOrganisation
        /// The same folded name as two or more team partners whose organisations agree: not
        /// guessed (added as a new partner), listed for review with the first of them.
        case ambiguous
        /// A name close to a team partner's: not merged (added as a new partner), listed for review.
        case nearMiss
        /// Nobody like it in the team's file: added as a new partner.
        case new
    }

    public var kind: Kind
    /// The partner as the assessor's copy names it.
    public var incoming: Partner
    /// The team's partner it was merged with, or the one it resembles (near misses and other
    /// organisations); nil for a partner nobody resembles.
    public var team: Partner?

    /// Whether the assessor's readings went to `team` (otherwise the partner was added).
    public var merged: Bool { kind == .exact || kind == .sameIDOtherName || kind == .sameFoldedName }

    /// Whether the regisseur should check this match before trusting the merge.
    public var needsReview: Bool { kind != .exact && kind != .new }

    /// Matches `incoming` to one of `team`: by id, else by folded name with agreeing organisations.
    /// Ties (two team partners with the same folded name) are not guessed.
    public static func match(_ incoming: Partner, in team: [Partner]) -> PartnerMatch {
        if let same = team.first(where: { $0.id == incoming.id }) {
            return PartnerMatch(
                kind: same.name == incoming.name ? .exact : .sameIDOtherName, incoming: incoming, team: same)
        }
        let key = NameKey.fold(incoming.name)
        let sameName = team.filter { NameKey.fold($0.name) == key }
        let agreeing = sameName.filter { NameKey.organisationsAgree($0.organisation, incoming.organisation) }
        if agreeing.count == 1 {
            return PartnerMatch(kind: .sameFoldedName, incoming: incoming, team: agreeing[0])
        }
        if let first = agreeing.first {
            return PartnerMatch(kind: .ambiguous, incoming: incoming, team: first)
        }
        if let first = sameName.first {
            return PartnerMatch(kind: .otherOrganisation, incoming: incoming, team: first)
        }
        if let close = team.first(where: { NameKey.isNearMiss($0.name, incoming.name) }) {
            return PartnerMatch(kind: .nearMiss, incoming: incoming, team: close)
        }
        return PartnerMatch(kind: .new, incoming: incoming, team: nil)
    }
}
