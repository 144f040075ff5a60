import Foundation
import RegieKit

/// Actions agreed on: what, who, by when, done or not.
enum Actions {
    enum Field: String, FieldKey {
        case text, owner, due, meeting, done
    }

    static func form(_ state: AppState, editing id: ActionItem.ID?) -> Form {
        let a =
            id.flatMap { aid in state.shown.actions.first { $0.id == aid } }
            ?? ActionItem(id: "", text: "", owner: state.selectedPartner)
        return Form(
            kind: id.map { .editAction($0) } ?? .addAction,
            title: id == nil ? L("Actie toevoegen", "Add action") : L("Actie bewerken", "Edit action"),
            fields: [
                Fields.text(Field.text, L("Wat", "What"), a.text),
                Fields.partnerChoice(state, Field.owner, L("Eigenaar", "Owner"), selected: a.owner),
                Fields.date(
                    Field.due, L("Uiterlijk", "Due"), a.due.map(DateInput.editableText) ?? "", reading: .day,
                    hint: L(
                        "Zoals u het zegt: vr, morgen, 15-12, +2w — of leeg",
                        "As you would say it: fri, tomorrow, 15-12, +2w — or empty")),
                Fields.meetingChoice(state, Field.meeting, L("Uit overleg", "From meeting"), selected: a.meeting),
                Fields.toggle(Field.done, L("Klaar", "Done"), a.done),
            ])
    }

    static func submit(_ state: inout AppState, _ form: Form, now: Date) throws(FormRefusal) -> [Effect] {
        let text = form.trimmed(Field.text)
        guard !text.isEmpty else { throw FormRefusal(L("Beschrijf de actie", "Describe the action")) }
        let dueText = form.trimmed(Field.due)
        var due: Day?
        if !dueText.isEmpty {
            do {
                due = try DateInput(now: now, timeZone: state.timeZone).day(dueText)
            } catch {
                throw FormRefusal(error.message)
            }
        }
        var action: ActionItem
        if case .editAction(let id) = form.kind, let existing = state.session.actions.first(where: { $0.id == id }) {
            action = existing
        } else {
            action = ActionItem(id: ActionItem.ID(state.session.newID(prefix: "action")), text: text)
        }
        action.text = text
        action.owner = form.choice(Field.owner).map { Partner.ID($0) }
        action.due = due
        action.meeting = form.choice(Field.meeting).map { Meeting.ID($0) }
        action.done = form.toggle(Field.done)
        state.modal = nil
        let saved = action
        _ = edit(&state, now: now) { $0.upsert(saved) }
        return []
    }

    // MARK: - Commands

    static func add(_ state: inout AppState) {
        openForm(&state, form(state, editing: nil))
    }

    static func openEdit(_ state: inout AppState) {
        guard state.shown.actions.indices.contains(state.selectedAction) else { return add(&state) }
        openForm(&state, form(state, editing: state.shown.actions[state.selectedAction].id))
    }

    static func askDelete(_ state: inout AppState) {
        guard state.shown.actions.indices.contains(state.selectedAction) else { return }
        state.modal = .confirm(
            Confirmation(
                subject: .deleteAction(state.shown.actions[state.selectedAction].id),
                question: L("Deze actie verwijderen?", "Delete this action?")))
    }

    /// `x` in the actions list: done ↔ open.
    static func toggleDone(_ state: inout AppState, now: Date) {
        guard state.notesSection == .actions, state.shown.actions.indices.contains(state.selectedAction) else { return }
        let index = state.selectedAction
        _ = edit(&state, now: now) { $0.actions[index].done.toggle() }
    }
}
