import Foundation
import RegieKit

/// The meeting being held now: `m` starts it, `M` ends it, and while it runs every new note,
/// decision and action belongs to it. Which meeting runs is recorded in the session
/// (`Session.currentMeeting`), so it survives a crash, a restart and undo like any edit.
enum CurrentMeeting {
    enum Field: String, FieldKey {
        case title, date, attendees
    }

    /// `m`: the form that starts a meeting, or, while one runs, the form that edits it (someone
    /// came late, the title was wrong).
    static func start(_ state: inout AppState, now: Date) {
        if let meeting = state.currentMeeting {
            openForm(&state, Meetings.form(state, editing: meeting.id, now: now))
            return
        }
        openForm(&state, startForm(state, now: now))
    }

    /// Title, when (now, unless typed otherwise) and who came.
    static func startForm(_ state: AppState, now: Date) -> Form {
        Form(
            kind: .startMeeting, title: L("Overleg starten", "Start a meeting"),
            fields: [
                Fields.text(Field.title, L("Titel", "Title")),
                // Now, to the minute: a start time with seconds reads as noise.
                Meetings.dateField(
                    Field.date, L("Begin", "Starts"),
                    Date(timeIntervalSince1970: (now.timeIntervalSince1970 / 60).rounded(.down) * 60),
                    state),
                Fields.partnerSet(state, Field.attendees, L("Aanwezig", "Attending"), selected: []),
            ])
    }

    static func submitStart(_ state: inout AppState, _ form: Form, now: Date) throws(FormRefusal) -> [Effect] {
        let title = form.trimmed(Field.title)
        guard !title.isEmpty else { throw FormRefusal(L("Geef het overleg een titel", "Give the meeting a title")) }
        let date = try Meetings.readDate(form.trimmed(Field.date), state, now: now)
        let meeting = Meeting(
            id: Meeting.ID(state.session.newID(prefix: "meeting", name: title)), title: title, date: date,
            attendees: form.selection(Field.attendees).map { Partner.ID($0) })
        state.modal = nil
        if edit(
            &state, now: now,
            { session in
                session.meetings.append(meeting)
                session.currentMeeting = meeting.id
            })
        {
            // Short: the status bar names the meeting and its keys from the next key on.
            state.message = StatusMessage(L("Overleg gestart", "Meeting started"))
        }
        return []
    }

    /// `M`: the meeting that runs ends now; what was captured in it is counted.
    static func end(_ state: inout AppState, now: Date) {
        guard let meeting = state.currentMeeting else {
            state.message = StatusMessage(
                L("Er loopt geen overleg (m start er een)", "No meeting is running (m starts one)"), kind: .warning)
            return
        }
        let notes = state.session.notes.filter { $0.meeting == meeting.id }.count
        let actions = state.session.actions.filter { $0.meeting == meeting.id }.count
        let decisions = meeting.decisions.count
        let changed = edit(&state, now: now) { session in
            session.currentMeeting = nil
            session.modify(meeting.id) { $0.ended = max(now, $0.date) }
        }
        if changed {
            // Short enough for 80 columns: the title was in the status bar until now.
            let n = EntityKind.note.counted(notes)
            let a = EntityKind.action.counted(actions)
            state.message = StatusMessage(
                L(
                    "Overleg beëindigd: \(n.nl), \(decisions) \(decisions == 1 ? "besluit" : "besluiten"), \(a.nl)",
                    "Meeting ended: \(n.en), \(decisions) \(decisions == 1 ? "decision" : "decisions"), \(a.en)"))
        }
    }
}
