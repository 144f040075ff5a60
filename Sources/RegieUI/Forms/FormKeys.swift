import Canvas
import Foundation
import RegieKit

/// Keys while a form is open: typing goes into the focused field, `Tab` moves, `Enter`
/// submits the whole form, `Esc` asks before throwing typed text away.
enum FormKeys {
    static func handle(_ state: inout AppState, _ form: inout Form, _ key: Key, now: Date) -> [Effect] {
        defer { if case .form = state.modal { state.modal = .form(form) } }
        switch key {
        case .escape, .ctrl("c"):
            if form.touched {
                state.modal = .confirm(
                    Confirmation(
                        subject: .discardForm(form),
                        question: L("Wat u typte weggooien?", "Throw away what you typed?")))
                return []
            }
            state.modal = nil
            if form.kind == .saveAs { state.quitting = false }
            return Saving.formClosed(&state)
        case .enter:
            do {
                var effects = try submit(&state, form, now: now)
                if case .form = state.modal {} else { effects += Saving.formClosed(&state) }
                clampSelections(&state)
                return effects
            } catch {
                form.error = error.reason
                form.confirmedDuplicate = error.confirming
                return []
            }
        case .tab:
            moveFocus(&form, by: 1)
            return []
        case .backTab:
            moveFocus(&form, by: -1)
            return []
        default:
            break
        }
        guard form.fields.indices.contains(form.focus) else { return [] }
        var field = form.fields[form.focus]
        var handled = true
        switch field.value {
        case .text(var editor):
            if key == .up || key == .down {
                // Through the rows the user sees; past the first or last row, to the next field.
                let width = FormLayout(form, size: state.screenSize, language: state.language)
                    .valueWidth(ofField: form.focus)
                let layout = TextLayout(editor, width: width)
                let row = layout.cursorRow + (key == .up ? -1 : 1)
                guard editor.multiline, layout.rows.indices.contains(row) else {
                    moveFocus(&form, by: key == .up ? -1 : 1)
                    return []
                }
                editor.moveCursor(to: layout.position(row: row, column: layout.cursorColumn, in: editor))
                field.value = .text(editor)
                form.fields[form.focus] = field
                return []
            }
            handled = editor.handle(key)
            field.value = .text(editor)
        case .score(let value, let range):
            switch key {
            case .left, .character("-"): field.value = .score(max(range.lowerBound, value - 1), range: range)
            case .right, .character("+"), .character(" "):
                field.value = .score(min(range.upperBound, value + 1), range: range)
            case .character(let c) where c.wholeNumberValue.map(range.contains) == true:
                field.value = .score(c.wholeNumberValue!, range: range)
            case .up, .down:
                moveFocus(&form, by: key == .up ? -1 : 1)
                return []
            default: handled = false
            }
        case .choice(let options, let index):
            switch key {
            case .left: field.value = .choice(options, index: (index + options.count - 1) % max(1, options.count))
            case .right, .character(" "): field.value = .choice(options, index: (index + 1) % max(1, options.count))
            case .up, .down:
                moveFocus(&form, by: key == .up ? -1 : 1)
                return []
            default: handled = false
            }
        case .toggle(let on):
            switch key {
            case .character(" "), .left, .right, .character("x"): field.value = .toggle(!on)
            case .up, .down:
                moveFocus(&form, by: key == .up ? -1 : 1)
                return []
            default: handled = false
            }
        case .multiChoice(let options, var selected, let highlighted):
            switch key {
            case .left: field.value = .multiChoice(options, selected: selected, highlighted: max(0, highlighted - 1))
            case .right:
                field.value = .multiChoice(
                    options, selected: selected, highlighted: min(options.count - 1, highlighted + 1))
            case .character(" "), .character("x"):
                guard options.indices.contains(highlighted) else { break }
                let id = options[highlighted].id
                if selected.contains(id) { selected.remove(id) } else { selected.insert(id) }
                field.value = .multiChoice(options, selected: selected, highlighted: highlighted)
            case .up, .down:
                moveFocus(&form, by: key == .up ? -1 : 1)
                return []
            default: handled = false
            }
        case .list(var list):
            switch key {
            case .up, .down:
                if !list.moveHighlight(by: key == .up ? -1 : 1) {
                    // At the top or bottom of the list the next field is one step away.
                    moveFocus(&form, by: key == .up ? -1 : 1)
                    return []
                }
            case .character(" "):
                list.toggleHighlighted()
            case .left where !list.multiple, .right where !list.multiple:
                handled = list.moveHighlight(by: key == .left ? -1 : 1)
            default:
                handled = list.edit(key)
            }
            field.value = .list(list)
        case .info:
            handled = false
        }
        if handled {
            form.fields[form.focus] = field
            form.touched = true
            form.error = nil
            Saving.formTyped(&state, now: now)
        }
        return []
    }

    /// Applies a submitted form through its feature, or says why it cannot.
    static func submit(_ state: inout AppState, _ form: Form, now: Date) throws(FormRefusal) -> [Effect] {
        switch form.kind {
        case .addPartner, .editPartner: try Partners.submit(&state, form, now: now)
        case .letGo(let id): try Partners.submitLetGo(&state, form, partner: id, now: now)
        case .addRelation, .editRelation: Relations.submit(&state, form, now: now)
        case .editPerspective(let partner): Perspectives.submit(&state, form, partner: partner, now: now)
        case .addIntervention, .editIntervention: try Interventions.submit(&state, form, now: now)
        case .addNote, .editNote: try Notes.submit(&state, form, now: now)
        case .addMeeting, .editMeeting: try Meetings.submit(&state, form, now: now)
        case .addAction, .editAction: try Actions.submit(&state, form, now: now)
        case .startMeeting: try CurrentMeeting.submitStart(&state, form, now: now)
        case .quickNote, .addDecision, .markMoment: try Capture.submit(&state, form, now: now)
        case .answer(let tip, let question):
            Walkthrough.submit(&state, form, tip: tip, question: question, now: now)
        case .editOpgave: OpgaveFeature.submit(&state, form, now: now)
        case .recordRound: try Rounds.submit(&state, form, now: now)
        case .saveAs: try Files.submitSaveAs(&state, form)
        case .export(let request): try Files.submitExport(&state, form, request)
        }
    }

    /// The form of `kind` as it opens now, for a draft to be put back into; nil when what it
    /// edits is gone.
    static func form(for kind: Form.Kind, _ state: AppState, now: Date) -> Form? {
        let session = state.shown
        switch kind {
        case .addPartner: return Partners.form(state, editing: nil)
        case .editPartner(let id): return session.partner(id) == nil ? nil : Partners.form(state, editing: id)
        case .letGo(let id): return session.partner(id).map { Partners.letGoForm(state, $0) }
        case .addRelation(let from, let to):
            return session.partner(from) == nil || session.partner(to) == nil
                ? nil : Relations.form(state, from: from, to: to, editing: nil)
        case .editRelation(let id):
            guard let r = session.relations.first(where: { $0.id == id }) else { return nil }
            return Relations.form(state, from: r.from, to: r.to, editing: id)
        case .editPerspective(let id):
            return session.partner(id) == nil ? nil : Perspectives.form(state, partner: id)
        case .addIntervention: return Interventions.form(state, editing: nil)
        case .editIntervention(let id):
            return session.interventions.contains { $0.id == id } ? Interventions.form(state, editing: id) : nil
        case .addNote: return Notes.form(state, editing: nil)
        case .editNote(let id): return session.notes.contains { $0.id == id } ? Notes.form(state, editing: id) : nil
        case .addMeeting: return Meetings.form(state, editing: nil, now: now)
        case .editMeeting(let id):
            return session.meetings.contains { $0.id == id } ? Meetings.form(state, editing: id, now: now) : nil
        case .addAction: return Actions.form(state, editing: nil, now: now)
        case .editAction(let id):
            return session.actions.contains { $0.id == id } ? Actions.form(state, editing: id, now: now) : nil
        case .startMeeting: return CurrentMeeting.startForm(state, now: now)
        case .quickNote, .markMoment: return Capture.form(kind, state)
        case .addDecision(let id):
            return session.meetings.contains { $0.id == id } ? Capture.form(kind, state) : nil
        case .answer(let tip, let question):
            return Catalog.question(id: question) == nil
                ? nil : Walkthrough.answerForm(state, tip: tip, question: question)
        case .editOpgave: return OpgaveFeature.form(state)
        case .recordRound: return Rounds.form(state, now: now)
        case .saveAs: return Files.saveAsForm(state)
        case .export(let request): return Files.exportForm(state, request)
        }
    }

    private static func moveFocus(_ form: inout Form, by delta: Int) {
        let focusable = form.fields.indices.filter { form.fields[$0].isFocusable }
        guard !focusable.isEmpty else { return }
        let position = focusable.firstIndex(of: form.focus) ?? 0
        form.focus = focusable[(position + delta + focusable.count) % focusable.count]
    }
}

/// Opens a form, unless it holds private fields that the screen may not show now (presentation
/// mode, see `Disclosure.showsPrivateFields`): built from the public view it would show blanks,
/// and submitting it would write those blanks over what the regisseur wrote.
func openForm(_ state: inout AppState, _ form: Form) {
    // A read-only session opens no form that would change it; typing into one would be lost.
    guard !state.readOnly || !form.kind.changesSession else { return readOnly(&state) }
    guard state.disclosure.showsPrivateFields || !form.kind.holdsPrivateFields else {
        state.message = StatusMessage(
            L(
                "Presentatiemodus: dit formulier bevat privé-inschattingen; verlaat eerst de presentatie (p)",
                "Presentation mode: this form holds private assessments; leave the presentation first (p)"),
            kind: .warning)
        return
    }
    state.modal = form.kind.isCapture ? .capture(Capture(form: form)) : .form(form)
}

extension Modal {
    /// The form whose typing a draft keeps: an open form, or what the capture line fills.
    var draftForm: Form? {
        switch self {
        case .form(let form): form
        case .capture(let capture): capture.form
        default: nil
        }
    }
}
