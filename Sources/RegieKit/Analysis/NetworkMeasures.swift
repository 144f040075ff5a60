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
        let cuts = Self.cutPoints(adjacency)
        cutPoints = nodes.indices.filter { cuts[$0] }.map { nodes[$0] }
    }

    /// Differences below this are rounding, so equal betweenness scores tie.
    static let tolerance = 1e-9

    /// Brandes (2001) on an unweighted undirected graph, normalised by (n−1)(n−2).
    /// Every unordered pair is counted from both ends, which the normalisation halves again.
    ///
    /// O(V·E), so the inner loops touch only flat `Int` and `Double` arrays allocated once: the
    /// neighbour lists laid end to end, and the search's buffers, reset only where a search went.
    /// The predecessors of a node on shortest paths are its neighbours one step closer to the
    /// source, so they are found again instead of being kept in a list per node. The sums are
    /// made in the same order as the textbook version, so the figures are the same to the bit.
    static func brandes(_ adjacency: [[Int]]) -> [Double] {
        let n = adjacency.count
        guard n > 2 else { return Array(repeating: 0, count: n) }
        // Every index below comes from the graph itself (0..<n, or a neighbour list), so the
        // loops run on plain buffers, without a bounds check or a uniqueness check per step.
        let offsets = Scratch(n + 1, 0)
        let targets = Scratch(adjacency.reduce(0) { $0 + $1.count }, 0)
        defer { offsets.free(); targets.free() }
        for (v, list) in adjacency.enumerated() {
            offsets[v + 1] = offsets[v] + list.count
            for (k, w) in list.enumerated() { targets[offsets[v] + k] = w }
        }
        let order = Scratch(n, 0)
        let paths = Scratch(n, 0.0)
        let distance = Scratch(n, -1)
        let dependency = Scratch(n, 0.0)
        let centrality = Scratch(n, 0.0)
        defer {
            order.free()
            paths.free()
            distance.free()
            dependency.free()
            centrality.free()
        }
        for source in 0..<n {
            order[0] = source
            var reached = 1
            paths[source] = 1
            distance[source] = 0
            var head = 0
            while head < reached {
                let v = order[head]
                head += 1
                let next = distance[v] + 1
                for i in offsets[v]..<offsets[v + 1] {
                    let w = targets[i]
                    if distance[w] < 0 {
                        distance[w] = next
                        order[reached] = w
                        reached += 1
                    }
                    if distance[w] == next { paths[w] += paths[v] }
                }
            }
            var k = reached - 1
            while k >= 0 {
                let w = order[k]
                let previous = distance[w] - 1
                for i in offsets[w]..<offsets[w + 1] {
                    let v = targets[i]
                    if distance[v] == previous { dependency[v] += paths[v] / paths[w] * (1 + dependency[w]) }
                }
                if w != source { centrality[w] += dependency[w] }
                k -= 1
            }
            for k in 0..<reached {
                let v = order[k]
                paths[v] = 0
                distance[v] = -1
                dependency[v] = 0
            }
        }
        let scale = 1 / Double((n - 1) * (n - 2))
        return (0..<n).map { centrality[$0] * scale }
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

    /// The articulation points: the nodes whose removal leaves their neighbours in more than one
    /// part. One depth-first search (Hopcroft and Tarjan, 1973): a node is one when a child in the
    /// search tree reaches nothing above it except through it, and the root when it has two
    /// children. Walked with an explicit stack, so a long chain does not exhaust the call stack.
    static func cutPoints(_ adjacency: [[Int]]) -> [Bool] {
        let n = adjacency.count
        var discovered = Array(repeating: -1, count: n)
        var low = Array(repeating: 0, count: n)
        var parent = Array(repeating: -1, count: n)
        var isCutPoint = Array(repeating: false, count: n)
        var stack: [(node: Int, next: Int)] = []
        var time = 0
        for root in 0..<n where discovered[root] < 0 {
            discovered[root] = time
            low[root] = time
            time += 1
            var rootChildren = 0
            stack.append((root, 0))
            while let top = stack.last {
                let (v, next) = (top.node, top.next)
                if next < adjacency[v].count {
                    stack[stack.count - 1].next += 1
                    let w = adjacency[v][next]
                    if discovered[w] < 0 {
                        parent[w] = v
                        discovered[w] = time
                        low[w] = time
                        time += 1
                        if v == root { rootChildren += 1 }
                        stack.append((w, 0))
                    } else if w != parent[v] {
                        low[v] = min(low[v], discovered[w])
                    }
                } else {
                    stack.removeLast()
                    let p = parent[v]
                    guard p >= 0 else { continue }
                    low[p] = min(low[p], low[v])
                    if p != root && low[v] >= discovered[p] { isCutPoint[p] = true }
                }
            }
            if rootChildren >= 2 { isCutPoint[root] = true }
        }
        return isCutPoint
    }
}

/// A fixed-size buffer of plain values (`Int`, `Double`: nothing to deinitialise) for an inner
/// loop, freed by its owner (`free()`).
private struct Scratch<Value> {
    let base: UnsafeMutablePointer<Value>

    init(_ count: Int, _ value: Value) {
        base = .allocate(capacity: max(count, 1))
        base.initialize(repeating: value, count: max(count, 1))
    }

    subscript(_ i: Int) -> Value {
        get { base[i] }
        nonmutating set { base[i] = newValue }
    }

    func free() { base.deallocate() }
}
