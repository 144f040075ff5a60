import Canvas
import RegieKit

/// A form as a centred dialog: labels on the left, controls on the right, the focused field
/// kept in view, its hint (or the reason a submit was refused) at the bottom.
enum FormView {
    static func draw(_ state: AppState, _ form: Form, into frame: inout Frame) {
        let size = frame.grid.size
        let width = min(size.width - 2, 96)
        // Size the dialog to its fields (with the focused one expanded), up to the screen.
        let estimatedValueWidth = width - 4 - min(24, max(12, (width - 4) / 3))
        let contentHeight = form.fields.enumerated().map { index, field in
            rowHeight(field, focused: index == form.focus, width: estimatedValueWidth)
        }.reduce(0, +)
        let rect = OverlayBox.frame(width: width, height: max(contentHeight + 6, 10), in: size)
        OverlayBox.draw(rect, title: state.text(form.title), into: &frame)
        let inner = rect.inset(top: 1, left: 2, bottom: 1, right: 2)
        let labelWidth = min(24, max(12, inner.width / 3))
        let valueWidth = inner.width - labelWidth
        let footerHeight = 3
        let bodyHeight = inner.height - footerHeight
        guard bodyHeight > 0, valueWidth > 4 else { return }

        let heights = form.fields.enumerated().map { index, field in
            rowHeight(field, focused: index == form.focus, width: valueWidth)
        }
        // Scroll so that the focused field is fully visible.
        var offset = 0
        let focusTop = heights.prefix(form.focus).reduce(0, +)
        let focusBottom = focusTop + (heights.indices.contains(form.focus) ? heights[form.focus] : 1)
        if focusBottom > bodyHeight { offset = focusBottom - bodyHeight }
        if focusTop < offset { offset = focusTop }

        var y = inner.y - offset
        for (index, field) in form.fields.enumerated() {
            let height = heights[index]
            defer { y += height }
            guard y + height > inner.y, y < inner.y + bodyHeight else { continue }
            let focused = index == form.focus
            let clip = Rect(x: inner.x, y: inner.y, width: inner.width, height: bodyHeight)
            let label = state.text(field.label).truncated(toWidth: labelWidth - 3)
            frame.grid.put(
                (focused ? "▸ " : "  ") + label, at: Point(x: inner.x, y: y),
                style: focused ? Theme.key : Theme.label, clip: clip)
            let valueRect = Rect(x: inner.x + labelWidth, y: y, width: valueWidth, height: height)
            if let cursor = drawValue(field, focused: focused, in: valueRect, clip: clip, state: state, into: &frame) {
                if clip.contains(cursor) { frame.cursor = cursor }
            }
        }
        if offset > 0 {
            frame.grid.put("▲", at: Point(x: inner.maxX - 1, y: inner.y), style: Theme.dim)
        }
        if heights.reduce(0, +) - offset > bodyHeight {
            frame.grid.put("▼", at: Point(x: inner.maxX - 1, y: inner.y + bodyHeight - 1), style: Theme.dim)
        }

        let hintY = inner.maxY - 3
        var hintText: String?
        var hintStyle = Theme.dim
        if let error = form.error {
            hintText = "! " + state.text(error)
            hintStyle = Theme.error
        } else if form.fields.indices.contains(form.focus), let hint = hint(for: form.fields[form.focus]) {
            hintText = state.text(hint)
        }
        for (i, line) in (hintText?.wrapped(toWidth: inner.width) ?? []).prefix(2).enumerated() {
            frame.grid.put(line, at: Point(x: inner.x, y: hintY + i), style: hintStyle, clip: inner)
        }
        let footer = state.text(
            L("Tab volgend veld · Enter bewaren · Esc annuleren", "Tab next field · Enter submit · Esc cancel"))
        frame.grid.put(footer, at: Point(x: inner.x, y: inner.maxY - 1), style: Theme.dim, clip: inner)
    }

    /// The chosen option's own hint (when a catalogue entry fits) before the field's.
    static func hint(for field: FormField) -> Localized? {
        if case .choice(let options, let index) = field.value, options.indices.contains(index),
            let hint = options[index].hint
        {
            return hint
        }
        return field.hint
    }

    static func rowHeight(_ field: FormField, focused: Bool, width: Int) -> Int {
        switch field.value {
        case .text(let editor) where editor.multiline:
            let rows = TextLayout(editor, width: width).rows.count
            return focused ? min(6, max(2, rows)) : min(2, rows)
        case .info(let text):
            return min(3, text.wrapped(toWidth: width).count)
        default:
            return 1
        }
    }

    /// Draws a field's control; returns where the text cursor goes when the field is focused.
    private static func drawValue(
        _ field: FormField, focused: Bool, in rect: Rect, clip: Rect, state: AppState, into frame: inout Frame
    ) -> Point? {
        let area = rect.intersection(clip)
        let line = Point(x: rect.x, y: rect.y)
        switch field.value {
        case .text(let editor):
            if editor.multiline {
                let layout = TextLayout(editor, width: rect.width)
                let first = focused ? max(0, layout.cursorRow - rect.height + 1) : 0
                for row in 0..<rect.height where first + row < layout.rows.count {
                    var text = layout.rows[first + row]
                    if !focused, row == rect.height - 1, first + row < layout.rows.count - 1 {
                        text = text.truncated(toWidth: rect.width - 1) + "…"
                    }
                    frame.grid.put(
                        text, at: Point(x: rect.x, y: rect.y + row), style: focused ? Style(underline: true) : .plain,
                        clip: area)
                }
                if editor.isEmpty, !focused { frame.grid.put("—", at: line, style: Theme.dim, clip: area) }
                return focused ? Point(x: rect.x + layout.cursorColumn, y: rect.y + layout.cursorRow - first) : nil
            }
            let (text, cursorColumn) = TextLayout.singleLine(editor, width: rect.width)
            if focused {
                frame.grid.fill(
                    Rect(x: rect.x, y: rect.y, width: rect.width, height: 1).intersection(area),
                    style: Style(underline: true))
            }
            frame.grid.put(text, at: line, style: focused ? Style(underline: true) : .plain, clip: area)
            return focused ? Point(x: rect.x + cursorColumn, y: rect.y) : nil
        case .score(let value, let range):
            let dots = String(repeating: "●", count: value) + String(repeating: "○", count: range.upperBound - value)
            let text = (focused ? "◀ " : "  ") + dots + " \(value)" + (focused ? " ▶" : "")
            frame.grid.put(text, at: line, style: focused ? Theme.selected : Theme.score, clip: area)
        case .choice(let options, let index):
            let label = options.indices.contains(index) ? options[index].label : "—"
            let text = focused ? "◀ \(label) ▶" : label
            frame.grid.put(
                text.truncated(toWidth: rect.width), at: line, style: focused ? Theme.selected : .plain, clip: area)
        case .toggle(let on):
            let text = (on ? "[x] " : "[ ] ") + state.text(on ? L("ja", "yes") : L("nee", "no"))
            frame.grid.put(text, at: line, style: focused ? Theme.selected : .plain, clip: area)
        case .multiChoice(let options, let selected, let highlighted):
            drawMultiChoice(
                options, selected: selected, highlighted: highlighted, focused: focused, at: line, width: rect.width,
                clip: area, into: &frame)
        case .info(let text):
            for (i, row) in text.wrapped(toWidth: rect.width).prefix(rect.height).enumerated() {
                frame.grid.put(row, at: Point(x: rect.x, y: rect.y + i), style: Theme.dim, clip: area)
            }
        }
        return nil
    }

    private static func drawMultiChoice(
        _ options: [Choice], selected: Set<String>, highlighted: Int, focused: Bool, at point: Point, width: Int,
        clip: Rect, into frame: inout Frame
    ) {
        if options.isEmpty {
            frame.grid.put("—", at: point, style: Theme.dim, clip: clip)
            return
        }
        let items = options.map { (selected.contains($0.id) ? "[x] " : "[ ] ") + $0.label }
        if !focused {
            let chosen = options.filter { selected.contains($0.id) }.map(\.label).joined(separator: ", ")
            frame.grid.put((chosen.isEmpty ? "—" : chosen).truncated(toWidth: width), at: point, clip: clip)
            return
        }
        // Start the window so the highlighted option is on screen.
        var start = highlighted
        var used = items[highlighted].displayWidth
        while start > 0, used + items[start - 1].displayWidth + 2 <= width / 2 {
            start -= 1
            used += items[start].displayWidth + 2
        }
        var x = point.x
        if start > 0 {
            x += frame.grid.put("‹ ", at: Point(x: x, y: point.y), style: Theme.dim, clip: clip)
        }
        for index in start..<items.count {
            let text = items[index]
            guard x + text.displayWidth <= point.x + width else {
                frame.grid.put("›", at: Point(x: point.x + width - 1, y: point.y), style: Theme.dim, clip: clip)
                break
            }
            x += frame.grid.put(
                text, at: Point(x: x, y: point.y), style: index == highlighted ? Theme.selected : .plain, clip: clip)
            x += frame.grid.put("  ", at: Point(x: x, y: point.y), clip: clip)
        }
    }
}
