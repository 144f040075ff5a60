import Foundation
import RegieKit

/// Carries out a command in the context of the current pane.
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
        openForm(&state, FormFactory.saveAs(state))
    case .undo:
        guard let previous = state.undoStack.popLast() else {
            state.message = StatusMessage(L("Niets om ongedaan te maken", "Nothing to undo"))
            return []
        }
        state.redoStack.append(state.session)
        state.session = previous
        afterHistoryMove(&state, now: now, L("Ongedaan gemaakt", "Undone"))
    case .redo:
        guard let next = state.redoStack.popLast() else {
            state.message = StatusMessage(L("Niets om opnieuw te doen", "Nothing to redo"))
            return []
        }
        state.undoStack.append(state.session)
        state.session = next
        afterHistoryMove(&state, now: now, L("Opnieuw gedaan", "Redone"))
    case .help:
        state.helpScroll = 0
        state.modal = .help(filter: LineEditor())
    case .palette:
        state.modal = .palette(Palette())
    case .presentation:
        state.presenting.toggle()
        state.message = StatusMessage(
            state.presenting
                ? L("Presentatiemodus: privé-inschattingen verborgen", "Presentation mode: private assessments hidden")
                : L("Presentatiemodus uit", "Presentation mode off"))
    case .switchLanguage:
        state.language = state.language == .nl ? .en : .nl
    case .nextPane:
        state.pane = Pane(rawValue: state.pane.rawValue % Pane.allCases.count + 1)!
        state.detailScroll = 0
    case .previousPane:
        state.pane = Pane(rawValue: (state.pane.rawValue + Pane.allCases.count - 2) % Pane.allCases.count + 1)!
        state.detailScroll = 0
    case .showPane(let pane):
        state.pane = pane
        state.detailScroll = 0
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
        return open(&state, now: now)
    case .back:
        if state.relationStart != nil {
            state.relationStart = nil
        } else if !state.partnerFilter.isEmpty {
            state.partnerFilter = ""
        }
    // Never leaves presentation mode: Esc is pressed to dismiss things, and on a projector
    // that must not put private assessments on the wall. Only `p` leaves.
    case .add:
        add(&state)
    case .edit:
        editSelected(&state)
    case .delete:
        askDelete(&state)
    case .quickNote:
        openForm(&state, FormFactory.note(state, editing: nil))
    case .filter:
        state.filterEditor = LineEditor(state.partnerFilter)
        if state.pane != .map && state.pane != .perspectives { state.pane = .map }
    case .cycleMapView:
        state.mapKind = state.mapKind.next
    case .showMap(let kind):
        state.mapKind = kind
        state.pane = .map
    case .addRelation:
        guard let from = state.selectedPartner else { return noPartner(&state) }
        guard !state.readOnly else { return readOnly(&state) }
        state.relationStart = from
        state.message = StatusMessage(
            L(
                "Kies de andere partner (↑/↓, Enter); Esc breekt af",
                "Choose the other partner (↑/↓, Enter); Esc cancels"))
    case .showRelations:
        guard let id = state.selectedPartner else { return noPartner(&state) }
        guard state.shown.relations.contains(where: { $0.involves(id) }) else {
            state.message = StatusMessage(
                L(
                    "Deze partner heeft nog geen relaties; r voegt er een toe",
                    "This partner has no relations yet; r adds one"))
            return []
        }
        state.modal = .relations(partner: id, selected: 0)
    case .toggleCompare:
        guard let id = state.selectedPartner else { return noPartner(&state) }
        if let index = state.comparison.firstIndex(of: id) {
            state.comparison.remove(at: index)
        } else {
            state.comparison.append(id)
        }
    case .clearCompare:
        state.comparison.removeAll()
    case .cycleStatus:
        guard let index = interventionIndex(state) else { return [] }
        let all = InterventionStatus.allCases
        _ = edit(&state, now: now) { session in
            let current = session.interventions[index].status
            let next = all[(all.firstIndex(of: current)! + 1) % all.count]
            session.interventions[index].status = next
            if next == .done, session.interventions[index].completed == nil {
                session.interventions[index].completed = Day(now)
            }
        }
    case .toggleLetGo:
        guard let id = state.selectedPartner else { return noPartner(&state) }
        _ = edit(&state, now: now) { session in
            guard let i = session.partners.firstIndex(where: { $0.id == id }) else { return }
            session.partners[i].status = session.partners[i].status == .letGo ? .active : .letGo
        }
    case .toggleDone:
        guard state.notesSection == .actions, state.shown.actions.indices.contains(state.selectedAction) else {
            return []
        }
        let index = state.selectedAction
        _ = edit(&state, now: now) { $0.actions[index].done.toggle() }
    case .nextSection:
        state.notesSection = NotesSection(rawValue: (state.notesSection.rawValue + 1) % NotesSection.allCases.count)!
    case .nextTip:
        state.selectedTip = min(7, state.selectedTip + 1)
        state.selectedQuestion = 0
    case .previousTip:
        state.selectedTip = max(1, state.selectedTip - 1)
        state.selectedQuestion = 0
    case .markTipDone:
        let tip = state.selectedTip
        _ = edit(&state, now: now) { session in
            var reflection = session.reflections[tip] ?? Reflection()
            reflection.done.toggle()
            session.reflections[tip] = reflection
        }
    case .editOpgave:
        openForm(&state, FormFactory.opgave(state))
    case .addMeeting:
        openForm(&state, FormFactory.meeting(state, editing: nil, now: now))
    case .addAction:
        openForm(&state, FormFactory.action(state, editing: nil))
    case .export(let format, let isPublic):
        openForm(&state, FormFactory.export(state, format, isPublic: isPublic))
    }
    return []
}

private func afterHistoryMove(_ state: inout AppState, now: Date, _ message: Localized) {
    markChanged(&state, now: now)
    state.message = StatusMessage(message)
    if let id = state.selectedPartner, state.shown.partner(id) == nil {
        state.selectedPartner = state.shown.partners.first?.id
    }
    state.comparison.removeAll { state.shown.partner($0) == nil }
    clampSelections(&state)
}

func clampSelections(_ state: inout AppState) {
    func clamp(_ value: Int, _ count: Int) -> Int { max(0, min(value, count - 1)) }
    state.selectedIntervention = clamp(state.selectedIntervention, state.shown.interventions.count)
    state.selectedNote = clamp(state.selectedNote, state.shown.notes.count)
    state.selectedMeeting = clamp(state.selectedMeeting, state.shown.meetings.count)
    state.selectedAction = clamp(state.selectedAction, state.shown.actions.count)
}

@discardableResult
func noPartner(_ state: inout AppState) -> [Effect] {
    state.message = StatusMessage(
        L("Kies eerst een partner (a voegt er een toe)", "Select a partner first (a adds one)"), kind: .warning)
    return []
}

@discardableResult
func readOnly(_ state: inout AppState) -> [Effect] {
    state.message = StatusMessage(
        L("Alleen-lezen: wijzigen kan niet", "Read-only: changes are not allowed"), kind: .warning)
    return []
}

func interventionIndex(_ state: AppState) -> Int? {
    state.shown.interventions.indices.contains(state.selectedIntervention) ? state.selectedIntervention : nil
}

private func move(_ state: inout AppState, by delta: Int) {
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
        state.selectedIntervention = step(state.selectedIntervention, state.shown.interventions.count)
    case .notes:
        switch state.notesSection {
        case .notes: state.selectedNote = step(state.selectedNote, state.shown.notes.count)
        case .meetings: state.selectedMeeting = step(state.selectedMeeting, state.shown.meetings.count)
        case .actions: state.selectedAction = step(state.selectedAction, state.shown.actions.count)
        }
    case .walkthrough:
        let count = Catalog.tip(state.selectedTip)?.questions.count ?? 0
        state.selectedQuestion = step(state.selectedQuestion, count)
    }
}

private func open(_ state: inout AppState, now: Date) -> [Effect] {
    if let from = state.relationStart {
        guard let to = state.selectedPartner else { return noPartner(&state) }
        guard to != from else {
            state.message = StatusMessage(
                L("Kies een andere partner dan de eerste", "Choose a different partner than the first"), kind: .warning)
            return []
        }
        state.relationStart = nil
        openForm(&state, FormFactory.relation(state, from: from, to: to, editing: nil))
        return []
    }
    switch state.pane {
    case .map:
        if state.selectedPartner != nil { state.pane = .perspectives }
    case .perspectives, .interventions, .notes, .walkthrough:
        editSelected(&state)
    }
    return []
}

private func add(_ state: inout AppState) {
    guard !state.readOnly else { readOnly(&state); return }
    switch state.pane {
    case .map:
        openForm(&state, FormFactory.partner(state, editing: nil))
    case .perspectives:
        guard let id = state.selectedPartner else { noPartner(&state); return }
        openForm(&state, FormFactory.perspective(state, partner: id))
    case .interventions:
        openForm(&state, FormFactory.intervention(state, editing: nil))
    case .notes:
        switch state.notesSection {
        case .notes: openForm(&state, FormFactory.note(state, editing: nil))
        case .meetings: openForm(&state, FormFactory.meeting(state, editing: nil, now: Date()))
        case .actions: openForm(&state, FormFactory.action(state, editing: nil))
        }
    case .walkthrough:
        editSelected(&state)
    }
}

private func editSelected(_ state: inout AppState) {
    guard !state.readOnly else { readOnly(&state); return }
    switch state.pane {
    case .map:
        guard let id = state.selectedPartner else { noPartner(&state); return }
        openForm(&state, FormFactory.partner(state, editing: id))
    case .perspectives:
        guard let id = state.selectedPartner else { noPartner(&state); return }
        openForm(&state, FormFactory.perspective(state, partner: id))
    case .interventions:
        guard let index = interventionIndex(state) else { return add(&state) }
        openForm(&state, FormFactory.intervention(state, editing: state.shown.interventions[index].id))
    case .notes:
        switch state.notesSection {
        case .notes:
            let notes = state.notesNewestFirst
            guard notes.indices.contains(state.selectedNote) else { return add(&state) }
            openForm(&state, FormFactory.note(state, editing: notes[state.selectedNote].id))
        case .meetings:
            guard state.shown.meetings.indices.contains(state.selectedMeeting) else { return add(&state) }
            openForm(
                &state, FormFactory.meeting(state, editing: state.shown.meetings[state.selectedMeeting].id, now: Date())
            )
        case .actions:
            guard state.shown.actions.indices.contains(state.selectedAction) else { return add(&state) }
            openForm(&state, FormFactory.action(state, editing: state.shown.actions[state.selectedAction].id))
        }
    case .walkthrough:
        guard let tip = Catalog.tip(state.selectedTip), tip.questions.indices.contains(state.selectedQuestion) else {
            return
        }
        openForm(&state, FormFactory.answer(state, tip: tip.number, question: tip.questions[state.selectedQuestion].id))
    }
}

private func askDelete(_ state: inout AppState) {
    guard !state.readOnly else { readOnly(&state); return }
    let subject: Confirmation.Subject
    let question: Localized
    switch state.pane {
    case .map, .perspectives:
        guard let partner = state.selectedPartnerValue else { noPartner(&state); return }
        let relationCount = state.shown.relations.filter { $0.involves(partner.id) }.count
        subject = .deletePartner(partner.id)
        question = L(
            "Partner \(partner.name) verwijderen, met \(relationCount) relatie(s) en het perspectief? (Loslaten met l bewaart de geschiedenis.)",
            "Delete partner \(partner.name), with \(relationCount) relation(s) and its perspective? (Letting go with l keeps the history.)"
        )
    case .interventions:
        guard let index = interventionIndex(state) else { return }
        let item = state.shown.interventions[index]
        subject = .deleteIntervention(item.id)
        question = L("Interventie \"\(item.title)\" verwijderen?", "Delete intervention \"\(item.title)\"?")
    case .notes:
        switch state.notesSection {
        case .notes:
            let notes = state.notesNewestFirst
            guard notes.indices.contains(state.selectedNote) else { return }
            subject = .deleteNote(notes[state.selectedNote].id)
            question = L("Deze notitie verwijderen?", "Delete this note?")
        case .meetings:
            guard state.shown.meetings.indices.contains(state.selectedMeeting) else { return }
            let meeting = state.shown.meetings[state.selectedMeeting]
            subject = .deleteMeeting(meeting.id)
            question = L("Overleg \"\(meeting.title)\" verwijderen?", "Delete meeting \"\(meeting.title)\"?")
        case .actions:
            guard state.shown.actions.indices.contains(state.selectedAction) else { return }
            subject = .deleteAction(state.shown.actions[state.selectedAction].id)
            question = L("Deze actie verwijderen?", "Delete this action?")
        }
    case .walkthrough:
        return
    }
    state.modal = .confirm(Confirmation(subject: subject, question: question))
}
