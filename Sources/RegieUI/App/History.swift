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

/// Undo and redo say what they took back or did again, and put the selection on it.
enum History {
    static func undo(_ state: inout AppState, now: Date) {
        guard let previous = state.undoStack.popLast() else {
            state.message = StatusMessage(L("Niets om ongedaan te maken", "Nothing to undo"))
            return
        }
        let undone = state.session
        state.redoStack.append(undone)
        state.session = previous
        let change = SessionChangeSummary(from: previous, to: undone)
        afterMove(&state, now: now, change, L("Ongedaan gemaakt: ", "Undone: "))
    }

    static func redo(_ state: inout AppState, now: Date) {
        guard let next = state.redoStack.popLast() else {
            state.message = StatusMessage(L("Niets om opnieuw te doen", "Nothing to redo"))
            return
        }
        let change = SessionChangeSummary(from: state.session, to: next)
        state.undoStack.append(state.session)
        state.session = next
        afterMove(&state, now: now, change, L("Opnieuw gedaan: ", "Redone: "))
    }

    private static func afterMove(
        _ state: inout AppState, now: Date, _ change: SessionChangeSummary, _ prefix: Localized
    ) {
        markChanged(&state, now: now)
        state.message = StatusMessage(
            L(prefix.nl + change.text.nl, prefix.en + change.text.en))
        if let id = state.selectedPartner, state.shown.partner(id) == nil {
            state.selectedPartner = state.shown.partners.first?.id
        }
        state.comparison.removeAll { state.shown.partner($0) == nil }
        clampSelections(&state)
        // The first thing that is there now and was changed: select it where it is listed.
        for (kind, id) in change.touched {
            if focus(&state, kind, id) { break }
        }
    }

    /// Selects the entity in its list; false when it is not in the session (any more).
    private static func focus(_ state: inout AppState, _ kind: EntityKind, _ id: String) -> Bool {
        switch kind {
        case .partner, .perspective:
            let partner =
                kind == .partner ? id : state.shown.perspectives.first { $0.id.rawValue == id }?.partner.rawValue
            guard let partner, state.shown.partner(Partner.ID(partner)) != nil else { return false }
            state.partnerFilter = ""
            select(&state, partner: Partner.ID(partner))
        case .relation:
            guard let relation = state.shown.relations.first(where: { $0.id.rawValue == id }) else { return false }
            select(&state, partner: relation.from)
        case .intervention:
            guard let index = state.shown.interventions.firstIndex(where: { $0.id.rawValue == id }) else {
                return false
            }
            state.selectedIntervention = index
            state.interventionsSection = .plan
        case .note:
            guard let index = state.notesNewestFirst.firstIndex(where: { $0.id.rawValue == id }) else { return false }
            state.selectedNote = index
        case .meeting:
            guard let index = state.meetingsNewestFirst.firstIndex(where: { $0.id.rawValue == id }) else {
                return false
            }
            state.selectedMeeting = index
        case .action:
            guard let index = Actions.overview(state).rows.firstIndex(where: { $0.action.id.rawValue == id }) else {
                return false
            }
            state.selectedAction = index
        }
        return true
    }
}
