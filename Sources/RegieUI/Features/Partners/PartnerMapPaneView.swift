import Canvas
import RegieKit

/// Pane 1: the partner list and the map in the chosen view.
enum PartnerMapPaneView {
    static func draw(_ state: AppState, in rect: Rect, into frame: inout Frame) {
        let listWidth = PartnerListView.width(in: rect)
        let (list, map) = rect.splitColumns(leftWidth: listWidth)
        PartnerListView.draw(state, in: list, into: &frame)
        let title = state.text(L("Kaart", "Map")) + ": " + state.mapKind.title(state.language) + " (v)"
        frame.grid.drawBox(map, style: Theme.border, title: title, titleStyle: Theme.heading)
        let inner = map.inset(by: 1)
        guard !inner.isEmpty else { return }
        MapRenderer.draw(
            state.mapKind, session: state.shown, selected: state.selectedPartner, relationStart: state.relationStart,
            disclosure: state.disclosure, language: state.language, network: state.network,
            networkPending: state.networkPending, in: inner,
            // Names whole, over two lines, wherever the map has the room for it.
            nameLines: 2, memo: state.mapDrawings, into: &frame)
    }
}
