import Canvas
import Foundation
import Testing
@testable import RegieKit
@testable import RegieUI
import RegieTestSupport

private let path = "/tmp/regie-test.json"
private func at(_ seconds: TimeInterval) -> Date { fixedNow.addingTimeInterval(seconds) }

/// A `saveFinished` for the state's current revision.
private func saved(
    _ state: inout AppState, _ result: SaveResult = .saved, path file: String = path, at time: Date = fixedNow
)
    -> [Effect]
{
    update(&state, .saveFinished(path: file, at: time, revision: state.revision, result: result), now: time)
}

@Suite("Autosave writes the session file itself")
struct AutosaveTests {
    @Test func theFileIsWrittenWithinTwoSecondsOfTheFirstChange() {
        var state = uiState()
        press(&state, letGo())
        #expect(savingTick(&state, at(1), now: at(1)).isEmpty)
        #expect(savingTick(&state, at(2), now: at(2)) == [.save(path: path)])
        // One save at a time: the next tick waits for this one.
        #expect(savingTick(&state, at(3), now: at(3)).isEmpty)
        #expect(saved(&state, at: at(3)).isEmpty)
        #expect(!state.dirty)
        #expect(state.lastSaved == at(3))
    }

    @Test func continuousTypingIsStillSavedEveryFewSeconds() {
        var state = uiState()
        var saves = 0
        var unsavedSince: Date?
        for second in 0..<10 {
            let now = at(TimeInterval(second))
            press(&state, [.character("n")] + typing("notitie \(second)") + [.enter], now: now)
            if unsavedSince == nil { unsavedSince = now }
            let effects = savingTick(&state, now, now: now)
            if effects.contains(.save(path: path)) {
                saves += 1
                _ = saved(&state, at: now)
                // No typed note waited more than the autosave delay to be written.
                #expect(now.timeIntervalSince(unsavedSince!) <= 2)
                unsavedSince = nil
            }
        }
        #expect(saves == 3)
    }

    @Test func editsMadeWhileASaveIsOnItsWayStayUnsaved() {
        var state = uiState()
        press(&state, letGo())
        #expect(savingTick(&state, at(2), now: at(2)) == [.save(path: path)])
        let written = state.revision
        press(&state, letGo(), now: at(2.5))
        _ = update(&state, .saveFinished(path: path, at: at(3), revision: written, result: .saved), now: at(3))
        #expect(state.dirty)
        #expect(savingTick(&state, at(5), now: at(5)) == [.save(path: path)])
    }

    @Test func quitSavesFirstAndStopsOnceItIsOnDisk() {
        var state = uiState()
        #expect(press(&state, [.character("q")]) == [.quit])
        press(&state, letGo())
        #expect(press(&state, [.character("q")]) == [.save(path: path)])
        #expect(state.modal == nil)
        #expect(saved(&state) == [.quit])
    }

    @Test func aFailedSaveKeepsTheChangesSaysWhyAndDoesNotQuit() {
        var state = uiState()
        press(&state, letGo() + [.character("q")])
        let after = saved(&state, .failed("No space left on device"))
        #expect(after.isEmpty)
        #expect(state.dirty)
        #expect(state.message?.kind == .error)
        #expect(state.message?.text.en.contains("No space left on device") == true)
    }

    @Test func aFileChangedOnDiskIsNeverOverwrittenAndTheUserIsTold() {
        var state = uiState()
        press(&state, letGo())
        _ = savingTick(&state, at(2), now: at(2))
        _ = saved(&state, .conflict(copy: "/tmp/regie-test.conflict-20261201-140502.json"))
        #expect(state.filePath == "/tmp/regie-test.conflict-20261201-140502.json")
        #expect(!state.dirty)
        #expect(state.message?.kind == .warning)
        #expect(
            state.message?.text.nl
                == "regie-test.json is intussen door iemand anders gewijzigd; niets overschreven. Uw werk staat in regie-test.conflict-20261201-140502.json."
        )
    }

    @Test func theStatusBarSaysWhenItWasLastSaved() {
        var state = uiState()
        state.lastSaved = Date(timeIntervalSince1970: 1_795_010_700)  // 2026-11-18 14:05 UTC
        let bar = AppView.render(state, size: Size(width: 80, height: 24)).grid.lines().last ?? ""
        #expect(bar.contains("✓ bewaard 14:05"))
    }
}

@Suite("Without autosave: a recovery copy, and a question when quitting")
struct ExplicitSavingTests {
    private func manual() -> AppState {
        var state = uiState()
        state.autosave = false
        return state
    }

    @Test func aRecoveryCopyIsWrittenBesideTheFile() {
        var state = manual()
        press(&state, letGo())
        #expect(savingTick(&state, at(1), now: at(1)).isEmpty)
        #expect(savingTick(&state, at(2), now: at(2)) == [.writeRecovery(path: "/tmp/.regie-test.json.autosave")])
        #expect(savingTick(&state, at(5), now: at(5)).isEmpty)
    }

    @Test func anNAtTheQuitQuestionGoesBackAndDiscardsNothing() {
        var state = manual()
        press(&state, letGo())
        #expect(press(&state, [.character("q")]).isEmpty)
        #expect(press(&state, [.character("n")]).isEmpty)
        #expect(state.modal == nil)
        #expect(state.dirty)
        press(&state, [.character("q")])
        #expect(press(&state, [.character("d")]).isEmpty)  // a plain d is no answer either
        #expect(
            press(&state, [.character("D")]) == [.removeFile(path: "/tmp/.regie-test.json.autosave"), .quit])
    }

    @Test func enterAtTheQuitQuestionSavesThenQuits() {
        var state = manual()
        press(&state, letGo() + [.character("q")])
        #expect(press(&state, [.enter]) == [.save(path: path)])
        #expect(saved(&state) == [.removeFile(path: "/tmp/.regie-test.json.autosave"), .quit])
    }
}

@Suite("Stopping on a signal or a closed terminal")
struct TerminationTests {
    @Test func withAutosaveTheFileIsWrittenBeforeStopping() {
        var state = uiState()
        press(&state, letGo())
        #expect(update(&state, .terminationRequested, now: fixedNow) == [.save(path: path), .quit])
    }

    @Test func withoutAutosaveTheRecoveryCopyIsWritten() {
        var state = uiState()
        state.autosave = false
        press(&state, letGo())
        #expect(
            update(&state, .terminationRequested, now: fixedNow)
                == [.writeRecovery(path: "/tmp/.regie-test.json.autosave"), .quit])
    }

    @Test func theTextOfAnOpenFormIsKept() throws {
        var state = uiState()
        press(&state, [.character("n")] + typing("Halverwege een zin over Ëlst"))
        let effects = update(&state, .terminationRequested, now: at(1))
        guard case .writeDraft(let draftPath, let draft)? = effects.first else {
            Issue.record("no draft written: \(effects)")
            return
        }
        #expect(draftPath == "/tmp/.regie-test.json.draft")
        #expect(draft.kind == .quickNote)
        #expect(draft.values["text"] == .string("Halverwege een zin over Ëlst"))
        #expect(effects.last == .quit)
    }

    @Test func whenTheFileCannotBeWrittenTheWorkGoesElsewhere() {
        var state = uiState()
        press(&state, letGo())
        _ = update(&state, .terminationRequested, now: fixedNow)
        #expect(saved(&state, .failed("No space left on device")) == [.writeEmergencyCopy])
        _ = update(&state, .emergencyCopyWritten(path: "/home/u/regie-test.recovered.json"), now: fixedNow)
        #expect(state.emergencyCopy == "/home/u/regie-test.recovered.json")
    }
}

@Suite("Drafts of open forms")
struct DraftTests {
    @Test func typingInAFormWritesItsDraftAndSubmittingRemovesIt() {
        var state = uiState()
        press(&state, [.character("n")] + typing("Eerste woorden"), now: at(0))
        #expect(savingTick(&state, at(1), now: at(1)).isEmpty)
        let effects = savingTick(&state, at(2), now: at(2))
        guard case .writeDraft(_, let draft)? = effects.first else {
            Issue.record("no draft after two seconds: \(effects)")
            return
        }
        #expect(draft.values["text"] == .string("Eerste woorden"))
        #expect(press(&state, [.enter], now: at(3)) == [.removeFile(path: "/tmp/.regie-test.json.draft")])
        #expect(state.session.notes.last?.text == "Eerste woorden")
    }

    @Test func aDraftSurvivesItsFileAndComesBackIntoTheSameForm() throws {
        var state = uiState()
        state.selectedPartner = "politie"
        press(&state, [.character("2"), .character("e")] + typing("Ze zien vooral capaciteitsproblemen."))
        guard case .form(let form) = state.modal else {
            Issue.record("no perspective form")
            return
        }
        let draft = try #require(FormDraft(data: FormDraft(form, at: at(4)).data))
        var later = uiState()
        Questions.offerDraft(&later, draft, path: "/tmp/.regie-test.json.draft")
        guard case .confirm(let question) = later.modal else {
            Issue.record("draft not offered")
            return
        }
        #expect(question.question.nl.contains("Perspectief van Politie"))
        // Esc keeps it for later; nothing is removed.
        #expect(press(&later, [.escape]).isEmpty)
        Questions.offerDraft(&later, draft, path: "/tmp/.regie-test.json.draft")
        press(&later, [.enter])
        guard case .form(let restored) = later.modal else {
            Issue.record("form not reopened")
            return
        }
        #expect(restored.kind == .editPerspective("politie"))
        #expect(restored.text(Perspectives.Field.view) == "Ze zien vooral capaciteitsproblemen.")
        press(&later, [.enter])
        #expect(later.session.perspective(of: "politie")?.view == "Ze zien vooral capaciteitsproblemen.")
    }

    @Test func aBrokenDraftFileIsNotADraft() {
        #expect(FormDraft(data: Data("{\"form\": \"editPartner\"}".utf8)) == nil)
        #expect(FormDraft(data: Data([0xff, 0xfe])) == nil)
    }
}

@Suite("Work found at start is never thrown away without asking")
struct RecoveryQuestionTests {
    private func offered() -> (AppState, Session) {
        var state = uiState()
        var copy = state.session
        copy.notes = (1...3).map { Note(id: Note.ID("n\($0)"), at: fixedNow, text: "Notitie \($0)") }
        copy.actions = [ActionItem(id: "a1", text: "Bellen")]
        Questions.offerCopy(&state, copy: copy, path: "/tmp/.regie-test.json.autosave", made: at(-600))
        return (state, copy)
    }

    @Test func theQuestionSaysWhenTheCopyWasMadeAndWhatItHolds() throws {
        let (state, _) = offered()
        guard case .confirm(let question) = state.modal else {
            Issue.record("not asked")
            return
        }
        #expect(
            question.question.en
                == "There is a copy from 2026-11-18 10:56 with work that is not in the file: 3 new notes, 1 new action. Restore it?"
        )
    }

    @Test func escapeKeepsTheCopyForNextTime() {
        var (state, _) = offered()
        #expect(press(&state, [.escape]).isEmpty)
        #expect(state.modal == nil)
        #expect(state.session.notes.isEmpty)
        var (again, _) = offered()
        #expect(press(&again, [.ctrl("c")]).isEmpty)
        var (third, _) = offered()
        #expect(press(&third, [.character("n")]).isEmpty)
    }

    @Test func restoringIsAnUndoableEditAndTheCopyGoesOnceSaved() {
        var (state, _) = offered()
        #expect(press(&state, [.enter]).isEmpty)
        #expect(state.session.notes.count == 3)
        #expect(state.dirty)
        #expect(savingTick(&state, fixedNow, now: fixedNow) == [.save(path: path)])
        #expect(saved(&state) == [.removeFile(path: "/tmp/.regie-test.json.autosave")])
        press(&state, [.character("u")])
        #expect(state.session.notes.isEmpty)
    }

    @Test func onlyTheDeliberateKeyThrowsTheCopyAway() {
        var (state, _) = offered()
        #expect(press(&state, typing("dxq")).isEmpty)
        guard case .confirm = state.modal else {
            Issue.record("a plain letter answered")
            return
        }
        #expect(press(&state, [.character("D")]) == [.removeFile(path: "/tmp/.regie-test.json.autosave")])
    }

    @Test func questionsFoundAtStartComeOneAfterAnother() {
        var (state, copy) = offered()
        Questions.offerCopy(&state, copy: copy, path: "/tmp/.regie-test.json.tmp-4242-1", made: fixedNow)
        press(&state, [.escape])
        guard case .confirm(let second) = state.modal, case .restoreCopy(let secondPath, _) = second.subject else {
            Issue.record("the second question did not follow")
            return
        }
        #expect(secondPath == "/tmp/.regie-test.json.tmp-4242-1")
    }

    @Test func aCopyThatHoldsNothingNewIsNotOffered() {
        var state = uiState()
        Questions.offerCopy(&state, copy: state.session, path: "/tmp/.x.autosave", made: fixedNow)
        #expect(state.modal == nil)
    }
}

@Suite("A second Regie on the same file")
struct OtherInstanceTests {
    private let holder = SessionLock.Holder(pid: 4242, host: SessionLock.hostName, since: fixedNow)

    @Test func itIsReadOnlyUntilTheUserAnswersAndNothingIsWritten() {
        var state = uiState()
        Questions.offerReadOnly(&state, holder: holder)
        #expect(state.readOnly)
        guard case .confirm(let question) = state.modal else {
            Issue.record("not told")
            return
        }
        #expect(question.question.en.contains("process 4242"))
        #expect(question.options.map(\.answer) == [.accept, .back])  // no take-over on this machine
        press(&state, [.enter])
        #expect(state.readOnly)
        press(&state, letGo())
        #expect(!state.dirty)
    }

    @Test func escapeQuits() {
        var state = uiState()
        Questions.offerReadOnly(&state, holder: holder)
        #expect(press(&state, [.escape]) == [.quit])
    }

    @Test func aLockFromAnotherMachineCanBeTakenOverDeliberately() {
        var state = uiState()
        Questions.offerReadOnly(&state, holder: .init(pid: 7, host: "laptop-anouk", since: fixedNow))
        #expect(press(&state, [.character("D")]) == [.takeOverLock])
        #expect(!state.readOnly)
    }
}

@Suite("Save as and exports never destroy a file")
struct SaveAsAndExportTests {
    @Test func saveAsKeepsTheOldPathUntilTheNewFileIsWritten() {
        var state = uiState()
        press(&state, letGo() + [.character(":")] + typing("bewaren als") + [.enter])
        guard case .form(var form) = state.modal, form.kind == .saveAs else {
            Issue.record("no save-as form")
            return
        }
        form.fields[0].value = .text(LineEditor("/nergens/sessie.json"))
        state.modal = .form(form)
        #expect(press(&state, [.enter]) == [.saveAs(path: "/nergens/sessie.json", overwrite: false)])
        #expect(state.filePath == path)
        _ = saved(&state, .failed("No such file or directory"), path: "/nergens/sessie.json")
        #expect(state.filePath == path)
        #expect(state.dirty)
    }

    @Test func saveAsOverAnExistingFileAsksFirst() {
        var state = uiState()
        _ = saved(&state, .targetExists, path: "/tmp/ander.json")
        guard case .confirm(let question) = state.modal else {
            Issue.record("did not ask")
            return
        }
        #expect(question.question.nl == "ander.json bestaat al. Overschrijven met deze sessie?")
        #expect(press(&state, [.enter]).isEmpty)
        _ = saved(&state, .targetExists, path: "/tmp/ander.json")
        #expect(press(&state, [.character("D")]) == [.saveAs(path: "/tmp/ander.json", overwrite: true)])
        _ = saved(&state, path: "/tmp/ander.json")
        #expect(state.filePath == "/tmp/ander.json")
    }

    @Test func anExportAsksForItsNameAndNeverReplacesAFileUnasked() {
        var state = uiState()
        press(&state, [.character(":")] + typing("export json") + [.enter])
        guard case .form(let form) = state.modal, case .export(ExportRequest(.json, isPublic: false)) = form.kind else {
            Issue.record("no export form")
            return
        }
        // The suggested name of a json export is not the session file itself.
        #expect(form.text(Files.Field.path) == "/tmp/regie-test.export.json")
        let effects = press(&state, [.enter])
        #expect(
            effects == [
                .export(ExportRequest(.json, isPublic: false), path: "/tmp/regie-test.export.json", overwrite: false)
            ])
        _ = update(
            &state, .exportFinished(ExportRequest(.json, isPublic: false), path: "/tmp/x.md", result: .targetExists),
            now: fixedNow)
        #expect(
            press(&state, [.character("D")]) == [
                .export(ExportRequest(.json, isPublic: false), path: "/tmp/x.md", overwrite: true)
            ])
    }
}

@Suite struct AutosaveToggleTests {
    @Test func thePaletteTurnsAutosaveOffAndOnAgain() {
        var state = uiState()
        press(&state, [.character(":")] + typing("automatisch") + [.enter])
        #expect(!state.autosave)
        press(&state, letGo())
        #expect(savingTick(&state, at(2), now: at(2)) == [.writeRecovery(path: "/tmp/.regie-test.json.autosave")])
        press(&state, [.character(":")] + typing("automatisch") + [.enter])
        #expect(state.autosave)
        #expect(savingTick(&state, at(3), now: at(3)) == [.save(path: path)])
    }
}
