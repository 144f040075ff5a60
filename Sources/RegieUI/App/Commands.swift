import Foundation
import RegieKit

/// Carries out a command: app-wide ones here, the rest by the feature of the current pane.
func perform(_ state: inout AppState, _ command: Command, now: Date) -> [Effect] {
    switch command {
    case .quit:
        return Saving.quit(&state)
    case .save:
        return Saving.save(&state)
    case .toggleAutosave:
        state.autosave.toggle()
        state.message = StatusMessage(
            state.autosave
                ? L(
                    "Automatisch bewaren aan: elke wijziging staat binnen seconden in het bestand",
                    "Autosave on: every change is in the file within seconds")
                : L(
                    "Automatisch bewaren uit: Ctrl-S bewaart, een herstelkopie vangt een crash op",
                    "Autosave off: Ctrl-S saves, a recovery copy covers a crash"))
    case .saveAs:
        openForm(&state, Files.saveAsForm(state))
    case .export(let request):
        openForm(&state, Files.exportForm(state, request))
    case .exportSelectedMinutes(let isPublic):
        Files.exportSelectedMinutes(&state, isPublic: isPublic)
    case .undo:
        History.undo(&state, now: now)
    case .redo:
        History.redo(&state, now: now)
    case .help:
        state.helpScroll = 0
        state.modal = .help(filter: LineEditor())
    case .palette:
        state.modal = .palette(Palette())
    case .presentation:
        if state.presenting {
            Presentation.askToLeave(&state)
        } else {
            Presentation.enter(&state, now: now)
        }
    case .toggleTensionLines:
        Presentation.toggleTensions(&state)
    case .switchLanguage:
        state.language = state.language == .nl ? .en : .nl
    case .switchSessionLanguage:
        let next: Language = state.session.language == .nl ? .en : .nl
        if edit(&state, now: now, { $0.language = next }) {
            state.message = StatusMessage(
                next == .nl
                    ? L("De sessie-inhoud is nu Nederlands", "The session's content is now Dutch")
                    : L("De sessie-inhoud is nu Engels", "The session's content is now English"))
        }
    case .nextPane:
        show(&state, Pane(rawValue: state.pane.rawValue % Pane.allCases.count + 1)!)
    case .previousPane:
        show(&state, Pane(rawValue: (state.pane.rawValue + Pane.allCases.count - 2) % Pane.allCases.count + 1)!)
    case .showPane(let pane):
        show(&state, pane)
    case .up: move(&state, by: -1)
    case .down: move(&state, by: 1)
    case .pageUp: move(&state, by: -10)
    case .pageDown: move(&state, by: 10)
    case .top: move(&state, by: -100_000)
    case .bottom: move(&state, by: 100_000)
    case .left, .right: break
    case .scrollDetail(let delta):
        // Views clamp the offset to what they have to show.
        state.detailScroll = max(0, state.detailScroll + delta)
    case .open:
        open(&state, now: now)
    case .back:
        // Never leaves presentation mode: Esc is pressed to dismiss things, and on a projector
        // that must not put private assessments on the wall. Only `p` leaves.
        if state.relationStart != nil {
            state.relationStart = nil
        } else if state.pane == .notes, !state.actionOwnerFilter.isEmpty {
            state.actionOwnerFilter = ""
        } else if state.pane == .interventions, Picker.clear(&state) {
        } else if !state.partnerFilter.isEmpty {
            state.partnerFilter = ""
        }
    case .add:
        guard !state.readOnly else {
            readOnly(&state)
            return []
        }
        add(&state, now: now)
    case .edit:
        guard !state.readOnly else {
            readOnly(&state)
            return []
        }
        editSelected(&state, now: now)
    case .delete:
        guard !state.readOnly else {
            readOnly(&state)
            return []
        }
        askDelete(&state)
    case .quickNote:
        Capture.open(&state, .quickNote)
    case .longNote:
        Notes.add(&state)
    case .filter:
        if state.pane == .notes, state.notesSection == .actions {
            Actions.startFilter(&state)
            return []
        }
        state.filterEditor = LineEditor(state.partnerFilter)
        if state.pane != .map && state.pane != .perspectives { state.pane = .map }
    case .cycleMapView:
        state.mapKind = state.mapKind.next
    case .showMap(let kind):
        state.mapKind = kind
        state.pane = .map
    case .addRelation:
        Relations.start(&state)
    case .showRelations:
        Relations.showList(&state)
    case .toggleCompare:
        Perspectives.toggleCompare(&state)
    case .clearCompare:
        state.comparison.removeAll()
    case .cycleStatus:
        Interventions.cycleStatus(&state, now: now)
    case .toggleLetGo:
        Partners.toggleLetGo(&state, now: now)
    case .toggleDone:
        Actions.toggleDone(&state, now: now)
    case .nextSection:
        if state.pane == .interventions {
            Interventions.switchSection(&state)
        } else {
            state.notesSection = NotesSection(
                rawValue: (state.notesSection.rawValue + 1) % NotesSection.allCases.count)!
        }
    case .searchCatalogue:
        Picker.startSearch(&state)
    case .filterTip(let tip):
        Picker.filter(&state, tip: tip)
    case .nextTip:
        Walkthrough.step(&state, by: 1)
    case .previousTip:
        Walkthrough.step(&state, by: -1)
    case .markTipDone:
        Walkthrough.toggleDone(&state, now: now)
    case .editOpgave:
        openForm(&state, OpgaveFeature.form(state))
    case .addMeeting:
        Meetings.add(&state, now: now)
    case .addAction:
        Actions.add(&state, now: now)
    case .startMeeting:
        CurrentMeeting.start(&state, now: now)
    case .endMeeting:
        CurrentMeeting.end(&state, now: now)
    case .addDecision:
        Capture.openDecision(&state)
    case .markMoment(let mode):
        Capture.open(&state, .markMoment(mode))
    case .noteToDecision:
        Notes.toDecision(&state, now: now)
    case .noteToAction:
        Notes.toAction(&state, now: now)
    case .recordRound:
        Rounds.record(&state, now: now)
    case .compareRounds:
        Rounds.openCompare(&state, now: now)
    case .showBespreekpunten:
        Bespreekpunten.open(&state)
    case .resolveConflicts:
        Conflicts.open(&state)
    }
    return []
}

private func show(_ state: inout AppState, _ pane: Pane) {
    state.pane = pane
    state.detailScroll = 0
}

/// `Enter`: the map opens the partner's perspective; elsewhere the selected item's form.
private func open(_ state: inout AppState, now: Date) {
    switch state.pane {
    case .map:
        if state.selectedPartner != nil { state.pane = .perspectives }
    case .interventions:
        Interventions.open(&state, now: now)
    case .walkthrough:
        Walkthrough.open(&state, now: now)
    case .perspectives, .notes:
        guard !state.readOnly else { return readOnly(&state) }
        editSelected(&state, now: now)
    }
}

private func add(_ state: inout AppState, now: Date) {
    switch state.pane {
    case .map: Partners.add(&state)
    case .perspectives: Perspectives.openEdit(&state)
    case .interventions: Interventions.add(&state, now: now)
    case .notes:
        switch state.notesSection {
        case .notes: Notes.add(&state)
        case .meetings: Meetings.add(&state, now: now)
        case .actions: Actions.add(&state, now: now)
        }
    case .walkthrough: Walkthrough.open(&state, now: now)
    }
}

private func editSelected(_ state: inout AppState, now: Date) {
    switch state.pane {
    case .map: Partners.openEdit(&state)
    case .perspectives: Perspectives.openEdit(&state)
    case .interventions: Interventions.openEdit(&state, now: now)
    case .notes:
        switch state.notesSection {
        case .notes: Notes.openEdit(&state)
        case .meetings: Meetings.openEdit(&state, now: now)
        case .actions: Actions.openEdit(&state, now: now)
        }
    case .walkthrough: Walkthrough.open(&state, now: now)
    }
}

private func askDelete(_ state: inout AppState) {
    switch state.pane {
    case .map, .perspectives: Partners.askDelete(&state)
    case .interventions: Interventions.askDelete(&state)
    case .notes:
        switch state.notesSection {
        case .notes: Notes.askDelete(&state)
        case .meetings: Meetings.askDelete(&state)
        case .actions: Actions.askDelete(&state)
        }
    case .walkthrough: break
    }
}
