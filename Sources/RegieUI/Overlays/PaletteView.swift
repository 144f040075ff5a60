import Canvas
import RegieKit

/// The command palette: a filter line and the matching commands.
enum PaletteView {
    static func draw(_ state: AppState, _ palette: Palette, into frame: inout Frame) {
        let size = frame.grid.size
        let entries = PaletteCatalog.entries(
            matching: palette.query.text, language: state.language, presenting: state.presenting)
        let rect = OverlayBox.frame(width: 60, height: min(size.height - 2, 18), in: size)
        OverlayBox.draw(rect, title: state.text(L("Opdracht", "Command")), into: &frame)
        let inner = rect.inset(top: 1, left: 2, bottom: 1, right: 2)
        let prompt = ": " + palette.query.text
        frame.grid.put(prompt, at: inner.origin, style: Theme.key, clip: inner)
        let before = ": " + String(palette.query.characters.prefix(palette.query.cursor))
        frame.cursor = Point(x: min(inner.maxX - 1, inner.x + before.displayWidth), y: inner.y)
        let listHeight = inner.height - 2
        guard listHeight > 0 else { return }
        let offset = PartnerListView.scrollOffset(selected: palette.selected, count: entries.count, height: listHeight)
        for row in 0..<listHeight {
            let index = offset + row
            guard index < entries.count else { break }
            let y = inner.y + 2 + row
            let isSelected = index == palette.selected
            if isSelected {
                frame.grid.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: Theme.selected)
            }
            frame.grid.put(
                entries[index].title(state.language), at: Point(x: inner.x, y: y),
                style: isSelected ? Theme.selected : .plain, clip: inner)
        }
        if entries.isEmpty {
            frame.grid.put(
                state.text(L("Geen opdracht gevonden", "No command found")), at: Point(x: inner.x, y: inner.y + 2),
                style: Theme.dim, clip: inner)
        }
    }
}
