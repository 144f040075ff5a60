import Foundation
import RegieKit

/// Saving, autosave, drafts and stopping: everything that keeps work on disk.
///
/// With autosave (the default) the session file itself is written a moment after each change,
/// off the key loop; without it (`--no-autosave`) a recovery copy is written beside the file and
/// saving is left to `Ctrl-S`. Either way, what is typed into an open form goes into a draft
/// file beside the session, and stopping on a signal or a closed terminal writes what there is.
enum Saving {
    /// Seconds after the first unsaved change by which autosave writes it.
    static let delay: TimeInterval = 2

    // MARK: - The clock

    /// Autosave and drafts, on every tick.
    static func tick(_ state: inout AppState, now: Date) -> [Effect] {
        var effects: [Effect] = []
        if let path = state.filePath, !state.readOnly, state.dirty, let since = state.dirtySince,
            now.timeIntervalSince(since) >= delay
        {
            if state.autosave {
                if !state.saving {
                    state.saving = true
                    effects.append(.save(path: path))
                }
            } else if !state.recoveryWritten {
                state.recoveryWritten = true
                effects.append(.writeRecovery(path: RecoveryFile.path(for: path)))
            }
        }
        if let since = state.draftDueSince, now.timeIntervalSince(since) >= delay {
            effects += writeDraft(&state, now: now)
        }
        return effects
    }

    /// The draft of the open form, if it has unsaved typing and the session has a file.
    static func writeDraft(_ state: inout AppState, now: Date) -> [Effect] {
        state.draftDueSince = nil
        guard let form = state.modal?.draftForm, form.touched, form.kind.keepsDraft,
            let path = state.draftPath, !state.readOnly
        else { return [] }
        state.draftOnDisk = true
        return [.writeDraft(path: path, FormDraft(form, at: now))]
    }

    /// Typing went into the open form: its draft is due in a moment.
    static func formTyped(_ state: inout AppState, now: Date) {
        if state.draftDueSince == nil { state.draftDueSince = now }
    }

    /// The form closed (submitted or thrown away): its draft has done its work.
    static func formClosed(_ state: inout AppState) -> [Effect] {
        state.draftDueSince = nil
        guard state.draftOnDisk, let path = state.draftPath else { return [] }
        state.draftOnDisk = false
        return [.removeFile(path: path)]
    }

    // MARK: - Commands

    /// `Ctrl-S`: write now.
    static func save(_ state: inout AppState) -> [Effect] {
        guard !state.readOnly else {
            readOnly(&state)
            return []
        }
        guard let path = state.filePath else {
            openForm(&state, Files.saveAsForm(state))
            return []
        }
        state.saving = true
        state.announceSave = true
        return [.save(path: path)]
    }

    /// `q`: with autosave, write what is unsaved and stop once it is on disk; without, ask.
    static func quit(_ state: inout AppState) -> [Effect] {
        guard state.dirty, !state.readOnly, let path = state.filePath else {
            if state.dirty, !state.readOnly, state.filePath == nil { return askQuitUnsaved(&state) }
            return [.quit]
        }
        guard state.autosave else { return askQuitUnsaved(&state) }
        state.quitting = true
        state.saving = true
        return [.save(path: path)]
    }

    private static func askQuitUnsaved(_ state: inout AppState) -> [Effect] {
        state.modal = .confirm(
            Confirmation(
                subject: .quitUnsaved, question: L("Er zijn onbewaarde wijzigingen.", "There are unsaved changes.")))
        return []
    }

    /// SIGTERM, SIGHUP or a closed terminal: write the session and the open form's draft, then
    /// stop. The run loop waits for those writes before it exits.
    static func terminate(_ state: inout AppState, now: Date) -> [Effect] {
        state.terminating = true
        var effects = writeDraft(&state, now: now)
        if state.dirty, !state.readOnly {
            if let path = state.filePath {
                effects.append(
                    state.autosave ? .save(path: path) : .writeRecovery(path: RecoveryFile.path(for: path)))
            } else {
                effects.append(.writeEmergencyCopy)
            }
        }
        return effects + [.quit]
    }

    // MARK: - Results

    static func saveFinished(
        _ state: inout AppState, path: String, at: Date, revision: Int, result: SaveResult
    ) -> [Effect] {
        state.saving = false
        switch result {
        case .failed(let reason):
            state.quitting = false
            state.message = StatusMessage(
                L(
                    "Bewaren mislukt: \(reason). Niets overschreven.",
                    "Saving failed: \(reason). Nothing was overwritten."),
                kind: .error)
            // Stopping: the work must still go somewhere.
            return state.terminating ? [.writeEmergencyCopy] : []
        case .targetExists:
            state.quitting = false
            state.modal = .confirm(
                Confirmation(
                    subject: .overwrite(path: path, then: .saveAs),
                    question: L(
                        "\(fileName(path)) bestaat al. Overschrijven met deze sessie?",
                        "\(fileName(path)) exists already. Replace it with this session?")))
            return []
        case .conflict(let copy):
            // Someone else's changes stay in the file; from now on this session lives in the copy.
            state.filePath = copy
            state.message = StatusMessage(
                L(
                    "\(fileName(path)) is intussen door iemand anders gewijzigd; niets overschreven. Uw werk staat in \(fileName(copy)).",
                    "\(fileName(path)) was changed by someone else meanwhile; nothing was overwritten. Your work is in \(fileName(copy))."
                ), kind: .warning)
        case .saved:
            if state.filePath != path {
                // Save-as landed: from now on this is the session's file.
                state.filePath = path
                state.readOnly = false
            }
            if state.announceSave {
                state.message = StatusMessage(L("Bewaard in \(fileName(path))", "Saved to \(fileName(path))"))
            }
        }
        state.lastSaved = at
        if revision == state.revision {
            state.dirty = false
            state.dirtySince = nil
        } else {
            // Edits arrived while this save was on its way; autosave writes them next.
            state.dirtySince = at
        }
        state.recoveryWritten = false
        state.announceSave = false
        var effects: [Effect] = []
        // Without autosave the recovery copy was ours, and the file now holds what it held.
        if let current = state.filePath, !state.autosave, !state.dirty {
            effects.append(.removeFile(path: RecoveryFile.path(for: current)))
        }
        if case .saved = result, !state.dirty {
            effects += state.removeAfterSave.map { .removeFile(path: $0) }
            state.removeAfterSave = []
        }
        if state.quitting, !state.dirty { effects.append(.quit) }
        return effects
    }

    static func recoveryWritten(_ state: inout AppState, error: String?) -> [Effect] {
        if let error {
            state.message = StatusMessage(
                L("Herstelkopie bewaren mislukt: \(error)", "Writing the recovery copy failed: \(error)"),
                kind: .warning)
            return state.terminating ? [.writeEmergencyCopy] : []
        }
        state.recoveryWritten = true
        return []
    }

    static func exportFinished(
        _ state: inout AppState, _ request: ExportRequest, path: String, result: ExportResult
    ) -> [Effect] {
        switch result {
        case .written:
            state.message = StatusMessage(L("Geëxporteerd naar \(fileName(path))", "Exported to \(fileName(path))"))
        case .failed(let reason):
            state.message = StatusMessage(L("Exporteren mislukt: \(reason)", "Export failed: \(reason)"), kind: .error)
        case .targetExists:
            state.modal = .confirm(
                Confirmation(
                    subject: .overwrite(path: path, then: .export(request)),
                    question: L(
                        "\(fileName(path)) bestaat al. Overschrijven met de export?",
                        "\(fileName(path)) exists already. Replace it with the export?")))
        }
        return []
    }

}
