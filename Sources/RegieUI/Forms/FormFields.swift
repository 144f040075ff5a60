import Foundation
import RegieKit

/// Builders for the kinds of field the features' forms are made of.
enum Fields {
    static func text<Key: FieldKey>(
        _ key: Key, _ label: Localized, _ value: String = "", multiline: Bool = false, hint: Localized? = nil
    ) -> FormField {
        FormField(key, label, .text(LineEditor(value, multiline: multiline)), hint: hint)
    }

    /// One of the cases of `E`, named in the interface language.
    static func choice<Key: FieldKey, E: RawRepresentable & CaseIterable>(
        _ key: Key, _ label: Localized, _ value: E, hint: Localized? = nil, labels: (E) -> String
    ) -> FormField where E.RawValue == String {
        let all = Array(E.allCases)
        let options = all.map { Choice(id: $0.rawValue, label: labels($0)) }
        let index = all.firstIndex { $0.rawValue == value.rawValue } ?? 0
        return FormField(key, label, .choice(options, index: index), hint: hint)
    }

    /// One of `options`, or "—" (the empty id) for none.
    static func optionalChoice<Key: FieldKey>(
        _ key: Key, _ label: Localized, _ options: [Choice], selected: String?, hint: Localized? = nil
    ) -> FormField {
        let all = [Choice(id: "", label: "—")] + options
        return FormField(key, label, .choice(all, index: all.firstIndex { $0.id == (selected ?? "") } ?? 0), hint: hint)
    }

    /// A date typed as people type it; the form shows what it became.
    static func date<Key: FieldKey>(
        _ key: Key, _ label: Localized, _ value: String, reading: DateReading, hint: Localized? = nil
    ) -> FormField {
        var field = FormField(key, label, .text(LineEditor(value)), hint: hint)
        field.reading = reading
        return field
    }

    static func score<Key: FieldKey>(_ key: Key, _ label: Localized, _ value: Int, range: ClosedRange<Int>)
        -> FormField
    {
        FormField(
            key, label, .score(value, range: range),
            hint: L(
                "\(range.lowerBound)–\(range.upperBound): ←/→ of een cijfer",
                "\(range.lowerBound)–\(range.upperBound): ←/→ or a digit"))
    }

    static func toggle<Key: FieldKey>(_ key: Key, _ label: Localized, _ on: Bool, hint: Localized? = nil) -> FormField {
        FormField(key, label, .toggle(on), hint: hint)
    }

    /// One of a long list, chosen by typing part of its name; `none` adds "—" for no choice.
    static func list<Key: FieldKey>(
        _ key: Key, _ label: Localized, _ options: [Choice], selected: String?, none: Bool, noneLabel: String = "—",
        hint: Localized? = nil
    ) -> FormField {
        let all = (none ? [Choice(id: "", label: noneLabel)] : []) + options
        return FormField(
            key, label, .list(ChoiceList(all, chosen: [selected ?? ""], multiple: false)),
            hint: hint ?? L("Typ om te zoeken, ↑/↓ kiest", "Type to search, ↑/↓ to choose"))
    }

    /// Any number of a long list: type to narrow, Space to toggle.
    static func listSet<Key: FieldKey>(_ key: Key, _ label: Localized, _ options: [Choice], selected: [String])
        -> FormField
    {
        FormField(
            key, label, .list(ChoiceList(options, chosen: selected, multiple: true)),
            hint: L("Typ om te zoeken, ↑/↓ en spatie kiezen", "Type to search, ↑/↓ and Space to choose"))
    }

    /// A partner, or none.
    static func partnerChoice<Key: FieldKey>(
        _ state: AppState, _ key: Key, _ label: Localized, selected: Partner.ID?
    ) -> FormField {
        list(
            key, label, state.shown.partners.map { Choice(id: $0.id.rawValue, label: $0.name) },
            selected: selected?.rawValue, none: true)
    }

    /// Who does something: a partner chosen from the list, or a person's name typed as it is.
    static func owner<Key: FieldKey>(
        _ state: AppState, _ key: Key, _ label: Localized, partner: Partner.ID?, person: String?
    ) -> FormField {
        // With both, the partner shows; the person named at it is kept while it stays chosen.
        let selected = partner?.rawValue ?? person.map { ChoiceList.typedPrefix + $0 }
        var field = list(
            key, label, state.shown.partners.map { Choice(id: $0.id.rawValue, label: $0.name) }, selected: selected,
            none: true,
            hint: L(
                "Typ een partner of de naam van een persoon; ↑/↓ kiest",
                "Type a partner or a person's name; ↑/↓ chooses"))
        if case .list(var list) = field.value {
            list.acceptsTyped = L(
                "Geen partner: deze persoon wordt eigenaar", "No partner: this person becomes the owner")
            field.value = .list(list)
        }
        return field
    }

    /// Any number of partners.
    static func partnerSet<Key: FieldKey>(_ state: AppState, _ key: Key, _ label: Localized, selected: [String])
        -> FormField
    {
        listSet(key, label, state.shown.partners.map { Choice(id: $0.id.rawValue, label: $0.name) }, selected: selected)
    }

    /// Any number of `options`.
    static func multiChoice<Key: FieldKey>(
        _ key: Key, _ label: Localized, _ options: [Choice], _ selected: [String]
    ) -> FormField {
        FormField(
            key, label, .multiChoice(options, selected: Set(selected), highlighted: 0),
            hint: L("←/→ kiezen, spatie aan/uit", "←/→ to move, Space to toggle"))
    }

    /// A meeting, or none.
    static func meetingChoice<Key: FieldKey>(
        _ state: AppState, _ key: Key, _ label: Localized, selected: Meeting.ID?
    ) -> FormField {
        list(
            key, label, state.shown.meetings.map { Choice(id: $0.id.rawValue, label: $0.title) },
            selected: selected?.rawValue, none: true)
    }

    static let listHint = L(
        "Eén per regel (Alt-Enter of Ctrl-N voor een nieuwe regel)", "One per line (Alt-Enter or Ctrl-N for a new line)"
    )
}
