import Canvas
import Foundation
import Testing

@testable import RegieKit
@testable import RegieUI
import RegieTestSupport

/// Pane 5 reads the session: under each tip what the analysis says, and `Enter` on a line goes
/// where its work is done.
@Suite struct WalkthroughFindingsTests {
    typealias F = PaneFixtures

    func walkthrough(tip: Int, _ change: (inout Session) -> Void = { _ in }) -> AppState {
        var state = F.state(pane: .walkthrough) { $0.selectedTip = tip }
        change(&state.session)
        return analysed(state)
    }

    func lines(_ state: AppState) -> [String] {
        (Walkthrough.findings(state) ?? []).map { $0.text.nl }
    }

    @Test func eachTipSaysWhatThisSessionShows() {
        #expect(lines(walkthrough(tip: 1)).contains { $0.hasPrefix("Loslaten? Politie Oost") })
        #expect(lines(walkthrough(tip: 2)).contains("Nog geen perspectief: Politie Oost."))
        #expect(
            lines(walkthrough(tip: 2)).contains("Spanning: Zorggroep Ëlst 日本 – Woonstichting De Linde (sterkte 2)."))
        let tip3 = lines(walkthrough(tip: 3))
        #expect(tip3.contains { $0.hasPrefix("Spilpartner: Zorggroep Ëlst 日本") })
        #expect(tip3.filter { $0.hasPrefix("Suggestie: ") }.count == WalkthroughFindings.suggestionCount)
        #expect(lines(walkthrough(tip: 4)).isEmpty, "the done intervention has its consequences")
        let withoutConsequences = walkthrough(tip: 4) { $0.interventions[2].consequences = "" }
        #expect(lines(withoutConsequences).contains { $0.contains("Eén gezin samen volgen") })
        #expect(lines(walkthrough(tip: 5)).contains { $0.contains("Zorggroep Ëlst 日本") })
        #expect(lines(walkthrough(tip: 6)).contains("Overleg ‘Wijktafel Ëlst’ (2026-03-02): cocreatie."))
        #expect(lines(walkthrough(tip: 7)).first?.hasPrefix("Werkvorm: netwerk") == true)
    }

    @Test func enterOnAPartnerWithoutPerspectiveOpensItsPerspective() {
        var state = walkthrough(tip: 2)
        press(&state, [.enter])
        #expect(state.pane == .perspectives)
        #expect(state.selectedPartner == "politie")
    }

    @Test func enterOnATensionOpensTheRelation() throws {
        var state = walkthrough(tip: 2)
        press(&state, [.down, .enter])
        guard case .relations(let partner, let selected)? = state.modal else {
            Issue.record("the relation is not open")
            return
        }
        #expect(state.pane == .map && partner == "zorggroep")
        let list = state.shown.relations.filter { $0.involves(partner) }
        #expect(list[selected].id == "r2")
        // Enter edits it there, as R and Enter would.
        press(&state, [.enter])
        guard case .form(let form)? = state.modal else {
            Issue.record("no relation form")
            return
        }
        #expect(form.kind == .editRelation("r2"))
    }

    @Test func tipOneLeadsToTheOpgaveAndToThePartnerToLetGo() {
        var state = walkthrough(tip: 1)
        press(&state, [.enter])
        guard case .form(let form)? = state.modal else {
            Issue.record("no opgave form")
            return
        }
        #expect(form.kind == .editOpgave)
        var second = walkthrough(tip: 1)
        press(&second, [.down, .enter])
        #expect(second.pane == .map && second.selectedPartner == "politie")
    }

    @Test func tipThreeLeadsToTheSuggestionInThePicker() throws {
        var state = walkthrough(tip: 3)
        let findings = try #require(Walkthrough.findings(state))
        let index = try #require(findings.firstIndex { $0.text.nl.hasPrefix("Suggestie: ") })
        let suggestion = try #require(state.currentInsights?.suggestions.first)
        state.picker.tip = 1  // a narrowing that would hide it is lifted
        press(&state, Array(repeating: .down, count: index) + [.enter])
        #expect(state.pane == .interventions && state.interventionsSection == .suggestions)
        #expect(state.picker.tip == nil)
        guard case .suggestion(let selected, _)? = Picker.selected(state) else {
            Issue.record("no suggestion selected")
            return
        }
        #expect(selected.id == suggestion.id)
    }

    @Test func tipFourLeadsToTheInterventionAndTipSixToTheMeeting() throws {
        var state = walkthrough(tip: 4) { $0.interventions[2].consequences = "" }
        press(&state, [.enter])
        #expect(state.pane == .interventions && state.interventionsSection == .plan)
        #expect(state.shown.interventions[state.selectedIntervention].id == "i3")

        var meeting = walkthrough(tip: 6)
        let index = try #require(Walkthrough.findings(meeting)?.firstIndex { $0.text.nl.hasPrefix("Overleg ") })
        press(&meeting, Array(repeating: .down, count: index) + [.enter])
        #expect(meeting.pane == .notes && meeting.notesSection == .meetings)
        #expect(meeting.shown.meetings[meeting.selectedMeeting].id == "m1")
    }

    @Test func upAndDownGoThroughTheFindingsAndThenTheQuestions() throws {
        var state = walkthrough(tip: 2)
        let count = try #require(Walkthrough.findings(state)?.count)
        #expect(Walkthrough.selectedFinding(state) == 0)
        #expect(StatusBarView.hints(state).first?.text == "ga erheen")
        press(&state, Array(repeating: .down, count: count))
        #expect(Walkthrough.selectedFinding(state) == nil && state.selectedQuestion == 0)
        #expect(StatusBarView.hints(state).first?.text == "antwoord")
        press(&state, [.enter])
        guard case .form(let form)? = state.modal, case .answer(let tip, let question) = form.kind else {
            Issue.record("no answer form")
            return
        }
        #expect(tip == 2 && question == Catalog.tip(2)!.questions[0].id)
        press(&state, [.escape, .up])
        #expect(Walkthrough.selectedFinding(state) == count - 1)
        // The next tip opens on its first finding again.
        press(&state, [.right])
        #expect(state.selectedTip == 3 && Walkthrough.selectedFinding(state) == 0)
    }

    @Test func jumpingWorksReadOnlyButAnsweringDoesNot() {
        var state = walkthrough(tip: 2)
        state.readOnly = true
        press(&state, [.enter])
        #expect(state.pane == .perspectives)
        var question = walkthrough(tip: 2)
        question.readOnly = true
        question.selectedFinding = nil
        press(&question, [.enter])
        #expect(question.message?.kind == .warning)
        if case .form? = question.modal { Issue.record("an answer form opened read-only") }
    }

    @Test func whileComputingTheStepSaysSo() {
        var state = F.state(pane: .walkthrough) { $0.selectedTip = 2 }
        state.today = Day("2026-03-10")
        let text = F.screen(state, 80, 24)
        #expect(text.contains("In deze sessie"))
        #expect(text.contains("berekenen…"))
        // The questions still work.
        #expect(StatusBarView.hints(state).first?.text == "antwoord")
    }

    @Test func progressIsAlwaysInTheTitle() {
        for size in [Size(width: 60, height: 16), Size(width: 80, height: 24), Size(width: 120, height: 40)] {
            let lines = AppView.render(walkthrough(tip: 5), size: size).grid.lines()
            #expect(lines[1].contains("1/7"), "\(size): \(lines[1])")
            #expect(lines[1].contains("Tip 5 van 7"))
        }
    }

    @Test func presentingShowsOnlyWhatMayBeShown() {
        var state = F.state(pane: .walkthrough) { $0.selectedTip = 5 }
        state.presenting = true
        state = analysed(state)
        // Zorggroep's interest and energy are private: tip 5 does not name it.
        #expect(!lines(state).contains { $0.contains("Zorggroep") })
        #expect(!F.screen(state, 120, 40).contains("energie 2"))
    }
}
