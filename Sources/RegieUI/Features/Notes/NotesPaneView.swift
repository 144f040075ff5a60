import Canvas
import RegieKit

/// Pane 4: notes, meetings and actions as three lists behind tabs, the selected item in full.
/// Private notes stay out of presentation mode altogether.
enum NotesPaneView {
    static func draw(_ state: AppState, in rect: Rect, into frame: inout Frame) {
        let content = NotesSectionContent.make(state)
        guard content.count > 0 else {
            drawTabs(state, box: rect, into: &frame)
            var inner = rect.inset(top: 1, left: 2, bottom: 1, right: 2)
            if let line = content.filterLine { inner = drawFilter(state, line, in: inner, into: &frame) }
            PaneLayout.empty(content.empty, secondary: content.emptyDetail, in: inner, into: &frame)
            return
        }
        let (listRect, detailRect) = PaneLayout.listAndDetail(
            rect, rowCount: content.count + (content.filterLine == nil ? 0 : 1))
        drawTabs(state, box: listRect, into: &frame)
        var list = listRect.inset(top: 1, left: 1, bottom: 1, right: 1)
        if let line = content.filterLine { list = drawFilter(state, line, in: list, into: &frame) }
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

    /// The filter line on the first row of `rect`, with the cursor while it is typed; returns
    /// the rows left under it.
    private static func drawFilter(_ state: AppState, _ line: String, in rect: Rect, into frame: inout Frame) -> Rect {
        guard rect.height > 1 else { return rect }
        let text = " " + line
        frame.grid.put(text.truncated(toWidth: rect.width), at: Point(x: rect.x, y: rect.y), style: Theme.key)
        if let editor = state.filterEditor {
            let before = String(editor.characters.prefix(editor.cursor)).displayWidth
            frame.cursor = Point(x: min(rect.maxX - 1, rect.x + 2 + before), y: rect.y)
        }
        return Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
    }

    /// The box of the list with the three sections as tabs in its top edge, the current one reversed.
    private static func drawTabs(_ state: AppState, box rect: Rect, into frame: inout Frame) {
        let tabs = NotesSection.allCases.map { section in
            (
                title: section.title(state.language) + " (\(NotesSectionContent.count(section, state)))",
                current: section == state.notesSection
            )
        }
        PaneLayout.tabbedBox(rect, tabs: tabs, hint: "→/] " + state.text(L("wisselt", "switches")), into: &frame)
    }
}
