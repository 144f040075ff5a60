import Canvas
import Foundation
import RegieKit

/// The two lists of pane 3, switched with `→`/`]` as the notes pane switches its lists.
public enum InterventionsSection: Int, CaseIterable, Sendable {
    /// The picker: ranked suggestions for this session, then the rest of the catalogue.
    case suggestions
    /// The interventions in the session's plan.
    case plan

    public var title: Localized {
        switch self {
        case .suggestions: Localized(nl: "Suggesties", en: "Suggestions")
        case .plan: Localized(nl: "Interventies", en: "Interventions")
        }
    }
}

/// What the picker is narrowed to, and what is selected in it.
public struct PickerState: Sendable {
    /// The search typed after `/`: words looked for in titles, descriptions, when an entry fits
    /// and a suggestion's reason, case and accents ignored.
    public var query = ""
    /// The search line while it has the keyboard.
    public var editor: LineEditor?
    /// Only entries that serve this tip.
    public var tip: Int?
    /// The selected row by id, so the selection stays on its item while the list is recomputed.
    public var selectedID: String?

    public init() {}

    /// Whether anything narrows the list.
    public var isNarrowed: Bool { !query.trimmingCharacters(in: .whitespaces).isEmpty || tip != nil }
}

/// One row of the picker that can be selected.
enum PickerItem {
    /// A suggestion, with its place in the full ranking (1 is the best).
    case suggestion(Suggestion, rank: Int)
    /// An entry of the catalogue that is not among the suggestions.
    case entry(CatalogIntervention)

    var id: String {
        switch self {
        case .suggestion(let suggestion, _): "s|" + suggestion.id
        case .entry(let entry): "c|" + entry.id
        }
    }

    var entry: CatalogIntervention {
        switch self {
        case .suggestion(let suggestion, _): suggestion.intervention
        case .entry(let entry): entry
        }
    }
}

/// What the picker lists now.
struct PickerList {
    /// The suggestions that match the search and the tip; nil while they are being computed.
    var suggestions: [PickerItem]?
    /// How many suggestions there are before narrowing.
    var suggestionCount: Int
    /// The other catalogue entries that match, diagnoses included (they are never suggested).
    var catalogue: [PickerItem]

    var items: [PickerItem] { (suggestions ?? []) + catalogue }

    /// The selected item's index: the one with `id`, else the first.
    func index(of id: String?) -> Int? {
        let items = items
        guard !items.isEmpty else { return nil }
        return items.firstIndex { $0.id == id } ?? 0
    }
}

/// Looking for words in the catalogue as people type them.
enum PickerSearch {
    /// Case and accents do not matter: `cooperatie` finds “coöperatie” (`TextSearch`, as every
    /// search in Regie).
    static func fold(_ text: String) -> String { TextSearch.fold(text) }

    /// The texts of an entry that the search looks in, in both languages.
    static func texts(of entry: CatalogIntervention) -> [String] {
        [entry.title, entry.description, entry.fitsWhen].flatMap { [$0.nl, $0.en] }
    }

    /// Every catalogue entry's searchable text, folded once.
    static let catalogueTexts: [String: String] = Dictionary(
        uniqueKeysWithValues: Catalog.interventions.map { ($0.id, fold(texts(of: $0).joined(separator: "\n"))) })

    /// The words of `query`, folded; every one of them must occur.
    static func words(_ query: String) -> [String] { TextSearch.Query(query).words }

    /// Whether every word occurs in `text`, folded beforehand: the picker folds each text once,
    /// not at every key, for a big session has hundreds of suggestions.
    static func matches(_ words: [String], _ text: String) -> Bool {
        words.allSatisfy { text.contains($0) }
    }
}

/// The picker of pane 3 (tip 3, choose your battles): suggestions ranked for this session with
/// their reasons, and the whole catalogue to search and browse.
enum Picker {
    static func list(_ state: AppState) -> PickerList {
        let words = PickerSearch.words(state.picker.query)
        let tip = state.picker.tip
        func fits(_ entry: CatalogIntervention) -> Bool { tip.map(entry.tips.contains) ?? true }
        guard let insights = state.currentInsights else {
            let catalogue = Catalog.interventions.filter {
                fits($0) && PickerSearch.matches(words, PickerSearch.catalogueTexts[$0.id] ?? "")
            }
            return PickerList(suggestions: nil, suggestionCount: 0, catalogue: catalogue.map(PickerItem.entry))
        }
        var suggestions: [PickerItem] = []
        for (index, suggestion) in insights.suggestions.enumerated()
        where fits(suggestion.intervention) && PickerSearch.matches(words, insights.searchTexts[index]) {
            suggestions.append(.suggestion(suggestion, rank: index + 1))
        }
        let suggested = Set(insights.suggestions.map(\.intervention.id))
        let catalogue = Catalog.interventions.filter {
            !suggested.contains($0.id) && fits($0)
                && PickerSearch.matches(words, PickerSearch.catalogueTexts[$0.id] ?? "")
        }
        return PickerList(
            suggestions: suggestions, suggestionCount: insights.suggestions.count,
            catalogue: catalogue.map(PickerItem.entry))
    }

    static func selected(_ state: AppState) -> PickerItem? {
        let list = list(state)
        return list.index(of: state.picker.selectedID).map { list.items[$0] }
    }

    // MARK: - Commands

    static func move(_ state: inout AppState, by delta: Int) {
        let list = list(state)
        guard let current = list.index(of: state.picker.selectedID) else { return }
        let target = max(0, min(list.items.count - 1, current + delta))
        state.picker.selectedID = list.items[target].id
        state.detailScroll = 0
    }

    /// `Enter` or `a`: a suggestion goes into the plan at once; another entry opens the form
    /// with it filled in, to say whom it is for.
    static func choose(_ state: inout AppState, now: Date) {
        guard let item = selected(state) else { return }
        switch item {
        case .suggestion(let suggestion, _): adopt(&state, suggestion, now: now)
        case .entry(let entry): openForm(&state, Interventions.form(state, entry: entry, now: now))
        }
    }

    /// `e`: the chosen entry in the form first, to change before it goes into the plan.
    static func editFirst(_ state: inout AppState, now: Date) {
        guard let item = selected(state) else { return }
        switch item {
        case .suggestion(let suggestion, _):
            openForm(&state, Interventions.form(state, prefill: planned(state, suggestion, now: now)))
        case .entry(let entry): openForm(&state, Interventions.form(state, entry: entry, now: now))
        }
    }

    /// The suggestion as a planned intervention of this session: targets, tips, reason and
    /// expected effect, its title in the language of the session's content.
    static func planned(_ state: AppState, _ suggestion: Suggestion, now: Date) -> Intervention {
        let language = state.session.language
        let id = Intervention.ID(state.session.newID(prefix: "int", name: suggestion.intervention.title(language)))
        return suggestion.plannedIntervention(id: id, language: language, on: state.day(at: now))
    }

    /// One key: the suggestion becomes a planned intervention (undoable), selected in the plan.
    static func adopt(_ state: inout AppState, _ suggestion: Suggestion, now: Date) {
        let item = planned(state, suggestion, now: now)
        guard edit(&state, now: now, { $0.interventions.append(item) }) else { return }
        state.interventionsSection = .plan
        state.selectedIntervention = state.shown.interventions.firstIndex { $0.id == item.id } ?? 0
        state.detailScroll = 0
        let undo = Keymap.label(for: .undo, in: .interventions) ?? "u"
        state.message = StatusMessage(
            L(
                "Gepland: \(item.title) — \(undo) maakt het ongedaan",
                "Planned: \(item.title) — \(undo) undoes it"))
    }

    /// `/`: the search line of the picker; typing searches, `1`–`7` pick a tip.
    static func startSearch(_ state: inout AppState) {
        state.pane = .interventions
        state.interventionsSection = .suggestions
        state.picker.editor = LineEditor(state.picker.query)
    }

    /// Only entries for `tip` (nil: every tip), from the palette or the search line.
    static func filter(_ state: inout AppState, tip: Int?) {
        state.pane = .interventions
        state.interventionsSection = .suggestions
        state.picker.tip = tip
        state.detailScroll = 0
    }

    /// `Esc` in the picker: the search and the tip filter go.
    static func clear(_ state: inout AppState) -> Bool {
        guard state.picker.isNarrowed else { return false }
        state.picker.query = ""
        state.picker.tip = nil
        return true
    }

    /// Keys while the search line has the keyboard. `1`–`7` choose the tip (again: every tip),
    /// `0` every tip; ↑/↓ move through what is found; Enter keeps the search, Esc clears it.
    static func searchKey(_ state: inout AppState, _ key: Key) {
        guard var editor = state.picker.editor else { return }
        switch key {
        case .enter:
            state.picker.editor = nil
        case .escape, .ctrl("c"):
            state.picker.editor = nil
            state.picker.query = ""
            state.picker.tip = nil
        case .up: move(&state, by: -1)
        case .down: move(&state, by: 1)
        case .pageUp: move(&state, by: -10)
        case .pageDown: move(&state, by: 10)
        case .character("0"):
            state.picker.tip = nil
        case .character(let c) where c.wholeNumberValue.map((1...7).contains) == true:
            let tip = c.wholeNumberValue!
            state.picker.tip = state.picker.tip == tip ? nil : tip
        default:
            guard editor.handle(key) else { return }
            state.picker.editor = editor
            state.picker.query = editor.text
        }
        state.detailScroll = 0
    }
}
