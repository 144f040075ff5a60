import RegieKit

/// The network layout of a big session, computed in the background. Laying out thousands of
/// partners takes half a second or more: done on the key loop, it held up the first frame of
/// the workbench and every key that changed the graph. A small network (most sessions) is still
/// laid out at once, in `AppState.refreshDerivedState`, so it never shows a placeholder.
enum NetworkLayouts {
    /// Networks up to this many partners are laid out on the key loop (about 10 ms here).
    static let inlinePartners = 300

    /// Asks for the layout of the graph on screen once, when it is pending and not asked for yet.
    static func request(_ state: inout AppState) -> [Effect] {
        guard state.networkPending else { return [] }
        let source = NetworkGraph.Source(state.shown)
        guard state.networkRequested != source else { return [] }
        state.networkRequested = source
        return [.layOut(source, previous: state.network)]
    }

    /// A layout that came back: kept when it is for the graph on screen, else dropped (and the
    /// one on screen asked for by `request`, which `update` calls next).
    static func laidOut(_ state: inout AppState, _ graph: NetworkGraph) {
        guard graph.matches(state.shown) else {
            // The graph changed meanwhile. Unless a later layout is on its way already, the
            // one on screen is asked for next.
            if state.networkRequested == graph.source { state.networkRequested = nil }
            return
        }
        state.networkRequested = nil
        state.network = graph
        state.networkPending = false
    }

    /// What the map shows while the layout is computed.
    static func placeholder(partners: Int) -> Localized {
        Localized(
            nl: "Het netwerk van \(partners) partners wordt getekend…",
            en: "Laying out the network of \(partners) partners…")
    }
}
