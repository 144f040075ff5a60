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
        let taken = allIDs
        if !slug.isEmpty, !taken.contains(base) { return base }
        var n = slug.isEmpty ? 1 : 2
        while taken.contains("\(base)-\(n)") { n += 1 }
        return "\(base)-\(n)"
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
