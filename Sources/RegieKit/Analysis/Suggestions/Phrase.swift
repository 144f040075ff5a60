import Foundation

/// Small pieces of text for reasons, in both languages: lists, numbers, counted nouns.
enum Phrase {
    /// "A, B en C" / "A, B and C"; the names stay as written.
    static func list(_ items: [String]) -> Localized {
        guard let last = items.last else { return Localized(nl: "", en: "") }
        guard items.count > 1 else { return Localized(nl: last, en: last) }
        let head = items.dropLast().joined(separator: ", ")
        return Localized(nl: head + " en " + last, en: head + " and " + last)
    }

    /// Up to `limit` names, then "en 3 andere" / "and 3 others".
    static func names(_ items: [String], limit: Int = 3) -> Localized {
        guard items.count > limit else { return list(items) }
        let shown = items.prefix(limit).joined(separator: ", ")
        let rest = items.count - limit
        return Localized(nl: "\(shown) en \(rest) andere", en: "\(shown) and \(rest) other" + (rest == 1 ? "" : "s"))
    }

    /// A number with `places` decimals: "0,42" / "0.42".
    static func decimal(_ value: Double, places: Int = 2) -> Localized {
        let text = String(format: "%.\(places)f", value)
        return Localized(nl: text.replacingOccurrences(of: ".", with: ","), en: text)
    }

    /// A share as a whole percentage: "40%".
    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

    /// "1 partner" / "3 partners" with the noun in both languages.
    static func count(_ n: Int, _ one: Localized, _ many: Localized) -> Localized {
        Localized(nl: "\(n) " + (n == 1 ? one.nl : many.nl), en: "\(n) " + (n == 1 ? one.en : many.en))
    }
}

extension Localized {
    /// Both languages built by one function, for text that only differs in its pieces.
    static func build(_ make: (Language) -> String) -> Localized {
        Localized(nl: make(.nl), en: make(.en))
    }
}
