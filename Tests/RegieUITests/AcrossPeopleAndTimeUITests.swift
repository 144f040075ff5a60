import Canvas
import Foundation
import Testing

@testable import RegieKit
@testable import RegieUI
import RegieTestSupport

@Suite("Workbench: rounds, assessors and merge conflicts")
struct AcrossPeopleAndTimeUITests {
    func screen(_ state: AppState, _ width: Int = 100, _ height: Int = 30) -> String {
        AppView.render(state, size: Size(width: width, height: height)).grid.lines().joined(separator: "\n")
    }

    func palette(_ state: inout AppState, _ query: String) {
        _ = update(&state, .commandIssued(.palette), now: fixedNow)
        for character in query { press(&state, [.character(character)]) }
        press(&state, [.enter])
    }

    @Test func peilmomentFromThePaletteRecordsARound() throws {
        var state = uiState()
        palette(&state, "peilmoment")
        guard case .form(let form)? = state.modal else {
            Issue.record("no form: \(String(describing: state.modal))"); return
        }
        #expect(form.kind == .recordRound)
        for character in "Nulmeting" { press(&state, [.character(character)]) }
        press(&state, [.enter])
        #expect(state.session.rounds.map(\.name) == ["Nulmeting"])
        #expect(state.session.rounds[0].date == Day(fixedNow))
        #expect(state.dirty)
    }

    @Test func vergelijkShowsTheComparisonAndStepsThroughPairs() throws {
        var session = uiSession()
        session.addRound(name: "Januari", date: Day(year: 2026, month: 1, day: 1))
        session.partners[1].scores.commitment = 4
        session.addRound(name: "Februari", date: Day(year: 2026, month: 2, day: 1))
        var state = uiState(session)
        palette(&state, "vergelijk")
        guard case .compare(let view)? = state.modal else { Issue.record("no compare view"); return }
        #expect(view.pair == 0)
        let text = screen(state)
        #expect(text.contains("Vergelijking: Januari (2026-01-01) → Februari (2026-02-01)"))
        #expect(text.contains("commitment 1 → 4"))
        press(&state, [.escape])
        #expect(state.modal == nil)
    }

    @Test func roundsStayOutOfPresentationMode() {
        var session = uiSession()
        session.addRound(name: "Januari", date: Day(year: 2026, month: 1, day: 1))
        var state = uiState(session)
        state.presenting = true
        _ = update(&state, .commandIssued(.compareRounds), now: fixedNow)
        #expect(state.modal == nil)
        #expect(state.message?.kind == .warning)
    }

    @Test func conflictsAreShownOnOpeningAndResolvedWithOneKey() throws {
        var session = uiSession()
        session.conflicts = [
            MergeConflict(
                id: "conflict-1",
                location: FieldLocation(list: "partners", entity: "politie", field: ["scores", "influence"]),
                base: .int(4), ours: .init(name: "Bram (main)", value: .int(5)),
                theirs: .init(name: "Anouk", value: .int(2))),
            MergeConflict(
                id: "conflict-2", location: FieldLocation(field: ["title"]), base: nil,
                ours: .init(name: "Bram (main)", value: .string("Wijkaanpak Noord")),
                theirs: .init(name: "Anouk", value: .string("Wijk Noord"))),
        ]
        var state = uiState(session)
        Conflicts.offer(&state)
        let text = screen(state)
        #expect(text.contains("Conflicten uit de samenvoeging · 2"))
        #expect(text.contains("▶ Politie: invloed"))
        #expect(text.contains("1  Bram (main): 5  (was 4)"))
        #expect(text.contains("2  Anouk: 2"))
        press(&state, [.character("2")])
        #expect(state.session.partners[1].scores.influence == 2)
        #expect(state.session.conflicts.map(\.id) == ["conflict-2"])
        press(&state, [.character("1")])
        #expect(state.session.title == "Wijkaanpak Noord" && state.session.conflicts.isEmpty)
        #expect(state.modal == nil)
        #expect(state.message?.text.nl.hasPrefix("Alle conflicten opgelost") == true)
        press(&state, [.character("u")])
        #expect(state.session.conflicts.count == 1, "resolving is an edit: u takes it back")
    }

    @Test func paneTwoShowsHowEachAssessorSeesThePartner() {
        var session = uiSession()
        session.assessments = [
            AssessorSheet(
                assessor: "Anouk",
                sheet: ScoreSheet(partners: [
                    PartnerReading(partner: "politie", name: "Politie", scores: Scores(influence: 5, commitment: 1))
                ])),
            AssessorSheet(
                assessor: "Bram",
                sheet: ScoreSheet(partners: [
                    PartnerReading(partner: "politie", name: "Politie", scores: Scores(influence: 2, commitment: 1))
                ])),
        ]
        var state = uiState(session)
        state.pane = .perspectives
        state.selectedPartner = "politie"
        let lines = PartnerDetailView.lines(for: state.session.partners[1], state: state, width: 70).lines.map {
            $0.spans.map(\.text).joined()
        }
        let start = lines.firstIndex { $0.hasPrefix("Hoe elke beoordelaar deze partner ziet") }
        #expect(start != nil, "\(lines)")
        #expect(lines.contains { $0.hasPrefix("Invloed") && $0.contains("◆ 5") && $0.contains("2") })
        #expect(lines.contains { $0.hasPrefix("Commitment") && !$0.contains("◆") })
        state.presenting = true
        let shown = PartnerDetailView.lines(for: state.shown.partners[1], state: state, width: 70).lines.map {
            $0.spans.map(\.text).joined()
        }
        #expect(!shown.contains { $0.contains("beoordelaar") })
    }
}
