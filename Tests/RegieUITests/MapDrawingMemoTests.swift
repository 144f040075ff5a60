import Canvas
import Foundation
import Testing

@testable import RegieKit
@testable import RegieUI
import RegieTestSupport

/// The grid, salience, chain and rings views keep their drawing between frames: the kept one
/// must be what a fresh drawing gives, and any change to what they show must draw anew.
@Suite struct MapDrawingMemoTests {
    static let listViews: [MapKind] = [.grid, .salience, .chain, .rings]
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)]

    /// Partners with every kind of score, status, chain position and sharing, and names with
    /// accents and wide characters, so labels collide, wrap and are cut.
    static func session(partners count: Int) -> Session {
        var generator = SeededGenerator(seed: 11)
        func score() -> Int { Int(generator.next() % 6) }
        let partners = (0..<count).map { index in
            Partner(
                id: .init("p\(index)"), name: index % 7 == 0 ? "日本 Partner \(index)" : "Partner \(index) Ëlst",
                chainPosition: index % 4 == 0 ? nil : Int(generator.next() % 6),
                scores: Scores(
                    influence: score(), interest: score(), commitment: score(), legitimacy: score(),
                    urgency: score()),
                status: [.active, .active, .watching, .letGo][index % 4], shareScores: index % 3 == 0)
        }
        return Session(title: "Groot", partners: partners)
    }

    /// The frame as the kept drawing gives it, and as a memo that has drawn nothing yet does.
    static func keptAndFresh(_ state: AppState, _ size: Size) -> (kept: Frame, fresh: Frame) {
        let kept = AppView.render(state, size: size)
        var fresh = state
        fresh.mapDrawings = MapDrawingMemo()
        return (kept, AppView.render(fresh, size: size))
    }

    static func expectSame(_ kept: Frame, _ fresh: Frame, _ what: String) {
        let differing = zip(kept.grid.snapshot().split(separator: "\n"), fresh.grid.snapshot().split(separator: "\n"))
            .filter { $0 != $1 }
        #expect(differing.isEmpty, "\(what): \(differing.prefix(3))")
        #expect(kept.hits.map(\.rect) == fresh.hits.map(\.rect), "\(what): click regions")
        #expect(kept.hits.map(\.target) == fresh.hits.map(\.target), "\(what): click targets")
    }

    @Test(arguments: listViews)
    func movingTheSelectionDrawsWhatAFreshFrameDraws(kind: MapKind) {
        for count in [12, 150] {
            for size in Self.sizes {
                var state = uiState(Self.session(partners: count))
                state.mapKind = kind
                let keys: [Key] = [.down, .down, .down, .character("r"), .down, .escape, .up, .up, .end, .home]
                for key in keys {
                    press(&state, [key])
                    let (kept, fresh) = Self.keptAndFresh(state, size)
                    Self.expectSame(kept, fresh, "\(kind) \(count) partners \(size) after \(key)")
                }
            }
        }
    }

    /// Keys that only move the selection reuse the one drawing.
    @Test(arguments: listViews)
    func selectionMovesDrawTheViewOnce(kind: MapKind) {
        var state = uiState(Self.session(partners: 150))
        state.mapKind = kind
        let size = Size(width: 200, height: 60)
        _ = AppView.render(state, size: size)
        for key in [Key.down, .down, .up, .down, .end, .home] + Array(repeating: .down, count: 20) {
            press(&state, [key])
            _ = AppView.render(state, size: size)
        }
        #expect(state.mapDrawings.drawingsMade == 1)
        #expect(state.selectedPartner != state.session.partners.first?.id, "the selection moved")
    }

    /// Every input of the views but the selection draws anew, and shows the change.
    @Test(arguments: listViews)
    func aChangeToWhatTheViewShowsDrawsItAnew(kind: MapKind) {
        var state = uiState(Self.session(partners: 12))
        state.mapKind = kind
        var size = Size(width: 120, height: 40)
        var drawings = 0
        func check(_ what: String, _ change: (inout AppState) -> Void) {
            change(&state)
            let (kept, fresh) = Self.keptAndFresh(state, size)
            Self.expectSame(kept, fresh, "\(kind) after \(what)")
            drawings += 1
            #expect(state.mapDrawings.drawingsMade == drawings, "\(kind): \(what) draws anew")
        }
        check("the first frame") { _ in }
        check("a new name") { $0.session.partners[1].name = "Hernoemd Partner" }
        check("new scores") { $0.session.partners[2].scores = Scores(influence: 5, interest: 5, commitment: 5) }
        check("a status") { $0.session.partners[4].status = .letGo }
        check("a chain position") { $0.session.partners[4].chainPosition = 9 }
        check("sharing") { $0.session.partners[5].shareScores.toggle() }
        check("a new partner") { $0.session.partners.append(Partner(id: "nieuw", name: "Nieuw")) }
        check("a removed partner") { $0.session.partners.removeFirst() }
        check("a relation begun") { press(&$0, [.character("r")]) }
        check("a relation let go") { press(&$0, [.escape]) }
        check("the language") { $0.language = .en }
        check("a public view") { $0.session = $0.session.disclosed(.public) }
        size = Size(width: 121, height: 40)
        check("another size") { _ in }
        // A name edited through the form, as a user does it.
        state.selectedPartner = state.session.partners[0].id
        press(&state, [.character("e"), .end] + typing(" Noord") + [.enter])
        #expect(state.session.partners[0].name.hasSuffix(" Noord"))
        let (kept, fresh) = Self.keptAndFresh(state, size)
        Self.expectSame(kept, fresh, "\(kind) after an edit in the form")
        #expect(kept.grid.lines().joined().contains("Noord"), "\(kind) shows the new name")
    }
}

/// The notes pane names its links from a table kept per change of the partners: a renamed,
/// added or removed partner shows at once.
@Suite struct NoteLinkNamesTests {
    @Test func theNotesPaneShowsLinkNamesAsTheyAreNow() throws {
        var session = uiSession()
        session.notes = [
            Note(id: "n1", at: fixedNow, text: "Eerste", links: ["politie"]),
            Note(id: "n2", at: fixedNow.addingTimeInterval(60), text: "Tweede", links: ["corporatie", "gemeente"]),
        ]
        var state = uiState(session)
        press(&state, [.character("4")])
        let size = Size(width: 120, height: 40)
        func screen() -> String { AppView.render(state, size: size).grid.lines().joined(separator: "\n") }
        #expect(screen().contains("Politie"))
        #expect(state.linkName("politie") == "Politie")

        state.session.partners[1].name = "Wijkagent"
        press(&state, [.down])
        #expect(screen().contains("Wijkagent"))
        #expect(!screen().contains("Politie"))

        state.session.partners.insert(Partner(id: "zorg", name: "Zorggroep"), at: 0)
        state.session.notes[0].links = ["zorg"]
        press(&state, [.up])
        #expect(screen().contains("Zorggroep"))
        #expect(state.linkName("corporatie") == "Woningcorporatie Ëlst")

        state.session.partners.removeAll { $0.id == "zorg" }
        press(&state, [.down])
        #expect(state.linkName("zorg") == "zorg", "an unknown id is named by itself")
        #expect(screen().contains("zorg"))
        for id in state.shown.allIDs {
            #expect(state.linkName(id) == state.shown.displayName(ofID: id))
        }
    }
}
