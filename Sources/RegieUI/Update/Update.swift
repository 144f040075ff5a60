import Canvas
import Foundation
import RegieKit

/// Applies `action` to `state` and returns the I/O the run loop should do. Pure: the time comes
/// in as `now`, ids are derived from the session, and nothing here touches a file or terminal.
public func update(_ state: inout AppState, _ action: Action, now: Date) -> [Effect] {
    switch action {
    case .keyPressed(let key):
        return handleKey(&state, key, now: now)
    case .commandIssued(let command):
        return perform(&state, command, now: now)
    case .partnerClicked(let id):
        guard state.modal == nil else { return [] }
        select(&state, partner: id)
        return []
    case .paneClicked(let pane):
        guard state.modal == nil else { return [] }
        state.pane = pane
        state.detailScroll = 0
        return []
    case .resized:
        return []
    case .ticked(let time):
        return Saving.tick(&state, now: time)
    case .saveFinished(let path, let at, let revision, let result):
        return Saving.saveFinished(&state, path: path, at: at, revision: revision, result: result)
    case .recoveryWritten(let error):
        return Saving.recoveryWritten(&state, error: error)
    case .exportFinished(let format, let isPublic, let path, let result):
        return Saving.exportFinished(&state, format, isPublic: isPublic, path: path, result: result)
    case .terminationRequested:
        return Saving.terminate(&state, now: now)
    case .emergencyCopyWritten(let path):
        state.emergencyCopy = path
        return []
    }
}

func fileName(_ path: String) -> String { URL(fileURLWithPath: path).lastPathComponent }

private func handleKey(_ state: inout AppState, _ key: Key, now: Date) -> [Effect] {
    if state.modal != nil { return handleModalKey(&state, key, now: now) }
    if state.filterEditor != nil { return handleFilterKey(&state, key) }
    if state.relationStart != nil {
        switch key {
        case .escape:
            state.relationStart = nil
            state.message = StatusMessage(L("Relatie niet toegevoegd", "Relation not added"))
            return []
        case .enter:
            return perform(&state, .open, now: now)
        default: break
        }
    }
    guard let command = Keymap.command(for: key, in: state.pane) else { return [] }
    state.message = nil
    return perform(&state, command, now: now)
}

private func handleFilterKey(_ state: inout AppState, _ key: Key) -> [Effect] {
    switch key {
    case .enter:
        state.filterEditor = nil
    case .escape:
        state.filterEditor = nil
        state.partnerFilter = ""
    case .up, .down:
        state.filterEditor = nil
        return []
    default:
        state.filterEditor?.handle(key)
        state.partnerFilter = state.filterEditor?.text ?? ""
    }
    if let first = state.visiblePartners.first,
        !state.visiblePartners.contains(where: { $0.id == state.selectedPartner })
    {
        state.selectedPartner = first.id
    }
    return []
}

/// Selects a partner everywhere and brings it into the comparison's view.
func select(_ state: inout AppState, partner id: Partner.ID) {
    state.selectedPartner = id
    state.detailScroll = 0
}

/// The session changed (an edit, undo or redo): autosave writes it within `Saving.delay`.
func markChanged(_ state: inout AppState, now: Date) {
    if !state.dirty || state.dirtySince == nil { state.dirtySince = now }
    state.dirty = true
    state.revision += 1
    state.recoveryWritten = false
    state.lastEdit = now
}

/// Opens a form, unless it holds private fields that the screen may not show now (presentation
/// mode, see `Disclosure.showsPrivateFields`): built from the public view it would show blanks,
/// and submitting it would write those blanks over what the regisseur wrote.
func openForm(_ state: inout AppState, _ form: Form) {
    guard state.disclosure.showsPrivateFields || !form.kind.holdsPrivateFields else {
        state.message = StatusMessage(
            L(
                "Presentatiemodus: dit formulier bevat privé-inschattingen; p zet de presentatie uit",
                "Presentation mode: this form holds private assessments; p turns presenting off"), kind: .warning)
        return
    }
    state.modal = .form(form)
}

/// Records an edit: the session before it goes on the undo stack.
func edit(_ state: inout AppState, now: Date, _ change: (inout Session) -> Void) -> Bool {
    guard !state.readOnly else {
        state.message = StatusMessage(
            L("Alleen-lezen: wijzigen kan niet", "Read-only: changes are not allowed"), kind: .warning)
        return false
    }
    let before = state.session
    change(&state.session)
    guard state.session != before else { return false }
    state.undoStack.append(before)
    if state.undoStack.count > 500 { state.undoStack.removeFirst() }
    state.redoStack.removeAll()
    markChanged(&state, now: now)
    return true
}
