import Canvas
import Foundation
import Testing
@testable import RegieKit
@testable import RegieUI
import RegieTestSupport

@Suite struct UpdateTests {
    @Test func addingAPartnerWithAOneLineFieldSubmitsOnEnter() throws {
        var state = uiState()
        press(&state, [.character("a")] + typing("Zorggroep Ëlst 日本") + [.enter])
        #expect(state.modal == nil)
        let added = try #require(state.session.partners.last)
        #expect(added.name == "Zorggroep Ëlst 日本")
        #expect(added.id.rawValue == "zorggroep-elst-日本")
        #expect(state.selectedPartner == added.id)
        #expect(state.dirty)
        #expect(state.message?.text.nl == "Partner Zorggroep Ëlst 日本 toegevoegd")
    }

    @Test func anEmptyNameIsRefusedWithAReasonAndTheFormStays() {
        var state = uiState()
        press(&state, [.character("a"), .enter])
        guard case .form(let form) = state.modal else {
            Issue.record("form closed")
            return
        }
        #expect(form.error?.en == "Enter a name")
        #expect(state.session.partners.count == 3)
    }

    @Test func escapeAsksBeforeThrowingAwayTypedText() {
        var state = uiState()
        press(&state, [.character("a")] + typing("Half") + [.escape])
        guard case .confirm = state.modal else {
            Issue.record("no confirmation")
            return
        }
        press(&state, [.character("n")])
        guard case .form(let form) = state.modal else {
            Issue.record("form lost")
            return
        }
        #expect(form.text(Partners.Field.name) == "Half")
        // Letters that run through text answer nothing; n, Enter and Esc go back to the form;
        // only the deliberate Shift-D throws the typing away.
        press(&state, [.escape] + typing("jydJYx"))
        guard case .confirm = state.modal else {
            Issue.record("a typed letter answered the question")
            return
        }
        press(&state, [.enter])
        guard case .form(let kept) = state.modal else {
            Issue.record("Enter threw the form away")
            return
        }
        #expect(kept.text(Partners.Field.name) == "Half")
        press(&state, [.escape, .character("D")])
        #expect(state.modal == nil)
        #expect(state.session.partners.count == 3)
    }

    @Test func relationIsAddedBetweenTwoPartnersChosenInTheMap() throws {
        var state = uiState()
        state.selectedPartner = "gemeente"
        press(&state, [.character("r"), .down, .down, .enter])
        guard case .form(let form) = state.modal else {
            Issue.record("no relation form")
            return
        }
        #expect(form.kind == .addRelation(from: "gemeente", to: "corporatie"))
        // Kind: collaboration → dependency, strength up to 4.
        press(&state, [.right, .tab, .right, .enter])
        let relation = try #require(state.session.relations.last)
        #expect(relation.from == "gemeente")
        #expect(relation.to == "corporatie")
        #expect(relation.kind == .dependency)
        #expect(relation.strength == 4)
    }

    @Test func relationToTheSamePartnerIsRefused() {
        var state = uiState()
        state.selectedPartner = "gemeente"
        press(&state, [.character("r"), .enter])
        #expect(state.modal == nil)
        #expect(state.relationStart == "gemeente")
        #expect(state.message?.kind == .warning)
    }

    @Test func deletingAPartnerAsksAndLeavesNoDanglingReference() {
        var state = uiState()
        state.selectedPartner = "politie"
        press(&state, [.character("d")])
        guard case .confirm = state.modal else {
            Issue.record("delete did not ask")
            return
        }
        // j, y, n and Enter keep the partner; the deliberate Shift-D deletes.
        press(&state, [.character("j")])
        #expect(state.session.partner("politie") != nil)
        press(&state, [.character("d"), .enter, .character("d"), .character("y"), .character("d")])
        #expect(state.session.partner("politie") != nil)
        press(&state, [.character("D")])
        #expect(state.session.partner("politie") == nil)
        #expect(state.session.relations.isEmpty)
        #expect(state.session.interventions[0].targets.isEmpty)
        #expect(SessionValidator.problems(in: state.session).isEmpty)
        press(&state, [.character("u")])
        #expect(state.session.partner("politie") != nil)
        #expect(state.session.relations.count == 1)
        press(&state, [.ctrl("r")])
        #expect(state.session.partner("politie") == nil)
    }

    @Test func quickNoteIsTimestampedAndLinkedToTheSelection() throws {
        var state = uiState()
        state.selectedPartner = "corporatie"
        press(&state, [.character("n")] + typing("Belt terug na de zomer") + [.enter])
        let note = try #require(state.session.notes.last)
        #expect(note.text == "Belt terug na de zomer")
        #expect(note.at == fixedNow)
        #expect(note.links == ["corporatie"])
    }

    @Test func paneKeysAndTabCycle() {
        var state = uiState()
        press(&state, [.character("3")])
        #expect(state.pane == .interventions)
        press(&state, [.tab, .tab, .tab])
        #expect(state.pane == .map)
        press(&state, [.backTab])
        #expect(state.pane == .walkthrough)
    }

    @Test func readOnlyRefusesEdits() {
        var state = uiState()
        state.readOnly = true
        press(&state, [.character("a")])
        #expect(state.modal == nil)
        press(&state, letGo())
        #expect(!state.dirty)
        #expect(press(&state, [.ctrl("s")]).isEmpty)
    }

    @Test func filterNarrowsTheListAndEscapeClearsIt() {
        var state = uiState()
        press(&state, [.character("/")] + typing("pol"))
        #expect(state.visiblePartners.map(\.name) == ["Politie"])
        #expect(state.selectedPartner == "politie")
        press(&state, [.escape])
        #expect(state.visiblePartners.count == 3)
    }

    @Test func scoresAreSetWithTheVisibleControl() throws {
        var state = uiState()
        state.selectedPartner = "politie"
        press(&state, [.character("e")])
        guard case .form(var form) = state.modal else {
            Issue.record("no form")
            return
        }
        let influenceIndex = try #require(form.fields.firstIndex { $0.id == "commitment" })
        form.focus = influenceIndex
        state.modal = .form(form)
        press(&state, [.character("4"), .right, .right, .enter])
        #expect(state.session.partner("politie")?.scores.commitment == 5)
    }

    @Test func paletteRunsACommandByName() {
        var state = uiState()
        press(&state, [.character(":")] + typing("english") + [.enter])
        #expect(state.language == .en)
    }

    @Test func walkthroughAnswerIsSaved() {
        var state = uiState()
        press(&state, [.character("5"), .character("]"), .enter] + typing("Ja, de politie") + [.enter])
        let questionID = Catalog.tip(2)!.questions[0].id
        #expect(state.session.reflections[2]?.answers[questionID] == "Ja, de politie")
        press(&state, [.character("x")])
        #expect(state.session.reflections[2]?.done == true)
    }

    @Test func interventionStatusCycles() {
        var state = uiState()
        press(&state, [.character("3"), .character("]"), .character("s")])
        #expect(state.session.interventions[0].status == .planned)
        press(&state, [.character("s")])
        #expect(state.session.interventions[0].status == .done)
        #expect(state.session.interventions[0].completed == Day(fixedNow))
    }

}

@Suite struct PresentationTests {
    @Test func formsWithPrivateAssessmentsStayClosedWhilePresenting() {
        var state = uiState()
        press(&state, [.character("p"), .character("e")])
        #expect(state.modal == nil)
        press(&state, [.character("5"), .enter])
        #expect(state.modal == nil)
        // `p` asks, a second `p` leaves.
        press(&state, [.character("p"), .character("p"), .character("1"), .character("e")])
        guard case .form = state.modal else {
            Issue.record("edit should open after presenting ends")
            return
        }
    }
}

@Suite struct HelpOverlayTests {
    @Test func helpScrollsDownToTheLastKeyAtProjectorSize() {
        var state = uiState()
        press(&state, [.character("?")])
        let first = AppView.render(state, size: Size(width: 80, height: 24)).grid.lines().joined(separator: "\n")
        #expect(first.contains("Help: alle toetsen"))
        #expect(!first.contains("Annuleren (vraagt als u typte)"))
        press(&state, Array(repeating: Key.pageDown, count: 10))
        let last = AppView.render(state, size: Size(width: 80, height: 24)).grid.lines().joined(separator: "\n")
        #expect(last.contains("Annuleren (vraagt als u typte)"))
        press(&state, [.escape])
        #expect(state.modal == nil)
    }
}

@Suite struct RelationEditingTests {
    @Test func relationOfASelectedPartnerCanBeEditedAndDeleted() throws {
        var state = uiState()
        state.session.interventions[0].targets = ["rel-1"]
        state.selectedPartner = "politie"
        press(&state, [.character("R"), .enter])
        guard case .form(let form) = state.modal else {
            Issue.record("no relation form")
            return
        }
        #expect(form.kind == .editRelation("rel-1"))
        press(&state, [.right, .enter])  // tension → negotiation
        #expect(state.session.relations[0].kind == .negotiation)
        press(&state, [.character("R"), .character("d"), .character("D")])
        #expect(state.session.relations.isEmpty)
        #expect(state.session.interventions[0].targets.isEmpty)
        #expect(SessionValidator.problems(in: state.session).isEmpty)
    }

    @Test func aPartnerWithoutRelationsSaysHowToAddOne() {
        var state = uiState()
        state.selectedPartner = "corporatie"
        press(&state, [.character("R")])
        #expect(state.modal == nil)
        #expect(state.message?.text.en == "This partner has no relations yet; r adds one")
    }
}

@Suite struct EditingKeepsWhatItDoesNotShowTests {
    @Test func editingAnInterventionAimedAtARelationKeepsThatTarget() {
        var state = uiState()
        state.session.interventions[0].targets = ["politie", "rel-1"]
        press(&state, [.character("3"), .character("]"), .character("e"), .enter])
        #expect(state.session.interventions[0].targets == ["politie", "rel-1"])
    }

    @Test func anEmptyPerspectiveFormAddsNoEmptyPerspective() {
        var state = uiState()
        state.selectedPartner = "corporatie"
        press(&state, [.character("2"), .character("e"), .enter])
        #expect(state.session.perspectives.isEmpty)
        #expect(!state.dirty)
    }
}

@Suite struct UndoTests {
    @Test func undoAndRedoSayWhatTheyTookBackAndSelectIt() {
        var state = uiState()
        state.selectedPartner = "corporatie"
        press(&state, letGo())  // let go: a changed partner
        state.selectedPartner = "gemeente"
        press(&state, [.character("u")])
        #expect(state.message?.text.nl == "Ongedaan gemaakt: 1 nieuwe notitie, 1 gewijzigde partner")
        #expect(state.selectedPartner == "corporatie")
        state.selectedPartner = "gemeente"
        press(&state, [.ctrl("r")])
        #expect(state.message?.text.en == "Redone: 1 new note, 1 changed partner")
        #expect(state.selectedPartner == "corporatie")
    }

    @Test func undoingADeletedNoteSelectsItInTheList() {
        var state = uiState()
        press(&state, [.character("n")] + typing("eerste") + [.enter], now: fixedNow)
        press(&state, [.character("n")] + typing("tweede") + [.enter], now: fixedNow.addingTimeInterval(60))
        press(&state, [.character("4"), .down, .character("d"), .character("D")])
        #expect(state.session.notes.map(\.text) == ["tweede"])
        press(&state, [.up, .character("u")])
        #expect(state.message?.text.nl == "Ongedaan gemaakt: 1 verwijderde notitie")
        #expect(state.notesNewestFirst[state.selectedNote].text == "eerste")
    }
}

@Suite struct LetGoAndDuplicateTests {
    @Test func lettingGoAsksForAReasonAndKeepsItAsANote() throws {
        var state = uiState()
        state.selectedPartner = "politie"
        press(&state, [.character("l")])
        guard case .form(let form) = state.modal, form.kind == .letGo("politie") else {
            Issue.record("no question why")
            return
        }
        press(&state, [.enter])
        guard case .form(let refused) = state.modal else {
            Issue.record("let go without a reason")
            return
        }
        #expect(refused.error?.en == "Give a reason: letting go is done with respect")
        press(&state, typing("Geen rol meer sinds de reorganisatie") + [.enter])
        #expect(state.session.partner("politie")?.status == .letGo)
        let note = try #require(state.session.notes.last)
        #expect(note.text == "Losgelaten: Geen rol meer sinds de reorganisatie")
        #expect(note.links == ["politie"])
        #expect(note.tip == 1)
        // Bringing back takes one key and no question.
        press(&state, [.character("l")])
        #expect(state.modal == nil)
        #expect(state.session.partner("politie")?.status == .active)
    }

    @Test func aDuplicateNameIsCaughtOnceAndASecondEnterMeansIt() {
        var state = uiState()
        press(&state, [.character("a")] + typing("woningcorporatie elst") + [.enter])
        guard case .form(let form) = state.modal else {
            Issue.record("duplicate accepted silently")
            return
        }
        #expect(
            form.error?.nl
                == "Er is al een partner “Woningcorporatie Ëlst”. Enter nogmaals om er toch een tweede van te maken.")
        #expect(state.session.partners.count == 3)
        press(&state, [.enter])
        #expect(state.modal == nil)
        #expect(state.session.partners.count == 4)
    }

    @Test func aReadOnlySessionOpensNoFormThatWouldChangeIt() {
        var state = uiState()
        state.readOnly = true
        for key in [Key.character("l"), .character("n"), .character("a"), .character("O")] {
            press(&state, [key])
            #expect(state.modal == nil, "\(key) opened a form")
        }
    }
}

@Suite struct DatesAsPeopleTypeThemTests {
    /// fixedNow is Wednesday 18 November 2026.
    @Test func anActionIsDueOnTheDayTypedAndTheFormSaysWhichDayThatIs() throws {
        var state = uiState()
        press(&state, [.character("4"), .character("t")] + typing("Verslag rondsturen") + [.tab, .tab] + typing("vr"))
        guard case .form = state.modal else {
            Issue.record("no action form")
            return
        }
        let screen = AppView.render(state, size: Size(width: 80, height: 24)).grid.lines().joined(separator: "\n")
        #expect(screen.contains("→ vr 20 nov 2026"), "\(screen)")
        press(&state, [.enter])
        #expect(state.session.actions.last?.due == Day(year: 2026, month: 11, day: 20))
    }

    @Test func anImpossibleDateIsRefusedWithWhatIsAccepted() {
        var state = uiState()
        press(
            &state, [.character("4"), .character("t")] + typing("Bellen") + [.tab, .tab] + typing("31-02") + [.enter])
        guard case .form(let form) = state.modal else {
            Issue.record("an impossible date was accepted")
            return
        }
        #expect(form.error?.nl.hasPrefix("31 februari") == true, "\(String(describing: form.error))")
        #expect(state.session.actions.isEmpty)
    }

    @Test func aMeetingTakesADayAndATimeAsTyped() throws {
        var state = uiState()
        press(&state, [.character("4"), .character("m")] + typing("Wijktafel") + [.tab])
        // Replace the prefilled date.
        press(&state, [.ctrl("u")] + typing("morgen 9u30") + [.enter])
        let meeting = try #require(state.session.meetings.last)
        #expect(meeting.date == Timestamp.date(from: "2026-11-19T09:30:00Z"))
    }
}
