import Canvas
import RegieKit

/// The left side of the walkthrough: the seven tips with how far each is, and the progress.
enum WalkthroughSteps {
    static func draw(_ state: AppState, in rect: Rect, into frame: inout Frame) {
        let tips = Catalog.tips
        let done = tips.filter { state.shown.reflections[$0.number]?.done ?? false }.count
        // The progress stays in the title, where it is seen even when the footer has no room.
        let name = state.text(L("Zeven tips", "Seven tips"))
        let long = name + " · " + state.text(L("\(done)/\(tips.count) afgerond", "\(done)/\(tips.count) done"))
        let title = long.displayWidth <= rect.width - 4 ? long : name + " · \(done)/\(tips.count)"
        PaneLayout.box(rect, title: title, focused: true, into: &frame)
        let inner = rect.inset(top: 1, left: 1, bottom: 1, right: 1)
        guard !inner.isEmpty else { return }
        let rows = tips.map { tip in
            StyledLine([
                Span(" " + marker(tip.number, state) + " ", Theme.ok), Span("\(tip.number) ", Theme.label),
                Span(state.text(tip.title)),
            ])
        }
        let selected = tips.firstIndex { $0.number == state.selectedTip }
        PaneLayout.list(
            rows, selected: selected,
            in: Rect(
                x: inner.x, y: inner.y, width: inner.width,
                height: min(inner.height, rows.count)), into: &frame)

        var footer = DetailText(width: inner.width - 1)
        footer.add([Span(state.text(L("\(done)/\(tips.count) afgerond", "\(done)/\(tips.count) done")), Theme.heading)])
        footer.add([
            Span(String(repeating: "●", count: done), Theme.ok),
            Span(String(repeating: "○", count: tips.count - done), Theme.dim),
        ])
        footer.add(.blank)
        footer.add([Span("✓ ", Theme.ok), Span(state.text(L("afgerond", "done")), Theme.dim)])
        footer.add([Span("· ", Theme.ok), Span(state.text(L("begonnen", "started")), Theme.dim)])
        footer.add([
            Span("←/→ ", Theme.key), Span(state.text(L("vorige/volgende tip", "previous/next tip")), Theme.dim),
        ])
        footer.add([Span("↑/↓ ", Theme.key), Span(state.text(L("bevinding, vraag", "finding, question")), Theme.dim)])
        footer.add([Span("x ", Theme.key), Span(state.text(L("tip afgerond aan/uit", "tip done on/off")), Theme.dim)])
        let room = inner.height - rows.count - 1
        let shown = room >= footer.count ? footer.lines : Array(footer.lines.prefix(max(0, min(room, 2))))
        for (i, line) in shown.enumerated() {
            line.draw(
                at: Point(x: inner.x + 1, y: inner.y + rows.count + 1 + i), width: inner.width - 1, into: &frame.grid)
        }
    }

    /// `✓` done, `·` some answers, blank when not started.
    static func marker(_ number: Int, _ state: AppState) -> String {
        guard let reflection = state.shown.reflections[number] else { return " " }
        if reflection.done { return "✓" }
        return reflection.answers.values.contains { !$0.trimmedForDisplay.isEmpty } ? "·" : " "
    }
}
