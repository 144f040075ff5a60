import Canvas
import RegieKit

/// The picker of pane 3: suggestions ranked for this session, each with its reason on the line
/// below, then the rest of the catalogue; the selected one in full underneath (beside, when wide).
enum PickerView {
    static func draw(_ state: AppState, in rect: Rect, into frame: inout Frame) {
        let list = Picker.list(state)
        let (listRect, detailRect) = split(rect)
        InterventionsPaneView.drawTabs(state, box: listRect, into: &frame)
        var inner = listRect.inset(top: 1, left: 1, bottom: 1, right: 1)
        guard !inner.isEmpty else { return }
        let selected = list.index(of: state.picker.selectedID)
        if let selected {
            PaneLayout.footer(listRect, "\(selected + 1)/\(list.items.count)", into: &frame)
        }
        if state.picker.editor != nil || state.picker.isNarrowed {
            drawSearchLine(state, in: Rect(x: inner.x, y: inner.y, width: inner.width, height: 1), into: &frame)
            inner = inner.inset(top: 1, left: 0, bottom: 0, right: 0)
        }
        let (lines, ranges) = rows(state, list, width: inner.width)
        drawRows(lines, selected: selected.map { ranges[$0] }, in: inner, into: &frame)

        let item = selected.map { list.items[$0] }
        let title: Localized =
            switch item {
            case .suggestion?: L("Suggestie", "Suggestion")
            case .entry(let entry)? where entry.kind == .diagnosis:
                L("Analyse uit de catalogus", "Analysis from the catalogue")
            default: L("Uit de catalogus", "From the catalogue")
            }
        PaneLayout.box(detailRect, title: state.text(title), focused: false, into: &frame)
        let detail = detailRect.inset(top: 1, left: 2, bottom: 1, right: 2)
        guard let item, !detail.isEmpty else { return }
        let text = PickerRows.detail(item, state: state, width: detail.width)
        DetailText.draw(text.lines, in: detail, offset: state.detailScroll, into: &frame)
    }

    /// Side by side when wide; else the list on top with three fifths of the height, for the
    /// reasons are what the picker is for.
    static func split(_ rect: Rect) -> (list: Rect, detail: Rect) {
        if rect.width >= PaneLayout.sideBySideWidth {
            let split = rect.splitColumns(leftWidth: rect.width / 2)
            return (split.left, split.right)
        }
        let split = rect.splitRows(topHeight: max(6, rect.height * 3 / 5))
        return (split.top, split.bottom)
    }

    /// `/coop▏              alleen tip 3: Choose your battles`: what is searched for. While
    /// typing, the status bar says which keys do what; afterwards Esc clears it.
    private static func drawSearchLine(_ state: AppState, in rect: Rect, into frame: inout Frame) {
        let picker = state.picker
        var trailing: [Span] = []
        if let tip = picker.tip {
            let title = Catalog.tip(tip).map { ": " + state.text($0.title) } ?? ""
            trailing.append(Span(state.text(L("alleen tip \(tip)", "only tip \(tip)")) + title, Theme.key))
        }
        if picker.editor == nil {
            let back = Keymap.label(for: .back, in: .interventions) ?? "Esc"
            trailing.append(
                Span((trailing.isEmpty ? "" : " · ") + back + " " + state.text(L("wist", "clears")), Theme.dim))
        }
        var main = [Span(picker.query, Theme.key)]
        if picker.editor != nil, picker.query.isEmpty {
            main = [
                Span(
                    " " + state.text(L("typ om de catalogus te doorzoeken", "type to search the catalogue")), Theme.dim)
            ]
        }
        let line = StyledLine.row(
            leading: [Span("/", Theme.key)], main: main, trailing: trailing.isEmpty ? [] : [trailing + [Span(" ")]],
            minimumMain: 12, width: rect.width)
        line.draw(at: rect.origin, width: rect.width, into: &frame.grid)
        if let editor = picker.editor {
            let beforeCursor = String(editor.characters.prefix(editor.cursor))
            frame.cursor = Point(x: min(rect.maxX - 1, rect.x + 1 + beforeCursor.displayWidth), y: rect.y)
        }
    }

    /// The lines of the list and, per item, which of them it takes.
    static func rows(_ state: AppState, _ list: PickerList, width: Int) -> ([StyledLine], [Range<Int>]) {
        var lines: [StyledLine] = []
        var ranges: [Range<Int>] = []
        let rankWidth = "\(max(1, list.suggestionCount))".count
        func note(_ text: Localized) {
            lines.append(StyledLine(" " + state.text(text), Theme.dim).truncated(toWidth: width))
        }
        switch list.suggestions {
        case nil:
            note(L("Suggesties berekenen…", "Computing suggestions…"))
        case let suggestions? where suggestions.isEmpty:
            note(
                list.suggestionCount == 0
                    ? L(
                        "Geen suggesties: de analyse vindt niets dat om een zet vraagt",
                        "No suggestions: the analysis finds nothing that calls for a move")
                    : L("Geen suggestie past bij de zoekvraag", "No suggestion matches the search"))
        case let suggestions?:
            for item in suggestions {
                let start = lines.count
                lines += PickerRows.suggestionRow(item, state: state, rankWidth: rankWidth, width: width)
                ranges.append(start..<lines.count)
            }
        }
        if !list.catalogue.isEmpty {
            let heading =
                " " + state.text(L("Verder in de catalogus", "More in the catalogue")) + " (\(list.catalogue.count)) "
            let rule = String(repeating: "─", count: max(0, width - heading.displayWidth - 1))
            lines.append(StyledLine([Span("─", Theme.border), Span(heading, Theme.heading), Span(rule, Theme.border)]))
            let planned = Dictionary(
                state.shown.interventions.compactMap { item in
                    item.catalogId.flatMap(Catalog.intervention(id:)).map { ($0.id, item.status) }
                },
                uniquingKeysWith: { first, _ in first })
            for item in list.catalogue {
                ranges.append(lines.count..<lines.count + 1)
                lines.append(
                    PickerRows.entryRow(
                        item.entry, status: planned[item.entry.id], state: state, rankWidth: rankWidth, width: width))
            }
        } else if list.items.isEmpty {
            note(L("Niets gevonden — Esc wist de zoekvraag", "Nothing found — Esc clears the search"))
        }
        return (lines, ranges)
    }

    /// Draws the lines with the selected item's lines reversed and kept in view.
    private static func drawRows(_ lines: [StyledLine], selected: Range<Int>?, in rect: Rect, into frame: inout Frame) {
        guard !rect.isEmpty else { return }
        var offset = 0
        if let selected, lines.count > rect.height {
            // The selection sits in the middle where it can; the list never scrolls past its end.
            offset = max(0, min(lines.count - rect.height, selected.lowerBound - (rect.height - selected.count) / 2))
        }
        for row in 0..<rect.height where offset + row < lines.count {
            var line = lines[offset + row]
            line.highlighted = selected?.contains(offset + row) ?? false
            line.draw(at: Point(x: rect.x, y: rect.y + row), width: rect.width, into: &frame.grid)
        }
        DetailText.drawScrollMarks(
            above: offset > 0, below: offset + rect.height < lines.count, beside: rect, into: &frame)
    }
}
