import Canvas
import Foundation
import RegieKit

/// Keys while an overlay is open: it has the keyboard until it closes.
func handleModalKey(_ state: inout AppState, _ key: Key, now: Date) -> [Effect] {
    switch state.modal {
    case .help(var filter):
        switch key {
        case .escape, .character("?"), .function(1), .enter:
            state.modal = nil
        case .ctrl("c"):
            state.modal = nil
        case .up: state.helpScroll = max(0, state.helpScroll - 1)
        case .down: state.helpScroll += 1
        case .pageUp: state.helpScroll = max(0, state.helpScroll - 10)
        case .pageDown: state.helpScroll += 10
        default:
            if filter.handle(key) { state.helpScroll = 0 }
            state.modal = .help(filter: filter)
        }
        return []
    case .confirm(let confirmation):
        return Questions.answer(&state, confirmation, key: key, now: now)
    case .form(var form):
        return handleFormKey(&state, &form, key, now: now)
    case .palette(var palette):
        let entries = PaletteCatalog.entries(matching: palette.query.text, language: state.language)
        switch key {
        case .escape, .ctrl("c"):
            state.modal = nil
        case .up:
            palette.selected = max(0, palette.selected - 1)
            state.modal = .palette(palette)
        case .down:
            palette.selected = min(max(0, entries.count - 1), palette.selected + 1)
            state.modal = .palette(palette)
        case .enter:
            state.modal = nil
            guard entries.indices.contains(palette.selected) else { return [] }
            return perform(&state, entries[palette.selected].command, now: now)
        default:
            if palette.query.handle(key) { palette.selected = 0 }
            state.modal = .palette(palette)
        }
        return []
    case .relations(let partner, let selected):
        let relations = state.shown.relations.filter { $0.involves(partner) }
        switch key {
        case .escape, .ctrl("c"), .character("q"):
            state.modal = nil
        case .up, .character("k"):
            state.modal = .relations(partner: partner, selected: max(0, selected - 1))
        case .down, .character("j"):
            state.modal = .relations(partner: partner, selected: min(relations.count - 1, selected + 1))
        case .enter, .character("e"):
            guard relations.indices.contains(selected), !state.readOnly else { return [] }
            let relation = relations[selected]
            openForm(&state, FormFactory.relation(state, from: relation.from, to: relation.to, editing: relation.id))
        case .character("d"), .delete:
            guard relations.indices.contains(selected), !state.readOnly else { return [] }
            let relation = relations[selected]
            state.modal = .confirm(
                Confirmation(
                    subject: .deleteRelation(relation.id),
                    question: L(
                        "Relatie \(state.shown.partnerName(relation.from)) – \(state.shown.partnerName(relation.to)) (\(relation.kind.name.nl)) verwijderen?",
                        "Delete the relation \(state.shown.partnerName(relation.from)) – \(state.shown.partnerName(relation.to)) (\(relation.kind.name.en))?"
                    )))
        default:
            break
        }
        return []
    case nil:
        return []
    }
}

// MARK: - Forms

private func handleFormKey(_ state: inout AppState, _ form: inout Form, _ key: Key, now: Date) -> [Effect] {
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
        var effects = submit(&state, form, now: now, onError: { form.error = $0 })
        if case .form = state.modal {} else { effects += Saving.formClosed(&state) }
        return effects
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
        if !editor.multiline, key == .up || key == .down {
            moveFocus(&form, by: key == .up ? -1 : 1)
            return []
        }
        handled = editor.handle(key)
        field.value = .text(editor)
    case .score(let value):
        let range = form.scoreRange(for: field.id)
        switch key {
        case .left, .character("-"): field.value = .score(max(range.lowerBound, value - 1))
        case .right, .character("+"), .character(" "): field.value = .score(min(range.upperBound, value + 1))
        case .character(let c) where c.wholeNumberValue.map(range.contains) == true:
            field.value = .score(c.wholeNumberValue!)
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

private func moveFocus(_ form: inout Form, by delta: Int) {
    let focusable = form.fields.indices.filter { form.fields[$0].isFocusable }
    guard !focusable.isEmpty else { return }
    let position = focusable.firstIndex(of: form.focus) ?? 0
    form.focus = focusable[(position + delta + focusable.count) % focusable.count]
}

extension Form {
    func scoreRange(for id: String) -> ClosedRange<Int> {
        id == "strength" ? Relation.strengthRange : Scores.range
    }
}
