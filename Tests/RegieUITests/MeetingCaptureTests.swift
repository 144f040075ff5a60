import Canvas
import Foundation
import RegieTestSupport
import Testing

@testable import RegieKit
@testable import RegieUI

/// The note-taker in a live meeting, with a fixed clock: `m` starts a meeting, and every note,
/// decision, moment and action after it belongs to it without being linked by hand.
@Suite struct MeetingCaptureTests {
    /// fixedNow is Wednesday 2026-11-18 11:06:40 UTC.
    static func minute(_ n: Int) -> Date { fixedNow.addingTimeInterval(Double(n) * 60) }

    static func started(_ title: String = "Wijktafel Ëlst") -> AppState {
        var state = uiState()
        state.selectedPartner = "gemeente"
        press(&state, [.character("m")] + typing(title) + [.enter])
        return state
    }

    @Test func mStartsAMeetingThatRunsUntilMEndsIt() throws {
        var state = Self.started()
        #expect(state.modal == nil)
        let meeting = try #require(state.session.meetings.last)
        #expect(meeting.title == "Wijktafel Ëlst")
        // Now by default, to the minute.
        #expect(meeting.date == Timestamp.date(from: "2026-11-18T11:06:00Z"))
        #expect(state.session.currentMeeting == meeting.id)
        #expect(state.message?.text.nl == "Overleg gestart")
        // From the next key on, the status bar names the meeting and the keys that work in it.
        state.message = nil
        _ = update(
            &state, .saveFinished(path: "/tmp/regie-test.json", at: fixedNow, revision: state.revision, result: .saved),
            now: fixedNow)
        let bar = AppView.render(state, size: Size(width: 80, height: 24)).grid.snapshot(styles: false)
            .split(separator: "\n").map(String.init)[23]
        #expect(bar.contains(" regie-test.j… ✓ │ ● Wijktafel Ëlst │ n notitie  b besluit  t actie  M einde"), "\(bar)")

        press(&state, [.character("M")], now: Self.minute(45))
        #expect(state.session.currentMeeting == nil)
        #expect(state.session.meetings.last?.ended == Self.minute(45))
        #expect(state.message?.text.en == "Meeting ended: 0 notes, 0 decisions, 0 actions")
        // Undo gives the running meeting back: it is an edit like any other.
        press(&state, [.character("u")])
        #expect(state.session.currentMeeting == meeting.id)
    }

    @Test func theEndMessageFitsEightyColumnsBeforeTheSaveToo() throws {
        var state = Self.started("Wijktafel Oosterkwartier")
        press(&state, [.character("n")] + typing("Iedereen is er") + [.enter], now: Self.minute(1))
        press(&state, [.character("M")], now: Self.minute(30))
        #expect(state.dirty, "not autosaved yet: the bar says so")
        let bar = try #require(
            AppView.render(state, size: Size(width: 80, height: 24)).grid.snapshot(styles: false)
                .split(separator: "\n").map(String.init).last)
        #expect(bar.contains(" ● │ Overleg beëindigd: 1 notitie, 0 besluiten, 0 acties"), "\(bar)")
    }

    @Test func aNoteNamesItsPartnerAsThePartnerIsNamedNow() throws {
        var state = Self.started()
        state.selectedPartner = nil
        press(&state, [.character("n")] + typing("Bellen met @pol") + [.tab, .enter], now: Self.minute(1))
        state.pane = .notes
        state.notesSection = .notes
        func row() -> String? {
            AppView.render(state, size: Size(width: 100, height: 30)).grid.snapshot(styles: false)
                .split(separator: "\n").map(String.init).first { $0.contains("Bellen met") }
        }
        #expect(row()?.hasSuffix("  Politie   │|") == true, "\(row() ?? "no row")")
        // Renamed after the names were looked up: the row follows.
        press(&state, [])
        state.session.partners[1].name = "Politie Noord-Oost"
        press(&state, [.down, .up])
        #expect(row()?.hasSuffix("Politie Noord-Oost   │|") == true, "\(row() ?? "no row")")
    }

    @Test func aMomentIsCalledByOneNameInThePromptTheHelpAndThePalette() throws {
        var state = Self.started()
        press(&state, [.character("w")])
        let screen = AppView.render(state, size: Size(width: 80, height: 24)).grid.snapshot(styles: false)
        #expect(screen.contains("| Cocreatie ▸ "), "\(screen)")
        press(&state, [.enter])
        #expect(state.message?.text.nl == "Moment gemarkeerd: cocreatie")
        let help = try #require(Keymap.bindings.first { $0.command == .markMoment(.coCreation) })
        #expect(help.help.nl.contains("cocreatie"))
        let palette = PaletteCatalog.entries(matching: "cocreatie", language: .nl)
        #expect(palette.map(\.command) == [.markMoment(.coCreation)])
    }

    @Test func theStartFormTakesTheTimeAsPeopleTypeIt() throws {
        var state = uiState()
        press(&state, [.character("m")] + typing("Stuurgroep") + [.tab, .ctrl("u")] + typing("vr 9u30") + [.enter])
        let meeting = try #require(state.session.meetings.last)
        #expect(meeting.date == Timestamp.date(from: "2026-11-20T09:30:00Z"))
        #expect(state.session.currentMeeting == meeting.id)
    }

    @Test func everyNoteDecisionMomentAndActionGoesIntoTheRunningMeeting() throws {
        var state = Self.started()
        let meeting = try #require(state.session.currentMeeting)
        press(&state, [.character("n")] + typing("Iedereen is er") + [.enter], now: Self.minute(1))
        state.pane = .walkthrough
        state.selectedTip = 2
        press(&state, [.character("n")] + typing("Drie perspectieven") + [.enter], now: Self.minute(2))
        press(&state, [.character("b")] + typing("We volgen één gezin") + [.enter], now: Self.minute(3))
        press(&state, [.character("o")] + typing("Wie betaalt") + [.enter], now: Self.minute(4))
        press(&state, [.character("w"), .enter], now: Self.minute(5))
        state.pane = .notes
        press(
            &state,
            [.character("t")] + typing("Kosten uitzoeken") + [.tab] + typing("pol") + [.tab] + typing("vr")
                + [.enter], now: Self.minute(6))

        let notes = state.session.notes
        #expect(notes.map(\.text) == ["Iedereen is er", "Drie perspectieven", "Wie betaalt", "cocreatie"])
        #expect(notes.allSatisfy { $0.meeting == meeting })
        #expect(notes.map(\.at) == [Self.minute(1), Self.minute(2), Self.minute(4), Self.minute(5)])
        #expect(notes[0].links == ["gemeente"] && notes[0].tip == nil)
        #expect(notes[1].tip == 2, "the current tip in the walkthrough")
        #expect(notes[2].mode == .negotiation && notes[2].tip == 6)
        #expect(notes[3].mode == .coCreation)
        #expect(state.session.meetings.last?.decisions == ["We volgen één gezin"])
        let action = try #require(state.session.actions.last)
        #expect(action.text == "Kosten uitzoeken")
        #expect(action.owner == "politie")
        #expect(action.due == Day("2026-11-20"), "vr is the coming Friday")
        #expect(action.meeting == meeting)
        #expect(state.message?.text.nl == "Actie toegevoegd — Politie")
    }

    @Test func withoutARunningMeetingANoteBelongsToNoneAndADecisionAsksForOne() {
        var state = uiState()
        press(&state, [.character("n")] + typing("Los") + [.enter])
        #expect(state.session.notes.last?.meeting == nil)
        #expect(state.message?.text.nl == "Notitie bewaard")
        press(&state, [.character("b")])
        #expect(state.modal == nil)
        #expect(state.message?.kind == .warning)
    }

    @Test func anActionOwnerMayBeAPersonTypedAsAName() throws {
        var state = Self.started()
        press(
            &state,
            [.character("t")] + typing("Zaal boeken") + [.tab] + typing("Jolanda") + [.tab] + typing("+2w") + [.enter])
        let action = try #require(state.session.actions.last)
        #expect(action.owner == nil)
        #expect(action.ownerName == "Jolanda")
        #expect(action.due == Day("2026-12-02"))
        // Opened again, the person is the choice, and stays it.
        state.pane = .notes
        state.notesSection = .actions
        press(&state, [.character("e"), .enter])
        #expect(state.session.actions.last?.ownerName == "Jolanda")
    }

    @Test func aDateThatIsNoDateKeepsTheFormOpenAndSaysWhy() {
        var state = Self.started()
        press(&state, [.character("t")] + typing("Iets") + [.tab, .tab] + typing("vrijdagmiddag") + [.enter])
        guard case .form(let form) = state.modal else {
            Issue.record("the form closed")
            return
        }
        #expect(form.error != nil)
        #expect(state.session.actions.isEmpty)
    }

    // MARK: - Notes become decisions and actions

    @Test func tTurnsTheNoteJustTypedIntoAnActionWithItsTextOwnerAndMeeting() throws {
        var state = Self.started()
        let meeting = try #require(state.session.currentMeeting)
        state.selectedPartner = "corporatie"
        press(&state, [.character("n")] + typing("Corporatie levert de cijfers") + [.enter], now: Self.minute(3))
        press(&state, [.character("T")])
        guard case .form(let form) = state.modal else {
            Issue.record("no action form")
            return
        }
        #expect(form.text(Actions.Field.text) == "Corporatie levert de cijfers")
        #expect(form.choice(Actions.Field.owner) == "corporatie")
        #expect(form.choice(Actions.Field.meeting) == meeting.rawValue)
        press(&state, [.tab, .tab] + typing("15-12") + [.enter])
        #expect(state.session.notes.isEmpty, "the note became the action")
        let action = try #require(state.session.actions.last)
        #expect(action.text == "Corporatie levert de cijfers" && action.due == Day("2026-12-15"))
        #expect(action.owner == "corporatie" && action.meeting == meeting)
        press(&state, [.character("u")])
        #expect(state.session.notes.count == 1 && state.session.actions.isEmpty)
    }

    @Test func bTurnsTheSelectedNoteIntoADecisionOfItsMeeting() throws {
        var state = Self.started()
        press(&state, [.character("n")] + typing("Eerst") + [.enter], now: Self.minute(1))
        press(&state, [.character("n")] + typing("We starten in januari") + [.enter], now: Self.minute(2))
        press(&state, [.character("M")], now: Self.minute(3))
        // The meeting has ended; in the notes list the selected note is the one meant.
        state.pane = .notes
        state.notesSection = .notes
        state.selectedNote = 0
        press(&state, [.character("B")])
        #expect(state.session.meetings.last?.decisions == ["We starten in januari"])
        #expect(state.session.notes.map(\.text) == ["Eerst"])
    }

    // MARK: - @

    @Test func atCompletesAPartnerIgnoringAccentsAndTheNoteKeepsTheLink() throws {
        var state = Self.started()
        state.selectedPartner = nil
        press(&state, [.character("n")] + typing("Bellen met @elst"))
        guard case .capture(let capture) = state.modal else {
            Issue.record("no capture line")
            return
        }
        #expect(capture.offered.map(\.name) == ["Woningcorporatie Ëlst"])
        press(&state, [.tab] + typing("over de cijfers") + [.enter])
        let note = try #require(state.session.notes.last)
        #expect(note.text == "Bellen met Woningcorporatie Ëlst over de cijfers")
        #expect(note.links == ["corporatie"])
    }

    @Test func enterCompletesTooAndTheBestMatchIsOfferedFirst() throws {
        var session = uiSession()
        session.partners.append(Partner(id: "polder", name: "Stichting Polderpol"))
        var state = uiState(session)
        state.selectedPartner = nil
        press(&state, [.character("n")] + typing("@pol"))
        guard case .capture(let capture) = state.modal else {
            Issue.record("no capture line")
            return
        }
        // A name that starts with it before one that only holds it.
        #expect(capture.offered.map(\.name) == ["Politie", "Stichting Polderpol"])
        press(&state, [.down, .enter] + typing("belt") + [.enter])
        let note = try #require(state.session.notes.last)
        #expect(note.text == "Stichting Polderpol belt")
        #expect(note.links == ["polder"])
    }

    /// Tab puts the name and a space; the space a typist adds out of habit is that same one.
    @Test func aSpaceTypedAfterACompletedNameIsNotDoubled() throws {
        var state = uiState()
        state.selectedPartner = nil
        press(&state, [.character("n")] + typing("@pol") + [.tab] + typing(" belt, ") + typing("@pol") + [.tab])
        press(&state, typing("ook") + [.enter])
        let note = try #require(state.session.notes.last)
        #expect(note.text == "Politie belt, Politie ook")
    }

    @Test func theBestMatchIsHighlightedAsTheNameIsTypedUnlessAnArrowChoseAnother() throws {
        var session = uiSession()
        session.partners.append(Partner(id: "beweegt", name: "Noord Beweegt"))
        session.partners[0].name = "Gemeente Noord"
        var state = uiState(session)
        state.selectedPartner = nil
        // A bare @ offers the partners in list order, the Gemeente first; it still matches "noo",
        // but the name that starts with what was typed is the one Tab takes.
        press(&state, [.character("n")] + typing("@noo"))
        guard case .capture(let capture) = state.modal else {
            Issue.record("no capture line")
            return
        }
        #expect(capture.offered.map(\.name) == ["Noord Beweegt", "Gemeente Noord"])
        #expect(capture.highlighted == 0)
        // Chosen with an arrow, the name stays chosen while more is typed.
        press(&state, [.down] + typing("r"))
        guard case .capture(let chosen) = state.modal else {
            Issue.record("no capture line")
            return
        }
        #expect(chosen.offered[chosen.highlighted].name == "Gemeente Noord")
        press(&state, [.tab, .enter])
        #expect(state.session.notes.last?.links == ["gemeente"])
    }

    @Test func anAtInsideAWordOrOneThatMatchesNobodyIsJustText() throws {
        var state = uiState()
        state.selectedPartner = nil
        press(&state, [.character("n")] + typing("mail jan@gemeente.nl"))
        guard case .capture(let mail) = state.modal else {
            Issue.record("no capture line")
            return
        }
        #expect(mail.offered.isEmpty)
        press(&state, typing(" en @xyz"))
        guard case .capture(let nobody) = state.modal else {
            Issue.record("no capture line")
            return
        }
        #expect(nobody.offered.isEmpty)
        press(&state, [.enter])
        #expect(state.session.notes.last?.text == "mail jan@gemeente.nl en @xyz")
        #expect(state.session.notes.last?.links == [])
    }

    @Test func escPutsTheOfferAwayAndASecondEscAsksBeforeThrowingTheLineAway() {
        var state = uiState()
        press(&state, [.character("n")] + typing("@ge"))
        press(&state, [.escape])
        guard case .capture(let capture) = state.modal else {
            Issue.record("Esc closed the line")
            return
        }
        #expect(capture.offered.isEmpty)
        press(&state, typing("m"))
        guard case .capture(let still) = state.modal else {
            Issue.record("no capture line")
            return
        }
        #expect(still.offered.isEmpty, "the offer stays away for that @")
        press(&state, [.escape])
        guard case .confirm = state.modal else {
            Issue.record("typed text thrown away unasked")
            return
        }
    }

    @Test func backspaceOnAnEmptyLineDropsTheLastLink() {
        var state = uiState()
        state.selectedPartner = "politie"
        press(&state, [.character("n"), .backspace] + typing("Zonder koppeling") + [.enter])
        #expect(state.session.notes.last?.links == [])
    }

    // MARK: - The capture line on screen and after a crash

    @Test func theCaptureLineSaysWhereTheNoteGoesAndOffersNames() throws {
        var state = Self.started()
        press(&state, [.character("n")] + typing("Afspraak met @po"))
        let text = AppView.render(state, size: Size(width: 80, height: 24)).grid.snapshot(styles: false)
        let lines = text.split(separator: "\n").map(String.init)
        let context = try #require(lines.firstIndex { $0.contains("in Wijktafel Ëlst · over Gemeente") }, "\(text)")
        #expect(lines[context].contains("Enter bewaart · @ partner · Esc"))
        #expect(lines[context + 1].contains(" Notitie ▸ Afspraak met @po"), "\(text)")
        // The offer sits just above, where the @ was typed: after the prompt and "Afspraak met ".
        // Politie first (the name starts with it), then the corporation (its name holds it).
        #expect(lines[context - 2].contains("│ Woningcorporatie Ëlst │"))
        let offer = lines[context - 3]
        let at = try #require(lines[context + 1].range(of: "@po")).lowerBound
        let name = try #require(offer.range(of: "│ Politie")).lowerBound
        #expect(
            offer.distance(from: offer.startIndex, to: name)
                == lines[context + 1].distance(from: lines[context + 1].startIndex, to: at))
    }

    @Test func aQuickNoteDraftComesBackOnTheCaptureLine() throws {
        var state = Self.started()
        press(&state, [.character("n")] + typing("Halverwege"))
        let effects = update(&state, .terminationRequested, now: Self.minute(1))
        guard case .writeDraft(_, let draft)? = effects.first else {
            Issue.record("no draft: \(effects)")
            return
        }
        #expect(draft.kind == .quickNote)
        // The next start: the session, with its running meeting, and the draft offered back.
        var next = uiState(state.session)
        Questions.offerDraft(&next, try #require(FormDraft(data: draft.data)), path: "/tmp/.regie-test.json.draft")
        press(&next, [.enter])
        guard case .capture(let capture) = next.modal else {
            Issue.record("not back on the capture line")
            return
        }
        #expect(capture.editor.text == "Halverwege")
        let stored = press(&next, typing(" en klaar") + [.enter], now: Self.minute(2))
        #expect(stored.contains(.removeFile(path: "/tmp/.regie-test.json.draft")), "the draft has done its work")
        #expect(next.session.notes.last?.text == "Halverwege en klaar")
        #expect(next.session.notes.last?.meeting == state.session.currentMeeting)
    }
}

/// The actions across meetings, against the clock's day rather than the newest note.
@Suite struct ActionsViewTests {
    static func state(today: String) -> AppState {
        var session = uiSession()
        session.meetings = [Meeting(id: "m1", title: "Wijktafel", date: Timestamp.date(from: "2026-01-10T09:00:00Z")!)]
        // The newest note is old: measured against it, nothing would be overdue.
        session.notes = [Note(id: "n1", at: Timestamp.date(from: "2026-01-10T09:30:00Z")!, text: "Oud", meeting: "m1")]
        session.actions = [
            ActionItem(id: "a1", text: "Later", owner: "gemeente", due: Day("2026-12-01"), meeting: "m1"),
            ActionItem(id: "a2", text: "Te laat", owner: "politie", due: Day("2026-11-01"), meeting: "m1"),
            ActionItem(id: "a3", text: "Klaar", owner: "gemeente", due: Day("2026-10-01"), done: true),
            ActionItem(id: "a4", text: "Jolanda belt", ownerName: "Jolanda", due: Day("2026-11-18")),
        ]
        var state = uiState(session)
        state.pane = .notes
        state.notesSection = .actions
        _ = update(
            &state, .ticked(Timestamp.date(from: today + "T10:00:00Z")!),
            now: Timestamp.date(from: today + "T10:00:00Z")!)
        return state
    }

    static func rows(_ state: AppState) -> [String] {
        AppView.render(state, size: Size(width: 80, height: 24)).grid.snapshot(styles: false)
            .split(separator: "\n").map(String.init).filter { $0.hasPrefix("|│ [") }
    }

    @Test func overdueIsMeasuredAgainstTheInjectedToday() {
        let rows = Self.rows(Self.state(today: "2026-11-18"))
        #expect(rows.count == 4)
        #expect(rows[0].contains("[!] Te laat") && rows[0].contains("2026-11-01"), "\(rows)")
        #expect(rows[1].contains("[ ] Jolanda belt"), "due today is not overdue: \(rows)")
        #expect(rows[2].contains("[ ] Later"))
        #expect(rows[3].contains("[x] Klaar"))
        // A fortnight later the clock says more is late.
        let later = Self.rows(Self.state(today: "2026-12-02"))
        #expect(later.prefix(3).allSatisfy { $0.contains("[!]") }, "\(later)")
    }

    @Test func aShortOwnerNameStillGetsItsColumn() {
        var state = Self.state(today: "2026-11-18")
        // Only people named freely, all shorter than the 10 columns a cut name needs.
        state.session.actions = [
            ActionItem(id: "a1", text: "Belt de school", ownerName: "Jolanda", due: Day("2026-11-20")),
            ActionItem(id: "a2", text: "Stuurt de notulen", ownerName: "Piet", due: Day("2026-11-25")),
        ]
        let rows = Self.rows(state)
        #expect(rows.count == 2)
        #expect(rows[0].contains("Belt de school") && rows[0].contains("Jolanda  2026-11-20"), "\(rows)")
        #expect(rows[1].contains("Piet     2026-11-25"), "\(rows)")
    }

    @Test func slashNarrowsTheListToAnOwnerAndEscClearsIt() {
        var state = Self.state(today: "2026-11-18")
        press(&state, [.character("/")] + typing("gem"))
        var rows = Self.rows(state)
        #expect(rows.count == 2 && rows[0].contains("Later") && rows[1].contains("Klaar"), "\(rows)")
        press(&state, [.enter])
        #expect(state.actionOwnerFilter == "gem")
        press(&state, [.escape])
        rows = Self.rows(state)
        #expect(rows.count == 4)
    }

    @Test func xMarksTheSelectedActionDoneAndTheSelectionFollowsIt() {
        var state = Self.state(today: "2026-11-18")
        state.selectedAction = 0
        press(&state, [.character("x")])
        #expect(state.session.actions.first { $0.id == "a2" }?.done == true)
        #expect(Actions.selected(state)?.id == "a2", "selection follows the action to the done group")
    }

    @Test func meetingsAreListedNewestFirstAndTheRunningOneIsMarked() {
        var state = Self.state(today: "2026-11-18")
        state.notesSection = .meetings
        press(
            &state, [.character("m")] + typing("Vandaag") + [.enter], now: Timestamp.date(from: "2026-11-18T10:00:00Z")!
        )
        state.pane = .notes
        state.notesSection = .meetings
        let text = AppView.render(state, size: Size(width: 80, height: 24)).grid.snapshot(styles: false)
        let rows = text.split(separator: "\n").map(String.init)
        let today = rows.firstIndex { $0.contains("Vandaag") && $0.contains("● loopt") }
        let older = rows.firstIndex { $0.contains("2026-01-10 09:00") }
        #expect(today != nil && older != nil && today! < older!, "\(text)")
        #expect(Meetings.selected(state)?.title == "Vandaag")
    }
}
