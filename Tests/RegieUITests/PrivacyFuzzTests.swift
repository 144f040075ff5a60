import Canvas
import Foundation
import Testing
@testable import RegieKit
@testable import RegieUI
import RegieTestSupport

/// Every private place of a session holds a planted secret: presentation mode must never put
/// one on the projector, whatever keys are pressed.
enum Secrets {
    static let all = [
        "GEHEIM-PRIVENOTITIE", "GEHEIM-BELANG", "GEHEIM-WAARDE", "GEHEIM-MIDDEL", "GEHEIM-NOTITIE",
        "GEHEIM-ANTWOORD", "GEHEIM-EXTRA",
    ]

    static func session() -> Session {
        var session = PaneFixtures.session()
        for index in session.partners.indices where !session.partners[index].shareScores {
            session.partners[index].privateNotes = "GEHEIM-PRIVENOTITIE \(index)"
            session.partners[index].interests.append("GEHEIM-BELANG")
            session.partners[index].values.append("GEHEIM-WAARDE")
            session.partners[index].resources.append(Resource(name: "GEHEIM-MIDDEL", replaceable: false))
        }
        // A partner who shares scores still keeps private notes private.
        if let shared = session.partners.firstIndex(where: \.shareScores) {
            session.partners[shared].privateNotes = "GEHEIM-PRIVENOTITIE gedeeld"
        }
        session.notes.append(
            Note(
                id: "geheim-1", at: PaneFixtures.time("2026-03-05T10:00:00Z"), text: "GEHEIM-NOTITIE over de wethouder",
                links: ["gemeente"], tip: 2, meeting: session.meetings.first?.id, isPrivate: true))
        session.notes.append(
            Note(
                id: "geheim-2", at: PaneFixtures.time("2020-01-01T10:00:00Z"), text: "GEHEIM-NOTITIE oud",
                isPrivate: true))
        for tip in 1...7 {
            let question = Catalog.tip(tip)!.questions[0].id
            session.reflections[tip] = Reflection(answers: [question: "GEHEIM-ANTWOORD tip \(tip)"])
        }
        session.partners[0].extra["geheim"] = .string("GEHEIM-EXTRA")
        return session
    }

    static func leaked(in screen: String) -> String? {
        all.first { screen.contains($0) }
    }
}

@Suite struct PresentationPrivacyTests {
    private func presenting() -> AppState {
        var state = uiState(Secrets.session(), path: "/tmp/geheim.json")
        state.presenting = true
        return state
    }

    private func expectNoSecret(_ state: AppState, _ step: String) {
        for size in [Size(width: 80, height: 24), Size(width: 120, height: 40)] {
            let screen = AppView.render(state, size: size).grid.snapshot(styles: false)
            if let secret = Secrets.leaked(in: screen) {
                Issue.record("\(secret) on screen at \(size.width)×\(size.height) after \(step):\n\(screen)")
            }
        }
    }

    /// Through every pane, map view, form, help and the palette, pressing Esc, Enter, e and d on
    /// the way: no secret on any screen, nothing deleted, and still presenting.
    @Test func aWalkThroughEveryScreenShowsNoSecretAndDeletesNothing() {
        var state = presenting()
        let before = state.session
        expectNoSecret(state, "start")
        var walk: [(String, [Key])] = []
        for pane in ["1", "2", "3", "4", "5"] {
            // In pane 3 the walk goes through the plan; Enter in the picker plans a suggestion.
            walk.append(("pane \(pane)", [.character(Character(pane))] + (pane == "3" ? [.character("]")] : [])))
            for key: Key in [.escape, .enter, .escape, .character("e"), .escape, .character("d"), .enter, .escape] {
                walk.append(("pane \(pane) \(key)", [key]))
            }
            for step in 0..<4 {
                walk.append(("pane \(pane) down \(step)", [.down]))
                walk.append(("pane \(pane) e", [.character("e")]))
                walk.append(("pane \(pane) enter", [.enter]))
                walk.append(("pane \(pane) esc", [.escape]))
                walk.append(("pane \(pane) d", [.character("d")]))
                walk.append(("pane \(pane) esc", [.escape]))
            }
            walk.append(
                ("pane \(pane) next list", [.right, .down, .character("e"), .escape, .right, .down, .enter, .escape]))
            walk.append(("pane \(pane) help", [.character("?")]))
            walk.append(("pane \(pane) help down", [.pageDown, .pageDown]))
            walk.append(("pane \(pane) help close", [.escape]))
            walk.append(("pane \(pane) palette", [.character(":")]))
            walk.append(("pane \(pane) palette typed", typing("perspectief")))
            walk.append(("pane \(pane) palette close", [.escape]))
            walk.append(("pane \(pane) note", [.character("n")]))
            walk.append(("pane \(pane) note close", [.escape]))
        }
        for view in 0..<5 {
            walk.append(("map view \(view)", [.character("1"), .character("v")]))
            walk.append(("map view \(view) select", [.down, .down, .enter, .escape, .character("1")]))
        }
        walk.append(("compare", [.character("2"), .character("c"), .down, .character("c"), .down, .character("c")]))
        walk.append(("relations", [.character("R"), .down, .enter, .escape, .escape]))
        for (name, keys) in walk {
            press(&state, keys)
            #expect(state.presenting, "left presentation mode at \(name)")
            expectNoSecret(state, name)
        }
        #expect(state.session == before, "the walk changed the session")
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8])
    func randomKeysInPresentationModeNeverShowASecretNorBreakTheSession(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        var state = presenting()
        let pool: [Key] =
            Keymap.bindings.flatMap(\.keys).filter { $0 != .character("p") }
            + [.escape, .enter, .tab, .backTab, .up, .down, .left, .right, .backspace, .ctrl("c")]
            + typing("aeiou nrstD:/?12345xj")
        for step in 0..<250 {
            let key = pool.randomElement(using: &random)!
            press(&state, [key])
            // The palette can turn presenting off by its name; that is a deliberate choice.
            if !state.presenting { state.presenting = true }
            if step % 5 == 0 { expectNoSecret(state, "seed \(seed) step \(step) (\(key))") }
        }
        expectNoSecret(state, "seed \(seed) end")
        #expect(SessionValidator.problems(in: state.session).isEmpty)
        #expect((try? SessionCodec.decode(SessionCodec.encode(state.session))) == state.session)
    }

    @Test(arguments: [11, 12, 13, 14])
    func randomKeysInEveryPaneNeverCrashOrBreakTheSession(seed: UInt64) {
        var random = SeededGenerator(seed: seed)
        var state = uiState(Secrets.session(), path: "/tmp/geheim.json", language: .en)
        let pool: [Key] =
            Keymap.bindings.flatMap(\.keys)
            + [.escape, .enter, .tab, .backTab, .up, .down, .left, .right, .backspace, .alt("\r"), .home, .end]
            + typing("aeiou ëé日 D0123456789")
        for step in 0..<400 {
            let key = pool.randomElement(using: &random)!
            _ = update(&state, .keyPressed(key), now: fixedNow.addingTimeInterval(TimeInterval(step)))
            _ = update(&state, .ticked(fixedNow.addingTimeInterval(TimeInterval(step))), now: fixedNow)
            if step % 20 == 0 {
                _ = AppView.render(state, size: Size(width: 80, height: 24))
                _ = AppView.render(state, size: Size(width: 61, height: 17))
            }
        }
        #expect(SessionValidator.problems(in: state.session).isEmpty)
        #expect((try? SessionCodec.decode(SessionCodec.encode(state.session))) == state.session)
    }
}
