import Testing

import RegieKit
import RegieTestSupport

/// A session with partners `ids` (those in `letGo` let go) and a collaboration for each pair.
private func session(_ ids: [String], _ pairs: [(String, String)], letGo: Set<String> = []) -> Session {
    Session(
        title: "Netwerk",
        partners: ids.map {
            Partner(id: Partner.ID($0), name: $0.uppercased(), status: letGo.contains($0) ? .letGo : .active)
        },
        relations: pairs.enumerated().map { index, pair in
            Relation(
                id: Relation.ID("r\(index)"), from: Partner.ID(pair.0), to: Partner.ID(pair.1), kind: .collaboration)
        })
}

private func betweenness(_ measures: NetworkMeasures) -> [String: Double] {
    Dictionary(uniqueKeysWithValues: measures.betweenness.map { ($0.key.rawValue, $0.value) })
}

private func ids(_ list: [Partner.ID]) -> [String] { list.map(\.rawValue) }

private func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) < 1e-12 }

@Suite("Network measures")
struct NetworkMeasuresTests {
    /// Centre c of a star with four leaves lies on all C(4,2) = 6 leaf pairs; 6 / ((5−1)(5−2)/2) = 1.
    @Test func star() {
        let m = NetworkMeasures(session(["c", "a", "b", "d", "e"], [("c", "a"), ("b", "c"), ("c", "d"), ("e", "c")]))
        let b = betweenness(m)
        #expect(close(b["c"]!, 1))
        #expect(["a", "b", "d", "e"].allSatisfy { b[$0] == 0 })
        #expect(m.degree["c"] == 4 && m.degree["a"] == 1)
        #expect(ids(m.brokers) == ["c"])
        #expect(ids(m.cutPoints) == ["c"])
        #expect(m.clusters.map(ids) == [["c", "a", "b", "d", "e"]])
        #expect(m.isolated.isEmpty)
    }

    /// Path a–b–c–d–e: b is on (a,c), (a,d), (a,e) = 3 of 6 pairs; c on (a,d), (a,e), (b,d), (b,e) = 4.
    @Test func path() {
        let m = NetworkMeasures(session(["a", "b", "c", "d", "e"], [("a", "b"), ("b", "c"), ("c", "d"), ("d", "e")]))
        let b = betweenness(m)
        #expect(b["a"] == 0 && b["e"] == 0)
        #expect(close(b["b"]!, 3.0 / 6) && close(b["d"]!, 3.0 / 6))
        #expect(close(b["c"]!, 4.0 / 6))
        #expect(ids(m.brokers) == ["c"])
        #expect(ids(m.cutPoints) == ["b", "c", "d"])
    }

    /// Cycle of six: node 0 carries (5,1) alone and half of (4,1) and (5,2), each with two
    /// shortest paths of three steps: 1 + ½ + ½ = 2, over (6−1)(6−2)/2 = 10.
    @Test func cycleSplitsEqualPaths() {
        let nodes = ["n0", "n1", "n2", "n3", "n4", "n5"]
        let m = NetworkMeasures(session(nodes, (0..<6).map { (nodes[$0], nodes[($0 + 1) % 6]) }))
        #expect(nodes.allSatisfy { close(betweenness(m)[$0]!, 0.2) })
        #expect(ids(m.brokers) == nodes, "all tie for the highest")
        #expect(m.cutPoints.isEmpty)
        #expect(m.degree.values.allSatisfy { $0 == 2 })
    }

    /// A triangle, a path d–e–f and an isolated g: n = 7, so e's one pair counts 1/15.
    @Test func disconnectedGraph() {
        let m = NetworkMeasures(
            session(
                ["a", "b", "c", "d", "e", "f", "g"], [("a", "b"), ("b", "c"), ("c", "a"), ("d", "e"), ("e", "f")]))
        let b = betweenness(m)
        #expect(close(b["e"]!, 1.0 / 15))
        #expect(["a", "b", "c", "d", "f", "g"].allSatisfy { b[$0] == 0 })
        #expect(m.clusters.map(ids) == [["a", "b", "c"], ["d", "e", "f"]], "equal sizes keep session order")
        #expect(ids(m.isolated) == ["g"])
        #expect(ids(m.brokers) == ["e"])
        #expect(ids(m.cutPoints) == ["e"])
    }

    /// A let-go partner x is outside the graph: its relations do not count, and n is 4, not 5.
    /// With x, l1 would lie on (x, l2)… ; without it the star on c, l1, l2, l3 gives c 3/3 = 1.
    @Test func letGoPartnerIsLeftOut() {
        let m = NetworkMeasures(
            session(
                ["c", "l1", "l2", "l3", "x"], [("c", "l1"), ("c", "l2"), ("c", "l3"), ("x", "c"), ("x", "l1")],
                letGo: ["x"]))
        #expect(ids(m.graph.nodes) == ["c", "l1", "l2", "l3"])
        #expect(close(betweenness(m)["c"]!, 1))
        #expect(betweenness(m)["x"] == nil && m.degree["x"] == nil)
        #expect(m.degree["c"] == 3 && m.degree["l1"] == 1)
        #expect(m.clusters.map(ids) == [["c", "l1", "l2", "l3"]])
    }

    /// Several relations between one pair, of any kind and either direction, are one edge.
    @Test func oneEdgePerPairWhateverKindOrDirection() {
        var s = session(["a", "b", "c"], [("a", "b"), ("b", "a"), ("b", "c")])
        s.relations[1].kind = .tension
        s.relations.append(Relation(id: "r9", from: "a", to: "b", kind: .funding))
        let m = NetworkMeasures(s)
        #expect(m.degree["a"] == 1 && m.degree["b"] == 2)
        #expect(m.graph.edgeCount == 2)
        #expect(close(betweenness(m)["b"]!, 1))
    }

    /// With two nodes or fewer no pair has a middle, so every betweenness is 0.
    @Test func twoNodesHaveNoBetweenness() {
        let m = NetworkMeasures(session(["a", "b"], [("a", "b")]))
        #expect(m.betweenness.values.allSatisfy { $0 == 0 })
        #expect(m.brokers.isEmpty && m.cutPoints.isEmpty)
        #expect(NetworkMeasures(session([], [])).clusters.isEmpty)
    }

    @Test func withoutRelationsEveryoneIsIsolatedAndNoOneBrokers() {
        let m = NetworkMeasures(session(["a", "b", "c"], []))
        #expect(ids(m.isolated) == ["a", "b", "c"])
        #expect(m.brokers.isEmpty && m.clusters.isEmpty && m.cutPoints.isEmpty)
    }

    /// The reference still holds the samples as they are; regenerate it when a sample changes.
    @Test(arguments: SampleSessionTests.names)
    func referenceHoldsTheSamplesAsTheyAre(_ name: String) throws {
        let reference = try #require(networkxCases.first { $0.name == name })
        let graph = PartnerGraph(try SampleSessionTests.session(name))
        #expect(ids(graph.nodes) == reference.nodes, "run Tests/Reference/networkx_reference.py")
        let pairs = Set(reference.edges.map { [$0.0, $0.1].sorted() })
        let ours = Set(graph.nodes.flatMap { a in graph.neighbours(of: a).map { [a.rawValue, $0.rawValue].sorted() } })
        #expect(ours == pairs, "run Tests/Reference/networkx_reference.py")
    }

    /// Graphs drawn at random and the samples, against networkx (see Tests/Reference).
    @Test(arguments: networkxCases)
    func agreesWithNetworkx(_ reference: NetworkxCase) {
        let graph = PartnerGraph(
            nodes: reference.nodes.map { Partner.ID($0) },
            edges: reference.edges.map { (Partner.ID($0.0), Partner.ID($0.1)) })
        let m = NetworkMeasures(graph)
        for (node, expected) in zip(reference.nodes, reference.betweenness) {
            let actual = m.betweenness[Partner.ID(node)] ?? -1
            #expect(abs(actual - expected) < 1e-9, "\(node): \(actual) against \(expected)")
        }
        #expect(ids(m.cutPoints) == reference.cutPoints)
        #expect(m.clusters.map(\.count).sorted() == reference.clusters)
    }
}
