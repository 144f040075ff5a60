import Canvas
import Foundation
import RegieKit
import RegieUI

/// Times on screen in UTC, so screens are the same on every machine.
public let utc = TimeZone(identifier: "UTC")!

/// A fixed moment, so notes and autosave are exact in tests.
public let fixedNow = Date(timeIntervalSince1970: 1_795_000_000)

/// A small session with Dutch and wide-character names.
public func uiSession() -> Session {
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

/// The one way tests make a workbench state: a session, a file, Dutch, UTC.
public func uiState(
    _ session: Session = uiSession(), path: String? = "/tmp/regie-test.json", language: Language = .nl
) -> AppState {
    AppState(session: session, filePath: path, language: language, timeZone: utc)
}

/// Sends keys through `update`, collecting every effect.
@discardableResult
public func press(_ state: inout AppState, _ keys: [Key], now: Date = fixedNow) -> [Effect] {
    keys.flatMap { update(&state, .keyPressed($0), now: now) }
}

/// Keys that type `text` character by character.
public func typing(_ text: String) -> [Key] { text.map { Key.character($0) } }

/// Keys that change the session in one go: letting the selected partner go, with a reason.
public func letGo(_ reason: String = "draagt niets bij") -> [Key] {
    [.character("l")] + typing(reason) + [.enter]
}
