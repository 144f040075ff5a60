import Canvas

/// How the panes with a list and a detail area share their rectangle, and how they draw lists.
enum PaneLayout {
    /// From this width the list and the detail sit side by side; below it the list goes on top,
    /// where its rows have the whole width for titles, names and dates.
    static let sideBySideWidth = 150

    /// Splits `rect` into a list and a detail area: side by side when wide, the list above
    /// (only as tall as its rows need, at most two fifths) when narrow.
    static func listAndDetail(_ rect: Rect, rowCount: Int) -> (list: Rect, detail: Rect) {
        if rect.width >= sideBySideWidth {
            let split = rect.splitColumns(leftWidth: rect.width / 2)
            return (split.left, split.right)
        }
        let height = max(4, min(rowCount + 2, rect.height * 2 / 5))
        let split = rect.splitRows(topHeight: height)
        return (split.top, split.bottom)
    }

    /// A box for a list or a detail; the pane's list has the focused (cyan) border.
    static func box(_ rect: Rect, title: String, focused: Bool, into frame: inout Frame) {
        frame.grid.drawBox(
            rect, style: focused ? Theme.borderFocused : Theme.border, title: title.isEmpty ? nil : title,
            titleStyle: Theme.heading)
    }

    /// Draws `rows` in `rect` with row `selected` reversed and scrolled into view; ▲/▼ go on the
    /// border at the right when rows are out of view.
    static func list(_ rows: [StyledLine], selected: Int?, in rect: Rect, into frame: inout Frame) {
        let offset = PartnerListView.scrollOffset(selected: selected ?? 0, count: rows.count, height: rect.height)
        let shown = Array(rows[offset..<min(rows.count, offset + max(0, rect.height))])
        list(shown, first: offset, of: rows.count, selected: selected, in: rect, into: &frame)
    }

    /// Draws `rows`, the rows from index `first` of a list of `count`, as `list(_:selected:in:into:)`.
    static func list(
        _ rows: [StyledLine], first offset: Int, of count: Int, selected: Int?, in rect: Rect, into frame: inout Frame
    ) {
        guard !rect.isEmpty else { return }
        for (row, line) in rows.prefix(rect.height).enumerated() {
            var line = line
            line.highlighted = offset + row == selected
            line.draw(at: Point(x: rect.x, y: rect.y + row), width: rect.width, into: &frame.grid)
        }
        DetailText.drawScrollMarks(above: offset > 0, below: offset + rect.height < count, beside: rect, into: &frame)
    }

    /// The focused box of a pane with several lists: their names as tabs in its top edge, the
    /// current one reversed, and `hint` (the key that switches) at the right when it fits.
    static func tabbedBox(_ rect: Rect, tabs: [(title: String, current: Bool)], hint: String, into frame: inout Frame) {
        frame.grid.drawBox(rect, style: Theme.borderFocused)
        guard rect.width > 4 else { return }
        let clip = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: 1)
        var x = rect.x + 2
        for tab in tabs {
            x += frame.grid.put(
                " " + tab.title + " ", at: Point(x: x, y: rect.y), style: tab.current ? Theme.tabActive : Theme.heading,
                clip: clip)
            x += 1
        }
        let hint = " " + hint + " "
        if x + hint.displayWidth + 1 < rect.maxX - 1 {
            frame.grid.put(
                hint, at: Point(x: rect.maxX - 2 - hint.displayWidth, y: rect.y), style: Theme.dim, clip: clip)
        }
    }

    /// `text` in the bottom edge of a box, flush right: where a list says how far down it is.
    static func footer(_ rect: Rect, _ text: String, into frame: inout Frame) {
        let label = " " + text + " "
        guard rect.height >= 2, label.displayWidth + 4 <= rect.width else { return }
        frame.grid.put(label, at: Point(x: rect.maxX - 2 - label.displayWidth, y: rect.maxY - 1), style: Theme.dim)
    }

    /// A calm message for an empty list or detail, with the key that fills it.
    static func empty(_ text: String, secondary: String = "", in rect: Rect, into frame: inout Frame) {
        var lines = DetailText(width: rect.width)
        lines.paragraph(text, style: Theme.dim)
        if !secondary.isEmpty {
            lines.blank()
            lines.paragraph(secondary, style: Theme.dim)
        }
        DetailText.draw(lines.lines, in: rect, offset: 0, into: &frame)
    }
}
