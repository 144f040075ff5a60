import Canvas
import RegieKit

/// Pane 3: the interventions in the plan (tip 3) with their status, and the selected one in
/// full, down to its outcome and its consequences (tip 4).
enum InterventionsPaneView {
    static func draw(_ state: AppState, in rect: Rect, into frame: inout Frame) {
        let interventions = state.shown.interventions
        guard !interventions.isEmpty else {
            PaneLayout.box(rect, title: state.text(L("Interventies", "Interventions")), focused: true, into: &frame)
            PaneLayout.empty(
                state.text(L("Nog geen interventies — a voegt er een toe", "No interventions yet — a adds one")),
                secondary: state.text(
                    L(
                        "Kies een zet uit de catalogus of schrijf je eigen. Kies je strijd: een paar zetten die het "
                            + "netwerk echt verschuiven (tip 3).",
                        "Pick a move from the catalogue or write your own. Pick your battles: a few moves that really "
                            + "shift the network (tip 3).")),
                in: rect.inset(top: 1, left: 2, bottom: 1, right: 2), into: &frame)
            return
        }
        let (listRect, detailRect) = PaneLayout.listAndDetail(rect, rowCount: interventions.count)
        let selected = interventions.indices.contains(state.selectedIntervention) ? state.selectedIntervention : nil

        PaneLayout.box(listRect, title: listTitle(state, width: listRect.width - 6), focused: true, into: &frame)
        let list = listRect.inset(top: 1, left: 1, bottom: 1, right: 1)
        let rows = interventions.map { InterventionRows.row($0, state: state, width: list.width) }
        PaneLayout.list(rows, selected: selected, in: list, into: &frame)

        PaneLayout.box(detailRect, title: state.text(L("Interventie", "Intervention")), focused: false, into: &frame)
        let detail = detailRect.inset(top: 1, left: 2, bottom: 1, right: 2)
        guard let selected, !detail.isEmpty else { return }
        let text = InterventionRows.detail(interventions[selected], state: state, width: detail.width)
        DetailText.draw(text.lines, in: detail, offset: state.detailScroll, into: &frame)
    }

    /// `Interventies · 1 idee · 1 gepland · 1 gedaan`: the plan at a glance, when it fits.
    private static func listTitle(_ state: AppState, width: Int) -> String {
        let interventions = state.shown.interventions
        let counts = InterventionStatus.allCases.compactMap { status -> String? in
            let count = interventions.filter { $0.status == status }.count
            return count == 0 ? nil : "\(count) " + state.text(status.name)
        }
        let name = state.text(L("Interventies", "Interventions"))
        let full = ([name] + counts).joined(separator: " · ")
        return full.displayWidth <= width ? full : name + " (\(interventions.count))"
    }
}
