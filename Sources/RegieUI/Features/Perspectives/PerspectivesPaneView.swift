import Canvas
import RegieKit

/// Pane 2: the partner list, and the selected partner's perspective and details — or, once two
/// or more partners are marked for comparison, their perspectives side by side.
enum PerspectivesPaneView {
    static func draw(_ state: AppState, in rect: Rect, into frame: inout Frame) {
        let listWidth = PartnerListView.width(in: rect)
        let (list, detail) = rect.splitColumns(leftWidth: listWidth)
        PartnerListView.draw(state, in: list, into: &frame)
        let compared = state.comparison.compactMap { state.shown.partner($0) }
        if compared.count >= 2 {
            PerspectiveComparisonView.draw(state, compared, in: detail, into: &frame)
        } else {
            PartnerDetailView.draw(state, in: detail, into: &frame)
        }
    }
}
