import Foundation

extension Session {
    /// Every id in use, across all kinds of entity (ids are unique session-wide).
    public var allIDs: Set<String> {
        Set(EntityKind.allCases.lazy.flatMap { $0.ids(in: self) })
    }

    /// A new id that reads well in the file: `prefix-slug-of-name`, with `-2`, `-3`… when taken.
    /// Deterministic, so the same edits give the same file.
    public func newID(prefix: String, name: String = "") -> String {
        let slug = Self.slug(name)
        let base = slug.isEmpty ? prefix : (prefix.isEmpty ? slug : prefix + "-" + slug)
        // One pass over the ids, noting which numbers after `base-` are taken, instead of a set
        // of every id: hashing 80,000 ids made Enter on a note stall for 100 ms in a big session.
        // The first free number is at most one more than the number of ids.
        let total = EntityKind.allCases.reduce(0) { $0 + $1.count(in: self) }
        var numberTaken = [Bool](repeating: false, count: total + 3)
        var baseTaken = false
        let stem = Array((base + "-").utf8)
        for kind in EntityKind.allCases {
            kind.forEachID(in: self) { id in
                if id == base {
                    baseTaken = true
                } else if let n = Self.number(in: id, after: stem, below: numberTaken.count) {
                    numberTaken[n] = true
                }
            }
        }
        if !slug.isEmpty, !baseTaken { return base }
        var n = slug.isEmpty ? 1 : 2
        while numberTaken[n] { n += 1 }
        return "\(base)-\(n)"
    }

    /// `n` when `id` is `stem` followed by the decimal `n` as `newID` writes it (no sign, no
    /// leading zero) and `n < limit`; nil otherwise.
    private static func number(in id: String, after stem: [UInt8], below limit: Int) -> Int? {
        var utf8 = id.utf8.makeIterator()
        for byte in stem where utf8.next() != byte { return nil }
        var value = 0
        var digits = 0
        while let byte = utf8.next() {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9"), !(digits == 1 && value == 0) else {
                return nil
            }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            digits += 1
            if value >= limit { return nil }
        }
        return digits > 0 ? value : nil
    }

    /// Folded as search folds (`TextSearch.fold`: ë → e, ĳ → ij), anything else than letters
    /// and digits becomes `-`.
    public static func slug(_ text: String, maxLength: Int = 32) -> String {
        let folded = TextSearch.fold(text)
        var out = ""
        var pendingDash = false
        for c in folded {
            if c.isLetter || c.isNumber {
                if pendingDash, !out.isEmpty { out.append("-") }
                pendingDash = false
                out.append(c)
            } else {
                pendingDash = true
            }
            if out.count >= maxLength { break }
        }
        return out
    }

    public func partner(_ id: Partner.ID) -> Partner? { partners.first { $0.id == id } }

    /// The partner's name, or the raw id when it is unknown.
    public func partnerName(_ id: Partner.ID) -> String { partner(id)?.name ?? id.rawValue }

    /// A readable name for any id: partner, relation, intervention, meeting…; the id itself
    /// when nothing in the session has it.
    public func displayName(ofID id: String) -> String {
        func name<E: SessionEntity>(_ type: E.Type) -> String? {
            self[keyPath: E.list].first { $0.id.rawValue == id }?.displayName(in: self)
        }
        return EntityKind.allCases.lazy.compactMap { name($0.entityType) }.first ?? id
    }

    /// The first perspective recorded for `partner`.
    public func perspective(of partner: Partner.ID) -> Perspective? {
        perspectives.first { $0.partner == partner }
    }
}
