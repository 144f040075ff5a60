import Canvas
import Foundation
import RegieKit

/// Rows and detail of the actions list across meetings: `[ ]` open, `[!]` overdue on the clock's
/// day, `[x]` done; by due date (`ActionOverview`), narrowed by owner with `/`.
enum ActionRows {
    static func content(_ state: AppState) -> NotesSectionContent {
        let overview = Actions.overview(state)
        let rows = overview.rows
        let selected = rows.indices.contains(state.selectedAction) ? state.selectedAction : nil
        let filtering = state.filterEditor != nil || !state.actionOwnerFilter.isEmpty
        return NotesSectionContent(
            count: rows.count,
            rows: { width, shown in self.rows(rows, shown, state: state, width: width) },
            selected: selected,
            detailTitle: state.text(L("Actie", "Action")),
            detail: selected.map { index in { width in detail(rows[index], state: state, width: width) } },
            empty: filtering
                ? state.text(
                    L(
                        "Geen acties van “\(state.actionOwnerFilter)” — Esc wist het filter",
                        "No actions of “\(state.actionOwnerFilter)” — Esc clears the filter"))
                : state.text(L("Nog geen acties — t voegt er een toe", "No actions yet — t adds one")),
            emptyDetail: state.text(
                L(
                    "Een actie heeft een eigenaar (partner of persoon) en een datum; x zet haar op klaar.",
                    "An action has an owner (partner or person) and a due date; x marks it done.")),
            filterLine: filtering ? "/" + state.actionOwnerFilter : nil)
    }

    static func mark(_ status: ActionStatus) -> String {
        switch status {
        case .open: "[ ]"
        case .overdue: "[!]"
        case .done: "[x]"
        }
    }

    /// `[!] Kosten van de wijkverpleging uitzoeken      Zorggroep Ëlst 日本  2026-03-01`, with
    /// the owners in a column as wide as the rows in view need, left out where the text would get
    /// under 32 columns; only the rows at `inView` are made.
    static func rows(
        _ all: [ActionOverview.Row], _ inView: Range<Int>, state: AppState, width: Int
    ) -> [StyledLine] {
        let rows = all[inView]
        let owners = rows.map { $0.owner ?? "" }
        let dueWidth = all.contains { $0.action.due != nil } ? 10 : 0
        let fixed = 5 + dueWidth + 2
        let widest = owners.map(\.displayWidth).max() ?? 0
        let ownerWidth = min(widest, 24, width - fixed - 32 - 2)
        // A column as narrow as its names ("Jolanda"), or of at least 10 where names are cut.
        let showsOwners = widest > 0 && ownerWidth >= min(widest, 10)
        return zip(rows, owners).map { row, owner in
            let style = row.status == .done ? Theme.dim : Style.plain
            var trailing: [Span] = []
            if showsOwners { trailing += [Span(owner.padded(toWidth: ownerWidth), Theme.dim), Span("  ")] }
            trailing.append(
                Span(
                    (row.action.due?.description ?? "").padded(toWidth: dueWidth),
                    row.status == .overdue ? Theme.warning : Theme.dim))
            trailing.append(Span(" "))
            return StyledLine.row(
                leading: [Span(" " + mark(row.status) + " ", row.status == .overdue ? Theme.warning : style)],
                main: [Span(row.action.text, style)], trailing: [trailing], width: width)
        }
    }

    /// One line for an action inside a meeting: `[ ] text · owner · due`.
    static func summary(_ action: ActionItem, state: AppState) -> StyledLine {
        let status = action.status(on: state.clockDay)
        var spans = [
            Span(mark(status) + " ", status == .overdue ? Theme.warning : Theme.dim),
            Span(action.text, status == .done ? Theme.dim : .plain),
        ]
        if let owner = state.shown.ownerLabel(of: action) { spans.append(Span(" · " + owner, Theme.dim)) }
        if let due = action.due { spans.append(Span(" · " + due.description, Theme.dim)) }
        return StyledLine(spans)
    }

    static func detail(_ row: ActionOverview.Row, state: AppState, width: Int) -> DetailText {
        let action = row.action
        var text = DetailText(width: width)
        text.paragraph(action.text, style: Theme.heading)
        let labels = [
            L("Status", "Status"), L("Eigenaar", "Owner"), L("Uiterlijk", "Due"), L("Uit overleg", "From meeting"),
        ]
        .map { state.text($0) }
        let labelWidth = DetailText.labelWidth(labels)
        text.blank()
        let status: Localized
        switch row.status {
        case .open: status = L("[ ] open — x zet haar op klaar", "[ ] open — x marks it done")
        case .overdue: status = L("[!] te laat — x zet haar op klaar", "[!] overdue — x marks it done")
        case .done: status = L("[x] klaar — x zet haar weer open", "[x] done — x reopens it")
        }
        text.field(
            labels[0], spans: [Span(state.text(status), row.status == .overdue ? Theme.warning : .plain)],
            labelWidth: labelWidth)
        if let owner = row.owner { text.field(labels[1], owner, labelWidth: labelWidth) }
        if let due = action.due { text.field(labels[2], due.description, labelWidth: labelWidth) }
        if let id = action.meeting {
            let meeting = state.shown.meetings.first { $0.id == id }
            text.field(
                labels[3],
                meeting.map { $0.title + " · " + PaneFormat.dayOrMinute($0.date, in: state.timeZone) } ?? id.rawValue,
                labelWidth: labelWidth)
        }
        return text
    }
}
