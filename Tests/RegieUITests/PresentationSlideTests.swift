import Canvas
import Foundation
import Testing

@testable import RegieKit
@testable import RegieUI
import RegieTestSupport

/// A workshop session: every private place holds a planted secret (`Secrets`), and beside them
/// what the room may see: a group's answer, a planned intervention on a tension, a partner with
/// a name too long for one line.
enum Workshop {
    static let sharedAnswer = "GEDEELD-ANTWOORD van de hele groep"
    static let tensionNote = "SPANNINGSNOTITIE tussen zorggroep en corporatie"
    static let longName = "Stichting Maatschappelijke Dienstverlening en Welzijn Regio Ëlst-Noord"
    /// Partners who keep their scores private in `Secrets.session()`: no score view may place them.
    static let unshared = ["Zorggroep Ëlst 日本", "Woonstichting De Linde", "Politie Oost", "Buurtteam Noord"]

    static func session() -> Session {
        var session = Secrets.session()
        let question = Catalog.tip(1)!.questions[1].id
        session.reflections[1]?.sharedAnswers[question] = sharedAnswer
        session.reflections[1]?.discussed = [question]
        session.reflections[1]?.extra["stemming"] = .string("GEHEIM-EXTRA in een reflectie")
        if let index = session.relations.firstIndex(where: { $0.id == "r2" }) {
            session.relations[index].note = tensionNote
            session.relations[index].trust = 1
            session.relations[index].extra["geheim"] = .string("GEHEIM-EXTRA op een relatie")
        }
        session.interventions.append(
            Intervention(
                id: "i5", title: "Bemiddelen tussen zorggroep en corporatie", targets: ["zorggroep", "r2"],
                rationale: "GEHEIM-EXTRA is geen reden", status: .planned))
        session.partners.append(Partner(id: "welzijn", name: longName, sector: "welzijn"))
        session.perspectives.append(
            Perspective(id: "p4", partner: "welzijn", view: "Welzijn begint bij ontmoeting in de buurt."))
        session.actions.append(ActionItem(id: "a4", text: "Buurtkamer openen", owner: "welzijn"))
        return session
    }

    /// Presenting the workshop session, the timer running.
    static func state(_ language: Language = .nl, _ change: (inout AppState) -> Void = { _ in }) -> AppState {
        var state = AppState(session: session(), filePath: "/tmp/werksessie.json", language: language, timeZone: utc)
        _ = update(&state, .keyPressed(.character("p")), now: fixedNow)
        change(&state)
        return state
    }

    static func screen(_ state: AppState, _ size: Size) -> String {
        AppView.render(state, size: size).grid.snapshot(styles: false)
    }

    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]
}

@Suite struct PresentationSlideTests {
    typealias W = Workshop

    /// Every slide of the deck, in each language, with the timer running and after its end, with
    /// tension lines shown and hidden, with the group's answer being typed: no secret, ever.
    @Test func noSlideShowsAnythingPrivateAt80x24Or120x40() {
        var checked = 0
        for language in [Language.nl, .en] {
            for hides in [false, true] {
                var state = W.state(language) { $0.presentation.hidesTensions = hides }
                press(&state, typing("t") + [.enter])
                let count = SlideDeck(state).slides.count
                for index in 0..<count {
                    state.presentation.slide = index
                    for question in [0, 1, 4] {
                        state.presentation.question = question
                        for size in W.sizes {
                            let screen = W.screen(state, size)
                            if let secret = Secrets.leaked(in: screen) {
                                Issue.record("\(secret) on slide \(index + 1) at \(size), \(language):\n\(screen)")
                            }
                            #expect(!screen.contains("SPANNINGSNOTITIE"), "relation notes stay off every slide")
                            checked += 1
                        }
                    }
                }
                // Typing an answer, and the timer past its end.
                state.presentation.slide = SlideDeck(state).first(of: .tips)!
                press(&state, [.enter] + typing("nieuw"))
                _ = update(&state, .ticked(fixedNow.addingTimeInterval(700)), now: fixedNow)
                for size in W.sizes {
                    let screen = W.screen(state, size)
                    #expect(Secrets.leaked(in: screen) == nil, "\(screen)")
                    #expect(screen.contains("nieuw"))
                }
            }
        }
        #expect(checked > 150)
    }

    /// `name` on the screen whole: on one row, or broken at a space over two rows from the same column.
    private func appearsWhole(_ name: String, in rows: [String]) -> Bool {
        if rows.contains(where: { $0.contains(name) }) { return true }
        let words = name.split(separator: " ").map(String.init)
        for split in 1..<max(1, words.count) {
            let first = words[..<split].joined(separator: " ")
            let second = words[split...].joined(separator: " ")
            for (row, text) in rows.enumerated().dropLast() {
                guard let range = text.range(of: first) else { continue }
                // The second line starts under the label, which may begin with a status marker.
                let name = text[..<range.lowerBound].count
                let next = Array(rows[row + 1])
                for column in [name, name - 1] where column >= 0 && next.count >= column + second.count {
                    if String(next[column..<(column + second.count)]) == second { return true }
                }
            }
        }
        return false
    }

    /// The room reads every partner's name on the network slide: long names wrap over two lines
    /// instead of being cut, at 80×24 too (the demo has 18 partners).
    @Test func theNetworkSlideWrapsNamesInsteadOfCuttingThem() throws {
        let data = try #require(SampleSessions.data(named: SampleSessions.demoName))
        let session = try SessionCodec.decode(data)
        for size in W.sizes {
            var state = AppState(session: session, filePath: "/tmp/demo.json", language: .nl, timeZone: utc)
            press(&state, [.character("p")])
            state.presentation.slide = SlideDeck(state).slides.firstIndex(of: .map(.network))!
            let rows = AppView.render(state, size: size).grid.lines()
            for partner in state.shown.partners {
                #expect(
                    appearsWhole(partner.name, in: rows), "\(partner.name) at \(size):\n\(rows.joined(separator: "\n"))"
                )
            }
            #expect(!rows.joined().contains("…"), "nothing cut at \(size)")
        }
    }

    @Test func aSlideNeverReadsTheWholeSession() {
        var state = W.state()
        // Were a slide to read `state.session`, this would be on the wall.
        state.session.opgave.intent = "GEHEIM-EXTRA"
        #expect(state.shown.opgave.intent == "GEHEIM-EXTRA", "the intent is shared, so the test is fair")
        state.session.opgave.intent = "Gedeelde bedoeling"
        for slide in SlideDeck(state).slides.indices {
            state.presentation.slide = slide
            #expect(Secrets.leaked(in: W.screen(state, W.sizes[0])) == nil)
        }
        #expect(SlideDeck(state).session == state.shown)
    }

    @Test func theDeckHasTheOpgaveTheTipsTheMapsThePerspectivesThePlanAndTheActions() {
        let deck = SlideDeck(W.state())
        #expect(
            deck.slides == [
                .opgave, .tip(1), .tip(2), .tip(3), .tip(4), .tip(5), .tip(6), .tip(7), .map(.network), .map(.grid),
                .map(.salience), .map(.chain), .map(.rings), .perspectives(page: 0), .perspectives(page: 1),
                .interventions(page: 0), .actions(page: 0),
            ])
        #expect(deck.interventions.map(\.id) == ["i1", "i5"], "only the planned ones")
        #expect(deck.actions.map(\.id) == ["a1", "a2", "a4"], "only the open ones")
    }

    @Test func everySlideSaysWhereTheRoomIsInTheDeck() {
        var state = W.state()
        let count = SlideDeck(state).slides.count
        for index in 0..<count {
            state.presentation.slide = index
            let last = AppView.render(state, size: W.sizes[0]).grid.lines().last!
            #expect(last.hasSuffix(" \(index + 1)/\(count)  "), "\(last)")
        }
    }

    @Test func theTipSlideShowsTheGroupsAnswerAndWhatWasDiscussedButNeverTheRegisseurs() {
        let state = W.state { $0.presentation.slide = 1 }
        for size in W.sizes {
            let screen = W.screen(state, size)
            #expect(screen.contains("Samen: GEDEELD-ANTWOORD van de hele groep"), "\(screen)")
            #expect(screen.contains("✓ 2."), "the discussed question is marked: \(screen)")
            #expect(screen.contains("▶   1."), "the facilitator points at the first question: \(screen)")
            #expect(!screen.contains("GEHEIM-ANTWOORD"))
        }
    }

    /// Grid, salience and rings place partners by their scores: only those who share them, and
    /// the slide never lists who did not.
    @Test func scoreViewsPlaceOnlySharingPartnersAndNameNobodyWhoWithheld() {
        var state = W.state()
        let deck = SlideDeck(state)
        for kind in [MapKind.grid, .salience, .rings] {
            state.presentation.slide = deck.slides.firstIndex(of: .map(kind))!
            for size in W.sizes {
                let screen = W.screen(state, size)
                #expect(screen.contains("Gemeente Ëlst"), "\(kind) places the partner who shares: \(screen)")
                for name in W.unshared + [W.longName] {
                    #expect(!screen.contains(name), "\(kind) at \(size) names \(name):\n\(screen)")
                }
                #expect(!screen.contains("niet gedeeld"), "\(kind) says who withheld:\n\(screen)")
                #expect(screen.contains("Op deze kaart staan de partners die hun scores delen."))
            }
        }
        // Views that use no scores name everyone, placed like anyone else.
        state.presentation.slide = deck.slides.firstIndex(of: .map(.chain))!
        #expect(W.screen(state, W.sizes[1]).contains("Zorggroep Ëlst 日本"))
    }

    @Test func hiddenTensionsLeaveTheLinesTheLegendAndTheTargetsOff() {
        var shownState = W.state()
        var hiddenState = W.state { $0.presentation.hidesTensions = true }
        let network = SlideDeck(shownState).slides.firstIndex(of: .map(.network))!
        shownState.presentation.slide = network
        hiddenState.presentation.slide = network
        let shown = W.screen(shownState, W.sizes[1])
        let hidden = W.screen(hiddenState, W.sizes[1])
        #expect(shown.contains("spanning") && shown.contains("onderhandeling"), "\(shown)")
        #expect(!hidden.contains("spanning") && !hidden.contains("onderhandeling"), "\(hidden)")
        #expect(hidden.contains("samenwerking"))

        let deck = SlideDeck(hiddenState)
        #expect(deck.session.relations.map(\.id) == ["r1", "r3"])
        #expect(deck.session.relations.allSatisfy { $0.note.isEmpty })

        let plan = SlideDeck(shownState).first(of: .plan)!
        shownState.presentation.slide = plan
        hiddenState.presentation.slide = plan
        // The intervention on the tension names both partners while it is shown, only the one it
        // names itself once the tension is hidden.
        let shownScreen = W.screen(shownState, W.sizes[1])
        #expect(shownScreen.contains("Met: Zorggroep Ëlst 日本, Woonstichting De Linde"), "\(shownScreen)")
        let without = W.screen(hiddenState, W.sizes[1])
        #expect(!without.contains("De Linde") && !without.contains("r2"), "\(without)")
        #expect(without.contains("Met: Zorggroep Ëlst 日本"))
    }

    @Test func longNamesWrapInsteadOfBeingCut() {
        var state = W.state()
        let deck = SlideDeck(state)
        for slide in [Slide.perspectives(page: 1), .actions(page: 0)] {
            state.presentation.slide = deck.slides.firstIndex(of: slide)!
            let screen = AppView.render(state, size: W.sizes[0]).grid.lines()
                .map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            #expect(screen.contains("Stichting Maatschappelijke Dienstverlening"), "\(slide): \(screen)")
            #expect(screen.contains("Ëlst-Noord"), "\(slide): \(screen)")
            #expect(!screen.contains("…"), "\(slide) cut something: \(screen)")
        }
    }

    @Test func aLongOpgaveWrapsWhole() {
        let title =
            "Iedereen in Ëlst woont veilig en gezond thuis, ook wie zorg nodig heeft, schulden heeft of net uit de opvang komt, en weet bij wie hij terechtkan, zonder van loket naar loket te worden gestuurd door partners die elkaar niet kennen"
        let state = W.state { $0.session.opgave.title = title }
        let lines = AppView.render(state, size: W.sizes[0]).grid.lines().map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(lines.joined(separator: " ").contains(title), "\(lines.joined(separator: "\n"))")
    }

    /// Text slides use the terminal's own colours and no dim text: with `NO_COLOR` or on a washed
    /// out projector they look the same. (Map slides reuse the map views, whose every distinction
    /// has a shape of its own.)
    @Test func textSlidesCarryNoMeaningInColourOrDimText() {
        var state = W.state()
        press(&state, [.character("t"), .enter])
        let deck = SlideDeck(state)
        for (index, slide) in deck.slides.enumerated() {
            if case .map = slide { continue }
            state.presentation.slide = index
            for size in W.sizes {
                for run in AppView.render(state, size: size).grid.styleRuns() {
                    #expect(
                        run.style.foreground == nil && run.style.background == nil && !run.style.dim, "\(slide): \(run)"
                    )
                }
            }
        }
    }

    @Test func noEditingHintsOnAnySlide() {
        var state = W.state()
        state.message = nil
        for index in SlideDeck(state).slides.indices {
            state.presentation.slide = index
            let screen = W.screen(state, W.sizes[0])
            for hint in ["bewerk", "Enter", "Esc", "a partner", "toevoegen"] {
                #expect(!screen.contains(hint), "slide \(index + 1) shows \(hint):\n\(screen)")
            }
        }
    }

    @Test func everySlideDrawsWholeRowsAtEverySize() {
        let sizes = [
            Size(width: 60, height: 16), Size(width: 61, height: 19), Size(width: 80, height: 24),
            Size(width: 120, height: 40), Size(width: 200, height: 60),
        ]
        var empty = AppState(session: Session(title: "Leeg"), filePath: nil, language: .en, timeZone: utc)
        _ = update(&empty, .keyPressed(.character("p")), now: fixedNow)
        for var state in [W.state(), empty] {
            press(&state, [.character("t"), .enter])
            for index in SlideDeck(state).slides.indices {
                state.presentation.slide = index
                for size in sizes {
                    let lines = AppView.render(state, size: size).grid.lines()
                    #expect(lines.count == size.height)
                    #expect(lines.allSatisfy { $0.displayWidth == size.width }, "slide \(index) at \(size)")
                }
            }
        }
    }

    @Test func anEmptySessionStillHasASlideForEveryGroup() {
        var state = AppState(session: Session(title: "Leeg"), filePath: nil, language: .nl, timeZone: utc)
        press(&state, [.character("p")])
        let deck = SlideDeck(state)
        #expect(Set(deck.slides.map(\.group)) == Set(SlideGroup.allCases))
        state.presentation.slide = deck.first(of: .plan)!
        #expect(W.screen(state, W.sizes[0]).contains("Er zijn geen geplande interventies."))
    }

    // MARK: - Exact screens

    @Test func tipSlideWithTheTimerAt80x24() {
        var state = W.state()
        press(&state, [.character("t"), .backspace, .backspace] + typing("25") + [.enter])
        _ = update(&state, .ticked(fixedNow.addingTimeInterval(61)), now: fixedNow)
        state.presentation.slide = 1
        state.message = nil
        Snapshot.check(AppView.render(state, size: W.sizes[0]).grid, named: "presentation-tip-nl-80x24")
    }

    @Test func interventionsSlideWhenTheTimeIsUpAt80x24() {
        var state = W.state(.en)
        press(&state, [.character("t"), .backspace, .backspace] + typing("1") + [.enter])
        _ = update(&state, .ticked(fixedNow.addingTimeInterval(75)), now: fixedNow)
        state.presentation.slide = SlideDeck(state).first(of: .plan)!
        state.message = nil
        Snapshot.check(AppView.render(state, size: W.sizes[0]).grid, named: "presentation-interventions-ended-en-80x24")
    }
}

@Suite struct BlockFontTests {
    @Test func everyGlyphIsFiveRowsOfEqualWidthInInkAndSpace() {
        for (character, rows) in BlockFont.glyphs {
            #expect(rows.count == BlockFont.height, "\(character)")
            #expect(Set(rows.map(\.count)).count == 1, "\(character) has rows of different widths")
            #expect(rows.joined().allSatisfy { $0 == "#" || $0 == " " }, "\(character)")
        }
        for character in "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789:/-" {
            #expect(BlockFont.glyphs[character] != nil, "\(character) is missing")
        }
    }

    @Test func textIsDrawnWithTheFullBlockOnly() {
        let rows = BlockFont.rows("TIP 3: ë?", scale: 2)
        #expect(rows.count == 5)
        #expect(Set(rows.map(\.count)) == [BlockFont.width("TIP 3: ë?", scale: 2)])
        // One character for the ink, which a terminal without UTF-8 shows as `#`.
        #expect(Set(rows.joined()) == [" ", "█"])
        #expect(BlockFont.ink.unicodeScalars.first?.value == 0x2588)
    }

    @Test func lettersWithAccentsAreDrawnAsTheirBaseAndSmallLettersAsCapitals() {
        #expect(BlockFont.rows("Ëé") == BlockFont.rows("EE"))
        #expect(BlockFont.rows("日") == BlockFont.rows("?"))
        #expect(
            BlockFont.rows("OK") == [
                " ██  █ █",
                "█  █ █ █",
                "█  █ ██ ",
                "█  █ █ █",
                " ██  █ █",
            ])
    }
}
