import Canvas
import RegieKit

/// Pane 4: notes, meetings and actions as three lists behind tabs, the selected item in full.
/// Private notes stay out of presentation mode altogether.
enum NotesPaneView {
    static func draw(_ state: AppState, in rect: Rect, into frame: inout Frame) {
        let content = NotesSectionContent.make(state)
        guard content.count > 0 else {
            drawTabs(state, box: rect, into: &frame)
            PaneLayout.empty(
                content.empty, secondary: content.emptyDetail,
                in: rect.inset(top: 1, left: 2, bottom: 1, right: 2), into: &frame)
            return
        }
        let (listRect, detailRect) = PaneLayout.listAndDetail(rect, rowCount: content.count)
        drawTabs(state, box: listRect, into: &frame)
        let list = listRect.inset(top: 1, left: 1, bottom: 1, right: 1)
        let offset = PartnerListView.scrollOffset(
            selected: content.selected ?? 0, count: content.count, height: list.height)
        let shown = offset..<min(content.count, offset + list.height)
        PaneLayout.list(
            content.rows(list.width, shown), first: offset, of: content.count, selected: content.selected, in: list,
            into: &frame)

        PaneLayout.box(detailRect, title: content.detailTitle, focused: false, into: &frame)
        let detail = detailRect.inset(top: 1, left: 2, bottom: 1, right: 2)
        guard let build = content.detail, !detail.isEmpty else { return }
        DetailText.draw(build(detail.width).lines, in: detail, offset: state.detailScroll, into: &frame)
    }

    /// The box of the list with the three sections as tabs in its top edge, the current one reversed.
    private static func drawTabs(_ state: AppState, box rect: Rect, into frame: inout Frame) {
        frame.grid.drawBox(rect, style: Theme.borderFocused)
        guard rect.width > 4 else { return }
        let clip = Rect(x: rect.x + 1, y: rect.y, width: rect.width - 2, height: 1)
        var x = rect.x + 2
        for section in NotesSection.allCases {
            let label = " " + section.title(state.language) + " (\(NotesSectionContent.count(section, state))) "
            x += frame.grid.put(
                label, at: Point(x: x, y: rect.y),
                style: section == state.notesSection ? Theme.tabActive : Theme.heading, clip: clip)
            x += 1
        }
        let hint = " →/] " + state.text(L("wisselt", "switches")) + " "
        if x + hint.displayWidth + 1 < rect.maxX - 1 {
            frame.grid.put(
                hint, at: Point(x: rect.maxX - 2 - hint.displayWidth, y: rect.y), style: Theme.dim, clip: clip)
        }
    }
}
