import Canvas
import Foundation
import Testing

@testable import RegieKit
@testable import RegieUI
import RegieTestSupport

@Suite struct PresentationKeyTests {
    typealias W = Workshop

    private func isLeaveQuestion(_ state: AppState) -> Bool {
        if case .confirm(let question) = state.modal, case .leavePresentation = question.subject { return true }
        return false
    }

    @Test func arrowsSpaceAndPageKeysStepThroughTheDeckAndStopAtItsEnds() {
        var state = W.state()
        let count = SlideDeck(state).slides.count
        #expect(state.presentation.slide == 0)
        press(&state, [.right, .character(" "), .pageDown])
        #expect(state.presentation.slide == 3)
        press(&state, [.left, .pageUp])
        #expect(state.presentation.slide == 1)
        press(&state, Array(repeating: .left, count: 5))
        #expect(state.presentation.slide == 0)
        press(&state, Array(repeating: .right, count: count + 3))
        #expect(state.presentation.slide == count - 1)
        press(&state, [.home])
        #expect(state.presentation.slide == 0)
        press(&state, [.end])
        #expect(state.presentation.slide == count - 1)
    }

    @Test func oneToFiveJumpToTheGroups() {
        var state = W.state()
        let deck = SlideDeck(state)
        for (key, slide) in [
            ("3", Slide.map(.network)), ("2", .tip(1)), ("4", .perspectives(page: 0)), ("5", .interventions(page: 0)),
            ("1", .opgave),
        ] {
            press(&state, [.character(Character(key))])
            #expect(deck.slides[state.presentation.slide] == slide, "\(key)")
        }
    }

    @Test func escClosesWhatIsOpenButNeverLeaves() {
        var state = W.state { $0.presentation.slide = 1 }
        for opener: [Key] in [[], [.enter], [.character("?")], [.character(":")], [.character("t")], [.character("p")]]
        {
            press(&state, opener + [.escape])
            #expect(state.presenting, "after \(opener)")
            #expect(state.modal == nil && state.presentation.editing == nil, "after \(opener)")
            press(&state, [.escape, .escape])
            #expect(state.presenting)
        }
        #expect(state.session == W.session(), "Esc changed nothing")
    }

    @Test func pAsksAndOnlyASecondPLeaves() {
        var state = W.state()
        for stay: Key in [.escape, .enter, .character("n"), .ctrl("c")] {
            press(&state, [.character("p")])
            #expect(isLeaveQuestion(state))
            #expect(state.presenting, "the question itself is still the presentation")
            press(&state, [stay])
            #expect(state.modal == nil && state.presenting, "\(stay) stays")
        }
        press(&state, [.character("p")])
        let screen = AppView.render(state, size: Size(width: 80, height: 24)).grid.snapshot(styles: false)
        #expect(screen.contains("De presentatie verlaten?"), "\(screen)")
        #expect(screen.contains("Esc: blijven") && screen.contains("p: verlaten"), "\(screen)")
        press(&state, [.character("p")])
        #expect(!state.presenting && state.modal == nil)
        #expect(state.disclosure == .full)
        // Back in again, on the slide where it was.
        press(&state, [.character("5"), .character("p")])
        #expect(state.presenting)
    }

    @Test func thePaletteOffersOnlyWhatKeepsItAPresentationAndHidesTensions() throws {
        var state = W.state()
        press(&state, [.character(":")])
        let offered = PaletteCatalog.entries(matching: "", language: .nl, presenting: true).map(\.command)
        #expect(offered.contains(.toggleTensionLines))
        #expect(!offered.contains(.editOpgave) && !offered.contains(.addMeeting) && !offered.contains(.showPane(.map)))
        press(&state, typing("spanning") + [.enter])
        #expect(state.presentation.hidesTensions)
        #expect(state.presenting)
        press(&state, [.character(":")] + typing("spanning") + [.enter])
        #expect(!state.presentation.hidesTensions)
    }

    @Test func helpListsThePresentationsOwnKeys() {
        var state = W.state()
        press(&state, [.character("?")])
        let screen = AppView.render(state, size: Size(width: 80, height: 24)).grid.snapshot(styles: false)
        #expect(screen.contains("Toetsen · Presentatie"))
        #expect(screen.contains("Volgende dia"))
        #expect(screen.contains("Vraag besproken aan/uit"))
        #expect(!screen.contains("In een formulier"))
    }

    // MARK: - Facilitation

    @Test func aGroupAnswerIsTypedIntoTheSlideAndSavedAsShared() throws {
        var state = W.state { $0.presentation.slide = SlideDeck($0).slides.firstIndex(of: .tip(3))! }
        let question = Catalog.tip(3)!.questions[2].id
        press(&state, [.down, .down, .enter] + typing("Eerst de jeugd, dan de rest"))
        let typing = AppView.render(state, size: Size(width: 80, height: 24))
        #expect(typing.grid.snapshot(styles: false).contains("Samen: Eerst de jeugd, dan de rest"))
        #expect(typing.cursor != nil, "the cursor shows where the typing goes")
        #expect(state.session.reflections[3]?.sharedAnswers[question] == nil, "nothing kept before Enter")
        press(&state, [.enter])
        let reflection = try #require(state.session.reflections[3])
        #expect(reflection.sharedAnswers == [question: "Eerst de jeugd, dan de rest"])
        #expect(reflection.discussed == [question], "an answer the group agreed on was discussed")
        #expect(reflection.answers == W.session().reflections[3]?.answers, "the regisseur's own stay apart")
        #expect(state.dirty)
        #expect(W.screen(state, Size(width: 80, height: 24)).contains("✓ 3."))

        // Enter again opens the answer to change it; emptying it takes it away.
        press(&state, [.enter, .ctrl("u"), .enter])
        #expect(state.session.reflections[3]?.sharedAnswers.isEmpty == true)
    }

    /// What a group agreed on took the room minutes: Esc asks before it goes, and going back
    /// keeps the text; only Shift-D throws it away.
    @Test func escAsksBeforeItThrowsAwayAnAnswerBeingTyped() {
        var state = W.state { $0.presentation.slide = 2 }
        press(&state, [.enter] + typing("toch niet") + [.escape])
        guard case .confirm(let question) = state.modal, case .discardGroupAnswer = question.subject else {
            Issue.record("Esc with typed text asks first, got \(String(describing: state.modal))")
            return
        }
        press(&state, [.escape])
        #expect(state.modal == nil)
        guard case .answer(_, _, let editor) = state.presentation.editing else {
            Issue.record("back at the question is back at the typing")
            return
        }
        #expect(editor.text == "toch niet")
        press(&state, typing(", of toch") + [.escape, .character("D")])
        #expect(state.modal == nil && state.presentation.editing == nil)
        #expect(state.session == W.session(), "thrown away, nothing stored")

        // Nothing typed, nothing to lose: Esc just closes.
        press(&state, [.enter, .escape])
        #expect(state.modal == nil && state.presentation.editing == nil)
    }

    @Test func markingAQuestionDiscussedAndBackLeavesTheSessionAsItWas() {
        var state = W.state { $0.presentation.slide = SlideDeck($0).slides.firstIndex(of: .tip(6))! }
        press(&state, [.down, .character("x")])
        #expect(state.session.reflections[6]?.discussed == [Catalog.tip(6)!.questions[1].id])
        #expect(W.screen(state, Size(width: 120, height: 40)).contains("▶ ✓ 2."))
        press(&state, [.character("x")])
        #expect(state.session.reflections[6] == W.session().reflections[6])
        #expect(state.session == W.session())
    }

    @Test func aReadOnlySessionIsShownButNotWrittenTo() {
        var state = W.state {
            $0.readOnly = true
            $0.presentation.slide = 1
        }
        press(&state, [.enter, .character("x")])
        #expect(state.presentation.editing == nil)
        #expect(state.session == W.session())
        #expect(state.message?.kind == .warning)
    }

    @Test func keysWithoutMeaningOnASlideDoNothing() {
        var state = W.state { $0.presentation.slide = 0 }
        press(&state, [.character("x"), .enter, .down, .character("e"), .character("d"), .character("a")])
        #expect(state.session == W.session())
        #expect(state.modal == nil && state.presentation.editing == nil)
        #expect(state.presentation.scroll == 3, "↓ reads on where there are no questions")
    }
}

@Suite struct WorkshopTimerTests {
    let start = fixedNow

    @Test func countsDownPausesAndCountsOnPastTheEnd() {
        var timer = WorkshopTimer(minutes: 10)
        #expect(timer.face(at: start) == TimerFace(text: "10:00", over: nil, running: false))
        timer.start(at: start)
        #expect(timer.face(at: start).text == "10:00")
        #expect(timer.face(at: start + 0.4).text == "10:00", "rounded up: a second starts at its full value")
        #expect(timer.face(at: start + 1).text == "9:59")
        timer.pause(at: start + 61)
        #expect(timer.face(at: start + 500) == TimerFace(text: "8:59", over: nil, running: false))
        timer.start(at: start + 500)
        #expect(timer.face(at: start + 500 + 538).text == "0:01")
        let end = timer.face(at: start + 500 + 539)
        #expect(end.text == "0:00" && end.ended && end.over == "+0:00")
        #expect(timer.face(at: start + 500 + 539 + 83).over == "+1:23")
    }

    @Test func tSetsTheMinutesStartsAndPausesTAnewAndZeroRemovesIt() throws {
        var state = Workshop.state()
        press(&state, [.character("t")], now: start)
        #expect(state.presentation.editing == .minutes(LineEditor("10")))
        press(&state, [.backspace, .backspace, .character("x"), .character("5"), .enter], now: start)
        #expect(state.presentation.timer?.duration == 300)
        #expect(state.presentation.clock == TimerFace(text: "5:00", over: nil, running: true))
        press(&state, [.character("t")], now: start + 30)
        #expect(state.presentation.clock == TimerFace(text: "4:30", over: nil, running: false))
        press(&state, [.character("t")], now: start + 100)
        _ = update(&state, .ticked(start + 110), now: start + 110)
        #expect(state.presentation.clock?.text == "4:20")
        press(&state, [.character("T"), .ctrl("u"), .character("0"), .enter], now: start + 120)
        #expect(state.presentation.timer == nil && state.presentation.clock == nil)
        press(&state, [.character("t")] + typing("999") + [.enter], now: start)
        #expect(state.message?.kind == .warning, "more than ten hours is refused")
        #expect(state.presentation.editing != nil)
    }

    /// A tick asks for a frame exactly when the timer's face changes: once a second while it
    /// runs, never while it is paused, absent, or off the screen.
    @Test func aTickAsksForAFrameOnlyWhenTheClockOnScreenChanges() {
        var state = Workshop.state()
        // The first tick also asks, once, for the picker's insights; never for a frame.
        let first = update(&state, .ticked(start), now: start)
        #expect(first == [.analyze(state.session, state.insightsKey!)])
        press(&state, [.character("t"), .enter], now: start)
        #expect(update(&state, .ticked(start + 0.5), now: start) == [])
        #expect(update(&state, .ticked(start + 1.0), now: start) == [.redraw])
        #expect(update(&state, .ticked(start + 1.7), now: start) == [])
        #expect(update(&state, .ticked(start + 2.0), now: start) == [.redraw])
        press(&state, [.character("t")], now: start + 2.5)
        for second in 3..<10 {
            #expect(update(&state, .ticked(start + Double(second)), now: start) == [], "paused")
        }
        press(&state, [.character("t")], now: start + 10)
        press(&state, [.character("p"), .character("p")], now: start + 10)
        #expect(!state.presenting)
        #expect(update(&state, .ticked(start + 11), now: start) == [.redraw], "the clock leaves the screen")
        #expect(update(&state, .ticked(start + 12), now: start) == [], "not presenting: nothing to redraw")
    }

    @Test func theTimerIsLargeOnEverySlideAndItsEndIsASolidPlate() {
        var state = Workshop.state()
        press(&state, [.character("t"), .enter], now: start)
        _ = update(&state, .ticked(start + 1), now: start)
        let digits = BlockFont.rows("9:59")
        for index in SlideDeck(state).slides.indices {
            state.presentation.slide = index
            for size in Workshop.sizes {
                let lines = AppView.render(state, size: size).grid.lines()
                let scaled = size.width >= 100 ? BlockFont.rows("9:59", scale: 2) : digits
                #expect(lines.contains { $0.contains(scaled[2]) }, "slide \(index) at \(size)")
            }
        }
        _ = update(&state, .ticked(start + 605), now: start)
        let frame = AppView.render(state, size: Size(width: 80, height: 24))
        let text = frame.grid.snapshot(styles: false)
        #expect(text.contains("TIJD IS OM +0:05"))
        let plate = frame.grid.styleRuns().filter { $0.style.reverse && $0.columns.count >= 15 && $0.y <= 6 }
        #expect(plate.count >= 7, "a reversed plate behind the digits: \(plate)")
    }
}

@Suite struct PresentationRunLoopTests {
    @Test func aRunningTimerRedrawsOnceASecondAndAnIdleOneNever() {
        let files = MemoryFiles()
        let clock = TestClock()
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let workbench = Workbench(
            state: Workshop.state(), terminal: terminal, environment: files.environment(now: { clock.now }))
        workbench.step(nil)
        #expect(terminal.renderCount == 1)
        for _ in 0..<20 { workbench.step(nil) }
        #expect(terminal.renderCount == 1, "presenting without a timer is idle")

        workbench.step(.key(.character("t")))
        workbench.step(.key(.enter))
        #expect(terminal.renderCount == 3)
        #expect(terminal.snapshot(styles: false).contains(BlockFont.rows("10:00")[1]))
        for second in 1...5 {
            for _ in 0..<4 {
                clock.advance(0.25)
                workbench.step(nil)
            }
            #expect(terminal.renderCount == 3 + second, "one frame in second \(second)")
        }
        #expect(terminal.snapshot(styles: false).contains(BlockFont.rows("9:55")[1]))

        workbench.step(.key(.character("t")))
        let paused = terminal.renderCount
        for _ in 0..<20 {
            clock.advance(1)
            workbench.step(nil)
        }
        #expect(terminal.renderCount == paused, "a paused timer draws nothing")
    }
}
