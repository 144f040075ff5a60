import Canvas
import Foundation
import RegieKit

/// Actions agreed on: what, who (a partner or a person named freely), by when, done or not;
/// listed across meetings as a to-do list (`ActionOverview`).
enum Actions {
    enum Field: String, FieldKey {
        case text, owner, due, meeting, done
    }

    /// The form for a new action (in the meeting that runs) or for editing one.
    static func form(_ state: AppState, editing id: ActionItem.ID?, now: Date) -> Form {
        let existing = id.flatMap { aid in state.shown.actions.first { $0.id == aid } }
        let a =
            existing
            ?? ActionItem(
                id: "", text: "", owner: state.selectedPartner,
                meeting: (state.currentMeeting ?? Meetings.selectedInList(state))?.id)
        return form(state, a, kind: id.map { .editAction($0) } ?? .addAction, now: now)
    }

    /// The form for the action a note becomes (`T`): its text, its first partner as owner, its
    /// meeting. The note's id rides along, so storing the action removes the note.
    static func form(_ state: AppState, from note: Note, now: Date) -> Form {
        let owner = note.links.first { id in state.shown.partners.contains { $0.id.rawValue == id } }
        let action = ActionItem(
            id: "", text: note.text.trimmingCharacters(in: .whitespacesAndNewlines),
            owner: owner.map { Partner.ID($0) },
            meeting: note.meeting ?? state.currentMeeting?.id)
        var form = form(state, action, kind: .addAction, now: now)
        form.context = [note.id.rawValue]
        return form
    }

    private static func form(_ state: AppState, _ a: ActionItem, kind: Form.Kind, now: Date) -> Form {
        let isNew = kind == .addAction
        var fields = [
            Fields.text(Field.text, L("Wat", "What"), a.text),
            Fields.owner(state, Field.owner, L("Eigenaar", "Owner"), partner: a.owner, person: a.ownerName),
            Fields.date(
                Field.due, L("Uiterlijk", "Due"), a.due.map(DateInput.editableText) ?? "", reading: .day,
                hint: L(
                    "Zoals u het zegt: vr, morgen, 15-12, +2w — of leeg",
                    "As you would say it: fri, tomorrow, 15-12, +2w — or empty")),
            Fields.meetingChoice(state, Field.meeting, L("Uit overleg", "From meeting"), selected: a.meeting),
        ]
        // A new action is open; whether it is done is for later.
        if !isNew { fields.append(Fields.toggle(Field.done, L("Klaar", "Done"), a.done)) }
        return Form(
            kind: kind, title: isNew ? L("Actie toevoegen", "Add action") : L("Actie bewerken", "Edit action"),
            fields: fields)
    }

    static func submit(_ state: inout AppState, _ form: Form, now: Date) throws(FormRefusal) -> [Effect] {
        let text = form.trimmed(Field.text)
        guard !text.isEmpty else { throw FormRefusal(L("Beschrijf de actie", "Describe the action")) }
        let due = try readDay(form.trimmed(Field.due), state, now: now)
        var action: ActionItem
        if case .editAction(let id) = form.kind, let existing = state.session.actions.first(where: { $0.id == id }) {
            action = existing
        } else {
            action = ActionItem(id: ActionItem.ID(state.session.newID(prefix: "action")), text: text)
        }
        action.text = text
        let chosen = form.choice(Field.owner)
        if let person = chosen.flatMap(ChoiceList.typedText) {
            action.owner = nil
            action.ownerName = person
        } else {
            let owner = chosen.map { Partner.ID($0) }
            // A person named at a partner stays while the partner does.
            if owner != action.owner { action.ownerName = nil }
            action.owner = owner
        }
        action.due = due
        action.meeting = form.choice(Field.meeting).map { Meeting.ID($0) }
        action.done = form.toggle(Field.done)
        state.modal = nil
        let saved = action
        let fromNote = form.kind == .addAction ? form.context.first.map { Note.ID($0) } : nil
        let changed = edit(&state, now: now) { session in
            session.upsert(saved)
            if let fromNote { session.removeNote(fromNote) }
        }
        if changed, form.kind == .addAction {
            let who = state.session.ownerLabel(of: saved).map { " — " + $0 } ?? ""
            state.message = StatusMessage(
                fromNote == nil
                    ? L("Actie toegevoegd\(who)", "Action added\(who)")
                    : L(
                        "Notitie is nu een actie\(who) (u maakt ongedaan)", "The note is now an action\(who) (u undoes)"
                    ))
        }
        return []
    }

    // MARK: - Due dates

    static func readDay(_ text: String, _ state: AppState, now: Date) throws(FormRefusal) -> Day? {
        guard !text.isEmpty else { return nil }
        do {
            return try DateInput(now: now, timeZone: state.timeZone).day(text)
        } catch {
            throw FormRefusal(error.message)
        }
    }

    // MARK: - The list

    /// The actions as the list shows them on the clock's day, narrowed to the owner typed.
    static func overview(_ state: AppState) -> ActionOverview {
        ActionOverview(state.shown, today: state.clockDay, owner: state.actionOwnerFilter)
    }

    /// How many rows the list has: every action unless narrowed by owner, so that keeping a
    /// selection in range after each edit does not sort all the actions.
    static func rowCount(_ state: AppState) -> Int {
        state.actionOwnerFilter.isEmpty ? state.shown.actions.count : overview(state).rows.count
    }

    static func selected(_ state: AppState) -> ActionItem? {
        let rows = overview(state).rows
        return rows.indices.contains(state.selectedAction) ? rows[state.selectedAction].action : nil
    }

    /// Puts the selection on `id` wherever the list now sorts it.
    static func select(_ state: inout AppState, _ id: ActionItem.ID) {
        if let index = overview(state).rows.firstIndex(where: { $0.action.id == id }) { state.selectedAction = index }
    }

    // MARK: - Commands

    static func add(_ state: inout AppState, now: Date) {
        openForm(&state, form(state, editing: nil, now: now))
    }

    static func openEdit(_ state: inout AppState, now: Date) {
        guard let action = selected(state) else { return add(&state, now: now) }
        openForm(&state, form(state, editing: action.id, now: now))
    }

    static func askDelete(_ state: inout AppState) {
        guard let action = selected(state) else { return }
        state.modal = .confirm(
            Confirmation(
                subject: .deleteAction(action.id), question: L("Deze actie verwijderen?", "Delete this action?")))
    }

    /// `x` in the actions list: done ↔ open; the selection follows the action to its new place.
    static func toggleDone(_ state: inout AppState, now: Date) {
        guard state.notesSection == .actions, let action = selected(state) else { return }
        let changed = edit(&state, now: now) { session in
            session.modify(action.id) { $0.done.toggle() }
        }
        if changed { select(&state, action.id) }
    }

    /// `/` in the actions list: narrow it to an owner.
    static func startFilter(_ state: inout AppState) {
        state.filterEditor = LineEditor(state.actionOwnerFilter)
    }

    /// Keys while typing the owner filter.
    static func filterKey(_ state: inout AppState, _ key: Canvas.Key) {
        switch key {
        case .enter, .up, .down:
            state.filterEditor = nil
        case .escape:
            state.filterEditor = nil
            state.actionOwnerFilter = ""
        default:
            state.filterEditor?.handle(key)
            state.actionOwnerFilter = state.filterEditor?.text ?? ""
        }
        state.selectedAction = 0
    }
}
