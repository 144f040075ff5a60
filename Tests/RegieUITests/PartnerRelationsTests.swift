import Canvas
import Foundation
import Testing

@testable import RegieKit
@testable import RegieUI
import RegieTestSupport

/// The perspectives pane lists the selected partner's relations from a table kept per change
/// of the relations (`AppState.relations(of:)`) and names their other ends from the partner
/// table: a stale table is a defect, so every change must show at once, and keys that leave
/// the relations alone must not make the table again.
@Suite struct PartnerRelationsTests {
    static let size = Size(width: 120, height: 40)

    static func screen(_ state: AppState) -> String {
        AppView.render(state, size: size).grid.lines().joined(separator: "\n")
    }

    /// Every partner's relations from the table are the ones a search finds, in session order.
    static func expectTableAgrees(_ state: AppState, _ what: String) {
        for partner in state.shown.partners {
            let kept = state.relations(of: partner.id).map(\.id)
            let searched = state.shown.relations.filter { $0.involves(partner.id) }.map(\.id)
            #expect(kept == searched, "\(what): \(partner.id)")
        }
    }

    @Test func theDetailShowsRelationsAsTheyAreNow() {
        var session = uiSession()
        session.relations.append(Relation(id: "rel-2", from: "corporatie", to: "gemeente", kind: .collaboration))
        var state = uiState(session)
        press(&state, [.character("2")])
        #expect(state.selectedPartner == "gemeente")
        #expect(Self.screen(state).contains("→ Politie"))
        #expect(Self.screen(state).contains("← Woningcorporatie Ëlst"))
        Self.expectTableAgrees(state, "at start")

        state.session.partners[1].name = "Wijkagent"
        press(&state, [.down, .up])
        #expect(Self.screen(state).contains("→ Wijkagent"))
        #expect(!Self.screen(state).contains("Politie"))

        state.session.relations.append(Relation(id: "rel-3", from: "gemeente", to: "gemeente", kind: .information))
        state.session.relations.removeAll { $0.id == "rel-2" }
        press(&state, [.down, .up])
        #expect(Self.screen(state).contains("→ Gemeente"), "a relation with itself is listed once")
        #expect(!Self.screen(state).contains("← Woningcorporatie Ëlst"))
        Self.expectTableAgrees(state, "after a change")

        state.session.relations.removeAll()
        press(&state, [.down, .up])
        #expect(Self.screen(state).contains("Nog geen relaties"))
        Self.expectTableAgrees(state, "without relations")
    }

    @Test func keysThatLeaveTheRelationsAloneDoNotMakeTheTableAgain() {
        var state = uiState()
        press(&state, [.character("2")])
        let made = state.relationTablesMade
        #expect(made == 1)
        let keys: [Key] = [
            .down, .down, .up, .character("c"), .character("?"), .escape, .character("1"), .character("2"),
        ]
        for key in keys {
            press(&state, [key])
            _ = AppView.render(state, size: Self.size)
        }
        #expect(state.relationTablesMade == made)
        state.session.relations.append(Relation(id: "rel-2", from: "politie", to: "corporatie", kind: .collaboration))
        press(&state, [.down])
        #expect(state.relationTablesMade == made + 1)
        Self.expectTableAgrees(state, "after adding")
    }
}
