import Canvas
import Foundation
import Testing

@testable import RegieKit
@testable import RegieUI
import RegieTestSupport

/// Pane 3's picker: adopting a suggestion with one key, searching and narrowing the catalogue,
/// and the dates that follow the status.
@Suite struct PickerTests {
    typealias F = PaneFixtures
    static let today = Day("2026-03-10")!

    /// The fixture in pane 3 with its suggestions computed, an English interface over the
    /// Dutch session, so that a title in the wrong language would show.
    func picker(_ change: (inout AppState) -> Void = { _ in }) -> AppState {
        analysed(
            F.state(pane: .interventions) {
                $0.language = .en
                change(&$0)
            }, today: Self.today)
    }

    func screen(_ state: AppState, _ width: Int = 80, _ height: Int = 24) -> String {
        F.screen(state, width, height)
    }

    // MARK: - Adopting

    @Test(arguments: [Key.enter, .character("a")])
    func oneKeyPlansTheSuggestionWithEverythingFilledIn(key: Key) throws {
        var state = picker()
        let suggestion = try #require(state.currentInsights?.suggestions.first)
        let before = state.session
        press(&state, [key], now: fixedNow)
        #expect(state.session.interventions.count == before.interventions.count + 1)
        let added = try #require(state.session.interventions.last)
        #expect(added.catalogId == suggestion.intervention.id)
        #expect(added.title == suggestion.intervention.title.nl, "the session's content is Dutch")
        #expect(added.targets == suggestion.targets && !added.targets.isEmpty)
        #expect(added.tips == suggestion.intervention.tips)
        #expect(added.rationale == suggestion.reason.nl)
        #expect(added.expectedEffect == suggestion.intervention.expectedEffect.nl)
        #expect(added.effort == suggestion.intervention.effort)
        #expect(added.status == .planned && added.planned == Day(fixedNow) && added.completed == nil)
        // The selection moves to it, in the plan.
        #expect(state.interventionsSection == .plan)
        #expect(state.shown.interventions[state.selectedIntervention].id == added.id)
        #expect(state.message?.text.en == "Planned: \(added.title) — u undoes it")
        // One key back.
        press(&state, [.character("u")])
        #expect(state.session == before)
    }

    @Test func thePlannedDateIsTheUsersDayNotUTCs() throws {
        // 23:30 UTC on 9 March is already 10 March in Amsterdam.
        let lateEvening = try #require(Timestamp.date(from: "2026-03-09T23:30:00Z"))
        var state = picker { $0.timeZone = TimeZone(identifier: "Europe/Amsterdam")! }
        press(&state, [.enter], now: lateEvening)
        #expect(state.session.interventions.last?.planned == Day("2026-03-10"))
    }

    @Test func adoptingIsRefusedReadOnly() {
        var state = picker { $0.readOnly = true }
        let before = state.session
        press(&state, [.enter])
        #expect(state.session == before)
        #expect(state.message?.kind == .warning)
    }

    @Test func aSuggestionIsNotOfferedAgainOnceItIsPlanned() throws {
        var state = picker()
        let first = try #require(state.currentInsights?.suggestions.first)
        press(&state, [.enter])
        state = analysed(state, today: Self.today)
        let again = state.currentInsights?.suggestions.contains {
            $0.intervention.id == first.intervention.id && $0.targets == first.targets
        }
        #expect(again == false)
    }

    @Test func eOpensTheSuggestionInTheFormFirst() throws {
        var state = picker()
        let suggestion = try #require(state.currentInsights?.suggestions.first)
        press(&state, [.character("e")])
        guard case .form(let form)? = state.modal else {
            Issue.record("no form")
            return
        }
        #expect(form.kind == .addIntervention)
        #expect(form.choice(Interventions.Field.catalogId) == suggestion.intervention.id)
        #expect(form.text(Interventions.Field.rationale) == suggestion.reason.nl)
        #expect(Set(form.selection(Interventions.Field.targets)) == Set(suggestion.targets))
        press(&state, [.enter], now: fixedNow)
        let added = try #require(state.session.interventions.last)
        #expect(added.title == suggestion.intervention.title.nl)
        #expect(added.tips == suggestion.intervention.tips, "the main tip stays first")
        #expect(added.status == .planned && added.planned == Day(fixedNow))
    }

    /// A catalogue entry that nothing suggested opens the add form: planned, with its tips and
    /// expected effect, and stored under its Dutch title in a Dutch session with an English interface.
    @Test func aCatalogueEntryGoesThroughTheFormWithItsDutchTitle() throws {
        var state = picker()
        press(&state, [.character("/")] + typing("becommentarieren") + [.enter])
        let item = try #require(Picker.selected(state))
        #expect(item.entry.id == "single-text-procedure")
        press(&state, [.enter])
        guard case .form(let form)? = state.modal else {
            Issue.record("no form")
            return
        }
        #expect(form.choice(Interventions.Field.catalogId) == "single-text-procedure")
        #expect(form.choice(Interventions.Field.status) == "planned")
        press(&state, [.enter], now: fixedNow)
        let added = try #require(state.session.interventions.last)
        #expect(added.title == "Werken met één tekst")
        #expect(added.expectedEffect == item.entry.expectedEffect.nl)
        #expect(added.tips == item.entry.tips)
        #expect(added.status == .planned && added.planned == Day(fixedNow))
    }

    /// The plan's own form, choosing an entry and leaving the title empty, also stores it in Dutch.
    @Test func theAddFormTakesTheCatalogueTitleInTheSessionsLanguage() throws {
        var state = picker()
        press(&state, [.character("]"), .character("a"), .right], now: fixedNow)
        guard case .form(let form)? = state.modal else {
            Issue.record("no form")
            return
        }
        let id = try #require(form.choice(Interventions.Field.catalogId))
        press(&state, [.enter], now: fixedNow)
        let entry = try #require(Catalog.intervention(id: id))
        #expect(state.session.interventions.last?.title == entry.title.nl)
        #expect(state.session.interventions.last?.expectedEffect == entry.expectedEffect.nl)
    }

    // MARK: - Searching and narrowing

    @Test func searchIgnoresAccentsAndCase() throws {
        for query in ["becommentarieren", "BECOMMENTARIËREN", "Becommentariëren"] {
            var state = picker()
            press(&state, [.character("/")] + typing(query))
            let ids = Picker.list(state).items.map(\.entry.id)
            #expect(ids.contains("single-text-procedure"), "\(query) found \(ids)")
            #expect(ids.count < Catalog.interventions.count)
        }
        var state = picker()
        press(&state, [.character("/")] + typing("GEINFORMEERD"))
        #expect(Picker.list(state).items.map(\.entry.id).contains("covenant-with-data-protocol"))
    }

    @Test func searchFindsASuggestionByTheNameInItsReason() {
        var state = picker()
        press(&state, [.character("/")] + typing("elst"))
        let list = Picker.list(state)
        let suggestions = list.suggestions ?? []
        #expect(!suggestions.isEmpty)
        #expect(
            suggestions.allSatisfy {
                guard case .suggestion(let s, _) = $0 else { return false }
                return s.reason.nl.contains("Ëlst")
                    || PickerSearch.texts(of: s.intervention).contains { $0.contains("Elst") }
            })
    }

    @Test func everyWordMustOccur() {
        var state = picker()
        press(&state, [.character("/")] + typing("tekst becommentarieren"))
        #expect(Picker.list(state).items.map(\.entry.id) == ["single-text-procedure"])
        press(&state, typing(" xyzzy"))
        #expect(Picker.list(state).items.isEmpty)
        #expect(
            screen(state).contains("Niets gevonden — Esc wist de zoekvraag") || screen(state).contains("Nothing found"))
    }

    @Test func digitsInTheSearchLinePickATipAndZeroClearsIt() {
        var state = picker()
        press(&state, [.character("/"), .character("5")])
        #expect(state.picker.tip == 5 && state.picker.query.isEmpty)
        let narrowed = Picker.list(state).items
        #expect(!narrowed.isEmpty && narrowed.allSatisfy { $0.entry.tips.contains(5) })
        #expect(narrowed.count < Catalog.interventions.count)
        #expect((Picker.list(state).suggestions ?? []).count > 0)
        press(&state, [.character("7")])
        #expect(state.picker.tip == 7)
        press(&state, [.character("7")])
        #expect(state.picker.tip == nil, "the same digit again: every tip")
        press(&state, [.character("2"), .character("0")])
        #expect(state.picker.tip == nil)
        // Digits stay out of the query; outside the search line they switch panes as everywhere.
        #expect(state.picker.query.isEmpty)
        press(&state, [.enter, .character("1")])
        #expect(state.pane == .map)
    }

    @Test func helpListsThePickersKeysFromTheKeymap() {
        var state = picker { $0.language = .nl }
        press(&state, [.character("?")])
        let text = screen(state, 120, 40)
        #expect(text.contains("Catalogus doorzoeken; daar kiest 1–7 een tip"))
        #expect(text.contains("Suggesties ↔ interventies"))
        #expect(!text.contains("Partners filteren op naam"), "/ searches the catalogue here")
        press(&state, typing("zoek"))
        #expect(screen(state, 120, 40).contains("Zoekregel (/)"))
        #expect(screen(state, 120, 40).contains("Alleen deze tip / alle tips"))
    }

    @Test func thePaletteNarrowsToATip() {
        var state = picker { $0.pane = .map }
        press(&state, [.character(":")] + typing("tip 4") + [.enter])
        #expect(state.pane == .interventions && state.interventionsSection == .suggestions)
        #expect(state.picker.tip == 4)
        #expect(Picker.list(state).items.allSatisfy { $0.entry.tips.contains(4) })
        press(&state, [.escape])
        #expect(state.picker.tip == nil, "Esc in the picker clears the narrowing")
    }

    @Test func thePositionIsShownAndFollowsTheSelection() {
        var state = picker()
        let count = Picker.list(state).items.count
        #expect(count == Picker.list(state).suggestionCount + Picker.list(state).catalogue.count)
        #expect(screen(state).contains("─ 1/\(count) ─┘"))
        press(&state, [.down, .down])
        #expect(screen(state).contains("─ 3/\(count) ─┘"))
        press(&state, [.character("G")])
        #expect(screen(state).contains("─ \(count)/\(count) ─┘"))
        press(&state, [.character("/"), .character("3")])
        let narrowed = Picker.list(state).items.count
        #expect(narrowed < count)
        #expect(screen(state).contains("─ 1/\(narrowed) ─┘"))
    }

    @Test func diagnosesAreBrowsableMarkedAndNeverSuggested() throws {
        let state = picker()
        let list = Picker.list(state)
        let diagnoses = Set(Catalog.interventions(ofKind: .diagnosis).map(\.id))
        #expect(!diagnoses.isEmpty)
        #expect((list.suggestions ?? []).allSatisfy { !diagnoses.contains($0.entry.id) })
        #expect(Set(list.catalogue.map(\.entry.id)).isSuperset(of: diagnoses))
        var browsing = state
        browsing.picker.selectedID = "c|" + diagnoses.sorted()[0]
        let text = screen(browsing, 120, 40)
        #expect(text.contains("◇ analysis"))
        #expect(text.contains("Analysis from the catalogue"))
        #expect(text.contains("so the picker never suggests it"))
    }

    @Test func whileComputingThePickerSaysSoAndListsTheCatalogue() {
        var state = F.state(pane: .interventions)
        state.today = Self.today
        #expect(state.currentInsights == nil)
        let text = screen(state)
        #expect(text.contains("Suggesties berekenen…"))
        #expect(text.contains("Suggesties (…)"))
        #expect(Picker.list(state).items.count == Catalog.interventions.count)
    }

    // MARK: - Status and dates

    @Test func sKeepsTheDatesHonest() throws {
        var state = F.state(pane: .interventions) {
            $0.interventionsSection = .plan
            $0.selectedIntervention = 3  // dropped, no dates
        }
        state.session.interventions[3].planned = nil
        let day = Day(fixedNow)
        func item(_ state: AppState) -> Intervention { state.session.interventions[3] }
        press(&state, [.character("s")])
        #expect(item(state).status == .idea && item(state).planned == nil)
        press(&state, [.character("s")])
        #expect(item(state).status == .planned && item(state).planned == day)
        press(&state, [.character("s")])
        #expect(item(state).status == .done && item(state).completed == day)
        press(&state, [.character("s")])
        #expect(item(state).status == .dropped && item(state).completed == nil, "leaving done clears the date")
    }

    @Test func theFormKeepsTheDatesHonestToo() throws {
        // Done on 20 February; set back to planned in the form: no completion date any more.
        var state = F.state(pane: .interventions) {
            $0.interventionsSection = .plan
            $0.selectedIntervention = 2
        }
        press(&state, [.character("e")])
        guard case .form(var form)? = state.modal,
            let index = form.fields.firstIndex(where: { $0.id == Interventions.Field.status.rawValue })
        else {
            Issue.record("no status field")
            return
        }
        form.focus = index
        state.modal = .form(form)
        press(&state, [.left, .enter], now: fixedNow)  // done → planned
        let item = state.session.interventions[2]
        #expect(item.status == .planned)
        #expect(item.completed == nil)
        #expect(item.planned == Day("2026-02-01"), "reopened, not planned anew")
    }

    @Test func sAndDSayTheyWorkOnThePlan() {
        var state = picker()
        let before = state.session
        press(&state, [.character("s")])
        #expect(state.message?.kind == .warning)
        press(&state, [.character("d")])
        if case .confirm? = state.modal { Issue.record("d asked to delete from the picker") }
        #expect(state.session == before)
    }
}
