import Canvas
import Foundation
import Testing

@testable import RegieKit
@testable import RegieUI
import RegieTestSupport

/// A big network is laid out in the background: the first frame and the keys that change the
/// graph do not wait half a second for it, and the map says what it is waiting for.
@Suite struct NetworkLayoutsTests {
    /// A session with `count` partners in a ring, so every partner has relations.
    static func ring(_ count: Int) -> Session {
        var session = Session(title: "Groot netwerk")
        session.partners = (0..<count).map { Partner(id: Partner.ID("p\($0)"), name: "Partner \($0)") }
        session.relations = (0..<count).map {
            Relation(
                id: Relation.ID("r\($0)"), from: Partner.ID("p\($0)"), to: Partner.ID("p\(($0 + 1) % count)"),
                kind: .collaboration)
        }
        return session
    }

    static let big = NetworkLayouts.inlinePartners + 100

    /// The layouts asked for in `effects`.
    static func layouts(_ effects: [Effect]) -> [(NetworkGraph.Source, NetworkGraph?)] {
        effects.compactMap {
            if case .layOut(let source, let previous) = $0 { return (source, previous) }
            return nil
        }
    }

    @Test func aBigNetworkIsNotLaidOutForTheFirstFrameWhichSaysWhatItWaitsFor() {
        let state = uiState(Self.ring(Self.big))
        #expect(state.networkPending)
        #expect(state.network == nil, "no layout was computed on the key loop")
        let screen = AppView.render(state, size: Size(width: 120, height: 40)).grid.lines().joined(separator: "\n")
        #expect(screen.contains("Het netwerk van \(Self.big) partners wordt getekend…"))
    }

    @Test func aSmallNetworkIsLaidOutAtOnce() {
        let state = uiState(Self.ring(NetworkLayouts.inlinePartners))
        #expect(!state.networkPending)
        #expect(state.network?.layoutsComputed == 1)
    }

    @Test func theLayoutIsAskedForOnceAndShownWhenItComesBack() throws {
        var state = uiState(Self.ring(Self.big))
        let asked = Self.layouts(update(&state, .ticked(fixedNow), now: fixedNow))
        #expect(asked.count == 1)
        // Keys while it is computed ask for nothing more.
        #expect(Self.layouts(press(&state, [.down, .down, .up])).isEmpty)
        let (source, previous) = try #require(asked.first)
        #expect(
            Self.layouts(update(&state, .networkLaidOut(.laidOut(source, previous: previous)), now: fixedNow)).isEmpty)
        #expect(!state.networkPending)
        #expect(state.network?.matches(state.shown) == true)
        let screen = AppView.render(state, size: Size(width: 120, height: 40)).grid.lines().joined(separator: "\n")
        #expect(!screen.contains("wordt getekend"))
        #expect(screen.contains("Partner 0"))
    }

    @Test func aLayoutOfAGraphThatChangedMeanwhileIsDroppedAndTheNewGraphAskedFor() throws {
        var state = uiState(Self.ring(Self.big))
        let first = try #require(Self.layouts(update(&state, .ticked(fixedNow), now: fixedNow)).first)
        // The graph changes while the first layout is computed: a partner is added.
        let changed = press(&state, [.character("a")] + typing("Zorggroep Ëlst") + [.enter])
        #expect(state.session.partners.count == Self.big + 1)
        let second = try #require(Self.layouts(changed).first, "the changed graph is asked for at once")
        // The first layout comes back late: it is not shown, and nothing more is asked for,
        // since the second is on its way.
        let late = update(&state, .networkLaidOut(.laidOut(first.0, previous: first.1)), now: fixedNow)
        #expect(state.networkPending)
        #expect(state.network == nil)
        #expect(Self.layouts(late).isEmpty)
        _ = update(&state, .networkLaidOut(.laidOut(second.0, previous: second.1)), now: fixedNow)
        #expect(!state.networkPending)
        #expect(state.network?.matches(state.shown) == true)
    }

    @Test func aLateLayoutWithNoOtherOnItsWayAsksForTheGraphOnScreen() throws {
        var state = uiState(Self.ring(Self.big))
        let stale = NetworkGraph.laidOut(NetworkGraph.Source(Self.ring(Self.big + 1)), previous: nil)
        state.networkRequested = stale.source
        let effects = update(&state, .networkLaidOut(stale), now: fixedNow)
        #expect(state.networkPending)
        let asked = Self.layouts(effects)
        #expect(asked.count == 1)
        #expect(asked.first.map { $0.0.matches(state.shown) } == true)
    }

    @Test func theRunLoopLaysOutABigNetworkAndDrawsIt() {
        let files = MemoryFiles()
        let terminal = MemoryTerminal(size: Size(width: 120, height: 40))
        // In line, as tests run it: the first turn of the clock lays out the network.
        let workbench = Workbench(
            state: uiState(Self.ring(Self.big), path: "/s/groot.json"), terminal: terminal,
            environment: files.environment())
        workbench.step(nil)
        let screen = terminal.snapshot(styles: false)
        #expect(!screen.contains("wordt getekend"), "\(screen)")
        #expect(screen.contains("Partner 0"))
    }
}
