extension NetworkLayout {
    /// The shape of the workbench's map (terminal cells are about twice as high as wide); a
    /// picture laid out in the same space shows the partners where the map shows them.
    public static let mapAspect = 1.4

    /// The links between a session's partners (by index in `session.partners`): one per pair
    /// joined by any relation, pulling harder for the strongest relation between them; pairs in
    /// order of their indices. Relations of a partner with itself or with an unknown id pull nothing.
    public static func links(for session: Session) -> [Link] {
        var index: [Partner.ID: Int] = [:]
        for (i, partner) in session.partners.enumerated() where index[partner.id] == nil { index[partner.id] = i }
        var strongest: [[Int]: Int] = [:]
        for relation in session.relations {
            guard let from = index[relation.from], let to = index[relation.to], from != to else { continue }
            let pair = [min(from, to), max(from, to)]
            strongest[pair] = max(strongest[pair] ?? 0, relation.strength)
        }
        return strongest.sorted { ($0.key[0], $0.key[1]) < ($1.key[0], $1.key[1]) }
            .map { Link(a: $0.key[0], b: $0.key[1], weight: 0.7 + 0.1 * Double($0.value)) }
    }

    /// Positions for `session`'s partners, in session order, laid out as the workbench's map lays them out.
    public static func positions(for session: Session) -> [Position] {
        positions(for: session.partners.map(\.id.rawValue), links: links(for: session), aspect: mapAspect)
    }
}
