import Canvas
import RegieKit

/// A form as a centred dialog: labels beside their fields (or above them when long), the
/// focused field kept in view and grown to show what is typed, its hint (or the reason a
/// submit was refused) at the bottom.
enum FormView {
    static func draw(_ state: AppState, _ form: Form, into frame: inout Frame) {
        let layout = FormLayout(form, size: frame.grid.size, language: state.language)
        OverlayBox.draw(layout.rect, title: state.text(form.title), into: &frame)
        let inner = layout.inner
        let bodyHeight = inner.height - FormLayout.footerHeight
        guard bodyHeight > 0, inner.width > 8 else { return }

        let heights = layout.rows.map(\.height)
        // Scroll so that the focused field is fully visible.
        var offset = 0
        let focusTop = heights.prefix(form.focus).reduce(0, +)
        let focusBottom = focusTop + (heights.indices.contains(form.focus) ? heights[form.focus] : 1)
        if focusBottom > bodyHeight { offset = focusBottom - bodyHeight }
        if focusTop < offset { offset = focusTop }

        let clip = Rect(x: inner.x, y: inner.y, width: inner.width, height: bodyHeight)
        var y = inner.y - offset
        for (index, field) in form.fields.enumerated() {
            let rows = layout.rows[index]
            defer { y += rows.height }
            guard y + rows.height > inner.y, y < inner.y + bodyHeight else { continue }
            let focused = index == form.focus
            let labelStyle = focused ? Theme.key : Theme.label
            let valueRect: Rect
            if rows.labelAbove.isEmpty {
                frame.grid.put(
                    (focused ? "▸ " : "  ") + state.text(field.label), at: Point(x: inner.x, y: y), style: labelStyle,
                    clip: clip)
                valueRect = Rect(x: inner.x + layout.labelWidth, y: y, width: rows.valueWidth, height: rows.valueHeight)
            } else {
                for (row, line) in rows.labelAbove.enumerated() {
                    let text = row == 0 && focused ? "▸" + line.dropFirst() : Substring(line)
                    frame.grid.put(String(text), at: Point(x: inner.x, y: y + row), style: labelStyle, clip: clip)
                }
                valueRect = Rect(
                    x: inner.x + 2, y: y + rows.labelAbove.count, width: rows.valueWidth, height: rows.valueHeight)
            }
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
        } else if form.fields.indices.contains(form.focus), let reading = reading(of: form.fields[form.focus], state) {
            // While a date is typed, the hint says what it became (or why it is no date).
            (hintText, hintStyle) = reading
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

    /// "→ vr 15 dec 2026" for a date field with text, or why it is no date; nil when empty.
    static func reading(of field: FormField, _ state: AppState) -> (String, Style)? {
        guard let reading = field.reading, case .text(let editor) = field.value else { return nil }
        let text = editor.text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        let input = DateInput(now: state.now, timeZone: state.timeZone)
        do {
            switch reading {
            case .day: return ("→ " + state.text(DateInput.display(try input.day(text))), Theme.key)
            case .moment: return ("→ " + state.text(try input.moment(text).display), Theme.key)
            }
        } catch {
            return ("! " + state.text(error.message), Theme.error)
        }
    }

    /// The chosen option's own hint (when a catalogue entry fits) before the field's.
    static func hint(for field: FormField) -> Localized? {
        switch field.value {
        case .choice(let options, let index) where options.indices.contains(index) && options[index].hint != nil:
            return options[index].hint
        case .list(let list) where list.highlightedOption?.hint != nil:
            return list.highlightedOption?.hint
        default:
            return field.hint
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
                        // More follows: say so without doubling an ellipsis the text has itself.
                        text = text.hasSuffix("…") ? text : text.truncated(toWidth: rect.width - 1, ellipsis: "") + "…"
                    }
                    frame.grid.put(
                        text, at: Point(x: rect.x, y: rect.y + row), style: focused ? Style(underline: true) : .plain,
                        clip: area)
                }
                if editor.isEmpty, !focused { frame.grid.put("—", at: line, style: Theme.dim, clip: area) }
                return focused ? Point(x: rect.x + layout.cursorColumn, y: rect.y + layout.cursorRow - first) : nil
            }
            guard focused else {
                // Unfocused, a one-line field shows how it begins.
                frame.grid.put(TextLayout.start(of: editor, width: rect.width), at: line, clip: area)
                return nil
            }
            let (text, cursorColumn) = TextLayout.singleLine(editor, width: rect.width)
            frame.grid.fill(
                Rect(x: rect.x, y: rect.y, width: rect.width, height: 1).intersection(area),
                style: Style(underline: true))
            frame.grid.put(text, at: line, style: Style(underline: true), clip: area)
            return Point(x: rect.x + cursorColumn, y: rect.y)
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
        case .list(let list):
            return drawList(list, focused: focused, in: rect, clip: area, state: state, into: &frame)
        case .info(let text):
            for (i, row) in text.wrapped(toWidth: rect.width).prefix(rect.height).enumerated() {
                frame.grid.put(row, at: Point(x: rect.x, y: rect.y + i), style: Theme.dim, clip: area)
            }
        }
        return nil
    }

    /// A list field: unfocused, the chosen names wrapped; focused, the search line and the
    /// options around the highlighted one, long names cut with `…` but never dropped.
    private static func drawList(
        _ list: ChoiceList, focused: Bool, in rect: Rect, clip: Rect, state: AppState, into frame: inout Frame
    ) -> Point? {
        guard focused else {
            let chosen = list.chosenLabels.filter { !$0.isEmpty }.joined(separator: ", ")
            let rows = (chosen.isEmpty ? "—" : chosen).wrapped(toWidth: rect.width)
            for (row, text) in rows.prefix(rect.height).enumerated() {
                var shown = text
                if row == rect.height - 1, rows.count > rect.height {
                    shown = text.truncated(toWidth: rect.width - 1, ellipsis: "") + "…"
                }
                frame.grid.put(shown, at: Point(x: rect.x, y: rect.y + row), clip: clip)
            }
            return nil
        }
        let filtered = list.filtered
        let position = filtered.isEmpty ? "0/\(list.options.count)" : "\(filtered.count)/\(list.options.count)"
        let prompt = "/ "
        let queryWidth = max(1, rect.width - prompt.count - position.displayWidth - 1)
        let (query, cursorColumn) = TextLayout.singleLine(list.query, width: queryWidth)
        frame.grid.put(prompt, at: Point(x: rect.x, y: rect.y), style: Theme.dim, clip: clip)
        frame.grid.put(query, at: Point(x: rect.x + prompt.count, y: rect.y), style: Style(underline: true), clip: clip)
        frame.grid.put(
            position, at: Point(x: rect.maxX - position.displayWidth, y: rect.y), style: Theme.dim, clip: clip)
        let visible = rect.height - 1
        guard visible > 0 else { return Point(x: rect.x + prompt.count + cursorColumn, y: rect.y) }
        if filtered.isEmpty {
            frame.grid.put(
                state.text(L("niets gevonden", "nothing found")), at: Point(x: rect.x, y: rect.y + 1), style: Theme.dim,
                clip: clip)
        }
        let highlighted = filtered.firstIndex { $0.id == list.highlightedOption?.id } ?? 0
        let start = max(0, min(highlighted - visible / 2, filtered.count - visible))
        for row in 0..<visible where start + row < filtered.count {
            let option = filtered[start + row]
            let mark: String
            if list.multiple {
                mark = list.chosen.contains(option.id) ? "[x] " : "[ ] "
            } else {
                mark = list.chosen.first == option.id ? "● " : "  "
            }
            let text = (mark + option.label).truncated(toWidth: rect.width)
            frame.grid.put(
                text, at: Point(x: rect.x, y: rect.y + 1 + row),
                style: start + row == highlighted ? Theme.selected : .plain, clip: clip)
        }
        return Point(x: rect.x + prompt.count + cursorColumn, y: rect.y)
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
