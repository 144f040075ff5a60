import Foundation
import RegieKit

/// The seven tips as steps, each with questions whose answers are kept.
enum Walkthrough {
    enum Field: String, FieldKey {
        case question, answer
    }

    static func answerForm(_ state: AppState, tip: Int, question: String) -> Form {
        let text = state.shown.reflections[tip]?.answers[question] ?? ""
        let questionText = Catalog.question(id: question)?.text(state.language) ?? question
        return Form(
            kind: .answer(tip: tip, question: question),
            title: L("Tip \(tip)", "Tip \(tip)"),
            fields: [
                FormField(Field.question, L("Vraag", "Question"), .info(questionText)),
                Fields.text(
                    Field.answer, L("Antwoord", "Answer"), text, multiline: true,
                    hint: L(
                        "Enter bewaart; Alt-Enter of Ctrl-N voor een nieuwe regel",
                        "Enter stores it; Alt-Enter or Ctrl-N for a new line")),
            ])
    }

    static func submit(_ state: inout AppState, _ form: Form, tip: Int, question: String, now: Date) -> [Effect] {
        let text = form.text(Field.answer)
        state.modal = nil
        _ = edit(&state, now: now) { session in
            var reflection = session.reflections[tip] ?? Reflection()
            reflection.answers[question] = text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : text
            session.reflections[tip] = reflection
        }
        return []
    }

    // MARK: - Commands

    static func answerSelected(_ state: inout AppState) {
        guard let tip = Catalog.tip(state.selectedTip), tip.questions.indices.contains(state.selectedQuestion) else {
            return
        }
        openForm(&state, answerForm(state, tip: tip.number, question: tip.questions[state.selectedQuestion].id))
    }

    static func step(_ state: inout AppState, by delta: Int) {
        state.selectedTip = max(1, min(7, state.selectedTip + delta))
        state.selectedQuestion = 0
        // A step opens on what the session says, when it says something.
        state.selectedFinding = 0
        state.detailScroll = 0
    }

    /// The lines "in this session" of the selected tip; nil while they are being computed.
    static func findings(_ state: AppState) -> [WalkthroughFinding]? {
        state.currentInsights.map { $0.walkthrough[state.selectedTip] ?? [] }
    }

    /// The selected finding, clamped to the lines there are; nil when a question is selected.
    static func selectedFinding(_ state: AppState) -> Int? {
        guard let index = state.selectedFinding, let count = findings(state)?.count, count > 0 else { return nil }
        return min(index, count - 1)
    }

    /// ↑/↓ go through the findings and then the questions, as they stand on the page.
    static func move(_ state: inout AppState, by delta: Int) {
        let findings = findings(state)?.count ?? 0
        let questions = Catalog.tip(state.selectedTip)?.questions.count ?? 0
        let current = selectedFinding(state) ?? findings + state.selectedQuestion
        let target = max(0, min(findings + questions - 1, current + delta))
        if target < findings {
            state.selectedFinding = target
        } else {
            state.selectedFinding = nil
            state.selectedQuestion = target - findings
        }
    }

    /// `Enter`: the selected finding leads where its work is done; a question opens its answer.
    static func open(_ state: inout AppState, now: Date) {
        if let index = selectedFinding(state), let finding = findings(state)?[index] {
            return jump(&state, to: finding.jump)
        }
        guard !state.readOnly else { return readOnly(&state) }
        answerSelected(&state)
    }

    static func jump(_ state: inout AppState, to jump: WalkthroughJump) {
        state.detailScroll = 0
        switch jump {
        case .opgave:
            guard !state.readOnly else { return readOnly(&state) }
            openForm(&state, OpgaveFeature.form(state))
        case .partner(let id, let pane):
            guard state.shown.partner(id) != nil else { return }
            state.partnerFilter = ""
            select(&state, partner: id)
            state.pane = pane
        case .relation(let id):
            guard let relation = state.shown.relations.first(where: { $0.id == id }) else { return }
            state.partnerFilter = ""
            select(&state, partner: relation.from)
            state.pane = .map
            let list = state.shown.relations.filter { $0.involves(relation.from) }
            state.modal = .relations(partner: relation.from, selected: list.firstIndex { $0.id == id } ?? 0)
        case .intervention(let id):
            guard let index = state.shown.interventions.firstIndex(where: { $0.id == id }) else { return }
            state.pane = .interventions
            state.interventionsSection = .plan
            state.selectedIntervention = index
        case .meeting(let id):
            guard let index = state.shown.meetings.firstIndex(where: { $0.id == id }) else { return }
            state.pane = .notes
            state.notesSection = .meetings
            state.selectedMeeting = index
        case .suggestion(let id):
            state.pane = .interventions
            state.interventionsSection = .suggestions
            state.picker.query = ""
            state.picker.tip = nil
            state.picker.selectedID = id
        case .pane(let pane):
            state.pane = pane
        }
    }

    static func toggleDone(_ state: inout AppState, now: Date) {
        let tip = state.selectedTip
        _ = edit(&state, now: now) { session in
            var reflection = session.reflections[tip] ?? Reflection()
            reflection.done.toggle()
            session.reflections[tip] = reflection
        }
    }
}
