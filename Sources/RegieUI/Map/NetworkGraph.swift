import Canvas
import RegieKit

/// What the network view derives from the partners and relations alone: the relations
/// grouped per pair, who chooses a place first, and the layout. Computing the layout is by
/// far the most expensive part of drawing the map, so `AppState` keeps this value and
/// `update` refreshes it once after each action, recomputing only when the graph changed
/// (never for a key that only moves the selection or opens a dialog).
public struct NetworkGraph: Sendable {
    /// The layout's space is this many times as wide as high: the shape of a map pane in
    /// terminal cells, each about twice as high as wide. The view stretches it to its area.
    static let aspect = NetworkLayout.mapAspect

    /// The partners and relations the value was computed from; compared (cheaply, since an
    /// unchanged array shares its storage) to tell whether the graph changed.
    private(set) var partnerIDs: [Partner.ID]
    private var partners: [Partner]
    private var relations: [Relation]

    var edges: [NetworkMapView.Edge]
    /// Partner indices by number of neighbours, most first: the order in which labels are placed.
    var placementOrder: [Int]
    /// Edge indices in drawing order: weaker first, so strong relations stay visible.
    var edgeDrawingOrder: [Int]
    /// The display width of each partner's name, kept here because measuring thousands of
    /// names each frame costs more than the rest of placing them.
    private(set) var nameWidths: [Int]
    /// Positions in the layout's space, `0...aspect` by `0...1`, one per partner.
    var positions: [NetworkLayout.Position]
    /// The map as last drawn for this graph; a graph that changes gets a new one.
    let drawings = NetworkDrawingMemo()
    /// How many layouts were computed for this value and the ones it was refreshed from.
    public private(set) var layoutsComputed: Int

    /// Computes everything for `session`, starting the layout from `previous` where it has
    /// positions for the same partners.
    init(_ session: Session, previous: NetworkGraph? = nil) {
        partners = session.partners
        relations = session.relations
        partnerIDs = session.partners.map(\.id)
        edges = NetworkMapView.edges(session)
        var degree = [Int](repeating: 0, count: partners.count)
        for edge in edges {
            degree[edge.a] += 1
            degree[edge.b] += 1
        }
        placementOrder = partners.indices.sorted { (-degree[$0], $0) < (-degree[$1], $1) }
        let edges = edges
        edgeDrawingOrder = edges.indices.sorted {
            (edges[$0].strength, edges[$0].a, edges[$0].b) < (edges[$1].strength, edges[$1].a, edges[$1].b)
        }
        nameWidths = partners.map(\.name.displayWidth)
        var earlier: [String: NetworkLayout.Position] = [:]
        if let previous {
            for (id, position) in zip(previous.partnerIDs, previous.positions) { earlier[id.rawValue] = position }
        }
        positions = NetworkLayout.positions(
            for: partnerIDs.map(\.rawValue),
            links: NetworkLayout.links(for: session),
            aspect: Self.aspect, previous: earlier)
        layoutsComputed = (previous?.layoutsComputed ?? 0) + 1
    }

    /// The graph this value was computed from.
    var source: Source { Source(partners: partners, relations: relations) }

    /// Whether this value was computed from the same graph as `session` has: the same
    /// partners in the same order, and relations that join the same pairs in the same ways.
    func matches(_ session: Session) -> Bool {
        Source(partners: partners, relations: relations).matches(session)
    }

    /// What a layout is computed from: the partners and relations of a session.
    public struct Source: Equatable, Sendable {
        var partners: [Partner]
        var relations: [Relation]

        init(_ session: Session) {
            self.init(partners: session.partners, relations: session.relations)
        }

        init(partners: [Partner], relations: [Relation]) {
            self.partners = partners
            self.relations = relations
        }

        /// Whether `session` has this graph: the same partners in the same order, and relations
        /// that join the same pairs in the same ways (cheap when the arrays are the same ones).
        func matches(_ session: Session) -> Bool {
            matches(partners: session.partners, relations: session.relations)
        }

        private func matches(partners newPartners: [Partner], relations newRelations: [Relation]) -> Bool {
            guard newPartners.count == partners.count, newRelations.count == relations.count else { return false }
            let samePartners =
                sharesStorage(newPartners, partners) || zip(newPartners, partners).allSatisfy { $0.id == $1.id }
            return samePartners
                && (sharesStorage(newRelations, relations)
                    || zip(newRelations, relations).allSatisfy {
                        $0.from == $1.from && $0.to == $1.to && $0.kind == $1.kind && $0.strength == $1.strength
                    })
        }

        public static func == (lhs: Source, rhs: Source) -> Bool {
            lhs.matches(partners: rhs.partners, relations: rhs.relations)
        }
    }

    /// The layout of `source`: `previous` refreshed when it has the same graph, else computed
    /// afresh from its positions. What the background layout runs.
    public static func laidOut(_ source: Source, previous: NetworkGraph?) -> NetworkGraph {
        let session = Session(title: "", partners: source.partners, relations: source.relations)
        return previous?.refreshed(for: session) ?? NetworkGraph(session)
    }

    /// This value, or a new one when `session`'s graph differs (its layout starting from this
    /// one's positions, so partners that stay keep their places).
    func refreshed(for session: Session) -> NetworkGraph {
        guard matches(session) else { return NetworkGraph(session, previous: self) }
        var same = self
        // Hold the new arrays, so the next comparison is the quick one; names may have changed.
        if !sharesStorage(session.partners, partners) { same.nameWidths = session.partners.map(\.name.displayWidth) }
        same.partners = session.partners
        same.relations = session.relations
        return same
    }
}
