import Canvas
import Foundation
@testable import RegieKit
@testable import RegieUI

/// Times on screen in UTC, so screens are the same on every machine.
let utc = TimeZone(identifier: "UTC")!

/// A fixed moment, so notes and autosave are exact in tests.
let fixedNow = Date(timeIntervalSince1970: 1_795_000_000)

/// A small session with Dutch and wide-character names.
func uiSession() -> Session {
    var session = Session(title: "Wijkaanpak Noord")
    session.partners = [
        Partner(
            id: "gemeente", name: "Gemeente", organisation: "Gemeente Noord",
            scores: Scores(influence: 5, interest: 4, commitment: 4)),
        Partner(
            id: "politie", name: "Politie", scores: Scores(influence: 5, interest: 2, commitment: 1),
            privateNotes: "twijfelt"),
        Partner(
            id: "corporatie", name: "Woningcorporatie Ëlst", scores: Scores(influence: 3, interest: 4, commitment: 3)),
    ]
    session.relations = [Relation(id: "rel-1", from: "gemeente", to: "politie", kind: .tension)]
    session.interventions = [Intervention(id: "int-1", title: "Gesprek onder vier ogen", targets: ["politie"])]
    return session
}

func uiState(_ session: Session = uiSession(), path: String? = "/tmp/regie-test.json") -> AppState {
    var state = AppState(session: session, filePath: path, language: .nl, timeZone: utc)
    state.timeZone = TimeZone(identifier: "UTC")!
    return state
}

/// Sends keys through `update`, collecting every effect.
@discardableResult
func press(_ state: inout AppState, _ keys: [Key], now: Date = fixedNow) -> [Effect] {
    keys.flatMap { update(&state, .keyPressed($0), now: now) }
}

/// Keys that type `text` character by character.
func typing(_ text: String) -> [Key] { text.map { Key.character($0) } }

/// What a clock tick asks of the files: a tick may also ask for the analysis of the session
/// (`Effect.analyze`), which tests of saving leave aside.
@discardableResult
func savingTick(_ state: inout AppState, _ time: Date, now: Date) -> [Effect] {
    update(&state, .ticked(time), now: now).filter {
        if case .analyze = $0 { return false }
        return true
    }
}

/// The state as the run loop leaves it once the analysis came back: the day set and the
/// insights computed for the session as it is now.
func analysed(_ state: AppState, today: Day = Day("2026-03-10")!) -> AppState {
    var state = state
    state.today = today
    state.insights = SessionInsights.compute(state.session, key: state.insightsKey!)
    return state
}
