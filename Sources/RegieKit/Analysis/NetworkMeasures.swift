/// Degree, betweenness, isolated partners, brokers, separate clusters and cut points of the
/// working network (see `PartnerGraph`), as defined in `docs/methods.md`.
public struct NetworkMeasures: Hashable, Sendable {
    /// The graph the measures are taken on.
    public let graph: PartnerGraph
    /// Number of distinct neighbours per node.
    public let degree: [Partner.ID: Int]
    /// Brandes betweenness per node, normalised as networkx and igraph do for undirected graphs:
    /// the number of shortest paths between other pairs that pass through the node (split evenly
    /// over equally short paths), divided by (n−1)(n−2)/2; 0 for every node when n ≤ 2.
    public let betweenness: [Partner.ID: Double]
    /// Nodes without any edge, in session order.
    public let isolated: [Partner.ID]
    /// The nodes with the highest betweenness, when that is above 0 (all of them on a tie).
    public let brokers: [Partner.ID]
    /// Connected components of at least two nodes, largest first, members in session order.
    public let clusters: [[Partner.ID]]
    /// Nodes whose removal splits their cluster into more parts (articulation points).
    public let cutPoints: [Partner.ID]

    /// The measures of `session`'s working network.
    public init(_ session: Session) { self.init(PartnerGraph(session)) }

    /// The measures of `graph`.
    public init(_ graph: PartnerGraph) {
        self.graph = graph
        let nodes = graph.nodes
        let adjacency = graph.adjacency
        degree = Dictionary(uniqueKeysWithValues: zip(nodes, adjacency.map(\.count)))
        let scores = Self.brandes(adjacency)
        betweenness = Dictionary(uniqueKeysWithValues: zip(nodes, scores))
        isolated = nodes.indices.filter { adjacency[$0].isEmpty }.map { nodes[$0] }
        let highest = scores.max() ?? 0
        brokers =
            highest > Self.tolerance
            ? nodes.indices.filter { scores[$0] >= highest - Self.tolerance }.map { nodes[$0] } : []
        clusters = Self.components(adjacency).filter { $0.count >= 2 }.map { $0.map { nodes[$0] } }
        cutPoints = nodes.indices.filter { Self.isCutPoint($0, adjacency) }.map { nodes[$0] }
    }

    /// Differences below this are rounding, so equal betweenness scores tie.
    static let tolerance = 1e-9

    /// Brandes (2001) on an unweighted undirected graph, normalised by (n−1)(n−2).
    /// Every unordered pair is counted from both ends, which the normalisation halves again.
    static func brandes(_ adjacency: [[Int]]) -> [Double] {
        let n = adjacency.count
        var centrality = Array(repeating: 0.0, count: n)
        guard n > 2 else { return centrality }
        for source in 0..<n {
            var order: [Int] = []
            var predecessors = Array(repeating: [Int](), count: n)
            var paths = Array(repeating: 0.0, count: n)
            var distance = Array(repeating: -1, count: n)
            paths[source] = 1
            distance[source] = 0
            var queue = [source]
            var head = 0
            while head < queue.count {
                let v = queue[head]
                head += 1
                order.append(v)
                for w in adjacency[v] {
                    if distance[w] < 0 {
                        distance[w] = distance[v] + 1
                        queue.append(w)
                    }
                    if distance[w] == distance[v] + 1 {
                        paths[w] += paths[v]
                        predecessors[w].append(v)
                    }
                }
            }
            var dependency = Array(repeating: 0.0, count: n)
            for w in order.reversed() {
                for v in predecessors[w] {
                    dependency[v] += paths[v] / paths[w] * (1 + dependency[w])
                }
                if w != source { centrality[w] += dependency[w] }
            }
        }
        let scale = 1 / Double((n - 1) * (n - 2))
        return centrality.map { $0 * scale }
    }

    /// Connected components, each ascending, ordered by size (largest first), then by first node.
    static func components(_ adjacency: [[Int]]) -> [[Int]] {
        var seen = Array(repeating: false, count: adjacency.count)
        var result: [[Int]] = []
        for start in adjacency.indices where !seen[start] {
            seen[start] = true
            var members = [start]
            var head = 0
            while head < members.count {
                for w in adjacency[members[head]] where !seen[w] {
                    seen[w] = true
                    members.append(w)
                }
                head += 1
            }
            result.append(members.sorted())
        }
        return result.enumerated().sorted { ($1.element.count, $0.offset) < ($0.element.count, $1.offset) }
            .map(\.element)
    }

    /// Whether taking `node` away leaves its neighbours in more than one part: a walk from one
    /// neighbour that avoids `node` does not reach them all.
    static func isCutPoint(_ node: Int, _ adjacency: [[Int]]) -> Bool {
        let neighbours = adjacency[node]
        guard neighbours.count >= 2 else { return false }
        var seen = Array(repeating: false, count: adjacency.count)
        seen[node] = true
        seen[neighbours[0]] = true
        var stack = [neighbours[0]]
        while let v = stack.popLast() {
            for w in adjacency[v] where !seen[w] {
                seen[w] = true
                stack.append(w)
            }
        }
        return neighbours.contains { !seen[$0] }
    }
}
