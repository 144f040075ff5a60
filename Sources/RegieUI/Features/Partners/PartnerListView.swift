import Canvas
import RegieKit

/// The list of partners beside the map: exact selection, filter line, status markers.
enum PartnerListView {
    static func draw(_ state: AppState, in rect: Rect, into frame: inout Frame) {
        let focused = state.pane == .map || state.pane == .perspectives
        let count = state.visiblePartners.count
        let total = state.shown.partners.count
        let title = state.text(L("Partners", "Partners")) + (count == total ? " (\(total))" : " (\(count)/\(total))")
        frame.grid.drawBox(
            rect, style: focused ? Theme.borderFocused : Theme.border, title: title, titleStyle: Theme.heading)
        var inner = rect.inset(by: 1)
        guard !inner.isEmpty else { return }
        if state.filterEditor != nil || !state.partnerFilter.isEmpty {
            let line = "/" + state.partnerFilter
            frame.grid.put(
                line.truncated(toWidth: inner.width), at: Point(x: inner.x, y: inner.maxY - 1), style: Theme.key)
            if let editor = state.filterEditor {
                let beforeCursor = String(editor.characters.prefix(editor.cursor))
                frame.cursor = Point(x: min(inner.maxX - 1, inner.x + 1 + beforeCursor.displayWidth), y: inner.maxY - 1)
            }
            inner = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - 1)
        }
        let partners = state.visiblePartners
        if partners.isEmpty {
            let empty =
                total == 0
                ? state.text(L("Nog geen partners. a voegt er een toe.", "No partners yet. a adds one."))
                : state.text(L("Geen partner past bij het filter.", "No partner matches the filter."))
            for (i, line) in empty.wrapped(toWidth: inner.width).enumerated() where i < inner.height {
                frame.grid.put(line, at: Point(x: inner.x, y: inner.y + i), style: Theme.dim)
            }
            return
        }
        let selectedIndex = partners.firstIndex { $0.id == state.selectedPartner } ?? 0
        let offset = scrollOffset(selected: selectedIndex, count: partners.count, height: inner.height)
        for row in 0..<inner.height {
            let index = offset + row
            guard index < partners.count else { break }
            let partner = partners[index]
            let y = inner.y + row
            let isSelected = partner.id == state.selectedPartner
            let marker: String
            switch partner.status {
            case .active: marker = state.comparison.contains(partner.id) ? "◆" : " "
            case .watching: marker = "?"
            case .letGo: marker = "×"
            }
            let start = state.relationStart == partner.id ? "●" : marker
            var style: Style = partner.status == .letGo ? Theme.letGo : .plain
            if isSelected { style = Theme.selected }
            let text = start + " " + partner.name
            frame.grid.fill(
                Rect(x: inner.x, y: y, width: inner.width, height: 1), style: isSelected ? Theme.selected : .plain)
            frame.grid.put(text.truncated(toWidth: inner.width), at: Point(x: inner.x, y: y), style: style)
            frame.hits.append(HitRegion(Rect(x: inner.x, y: y, width: inner.width, height: 1), .partner(partner.id)))
        }
    }

    /// The list's width beside a map or detail in `rect`: room for most names, never most of the screen.
    static func width(in rect: Rect) -> Int { min(32, max(24, rect.width * 3 / 10)) }

    /// Keeps the selected row visible, scrolling as little as possible.
    static func scrollOffset(selected: Int, count: Int, height: Int) -> Int {
        guard count > height, height > 0 else { return 0 }
        return max(0, min(count - height, selected - height / 2))
    }
}
