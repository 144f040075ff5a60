import Canvas
import RegieKit

/// Pane 3, two lists behind tabs: the picker (suggestions for this session and the catalogue),
/// and the interventions in the plan (tip 3) with their status, the selected one in full, down
/// to its outcome and its consequences (tip 4).
enum InterventionsPaneView {
    static func draw(_ state: AppState, in rect: Rect, into frame: inout Frame) {
        switch state.interventionsSection {
        case .suggestions: PickerView.draw(state, in: rect, into: &frame)
        case .plan: drawPlan(state, in: rect, into: &frame)
        }
    }

    /// The list box with `Suggesties (12)` and `Interventies (4)` as tabs in its top edge.
    static func drawTabs(_ state: AppState, box rect: Rect, into frame: inout Frame) {
        let counts: [InterventionsSection: String] = [
            .suggestions: state.currentInsights.map { "\($0.suggestions.count)" } ?? "…",
            .plan: "\(state.shown.interventions.count)",
        ]
        let tabs = InterventionsSection.allCases.map { section in
            (
                title: section.title(state.language) + " (\(counts[section]!))",
                current: section == state.interventionsSection
            )
        }
        let key = Keymap.label(for: .nextSection, in: .interventions) ?? "→/]"
        PaneLayout.tabbedBox(rect, tabs: tabs, hint: key + " " + state.text(L("wisselt", "switches")), into: &frame)
    }

    private static func drawPlan(_ state: AppState, in rect: Rect, into frame: inout Frame) {
        let interventions = state.shown.interventions
        guard !interventions.isEmpty else {
            drawTabs(state, box: rect, into: &frame)
            let switchKey = Keymap.label(for: .nextSection, in: .interventions).map { String($0.prefix(1)) } ?? "→"
            let addKey = Keymap.label(for: .add, in: .interventions) ?? "a"
            PaneLayout.empty(
                state.text(
                    L(
                        "Nog geen interventies — \(switchKey) kiest uit de suggesties, \(addKey) schrijft je eigen",
                        "No interventions yet — \(switchKey) picks from the suggestions, \(addKey) writes your own")),
                secondary: state.text(
                    L(
                        "Kies je strijd: een paar zetten die het netwerk echt verschuiven (tip 3).",
                        "Pick your battles: a few moves that really shift the network (tip 3).")),
                in: rect.inset(top: 1, left: 2, bottom: 1, right: 2), into: &frame)
            return
        }
        let (listRect, detailRect) = PaneLayout.listAndDetail(rect, rowCount: interventions.count)
        let selected = interventions.indices.contains(state.selectedIntervention) ? state.selectedIntervention : nil

        drawTabs(state, box: listRect, into: &frame)
        let list = listRect.inset(top: 1, left: 1, bottom: 1, right: 1)
        let rows = interventions.map { InterventionRows.row($0, state: state, width: list.width) }
        PaneLayout.list(rows, selected: selected, in: list, into: &frame)
        PaneLayout.footer(listRect, footer(state, selected: selected, width: listRect.width - 6), into: &frame)

        PaneLayout.box(detailRect, title: state.text(L("Interventie", "Intervention")), focused: false, into: &frame)
        let detail = detailRect.inset(top: 1, left: 2, bottom: 1, right: 2)
        guard let selected, !detail.isEmpty else { return }
        let text = InterventionRows.detail(interventions[selected], state: state, width: detail.width)
        DetailText.draw(text.lines, in: detail, offset: state.detailScroll, into: &frame)
    }

    /// `1 idee · 1 gepland · 1 gedaan · 3/4`: the plan at a glance and the place in it, the
    /// counts left out when they do not fit.
    private static func footer(_ state: AppState, selected: Int?, width: Int) -> String {
        let interventions = state.shown.interventions
        let position = selected.map { "\($0 + 1)/\(interventions.count)" } ?? ""
        let counts = InterventionStatus.allCases.compactMap { status -> String? in
            let count = interventions.filter { $0.status == status }.count
            return count == 0 ? nil : "\(count) " + state.text(status.name)
        }
        let full = (counts + [position]).filter { !$0.isEmpty }.joined(separator: " · ")
        return full.displayWidth <= width ? full : position
    }
}
