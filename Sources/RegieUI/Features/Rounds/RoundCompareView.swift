import Canvas
import RegieKit

/// The compare view (`:vergelijk`): two rounds as RegieKit compares them, one pair at a time.
enum RoundCompareView {
    static func draw(_ state: AppState, _ view: RoundCompareState, into frame: inout Frame) {
        let pairs = RoundPairs(state.shown, today: view.today)
        guard pairs.count > 0 else { return }
        let pair = pairs.pairs[min(view.pair, pairs.count - 1)]
        let comparison = RoundComparison(state.shown, from: pair.from, to: pair.to)
        let title =
            state.text(L("Vergelijking", "Comparison")) + " \(min(view.pair, pairs.count - 1) + 1)/\(pairs.count)"
        ReportOverlayView.draw(
            title: title, lines: comparison.lines(state.language), scroll: view.scroll,
            keys: state.text(L("←/→ ander paar · ↑/↓ schuiven · Esc terug", "←/→ other pair · ↑/↓ scroll · Esc back")),
            into: &frame)
    }
}
