import Canvas
import Foundation
import RegieKit

/// Asking and answering `Confirmation`s: one at a time, the others waiting their turn.
public enum Questions {
    /// Shows `confirmation` now, or after the question or overlay that is open.
    static func ask(_ state: inout AppState, _ confirmation: Confirmation) {
        if state.modal == nil {
            state.modal = .confirm(confirmation)
        } else {
            state.questions.append(confirmation)
        }
    }

    /// The next waiting question, once nothing else is open.
    static func showNext(_ state: inout AppState) {
        guard state.modal == nil, !state.questions.isEmpty else { return }
        state.modal = .confirm(state.questions.removeFirst())
    }

    static func answer(_ state: inout AppState, _ confirmation: Confirmation, key: Key, now: Date) -> [Effect] {
        guard let answer = confirmation.answer(for: key) else { return [] }
        state.modal = nil
        let effects = carryOut(&state, confirmation.subject, answer, now: now)
        clampSelections(&state)
        showNext(&state)
        return effects
    }

    private static func carryOut(
        _ state: inout AppState, _ subject: Confirmation.Subject, _ answer: Confirmation.Answer, now: Date
    ) -> [Effect] {
        switch (subject, answer) {
        case (.quitUnsaved, .accept):
            // Saved (or, without a file yet, saved as) and then stopped.
            state.quitting = true
            return Saving.save(&state)
        case (.quitUnsaved, .destroy):
            // The user threw the changes away: the recovery copy of them goes too.
            if let path = state.filePath { return [.removeFile(path: RecoveryFile.path(for: path)), .quit] }
            return [.quit]
        case (.discardForm, .destroy):
            return Saving.formClosed(&state)
        case (.discardForm(let form), _):
            state.modal = form.kind.isCapture ? .capture(Capture(form: form)) : .form(form)
            return []
        case (.restoreCopy(let path, let copy), .accept):
            _ = edit(&state, now: now) { $0 = copy }
            // Written into the session at once; the copy goes only once that save has landed.
            state.dirtySince = now.addingTimeInterval(-Saving.delay)
            state.removeAfterSave.append(path)
            state.message = StatusMessage(
                L("Kopie hersteld (u maakt ongedaan)", "Copy restored (u undoes)"))
            return []
        case (.restoreCopy(let path, _), .destroy), (.restoreDraft(let path, _), .destroy):
            return [.removeFile(path: path)]
        case (.restoreDraft(let path, let draft), .accept):
            guard let form = FormKeys.form(for: draft.kind, state, now: now) else {
                state.message = StatusMessage(
                    L(
                        "Het concept hoort bij iets dat er niet meer is; het blijft bewaard in \(fileName(path))",
                        "The draft belongs to something that is gone; it stays in \(fileName(path))"), kind: .warning)
                return []
            }
            openForm(&state, draft.applied(to: form))
            if state.modal?.draftForm != nil {
                // Typing on goes into the same draft file.
                state.draftPath = path
                state.draftOnDisk = true
            }
            return []
        case (.otherInstance, .accept):
            state.readOnly = true
            state.message = StatusMessage(
                L(
                    "Alleen-lezen: een andere Regie heeft dit bestand open",
                    "Read-only: another Regie has this file open"),
                kind: .warning)
            return []
        case (.otherInstance, .back):
            return [.quit]
        case (.otherInstance, .destroy):
            state.readOnly = false
            state.message = StatusMessage(
                L("Bestand overgenomen van de andere Regie", "File taken over from the other Regie"), kind: .warning)
            return [.takeOverLock]
        case (.overwrite(let path, .saveAs), .destroy):
            state.saving = true
            state.announceSave = true
            return [.saveAs(path: path, overwrite: true)]
        case (.overwrite(let path, .export(let request)), .destroy):
            return [.export(request, path: path, overwrite: true)]
        case (.leavePresentation, .accept):
            Presentation.leave(&state)
        case (.discardGroupAnswer(let editing), .back):
            state.presentation.editing = editing
        case (.deletePartner(let id), .destroy):
            if edit(&state, now: now, { $0.removePartner(id) }) {
                state.comparison.removeAll { $0 == id }
                state.selectedPartner = state.visiblePartners.first?.id
                state.message = StatusMessage(L("Partner verwijderd (u maakt ongedaan)", "Partner deleted (u undoes)"))
            }
        case (.deleteRelation(let id), .destroy):
            _ = edit(&state, now: now) { $0.removeRelation(id) }
        case (.deleteIntervention(let id), .destroy):
            _ = edit(&state, now: now) { $0.removeIntervention(id) }
        case (.deleteNote(let id), .destroy):
            _ = edit(&state, now: now) { $0.removeNote(id) }
        case (.deleteMeeting(let id), .destroy):
            _ = edit(&state, now: now) { $0.removeMeeting(id) }
        case (.deleteAction(let id), .destroy):
            _ = edit(&state, now: now) { $0.removeAction(id) }
        default:
            // Back: nothing happens. A copy or draft found on disk stays, to be offered next time.
            break
        }
        return []
    }

    // MARK: - What a start finds on disk

    /// Offers a copy of the session found at start (a recovery copy, or the temporary file of an
    /// interrupted save) that differs from the file: when it was made and what it holds.
    public static func offerCopy(_ state: inout AppState, copy: Session, path: String, made: Date) {
        let summary = SessionChangeSummary(from: state.session, to: copy)
        guard !summary.isEmpty else { return }
        let time = PaneFormat.minute(made, in: state.timeZone)
        ask(
            &state,
            Confirmation(
                subject: .restoreCopy(path: path, copy: copy),
                question: L(
                    "Er is een kopie van \(time) met werk dat niet in het bestand staat: \(summary.text.nl). Herstellen?",
                    "There is a copy from \(time) with work that is not in the file: \(summary.text.en). Restore it?"
                )))
    }

    /// Offers back a form the user was typing in when Regie stopped.
    public static func offerDraft(_ state: inout AppState, _ draft: FormDraft, path: String) {
        let time = PaneFormat.minute(draft.at, in: state.timeZone)
        let name = FormKeys.form(for: draft.kind, state, now: draft.at)?.title ?? L("een formulier", "a form")
        ask(
            &state,
            Confirmation(
                subject: .restoreDraft(path: path, draft),
                question: L(
                    "Toen Regie stopte (\(time)), was u iets aan het typen in “\(name.nl)”. Terughalen?",
                    "When Regie stopped (\(time)), you were typing in “\(name.en)”. Reopen it?")))
    }

    /// Says that another Regie has the file open, and offers to look without editing.
    public static func offerReadOnly(_ state: inout AppState, holder: SessionLock.Holder) {
        state.readOnly = true
        let time = PaneFormat.minute(holder.since, in: state.timeZone)
        let place =
            holder.isOnThisHost
            ? L("proces \(holder.pid)", "process \(holder.pid)")
            : L("proces \(holder.pid) op \(holder.host)", "process \(holder.pid) on \(holder.host)")
        ask(
            &state,
            Confirmation(
                subject: .otherInstance(holder),
                question: L(
                    "Een andere Regie (\(place.nl)) heeft dit bestand open sinds \(time). Twee vensters zouden elkaars werk overschrijven. Alleen lezen?",
                    "Another Regie (\(place.en)) has had this file open since \(time). Two windows would overwrite each other's work. Open it read-only?"
                )))
    }
}
