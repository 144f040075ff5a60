import Foundation
import RegieKit

/// Records an edit: the session before it goes on the undo stack.
func edit(_ state: inout AppState, now: Date, _ change: (inout Session) -> Void) -> Bool {
    guard !state.readOnly else {
        readOnly(&state)
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

/// The session changed (an edit, undo or redo): autosave writes it within `Saving.delay`.
func markChanged(_ state: inout AppState, now: Date) {
    if !state.dirty || state.dirtySince == nil { state.dirtySince = now }
    state.dirty = true
    state.revision += 1
    state.recoveryWritten = false
    state.lastEdit = now
}

enum History {
    static func undo(_ state: inout AppState, now: Date) {
        guard let previous = state.undoStack.popLast() else {
            state.message = StatusMessage(L("Niets om ongedaan te maken", "Nothing to undo"))
            return
        }
        state.redoStack.append(state.session)
        state.session = previous
        afterMove(&state, now: now, L("Ongedaan gemaakt", "Undone"))
    }

    static func redo(_ state: inout AppState, now: Date) {
        guard let next = state.redoStack.popLast() else {
            state.message = StatusMessage(L("Niets om opnieuw te doen", "Nothing to redo"))
            return
        }
        state.undoStack.append(state.session)
        state.session = next
        afterMove(&state, now: now, L("Opnieuw gedaan", "Redone"))
    }

    private static func afterMove(_ state: inout AppState, now: Date, _ message: Localized) {
        markChanged(&state, now: now)
        state.message = StatusMessage(message)
        if let id = state.selectedPartner, state.shown.partner(id) == nil {
            state.selectedPartner = state.shown.partners.first?.id
        }
        state.comparison.removeAll { state.shown.partner($0) == nil }
        clampSelections(&state)
    }
}
