import Canvas
import RegieKit

/// Every key of the current pane, from the keymap itself; typing narrows the list.
enum HelpOverlayView {
    static func draw(_ state: AppState, filter: LineEditor, into frame: inout Frame) {
        let size = frame.grid.size
        let rect = OverlayBox.frame(width: 72, height: size.height - 2, in: size)
        let place = state.presenting ? state.text(L("Presentatie", "Presentation")) : state.pane.title(state.language)
        let title = state.text(L("Toetsen", "Keys")) + " · " + place
        OverlayBox.draw(rect, title: title, into: &frame)
        let inner = rect.inset(top: 1, left: 2, bottom: 1, right: 2)
        let search = TextSearch.Query(filter.text)
        let filterLine = state.text(L("Zoek: ", "Search: ")) + filter.text
        frame.grid.put(filterLine, at: inner.origin, style: Theme.key, clip: inner)
        frame.cursor = Point(x: min(inner.maxX - 1, inner.x + filterLine.displayWidth), y: inner.y)
        let keys =
            state.presenting
            ? PresentationKeys.bindings.map { ($0.label, state.text($0.help)) }
            : Keymap.bindings(for: state.pane).map { ($0.label, state.text($0.help)) }
        var rows = keys.filter { label, help in search.matches([label, help]) }
        if !state.presenting, search.matches(["form formulier tab enter esc"]) {
            rows += [
                ("", ""),
                (state.text(L("In een formulier", "In a form")), ""),
                ("Tab/Shift-Tab", state.text(L("Volgend / vorig veld", "Next / previous field"))),
                ("Enter", state.text(L("Formulier bewaren", "Submit the form"))),
                ("Alt-Enter/Ctrl-N", state.text(L("Nieuwe regel in een tekstvak", "New line in a text box"))),
                ("←/→ 0–5", state.text(L("Score of keuze aanpassen", "Change a score or choice"))),
                ("Ctrl-W Ctrl-U", state.text(L("Woord / regel wissen", "Delete word / line"))),
                ("Esc", state.text(L("Annuleren (vraagt als u typte)", "Cancel (asks if you typed)"))),
            ]
        }
        // The search line of the picker takes keys of its own, as a form does.
        if state.pane == .interventions, search.matches(["zoekregel search line tip catalogus catalogue"]) {
            rows += [
                ("", ""),
                (state.text(L("Zoekregel (/)", "Search line (/)")), ""),
                (
                    "abc",
                    state.text(
                        L(
                            "Zoekt in titel, beschrijving en wanneer het past",
                            "Searches title, description and when it fits"))
                ),
                ("1–7 / 0", state.text(L("Alleen deze tip / alle tips", "Only this tip / every tip"))),
                ("↑/↓", state.text(L("Door wat gevonden is", "Through what was found"))),
                ("Enter / Esc", state.text(L("Klaar / zoekvraag wissen", "Done / clear the search"))),
            ]
        }
        let keyWidth = min(18, (rows.map { $0.0.displayWidth }.max() ?? 0) + 2)
        let listHeight = max(0, inner.height - 3)
        let offset = max(0, min(state.helpScroll, rows.count - listHeight))
        var y = inner.y + 2
        if offset > 0 { frame.grid.put("▲", at: Point(x: inner.maxX - 1, y: inner.y + 2), style: Theme.dim) }
        if rows.count - offset > listHeight {
            frame.grid.put("▼ ↑/↓", at: Point(x: inner.maxX - 5, y: inner.maxY - 1), style: Theme.dim)
        }
        for (key, help) in rows.dropFirst(offset) {
            guard y < inner.y + 2 + listHeight else { break }
            frame.grid.put(
                key.truncated(toWidth: keyWidth - 1), at: Point(x: inner.x, y: y), style: Theme.key, clip: inner)
            frame.grid.put(help, at: Point(x: inner.x + keyWidth, y: y), clip: inner)
            y += 1
        }
        if rows.isEmpty {
            frame.grid.put(
                state.text(L("Geen toets gevonden", "No key found")), at: Point(x: inner.x, y: y), style: Theme.dim,
                clip: inner)
        }
    }
}
