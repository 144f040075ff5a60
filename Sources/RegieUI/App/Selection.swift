import Foundation
import RegieKit

/// Selects a partner everywhere; every pane follows it.
func select(_ state: inout AppState, partner id: Partner.ID) {
    state.selectedPartner = id
    state.detailScroll = 0
}

/// Keeps every list's selection inside the list that is shown.
func clampSelections(_ state: inout AppState) {
    func clamp(_ value: Int, _ count: Int) -> Int { max(0, min(value, count - 1)) }
    state.selectedIntervention = clamp(state.selectedIntervention, state.shown.interventions.count)
    state.selectedNote = clamp(state.selectedNote, state.shown.notes.count)
    state.selectedMeeting = clamp(state.selectedMeeting, state.shown.meetings.count)
    state.selectedAction = clamp(state.selectedAction, Actions.rowCount(state))
}

/// Moves the selection of the current pane's list.
func move(_ state: inout AppState, by delta: Int) {
    func step(_ value: Int, _ count: Int) -> Int { count == 0 ? 0 : max(0, min(count - 1, value + delta)) }
    state.detailScroll = 0
    switch state.pane {
    case .map, .perspectives:
        let partners = state.visiblePartners
        guard !partners.isEmpty else { return }
        let current = partners.firstIndex { $0.id == state.selectedPartner } ?? (delta > 0 ? -1 : partners.count)
        let target = max(0, min(partners.count - 1, current + delta))
        select(&state, partner: partners[target].id)
    case .interventions:
        Interventions.move(&state, by: delta)
    case .notes:
        switch state.notesSection {
        case .notes: state.selectedNote = step(state.selectedNote, state.shown.notes.count)
        case .meetings: state.selectedMeeting = step(state.selectedMeeting, state.shown.meetings.count)
        case .actions: state.selectedAction = step(state.selectedAction, Actions.overview(state).rows.count)
        }
    case .walkthrough:
        Walkthrough.move(&state, by: delta)
    }
}

/// Says that the command needs a selected partner.
func noPartner(_ state: inout AppState) {
    state.message = StatusMessage(
        L("Kies eerst een partner (a voegt er een toe)", "Select a partner first (a adds one)"), kind: .warning)
}

/// Says that nothing can be changed.
func readOnly(_ state: inout AppState) {
    state.message = StatusMessage(
        L("Alleen-lezen: wijzigen kan niet", "Read-only: changes are not allowed"), kind: .warning)
}
