import Foundation
import Testing

@testable import RegieKit

/// The network layout in RegieKit: seeded, bounded, and stable when the network grows.
@Suite struct NetworkLayoutTests {
    /// `count` partners and about `perPartner` links each, chosen by a seeded generator.
    static func network(_ count: Int, perPartner: Int = 2, seed: UInt64 = 3) -> ([String], [NetworkLayout.Link]) {
        var random = TestRandom(seed: seed)
        let ids = (0..<count).map { "p\($0)" }
        var links: [NetworkLayout.Link] = []
        for _ in 0..<(count * perPartner / 2) {
            let a = random.int(0...count - 1)
            let b = (a + random.int(1...count - 1)) % count
            links.append(NetworkLayout.Link(a: a, b: b, weight: 0.8 + 0.1 * Double(random.int(0...5))))
        }
        return (ids, links)
    }

    static func displacements(
        _ before: [NetworkLayout.Position], _ after: [NetworkLayout.Position]
    ) -> (mean: Double, max: Double) {
        let distances = zip(before, after).map { a, b in
            ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
        }
        return (distances.reduce(0, +) / Double(distances.count), distances.max() ?? 0)
    }

    @Test func sameNetworkSamePositions() {
        for count in [2, 17, 400] {
            let (ids, links) = Self.network(count)
            let first = NetworkLayout.positions(for: ids, links: links, aspect: 1.4)
            let second = NetworkLayout.positions(for: ids, links: links, aspect: 1.4)
            #expect(first == second)
            for point in first { #expect((0...1.4).contains(point.x) && (0...1).contains(point.y)) }
        }
    }

    @Test func seedsComeFromThePartnerIds() {
        #expect(NetworkLayout.seed(for: "gemeente") == NetworkLayout.seed(for: "gemeente"))
        #expect(NetworkLayout.seed(for: "gemeente") != NetworkLayout.seed(for: "politie"))
        let (ids, links) = Self.network(17)
        let renamed = NetworkLayout.positions(for: ids.map { $0 + "x" }, links: links, aspect: 1.4)
        #expect(renamed != NetworkLayout.positions(for: ids, links: links, aspect: 1.4))
    }

    /// Adding a partner (linked to two others) or a relation moves the partners already there
    /// by at most `bound` on average and a tenth of the height at most (the space is one
    /// high); laying out the grown network afresh moves them far more, so the bound says
    /// something.
    @Test(arguments: [40, 600])
    func growingTheNetworkMovesTheOthersLittle(count: Int) {
        let bound = 0.02
        let (ids, links) = Self.network(count)
        let before = NetworkLayout.positions(for: ids, links: links, aspect: 1.4)
        let previous = Dictionary(uniqueKeysWithValues: zip(ids, before))

        let grownIDs = ids + ["nieuw"]
        let grownLinks =
            links + [NetworkLayout.Link(a: count, b: 0, weight: 1), NetworkLayout.Link(a: count, b: 5, weight: 1)]
        let adjusted = NetworkLayout.positions(for: grownIDs, links: grownLinks, aspect: 1.4, previous: previous)
        let moved = Self.displacements(before, Array(adjusted.prefix(count)))
        #expect(moved.mean <= bound && moved.max <= 0.1, "\(moved)")

        let withRelation = links + [NetworkLayout.Link(a: 1, b: count - 1, weight: 1)]
        let linked = NetworkLayout.positions(for: ids, links: withRelation, aspect: 1.4, previous: previous)
        let relinked = Self.displacements(before, linked)
        #expect(relinked.mean <= bound && relinked.max <= 0.1, "\(relinked)")

        let fresh = NetworkLayout.positions(for: grownIDs, links: grownLinks, aspect: 1.4)
        #expect(Self.displacements(before, Array(fresh.prefix(count))).mean > 3 * bound)
    }

    /// A newcomer starts beside the partners it is linked to, not at a random place.
    @Test func aNewPartnerLandsNearItsNeighbours() {
        let (ids, links) = Self.network(40)
        let before = NetworkLayout.positions(for: ids, links: links, aspect: 1.4)
        let previous = Dictionary(uniqueKeysWithValues: zip(ids, before))
        let grown = NetworkLayout.positions(
            for: ids + ["nieuw"], links: links + [NetworkLayout.Link(a: 40, b: 7, weight: 1)], aspect: 1.4,
            previous: previous)
        let distance = Self.displacements([grown[40]], [before[7]]).max
        #expect(distance < 0.25, "\(distance)")
    }
}
