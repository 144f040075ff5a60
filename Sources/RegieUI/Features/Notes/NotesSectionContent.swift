import Canvas
import Foundation
import RegieKit

/// What the notes pane shows for its current section: the rows (built once the width and the
/// rows in view are known: a session can hold tens of thousands of notes), which one is
/// selected, the detail of that one, and what to say when there is nothing.
struct NotesSectionContent {
    var count: Int
    /// The rows at these indices, for a list this wide.
    var rows: (_ width: Int, _ indices: Range<Int>) -> [StyledLine]
    var selected: Int?
    var detailTitle: String
    var detail: ((Int) -> DetailText)?
    var empty: String
    var emptyDetail: String
    /// The filter the list is narrowed by (`/` in the actions list), shown above its rows.
    var filterLine: String? = nil

    static func make(_ state: AppState) -> NotesSectionContent {
        switch state.notesSection {
        case .notes: NoteRows.content(state)
        case .meetings: MeetingRows.content(state)
        case .actions: ActionRows.content(state)
        }
    }

    /// What a section's tab counts: the notes that may be shown, the meetings, the open actions
    /// and how many of them are overdue on the clock's day.
    static func count(_ section: NotesSection, _ state: AppState) -> String {
        switch section {
        case .notes: "\(NoteRows.visible(state).count)"
        case .meetings: "\(state.shown.meetings.count)"
        case .actions: actionCount(state)
        }
    }

    /// `3 open · 1 te laat`: the open actions, and how many of those are overdue on the clock's day.
    private static func actionCount(_ state: AppState) -> String {
        var open = 0
        var late = 0
        // Read once: before the first tick the day is worked out from the clock, in the time zone.
        let day = state.clockDay
        for action in state.shown.actions {
            switch action.status(on: day) {
            case .overdue: late += 1
            case .open: open += 1
            case .done: break
            }
        }
        let count = "\(open + late) " + state.text(L("open", "open"))
        return late == 0 ? count : count + " · \(late) " + state.text(L("te laat", "overdue"))
    }
}
