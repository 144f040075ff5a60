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
        drawRows(state, list, selected: selected, in: inner, into: &frame)

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

    /// One row of the list before it is drawn, so that only the rows in view are made into
    /// lines: a session of a thousand partners has hundreds of suggestions.
    enum Row {
        case note(Localized)
        case item(PickerItem)
        /// The rule above the rest of the catalogue, with how many entries it holds.
        case heading(Int)

        var height: Int {
            if case .item(.suggestion) = self { return 2 }
            return 1
        }
    }

    /// The rows of the list, and for each item the lines it takes.
    static func layout(_ list: PickerList) -> (rows: [Row], lines: [Range<Int>], count: Int) {
        var rows: [Row] = []
        switch list.suggestions {
        case nil:
            rows.append(.note(L("Suggesties berekenen…", "Computing suggestions…")))
        case let suggestions? where suggestions.isEmpty:
            rows.append(
                .note(
                    list.suggestionCount == 0
                        ? L(
                            "Geen suggesties: de analyse vindt niets dat om een zet vraagt",
                            "No suggestions: the analysis finds nothing that calls for a move")
                        : L("Geen suggestie past bij de zoekvraag", "No suggestion matches the search")))
        case let suggestions?:
            rows += suggestions.map(Row.item)
        }
        if !list.catalogue.isEmpty {
            rows.append(.heading(list.catalogue.count))
            rows += list.catalogue.map(Row.item)
        } else if list.items.isEmpty {
            rows.append(.note(L("Niets gevonden — Esc wist de zoekvraag", "Nothing found — Esc clears the search")))
        }
        var lines: [Range<Int>] = []
        var line = 0
        for row in rows {
            if case .item = row { lines.append(line..<line + row.height) }
            line += row.height
        }
        return (rows, lines, line)
    }

    /// The lines of `row`.
    static func lines(
        _ row: Row, state: AppState, rankWidth: Int, planned: [String: InterventionStatus], width: Int
    ) -> [StyledLine] {
        switch row {
        case .note(let text):
            return [StyledLine(" " + state.text(text), Theme.dim).truncated(toWidth: width)]
        case .heading(let count):
            let heading = " " + state.text(L("Verder in de catalogus", "More in the catalogue")) + " (\(count)) "
            let rule = String(repeating: "─", count: max(0, width - heading.displayWidth - 1))
            return [StyledLine([Span("─", Theme.border), Span(heading, Theme.heading), Span(rule, Theme.border)])]
        case .item(let item):
            guard case .entry(let entry) = item else {
                return PickerRows.suggestionRow(item, state: state, rankWidth: rankWidth, width: width)
            }
            return [
                PickerRows.entryRow(
                    entry, status: planned[entry.id], state: state, rankWidth: rankWidth, width: width)
            ]
        }
    }

    /// Draws the rows in view, the selected item's lines reversed and kept in view.
    private static func drawRows(
        _ state: AppState, _ list: PickerList, selected: Int?, in rect: Rect, into frame: inout Frame
    ) {
        guard !rect.isEmpty else { return }
        let (rows, itemLines, count) = layout(list)
        let selectedLines = selected.map { itemLines[$0] }
        var offset = 0
        if let selectedLines, count > rect.height {
            // The selection sits in the middle where it can; the list never scrolls past its end.
            offset = max(
                0, min(count - rect.height, selectedLines.lowerBound - (rect.height - selectedLines.count) / 2))
        }
        let rankWidth = "\(max(1, list.suggestionCount))".count
        // The intervention made from each catalogue entry, for its status marker.
        let planned = Dictionary(
            state.shown.interventions.compactMap { item in
                item.catalogId.flatMap(Catalog.intervention(id:)).map { ($0.id, item.status) }
            },
            uniquingKeysWith: { first, _ in first })
        var line = 0
        for row in rows {
            defer { line += row.height }
            guard line + row.height > offset, line < offset + rect.height else { continue }
            for (index, var text) in lines(row, state: state, rankWidth: rankWidth, planned: planned, width: rect.width)
                .enumerated()
            {
                let y = line + index - offset
                guard y >= 0, y < rect.height else { continue }
                text.highlighted = selectedLines?.contains(line + index) ?? false
                text.draw(at: Point(x: rect.x, y: rect.y + y), width: rect.width, into: &frame.grid)
            }
        }
        DetailText.drawScrollMarks(above: offset > 0, below: offset + rect.height < count, beside: rect, into: &frame)
    }
}
