import Canvas
import Foundation
import RegieKit

/// Applies `action` to `state` and returns the I/O the run loop should do. Pure: the time comes
/// in as `now`, ids are derived from the session, and nothing here touches a file or terminal.
public func update(_ state: inout AppState, _ action: Action, now: Date) -> [Effect] {
    let effects = reduce(&state, action, now: now)
    // One place refreshes derived state, whatever the action changed.
    state.refreshDerivedState()
    return effects
}

private func reduce(_ state: inout AppState, _ action: Action, now: Date) -> [Effect] {
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
        return autosave(&state, now: time)
    case .saveFinished(let path, let at, let error):
        if let error {
            state.quitting = false
            state.message = StatusMessage(
                L(
                    "Bewaren mislukt: \(error). Niets overschreven.",
                    "Saving failed: \(error). Nothing was overwritten."),
                kind: .error)
            return []
        }
        state.filePath = path
        state.dirty = false
        state.lastSaved = at
        state.recoveryWritten = false
        state.message = StatusMessage(L("Bewaard in \(fileName(path))", "Saved to \(fileName(path))"))
        return state.quitting
            ? [.deleteRecovery(path: RecoveryFile.path(for: path)), .quit]
            : [.deleteRecovery(path: RecoveryFile.path(for: path))]
    case .recoveryWritten(let error):
        if let error {
            state.message = StatusMessage(
                L("Automatisch bewaren mislukt: \(error)", "Autosave failed: \(error)"), kind: .warning)
        } else {
            state.recoveryWritten = true
        }
        return []
    case .exportFinished(let path, let error):
        state.message =
            error.map {
                StatusMessage(L("Exporteren mislukt: \($0)", "Export failed: \($0)"), kind: .error)
            } ?? StatusMessage(L("Geëxporteerd naar \(fileName(path))", "Exported to \(fileName(path))"))
        return []
    case .terminationRequested:
        if state.dirty, let path = state.filePath, !state.readOnly {
            return [.writeRecovery(path: RecoveryFile.path(for: path)), .quit]
        }
        return [.quit]
    }
}

/// Seconds of quiet after an edit before autosave writes the recovery file.
let autosaveDelay: TimeInterval = 2

private func autosave(_ state: inout AppState, now: Date) -> [Effect] {
    guard state.dirty, !state.recoveryWritten, !state.readOnly, let path = state.filePath,
        let lastEdit = state.lastEdit, now.timeIntervalSince(lastEdit) >= autosaveDelay
    else { return [] }
    state.recoveryWritten = true
    return [.writeRecovery(path: RecoveryFile.path(for: path))]
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
    state.dirty = true
    state.recoveryWritten = false
    state.lastEdit = now
    return true
}
