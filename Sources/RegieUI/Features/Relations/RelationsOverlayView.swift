import Canvas
import RegieKit

/// The relations of one partner in a list: Enter edits the selected one, d deletes it.
enum RelationsOverlayView {
    static func draw(_ state: AppState, partner: Partner.ID, selected: Int, into frame: inout Frame) {
        let size = frame.grid.size
        let relations = state.shown.relations.filter { $0.involves(partner) }
        let rect = OverlayBox.frame(width: 70, height: min(size.height - 2, relations.count + 5), in: size)
        OverlayBox.draw(
            rect, title: state.text(L("Relaties van ", "Relations of ")) + state.shown.partnerName(partner),
            into: &frame)
        let inner = rect.inset(top: 1, left: 2, bottom: 1, right: 2)
        let listHeight = inner.height - 2
        guard listHeight > 0 else { return }
        let offset = PartnerListView.scrollOffset(selected: selected, count: relations.count, height: listHeight)
        for row in 0..<listHeight where offset + row < relations.count {
            let relation = relations[offset + row]
            let outgoing = relation.from == partner
            let other = state.shown.partnerName(outgoing ? relation.to : relation.from)
            let strength = String(repeating: "●", count: relation.strength)
            let text = (outgoing ? "→ " : "← ") + other + " · " + state.text(relation.kind.name) + " · " + strength
            let y = inner.y + row
            let isSelected = offset + row == selected
            if isSelected {
                frame.grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: Theme.selected)
            }
            frame.grid.put(
                text.truncated(toWidth: inner.width), at: Point(x: inner.x, y: y),
                style: isSelected ? Theme.selected : .plain, clip: inner)
        }
        let keys = state.text(L("Enter bewerken · d verwijderen · Esc terug", "Enter edit · d delete · Esc back"))
        frame.grid.put(keys, at: Point(x: inner.x, y: inner.maxY - 1), style: Theme.dim, clip: inner)
    }
}
