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
            id == nil ? (state.currentMeeting ?? Meetings.selectedInList(state))?.id : existing?.meeting
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
            // The meeting selected in the list becomes the note's meeting, not a link.
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

    /// The note `B` and `T` turn into a decision or an action: the one selected in the notes
    /// list, or elsewhere the newest of the meeting that runs (the one just typed).
    static func target(_ state: AppState) -> Note? {
        if state.pane == .notes, state.notesSection == .notes {
            let notes = state.notesNewestFirst
            return notes.indices.contains(state.selectedNote) ? notes[state.selectedNote] : nil
        }
        guard let meeting = state.currentMeeting else { return nil }
        return state.notesNewestFirst.first { $0.meeting == meeting.id }
    }

    private static func noTarget(_ state: inout AppState) {
        state.message = StatusMessage(
            L(
                "Kies eerst een notitie in 4 › Notities (of schrijf er een in een lopend overleg)",
                "Select a note in 4 › Notes first (or write one in a running meeting)"), kind: .warning)
    }

    /// `B`: the note becomes a decision of its meeting (or of the one that runs); one edit, so
    /// `u` gives the note back.
    static func toDecision(_ state: inout AppState, now: Date) {
        guard let note = target(state) else { return noTarget(&state) }
        guard let meetingID = note.meeting ?? state.currentMeeting?.id,
            let meeting = state.session.meetings.first(where: { $0.id == meetingID })
        else {
            state.message = StatusMessage(
                L(
                    "Deze notitie hoort bij geen overleg; een besluit hoort bij een overleg",
                    "This note belongs to no meeting; a decision belongs to a meeting"), kind: .warning)
            return
        }
        let text = note.text.trimmingCharacters(in: .whitespacesAndNewlines)
        let changed = edit(&state, now: now) { session in
            session.removeNote(note.id)
            session.modify(meetingID) { $0.decisions.append(text) }
        }
        if changed {
            clampSelections(&state)
            state.message = StatusMessage(
                L(
                    "Notitie is nu een besluit van \(meeting.title) (u maakt ongedaan)",
                    "The note is now a decision of \(meeting.title) (u undoes)"))
        }
    }

    /// `T`: the action form filled from the note; storing the action removes the note.
    static func toAction(_ state: inout AppState, now: Date) {
        guard let note = target(state) else { return noTarget(&state) }
        openForm(&state, Actions.form(state, from: note, now: now))
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
