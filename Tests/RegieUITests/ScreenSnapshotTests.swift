import Canvas
import Foundation
import Testing
@testable import RegieKit
@testable import RegieUI
import RegieTestSupport

/// Whole screens at the two sizes that matter (a projector's 80×24 and a laptop's 120×40), in
/// both languages, with Dutch and wide-character names: every map view, the overlays, the
/// too-small screen.
@Suite struct ScreenSnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    func state(_ language: Language = .nl, _ change: (inout AppState) -> Void = { _ in }) -> AppState {
        var session = uiSession()
        session.partners.append(
            Partner(
                id: "zorggroep", name: "Zorggroep Ëlst 日本", chainPosition: 2,
                scores: Scores(influence: 2, interest: 5, commitment: 5, legitimacy: 4, urgency: 4),
                status: .active))
        session.partners[0].chainPosition = 1
        session.partners[2].chainPosition = 3
        session.partners[1].status = .letGo
        session.relations += [
            Relation(id: "rel-2", from: "gemeente", to: "zorggroep", kind: .funding, strength: 4),
            Relation(id: "rel-3", from: "zorggroep", to: "corporatie", kind: .collaboration),
            Relation(id: "rel-4", from: "corporatie", to: "gemeente", kind: .negotiation),
        ]
        var s = uiState(session, path: "/tmp/wijk.json", language: language)
        s.selectedPartner = "zorggroep"
        change(&s)
        return s
    }

    func name(_ base: String, _ size: Size, _ language: Language = .nl) -> String {
        "\(base)-\(language.rawValue)-\(size.width)x\(size.height)"
    }

    @Test(arguments: MapKind.allCases)
    func mapViewsAtBothSizes(kind: MapKind) {
        for size in Self.sizes {
            let frame = AppView.render(state { $0.mapKind = kind }, size: size)
            Snapshot.check(frame.grid, named: name("map-\(kind.rawValue)", size))
        }
    }

    @Test func mapInEnglish() {
        let frame = AppView.render(state(.en), size: Size(width: 80, height: 24))
        Snapshot.check(frame.grid, named: name("map-network", Size(width: 80, height: 24), .en))
    }

    @Test func addPartnerFormWithTypedWideName() {
        var s = state()
        press(&s, [.character("a")] + typing("Zorggroep Ëlst 日本"))
        for size in Self.sizes {
            let frame = AppView.render(s, size: size)
            Snapshot.check(frame.grid, named: name("form-add-partner", size))
            // The cursor sits right after the typed text: 18 characters, two of them 2 wide.
            let nameRow = frame.grid.lines().firstIndex { $0.contains("▸ Naam") }
            #expect(frame.cursor?.y == nameRow)
        }
    }

    @Test func editPartnerFormScrollsToTheFocusedScore() {
        var s = state()
        press(&s, [.character("e")] + Array(repeating: Key.tab, count: 10))
        let frame = AppView.render(s, size: Size(width: 80, height: 24))
        Snapshot.check(frame.grid, named: name("form-edit-partner-scores", Size(width: 80, height: 24)))
    }

    @Test func helpOverlayListsThePaneKeysAndFilters() {
        var s = state()
        press(&s, [.character("?")])
        Snapshot.check(
            AppView.render(s, size: Size(width: 80, height: 24)).grid,
            named: name("help-map", Size(width: 80, height: 24)))
        press(&s, typing("relatie"))
        let lines = AppView.render(s, size: Size(width: 120, height: 40)).grid.lines().joined(separator: "\n")
        #expect(lines.contains("Relatie toevoegen vanaf deze partner"))
        #expect(!lines.contains("Opdrachtenpalet"))
    }

    @Test func paletteAndQuitQuestion() {
        var s = state()
        press(&s, [.character(":")] + typing("export"))
        Snapshot.check(
            AppView.render(s, size: Size(width: 80, height: 24)).grid,
            named: name("palette-export", Size(width: 80, height: 24)))
        var q = state(.en)
        q.autosave = false  // with autosave, q saves and quits without asking
        press(&q, letGo() + [.character("q")])
        Snapshot.check(
            AppView.render(q, size: Size(width: 80, height: 24)).grid,
            named: name("quit-unsaved", Size(width: 80, height: 24), .en))
    }

    @Test func tooSmallSaysWhatItNeeds() {
        let grid = AppView.render(state(), size: Size(width: 30, height: 8)).grid
        Snapshot.check(grid, named: "too-small-nl-30x8")
        #expect(grid.lines().joined().contains("nodig: 60×16"))
    }

    @Test func presentationModeHidesPrivateAssessmentsOnEveryPane() {
        var s = state()
        s.session.partners[1].privateNotes = "GEHEIM-PRIVE"
        s.session.partners[1].interests = ["GEHEIM-BELANG"]
        s.session.notes = [Note(id: "n1", at: fixedNow, text: "GEHEIM-NOTITIE", isPrivate: true)]
        s.presenting = true
        for pane in Pane.allCases {
            for kind in MapKind.allCases {
                s.pane = pane
                s.mapKind = kind
                for partner in s.session.partners.map(\.id) {
                    s.selectedPartner = partner
                    for size in Self.sizes {
                        let text = AppView.render(s, size: size).grid.lines().joined(separator: "\n")
                        #expect(!text.contains("GEHEIM"), "pane \(pane) map \(kind) partner \(partner)")
                    }
                }
            }
        }
    }
}
