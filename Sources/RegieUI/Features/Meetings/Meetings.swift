import Foundation
import RegieKit

/// Meetings: who was there, what was decided, and whether it was co-creation or negotiation (tip 6).
enum Meetings {
    enum Field: String, FieldKey {
        case title, date, attendees, mode, decisions
    }

    static func form(_ state: AppState, editing id: Meeting.ID?, now: Date) -> Form {
        let m =
            id.flatMap { mid in state.shown.meetings.first { $0.id == mid } } ?? Meeting(id: "", title: "", date: now)
        return Form(
            kind: id.map { .editMeeting($0) } ?? .addMeeting,
            title: id == nil ? L("Overleg toevoegen", "Add meeting") : L("Overleg bewerken", "Edit meeting"),
            fields: [
                Fields.text(Field.title, L("Titel", "Title"), m.title),
                dateField(Field.date, L("Datum", "Date"), m.date, state),
                Fields.partnerSet(
                    state, Field.attendees, L("Aanwezig", "Attendees"), selected: m.attendees.map(\.rawValue)),
                Fields.optionalChoice(
                    Field.mode, L("Karakter", "Character"),
                    MeetingMode.allCases.map { Choice(id: $0.rawValue, label: $0.name(state.language)) },
                    selected: m.mode?.rawValue,
                    hint: L("Cocreatie of onderhandeling (tip 6)", "Co-creation or negotiation (tip 6)")),
                Fields.text(
                    Field.decisions, L("Besluiten", "Decisions"), m.decisions.joined(separator: "\n"), multiline: true,
                    hint: Fields.listHint),
            ])
    }

    static func submit(_ state: inout AppState, _ form: Form, now: Date) throws(FormRefusal) -> [Effect] {
        let title = form.trimmed(Field.title)
        guard !title.isEmpty else { throw FormRefusal(L("Geef het overleg een titel", "Give the meeting a title")) }
        let date = try readDate(form.trimmed(Field.date), state, now: now)
        var meeting: Meeting
        if case .editMeeting(let id) = form.kind, let existing = state.session.meetings.first(where: { $0.id == id }) {
            meeting = existing
        } else {
            meeting = Meeting(
                id: Meeting.ID(state.session.newID(prefix: "meeting", name: title)), title: title, date: date)
        }
        meeting.title = title
        meeting.date = date
        meeting.attendees = form.selection(Field.attendees).map { Partner.ID($0) }
        meeting.decisions = form.lines(Field.decisions)
        meeting.mode = form.choice(Field.mode, as: MeetingMode.self)
        state.modal = nil
        let saved = meeting
        _ = edit(&state, now: now) { $0.upsert(saved) }
        return []
    }

    // MARK: - Dates

    /// A meeting's date and time as people type them, saying what it became beside the field.
    static func dateField<Key: FieldKey>(_ key: Key, _ label: Localized, _ date: Date, _ state: AppState) -> FormField {
        Fields.date(
            key, label, DateInput.editableText(date, in: state.timeZone), reading: .moment,
            hint: L(
                "Zoals u het zegt: vandaag 14:30, vr 9u, 15-12 — tijd mag weg",
                "As you would say it: today 14:30, fri 9am, 15-12 — time optional"))
    }

    static func readDate(_ text: String, _ state: AppState, now: Date) throws(FormRefusal) -> Date {
        do {
            return try DateInput(now: now, timeZone: state.timeZone).moment(text).date
        } catch {
            throw FormRefusal(error.message)
        }
    }

    // MARK: - Selection

    /// The meeting selected in the meetings list (newest first), wherever the user is.
    static func selected(_ state: AppState) -> Meeting? {
        let meetings = state.meetingsNewestFirst
        return meetings.indices.contains(state.selectedMeeting) ? meetings[state.selectedMeeting] : nil
    }

    /// The meeting selected in the meetings list while that list is on screen.
    static func selectedInList(_ state: AppState) -> Meeting? {
        state.pane == .notes && state.notesSection == .meetings ? selected(state) : nil
    }

    // MARK: - Commands

    static func add(_ state: inout AppState, now: Date) {
        openForm(&state, form(state, editing: nil, now: now))
    }

    static func openEdit(_ state: inout AppState, now: Date) {
        guard let meeting = selected(state) else { return add(&state, now: now) }
        openForm(&state, form(state, editing: meeting.id, now: now))
    }

    static func askDelete(_ state: inout AppState) {
        guard let meeting = selected(state) else { return }
        state.modal = .confirm(
            Confirmation(
                subject: .deleteMeeting(meeting.id),
                question: L("Overleg “\(meeting.title)” verwijderen?", "Delete meeting “\(meeting.title)”?")))
    }
}
