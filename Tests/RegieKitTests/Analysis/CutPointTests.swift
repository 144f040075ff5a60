import Testing

@testable import RegieKit

/// The cut points of one depth-first search against their definition, taken literally: the
/// nodes whose removal leaves their neighbours in more than one part.
@Suite("Cut points")
struct CutPointTests {
    /// The definition: a walk from one neighbour that avoids `node` does not reach all the others.
    static func byDefinition(_ adjacency: [[Int]]) -> [Bool] {
        adjacency.indices.map { node in
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

    /// Sparse and dense random graphs, with trees, cycles, isolated nodes and several parts.
    @Test(arguments: 1...200)
    func agreesWithTheDefinition(_ seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed))
        let nodes = (0..<random.int(1...40)).map { Partner.ID("p\($0)") }
        let edges = (0..<random.int(0...nodes.count * 2)).map { _ in (random.pick(nodes), random.pick(nodes)) }
        let graph = PartnerGraph(nodes: nodes, edges: edges)
        #expect(NetworkMeasures.cutPoints(graph.adjacency) == Self.byDefinition(graph.adjacency))
    }

    /// A chain far longer than a recursive search could walk: every node but the two ends cuts it.
    @Test func aLongChain() {
        let count = 100_000
        let adjacency = (0..<count).map { i in [i - 1, i + 1].filter { (0..<count).contains($0) } }
        let cuts = NetworkMeasures.cutPoints(adjacency)
        #expect(cuts.indices.filter { cuts[$0] } == Array(1..<count - 1))
    }
}
