import Canvas
import Foundation
import Testing

@testable import RegieKit
@testable import RegieUI
import RegieTestSupport

/// The network layout is derived state: computed once per change of the graph, not per frame.
@Suite struct NetworkGraphTests {
    @Test func keysThatKeepTheGraphComputeNoLayout() throws {
        var state = uiState()
        #expect(state.network?.layoutsComputed == 1)
        let keys: [Key] =
            [.down, .down, .up, .character("j"), .character("k")]
            + [.character("v"), .character("v"), .character("v"), .character("v"), .character("v")]
            + [.character("?"), .escape, .character("2"), .down, .character("1")]
            // Into presentation mode and out again: the second p asks, the third leaves.
            + [.character("p"), .character("p"), .character("p")]
            + [.character("n")] + typing("Overleg gepland") + [.enter]
            + [.character("e"), .end] + typing(" Noord") + [.enter]
        for key in keys {
            press(&state, [key])
            _ = AppView.render(state, size: Size(width: 120, height: 40))
        }
        let graph = try #require(state.network)
        #expect(state.session.notes.count == 1, "the note was added")
        #expect(state.session.partners.contains { $0.name.hasSuffix(" Noord") }, "a name was edited")
        #expect(graph.layoutsComputed == 1)
        #expect(graph.matches(state.session), "the view draws the kept layout")
    }

    @Test func aNewPartnerOrRelationComputesTheLayoutOnceMore() throws {
        var state = uiState()
        press(&state, [.character("a")] + typing("Zorggroep") + [.enter])
        #expect(state.network?.layoutsComputed == 2)
        press(&state, [.down, .up, .character("j")])
        #expect(state.network?.layoutsComputed == 2)
        state.selectedPartner = "gemeente"
        press(&state, [.character("r"), .down, .down, .enter, .enter])
        #expect(state.session.relations.count == 2)
        #expect(state.network?.layoutsComputed == 3)
        press(&state, [.character("u")])
        #expect(state.network?.layoutsComputed == 4, "undo changes the graph back")
    }

    /// While another view is shown the layout waits; going back computes it once.
    @Test func theLayoutWaitsWhileTheNetworkIsNotShown() throws {
        var state = uiState()
        press(&state, [.character("4")])
        state.session.partners.append(Partner(id: "nieuw", name: "Nieuw"))
        press(&state, [.down, .up])
        #expect(state.network?.layoutsComputed == 1)
        #expect(state.network?.matches(state.session) == false)
        press(&state, [.character("1")])
        #expect(state.network?.layoutsComputed == 2)
        #expect(state.network?.matches(state.session) == true)
    }

    /// The partners that were there keep their places on the map when one is added.
    @Test func partnersKeepTheirPlacesWhenOneIsAdded() throws {
        var state = uiState()
        let before = try #require(state.network)
        press(&state, [.character("a")] + typing("Zorggroep") + [.enter])
        let after = try #require(state.network)
        for (old, new) in zip(before.positions, after.positions) {
            #expect(abs(old.x - new.x) <= 0.1 && abs(old.y - new.y) <= 0.1)
        }
    }
}

/// The map kept from the frame before gives the same screen as drawing it afresh.
@Suite struct NetworkDrawingTests {
    static func bigSession() -> Session {
        var generator = SeededGenerator(seed: 5)
        let partners = (0..<120).map { index in
            Partner(
                id: .init("p\(index)"), name: "Partner \(index) Ëlst", status: index % 9 == 0 ? .letGo : .active)
        }
        let relations = (0..<300).map { index in
            let from = Int(generator.next() % 120)
            return Relation(
                id: .init("r\(index)"), from: partners[from].id,
                to: partners[(from + 1 + Int(generator.next() % 119)) % 120].id,
                kind: RelationKind.allCases[index % 6], strength: 1 + index % 5)
        }
        return Session(title: "Groot", partners: partners, relations: relations)
    }

    @Test func movingTheSelectionDrawsWhatAFreshFrameDraws() {
        var state = uiState(Self.bigSession())
        let size = Size(width: 120, height: 40)
        for key in [Key.down, .down, .down, .character("r"), .down, .escape, .up, .character("l"), .down] {
            press(&state, [key])
            let kept = AppView.render(state, size: size)
            var fresh = state
            fresh.network = nil
            let drawn = AppView.render(fresh, size: size)
            let differing = zip(
                kept.grid.snapshot().split(separator: "\n"), drawn.grid.snapshot().split(separator: "\n")
            )
            .filter { $0 != $1 }
            #expect(differing.isEmpty, "after \(key): \(differing.prefix(3))")
            #expect(kept.hits.map(\.rect) == drawn.hits.map(\.rect))
        }
        #expect(state.network?.layoutsComputed == 1)
    }
}
