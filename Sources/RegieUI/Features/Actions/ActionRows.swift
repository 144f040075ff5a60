import Canvas
import Foundation
import RegieKit

/// Rows and detail of the action list: `[ ]` open, `[x]` done, `!` past its due date.
enum ActionRows {
    static func content(_ state: AppState) -> NotesSectionContent {
        let actions = state.shown.actions
        let selected = actions.indices.contains(state.selectedAction) ? state.selectedAction : nil
        let reference = referenceDay(state)
        return NotesSectionContent(
            count: actions.count,
            rows: { width, shown in rows(actions, shown, state: state, reference: reference, width: width) },
            selected: selected,
            detailTitle: state.text(L("Actie", "Action")),
            detail: selected.map { index in
                { width in detail(actions[index], state: state, reference: reference, width: width) }
            },
            empty: state.text(L("Nog geen acties — t voegt er een toe", "No actions yet — t adds one")),
            emptyDetail: state.text(
                L(
                    "Een actie heeft een eigenaar en een datum; x zet haar op klaar.",
                    "An action has an owner and a due date; x marks it done.")))
    }

    /// The day the views count as "now": views have no clock, so an action is overdue when its
    /// due date lies before the newest note or meeting.
    static func referenceDay(_ state: AppState) -> Day? {
        let dates = NoteRows.visible(state).map(\.at) + state.shown.meetings.map(\.date)
        return dates.max().map { Day($0) }
    }

    static func isOverdue(_ action: ActionItem, reference: Day?) -> Bool {
        guard !action.done, let due = action.due, let reference else { return false }
        return due < reference
    }

    /// `[ ] Kosten van de wijkverpleging uitzoeken       Zorggroep Ëlst 日本  2026-03-01 !`, with
    /// the owners in a column as wide as the rows in view need, left out where the text would get
    /// under 32 columns; only the rows at `inView` are made.
    static func rows(
        _ all: [ActionItem], _ inView: Range<Int>, state: AppState, reference: Day?, width: Int
    ) -> [StyledLine] {
        let actions = all[inView]
        let owners = actions.map { $0.owner.map { state.shown.partnerName($0) } ?? "" }
        let dueWidth = all.contains { $0.due != nil } ? 10 : 0
        let fixed = 5 + dueWidth + 3
        let ownerWidth = min(owners.map(\.displayWidth).max() ?? 0, 24, width - fixed - 32 - 2)
        return zip(actions, owners).map { action, owner in
            let style = action.done ? Theme.dim : Style.plain
            var trailing: [Span] = []
            if ownerWidth >= 10 { trailing += [Span(owner.padded(toWidth: ownerWidth), Theme.dim), Span("  ")] }
            trailing.append(Span((action.due?.description ?? "").padded(toWidth: dueWidth), Theme.dim))
            trailing.append(isOverdue(action, reference: reference) ? Span(" ! ", Theme.warning) : Span("   "))
            return StyledLine.row(
                leading: [Span(action.done ? " [x] " : " [ ] ", style)], main: [Span(action.text, style)],
                trailing: [trailing], width: width)
        }
    }

    /// One line for an action inside a meeting: `[ ] text · owner · due !`.
    static func summary(_ action: ActionItem, state: AppState, reference: Day?) -> StyledLine {
        var spans = [
            Span(action.done ? "[x] " : "[ ] ", Theme.dim), Span(action.text, action.done ? Theme.dim : .plain),
        ]
        if let owner = action.owner { spans.append(Span(" · " + state.shown.partnerName(owner), Theme.dim)) }
        if let due = action.due { spans.append(Span(" · " + due.description, Theme.dim)) }
        if isOverdue(action, reference: reference) { spans.append(Span(" !", Theme.warning)) }
        return StyledLine(spans)
    }

    static func detail(_ action: ActionItem, state: AppState, reference: Day?, width: Int) -> DetailText {
        var text = DetailText(width: width)
        text.paragraph(action.text, style: Theme.heading)
        let labels = [
            L("Status", "Status"), L("Eigenaar", "Owner"), L("Uiterlijk", "Due"), L("Uit overleg", "From meeting"),
        ]
        .map { state.text($0) }
        let labelWidth = DetailText.labelWidth(labels)
        text.blank()
        let status =
            action.done
            ? state.text(L("[x] klaar — x zet haar weer open", "[x] done — x reopens it"))
            : state.text(L("[ ] open — x zet haar op klaar", "[ ] open — x marks it done"))
        text.field(labels[0], status, labelWidth: labelWidth)
        if let owner = action.owner { text.field(labels[1], state.shown.partnerName(owner), labelWidth: labelWidth) }
        if let due = action.due {
            var spans = [Span(due.description)]
            if isOverdue(action, reference: reference) {
                spans.append(Span("  ! " + state.text(L("te laat", "overdue")), Theme.warning))
            }
            text.field(labels[2], spans: spans, labelWidth: labelWidth)
        }
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
