import Canvas
import Foundation
import RegieKit

/// The capture line at the bottom of the screen: `n` a note, `b` a decision, `o`/`w` a moment
/// of negotiation or co-creation. One line of text and `Enter` stores it with the time, linked
/// to what is selected, the tip in the walkthrough and the meeting that is running; `@` links a
/// partner by name (`Tab` or `Enter` completes).
///
/// What is typed lives in a one-field `Form`, so a crash keeps it as a draft like any form's.
public struct Capture: Sendable {
    enum Field: String, FieldKey {
        case text
    }

    /// The text field, and in `context` the ids the note is linked to.
    public var form: Form
    /// Partners offered for the `@` being typed, best first; empty when none is being typed.
    var offered: [Mentions.Entry] = []
    var highlighted = 0
    /// The partner an arrow put the highlight on; it stays highlighted while it still matches.
    /// Without one the best match is highlighted, whatever was for fewer letters.
    var chosen: Partner.ID?
    /// Where the `@` is whose offer `Esc` put away, so it stays away while that name is typed.
    var dismissedAt: Int?
    /// The partner names, folded once the first `@` is typed.
    var mentions: Mentions?
    /// Where the cursor stood after a completed name and the space put after it: a space typed
    /// there next is that one, not a second.
    var completedAt: Int?

    init(form: Form) {
        self.form = form
    }

    var editor: LineEditor {
        if case .text(let editor)? = form[Field.text]?.value { return editor }
        return LineEditor()
    }

    // MARK: - Opening

    /// The capture of `kind` as it opens now: links to the selection for a note.
    static func form(_ kind: Form.Kind, _ state: AppState) -> Form {
        let title: Localized
        switch kind {
        case .addDecision: title = L("Besluit", "Decision")
        case .markMoment(let mode): title = mode.momentName
        default: title = L("Notitie", "Note")
        }
        var form = Form(kind: kind, title: title, fields: [Fields.text(Field.text, title)])
        if case .quickNote = kind { form.context = Notes.defaultLinks(state) }
        return form
    }

    static func open(_ state: inout AppState, _ kind: Form.Kind) {
        openForm(&state, form(kind, state))
    }

    /// `b`: a decision of the meeting that runs, or of the one selected in the meetings list.
    static func openDecision(_ state: inout AppState) {
        guard let meeting = state.currentMeeting ?? Meetings.selectedInList(state) else {
            state.message = StatusMessage(
                L(
                    "Geen lopend overleg: m start er een, of kies een overleg in 4 › Overleggen",
                    "No meeting running: m starts one, or choose a meeting in 4 › Meetings"), kind: .warning)
            return
        }
        open(&state, .addDecision(meeting.id))
    }

    // MARK: - Keys

    static func key(_ state: inout AppState, _ capture: Capture, _ key: Key, now: Date) -> [Effect] {
        var capture = capture
        defer { if case .capture = state.modal { state.modal = .capture(capture) } }
        if !capture.offered.isEmpty {
            switch key {
            case .tab, .enter:
                capture.complete()
                Saving.formTyped(&state, now: now)
                return []
            case .up, .down:
                let count = capture.offered.count
                capture.highlighted = (capture.highlighted + (key == .up ? count - 1 : 1)) % count
                capture.chosen = capture.offered[capture.highlighted].id
                return []
            case .escape:
                capture.dismissedAt = Mentions.token(in: capture.editor.characters, cursor: capture.editor.cursor)?.at
                capture.offered = []
                return []
            default:
                break
            }
        }
        switch key {
        case .enter:
            do {
                var effects = try FormKeys.submit(&state, capture.form, now: now)
                if case .capture = state.modal {} else { effects += Saving.formClosed(&state) }
                clampSelections(&state)
                return effects
            } catch {
                capture.form.error = error.reason
                return []
            }
        case .escape, .ctrl("c"):
            if capture.form.touched, !capture.editor.isEmpty {
                state.modal = .confirm(
                    Confirmation(
                        subject: .discardForm(capture.form),
                        question: L("Wat u typte weggooien?", "Throw away what you typed?")))
                return []
            }
            state.modal = nil
            return Saving.formClosed(&state)
        case .backspace where capture.editor.isEmpty && !capture.form.context.isEmpty:
            // As in a list of tags: an empty line gives up its last link.
            capture.form.context.removeLast()
            capture.form.touched = true
            return []
        default:
            var editor = capture.editor
            let afterCompletion = capture.completedAt == editor.cursor
            capture.completedAt = nil
            if afterCompletion, key == .character(" ") { return [] }
            guard editor.handle(key) else { return [] }
            capture.form.fields[0].value = .text(editor)
            capture.form.touched = true
            capture.form.error = nil
            capture.offer(state)
            Saving.formTyped(&state, now: now)
            return []
        }
    }

    /// Looks for an `@` before the cursor and offers the partners whose names complete it.
    mutating func offer(_ state: AppState) {
        let editor = self.editor
        guard let token = Mentions.token(in: editor.characters, cursor: editor.cursor), token.at != dismissedAt else {
            offered = []
            chosen = nil
            if Mentions.token(in: editor.characters, cursor: editor.cursor) == nil { dismissedAt = nil }
            return
        }
        if mentions == nil { mentions = Mentions(state.shown.partners) }
        offered = mentions!.matches(token.query)
        highlighted = offered.firstIndex { $0.id == chosen } ?? 0
    }

    /// Puts the highlighted partner's name in place of `@` and what was typed after it, and
    /// links the note to that partner.
    mutating func complete() {
        var editor = self.editor
        guard offered.indices.contains(highlighted),
            let token = Mentions.token(in: editor.characters, cursor: editor.cursor)
        else { return }
        let entry = offered[highlighted]
        var characters = editor.characters
        characters.replaceSubrange(token.at..<editor.cursor, with: Array(entry.name + " "))
        let cursor = token.at + entry.name.count + 1
        editor = LineEditor(String(characters))
        editor.moveCursor(to: cursor)
        form.fields[0].value = .text(editor)
        form.touched = true
        if !form.context.contains(entry.id.rawValue) { form.context.append(entry.id.rawValue) }
        offered = []
        highlighted = 0
        chosen = nil
        completedAt = cursor
    }

    // MARK: - Storing

    static func submit(_ state: inout AppState, _ form: Form, now: Date) throws(FormRefusal) -> [Effect] {
        let text = form.trimmed(Field.text)
        switch form.kind {
        case .addDecision(let id):
            guard !text.isEmpty else { throw FormRefusal(L("Typ eerst het besluit", "Type the decision first")) }
            guard let meeting = state.session.meetings.first(where: { $0.id == id }) else {
                throw FormRefusal(L("Dat overleg is er niet meer", "That meeting is gone"))
            }
            state.modal = nil
            if edit(&state, now: now, { $0.modify(id) { $0.decisions.append(text) } }) {
                state.message = StatusMessage(
                    L("Besluit vastgelegd in \(meeting.title)", "Decision recorded in \(meeting.title)"))
            }
        case .markMoment(let mode):
            state.modal = nil
            let note = newNote(
                state, text: text.isEmpty ? mode.name(state.session.language) : text, links: form.context, tip: 6,
                now: now, mode: mode)
            if edit(&state, now: now, { $0.notes.append(note) }) {
                state.message = StatusMessage(
                    L("Moment gemarkeerd: \(mode.name.nl)", "Moment marked: \(mode.name.en)"))
            }
        default:
            guard !text.isEmpty else { throw FormRefusal(L("Typ eerst de notitie", "Type the note first")) }
            state.modal = nil
            let tip = state.pane == .walkthrough ? state.selectedTip : nil
            let note = newNote(state, text: text, links: form.context, tip: tip, now: now, mode: nil)
            if edit(&state, now: now, { $0.notes.append(note) }) {
                let meeting = note.meeting.flatMap { id in state.session.meetings.first { $0.id == id } }
                state.message = StatusMessage(
                    meeting.map { L("Notitie bewaard in \($0.title)", "Note stored in \($0.title)") }
                        ?? L("Notitie bewaard", "Note stored"))
            }
        }
        return []
    }

    /// A note written now: in the meeting that runs (or the one selected in the meetings list).
    static func newNote(
        _ state: AppState, text: String, links: [String], tip: Int?, now: Date, mode: MeetingMode?
    ) -> Note {
        let meeting = (state.currentMeeting ?? Meetings.selectedInList(state))?.id
        return Note(
            id: Note.ID(state.session.newID(prefix: "note")), at: now, text: text,
            links: links.filter { $0 != meeting?.rawValue }, tip: tip, meeting: meeting, mode: mode)
    }
}

extension MeetingMode {
    /// What a marked moment of this mode is called on the capture line: its name, capitalised.
    var momentName: Localized {
        func capitalised(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }
        return L(capitalised(name.nl), capitalised(name.en))
    }
}
