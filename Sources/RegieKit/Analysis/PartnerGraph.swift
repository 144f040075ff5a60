/// The working network as an undirected simple graph: one node per partner that is not let go,
/// one edge per pair of partners with at least one relation between them, whatever its kind,
/// direction or strength. Network measures are computed on this graph.
public struct PartnerGraph: Hashable, Sendable {
    /// The nodes, in the order the partners appear in the session.
    public let nodes: [Partner.ID]
    /// Neighbours of each node as indices into `nodes`, ascending.
    let adjacency: [[Int]]
    /// The place of each node in `nodes`, so a look-up by id does not walk the list.
    let index: [Partner.ID: Int]

    /// The graph of `session`'s relations between partners whose status is not `letGo`.
    public init(_ session: Session) {
        let nodes = session.partners.filter { $0.status != .letGo }.map(\.id)
        self.init(nodes: nodes, edges: session.relations.map { ($0.from, $0.to) })
    }

    /// A graph on `nodes` (duplicates count once); edges to ids outside `nodes` and loops are
    /// left out, and several edges between one pair count as one.
    public init(nodes: [Partner.ID], edges: [(Partner.ID, Partner.ID)]) {
        var unique: [Partner.ID] = []
        var index: [Partner.ID: Int] = [:]
        for node in nodes where index[node] == nil {
            index[node] = unique.count
            unique.append(node)
        }
        var neighbours = Array(repeating: Set<Int>(), count: unique.count)
        for (from, to) in edges {
            guard let a = index[from], let b = index[to], a != b else { continue }
            neighbours[a].insert(b)
            neighbours[b].insert(a)
        }
        self.nodes = unique
        self.adjacency = neighbours.map { $0.sorted() }
        self.index = index
    }

    // The index follows from the nodes, so it takes no part in equality.
    public static func == (a: PartnerGraph, b: PartnerGraph) -> Bool {
        a.nodes == b.nodes && a.adjacency == b.adjacency
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(nodes)
        hasher.combine(adjacency)
    }

    /// Number of edges.
    public var edgeCount: Int { adjacency.reduce(0) { $0 + $1.count } / 2 }

    /// The neighbours of `node` in session order; empty for an id that is not a node.
    public func neighbours(of node: Partner.ID) -> [Partner.ID] {
        guard let i = index[node] else { return [] }
        return adjacency[i].map { nodes[$0] }
    }

    /// Whether the two partners share an edge.
    public func connected(_ a: Partner.ID, _ b: Partner.ID) -> Bool {
        neighbours(of: a).contains(b)
    }
}
