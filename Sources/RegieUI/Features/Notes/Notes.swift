import Foundation
import RegieKit

/// Timestamped notes, linked to what was selected when they were written.
enum Notes {
    enum Field: String, FieldKey {
        case text, links, isPrivate = "private", meeting
    }

    static func form(_ state: AppState, editing id: Note.ID?) -> Form {
        let existing = id.flatMap { nid in state.shown.notes.first { $0.id == nid } }
        let links = existing?.links ?? defaultLinks(state)
        let linkText = links.map { state.shown.displayName(ofID: $0) }.joined(separator: ", ")
        let meetingID =
            existing?.meeting
            ?? (state.pane == .notes && state.notesSection == .meetings
                && state.shown.meetings.indices.contains(state.selectedMeeting)
                ? state.shown.meetings[state.selectedMeeting].id : nil)
        var form = Form(
            kind: id.map { .editNote($0) } ?? .addNote,
            title: id == nil ? L("Notitie", "Note") : L("Notitie bewerken", "Edit note"),
            fields: [
                Fields.text(
                    Field.text, L("Notitie", "Note"), existing?.text ?? "", multiline: true,
                    hint: L(
                        "Enter bewaart; Alt-Enter of Ctrl-N voor een nieuwe regel",
                        "Enter stores it; Alt-Enter or Ctrl-N for a new line")),
                FormField(Field.links, L("Gekoppeld aan", "Linked to"), .info(linkText.isEmpty ? "—" : linkText)),
                Fields.toggle(
                    Field.isPrivate, L("Privé", "Private"), existing?.isPrivate ?? false,
                    hint: L(
                        "Spatie: privénotities blijven uit presentaties en publieke exports",
                        "Space: private notes stay out of presentations and public exports")),
                Fields.meetingChoice(state, Field.meeting, L("Overleg", "Meeting"), selected: meetingID),
            ])
        form.context = links
        return form
    }

    /// What a new note is about: whatever is selected in the pane it is written from.
    static func defaultLinks(_ state: AppState) -> [String] {
        switch state.pane {
        case .map, .perspectives:
            return state.selectedPartner.map { [$0.rawValue] } ?? []
        case .interventions:
            return Interventions.selectedIndex(state).map { [state.shown.interventions[$0].id.rawValue] } ?? []
        case .notes:
            if state.notesSection == .meetings, state.shown.meetings.indices.contains(state.selectedMeeting) {
                return [state.shown.meetings[state.selectedMeeting].id.rawValue]
            }
            return []
        case .walkthrough:
            return []
        }
    }

    static func submit(_ state: inout AppState, _ form: Form, now: Date) throws(FormRefusal) -> [Effect] {
        let text = form.trimmed(Field.text)
        guard !text.isEmpty else { throw FormRefusal(L("Typ eerst de notitie", "Type the note first")) }
        let meeting = form.choice(Field.meeting).map { Meeting.ID($0) }
        let isPrivate = form.toggle(Field.isPrivate)
        state.modal = nil
        if case .editNote(let id) = form.kind {
            _ = edit(&state, now: now) { session in
                guard let i = session.notes.firstIndex(where: { $0.id == id }) else { return }
                session.notes[i].text = text
                session.notes[i].meeting = meeting
                session.notes[i].isPrivate = isPrivate
            }
        } else {
            let tip = state.pane == .walkthrough ? state.selectedTip : nil
            let note = Note(
                id: Note.ID(state.session.newID(prefix: "note")), at: now, text: text, links: form.context,
                tip: tip, meeting: meeting, isPrivate: isPrivate)
            if edit(&state, now: now, { $0.notes.append(note) }) {
                state.message = StatusMessage(L("Notitie bewaard", "Note stored"))
            }
        }
        return []
    }

    // MARK: - Commands

    static func add(_ state: inout AppState) {
        openForm(&state, form(state, editing: nil))
    }

    static func openEdit(_ state: inout AppState) {
        let notes = state.notesNewestFirst
        guard notes.indices.contains(state.selectedNote) else { return add(&state) }
        openForm(&state, form(state, editing: notes[state.selectedNote].id))
    }

    static func askDelete(_ state: inout AppState) {
        let notes = state.notesNewestFirst
        guard notes.indices.contains(state.selectedNote) else { return }
        state.modal = .confirm(
            Confirmation(
                subject: .deleteNote(notes[state.selectedNote].id),
                question: L("Deze notitie verwijderen?", "Delete this note?")))
    }
}
