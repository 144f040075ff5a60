import Canvas
import Foundation
import RegieKit

/// Applies `action` to `state` and returns the I/O the run loop should do. Pure: the time comes
/// in as `now`, ids are derived from the session, and nothing here touches a file or terminal.
public func update(_ state: inout AppState, _ action: Action, now: Date) -> [Effect] {
    let effects = reduce(&state, action, now: now)
    // One place refreshes derived state (the network layout, the sorted notes), whatever the
    // action changed.
    state.refreshDerivedState()
    return effects + NetworkLayouts.request(&state)
}

private func reduce(_ state: inout AppState, _ action: Action, now: Date) -> [Effect] {
    state.now = now
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
    case .resized(let size):
        state.screenSize = size
        return []
    case .ticked(let time):
        return Saving.tick(&state, now: time) + Presentation.tick(&state, now: time) + Insights.tick(&state, now: time)
    case .saveFinished(let path, let at, let revision, let result):
        return Saving.saveFinished(&state, path: path, at: at, revision: revision, result: result)
    case .recoveryWritten(let error):
        return Saving.recoveryWritten(&state, error: error)
    case .exportFinished(let request, let path, let result):
        return Saving.exportFinished(&state, request, path: path, result: result)
    case .terminationRequested:
        return Saving.terminate(&state, now: now)
    case .emergencyCopyWritten(let path):
        state.emergencyCopy = path
        return []
    case .insightsComputed(let insights):
        return Insights.computed(&state, insights)
    case .networkLaidOut(let graph):
        NetworkLayouts.laidOut(&state, graph)
        return []
    }
}

/// Gives a key to whatever has the keyboard: an overlay, the filter line, the second partner of
/// a new relation, or else the keymap.
private func handleKey(_ state: inout AppState, _ key: Key, now: Date) -> [Effect] {
    switch state.modal {
    case .help(let filter):
        Help.key(&state, filter: filter, key)
        return []
    case .confirm(let confirmation):
        return Questions.answer(&state, confirmation, key: key, now: now)
    case .form(var form):
        return FormKeys.handle(&state, &form, key, now: now)
    case .palette(let palette):
        return PaletteOverlay.key(&state, palette, key, now: now)
    case .relations(let partner, let selected):
        Relations.listKey(&state, partner: partner, selected: selected, key)
        return []
    case .capture(let capture):
        return Capture.key(&state, capture, key, now: now)
    case .compare(let view):
        Rounds.key(&state, view, key)
        return []
    case .conflicts(let selected):
        Conflicts.key(&state, selected: selected, key, now: now)
        return []
    case .bespreekpunten(let scroll):
        Bespreekpunten.key(&state, scroll: scroll, key)
        return []
    case nil:
        break
    }
    if state.presenting { return Presentation.key(&state, key, now: now) }
    if state.filterEditor != nil {
        if state.pane == .notes { Actions.filterKey(&state, key) } else { filterKey(&state, key) }
        return []
    }
    if state.picker.editor != nil {
        // A click elsewhere leaves the search line behind; then keys are keys again.
        guard state.pane == .interventions, state.interventionsSection == .suggestions else {
            state.picker.editor = nil
            return handleKey(&state, key, now: now)
        }
        Picker.searchKey(&state, key)
        return []
    }
    if let from = state.relationStart {
        switch key {
        case .escape:
            state.relationStart = nil
            state.message = StatusMessage(L("Relatie niet toegevoegd", "Relation not added"))
            return []
        case .enter:
            Relations.finish(&state, from: from)
            return []
        default: break
        }
    }
    guard let command = Keymap.command(for: key, in: state.pane) else { return [] }
    state.message = nil
    return perform(&state, command, now: now)
}

/// Keys while typing the partner filter (`/`).
private func filterKey(_ state: inout AppState, _ key: Key) {
    switch key {
    case .enter:
        state.filterEditor = nil
    case .escape:
        state.filterEditor = nil
        state.partnerFilter = ""
    case .up, .down:
        state.filterEditor = nil
        return
    default:
        state.filterEditor?.handle(key)
        state.partnerFilter = state.filterEditor?.text ?? ""
    }
    if let first = state.visiblePartners.first,
        !state.visiblePartners.contains(where: { $0.id == state.selectedPartner })
    {
        state.selectedPartner = first.id
    }
}

func fileName(_ path: String) -> String { PathText.lastComponent(path) }
