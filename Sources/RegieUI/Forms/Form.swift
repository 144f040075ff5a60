import Canvas
import Foundation
import RegieKit

/// A small dialog of labelled fields; `Tab` moves between fields, `Enter` submits, `Esc` cancels.
public struct Form: Sendable {
    /// What submitting the form does.
    public enum Kind: Hashable, Sendable {
        case addPartner
        case editPartner(Partner.ID)
        /// Letting a partner go (tip 1), with the reason kept.
        case letGo(Partner.ID)
        case addRelation(from: Partner.ID, to: Partner.ID)
        case editRelation(Relation.ID)
        case editPerspective(Partner.ID)
        case addIntervention
        case editIntervention(Intervention.ID)
        case addNote
        case editNote(Note.ID)
        case addMeeting
        case editMeeting(Meeting.ID)
        case addAction
        case editAction(ActionItem.ID)
        /// Starting a meeting that becomes the current one.
        case startMeeting
        /// The one-line captures (`Capture`): a note, a decision of a meeting, a marked moment.
        case quickNote
        case addDecision(Meeting.ID)
        case markMoment(MeetingMode)
        case answer(tip: Int, question: String)
        case editOpgave
        /// Names and dates a new assessment round (peilmoment).
        case recordRound
        case saveAs
        /// Asks where an export goes.
        case export(ExportRequest)

        /// Whether submitting it changes the session (save-as and exports only write files).
        public var changesSession: Bool {
            switch self {
            case .saveAs, .export: false
            default: true
            }
        }

        /// Whether what is typed into it is worth a draft file: not a file name.
        public var keepsDraft: Bool {
            switch self {
            case .saveAs, .export: false
            default: true
            }
        }

        /// Whether it is typed on the capture line at the bottom rather than in a dialog.
        public var isCapture: Bool {
            switch self {
            case .quickNote, .addDecision, .markMoment: true
            default: false
            }
        }

        /// Whether the form shows fields that `Disclosure.public` withholds: a partner's
        /// assessment and private notes, a walkthrough answer.
        public var holdsPrivateFields: Bool {
            switch self {
            case .addPartner, .editPartner, .answer: true
            default: false
            }
        }
    }

    public var kind: Kind
    public var title: Localized
    public var fields: [FormField]
    public var focus = 0
    /// Why the last submit was refused.
    public var error: Localized?
    /// Whether the user changed anything, so `Esc` asks before throwing it away.
    public var touched = false
    /// Ids the form is about that are not fields, such as the links of a new note.
    public var context: [String] = []
    /// A value the user was warned about and confirmed by pressing Enter again.
    public var confirmedDuplicate: String?

    public init(kind: Kind, title: Localized, fields: [FormField]) {
        self.kind = kind
        self.title = title
        self.fields = fields
        self.focus = fields.firstIndex { $0.isFocusable } ?? 0
    }

    /// The field named `key`.
    public subscript<Key: FieldKey>(key: Key) -> FormField? {
        fields.first { $0.id == key.rawValue }
    }

    /// The text of a text field (empty when it holds none).
    public func text<Key: FieldKey>(_ key: Key) -> String {
        if case .text(let editor)? = self[key]?.value { return editor.text }
        return ""
    }

    /// The text of a text field with surrounding spaces and line breaks removed.
    public func trimmed<Key: FieldKey>(_ key: Key) -> String {
        text(key).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public func score<Key: FieldKey>(_ key: Key) -> Int {
        if case .score(let value, _)? = self[key]?.value { return value }
        return 0
    }

    /// The id of the chosen option; nil for none, or for the empty "—" option.
    public func choice<Key: FieldKey>(_ key: Key) -> String? {
        switch self[key]?.value {
        case .choice(let options, let index)? where options.indices.contains(index) && !options[index].id.isEmpty:
            return options[index].id
        case .list(let list)? where !list.multiple:
            return list.chosen.first.flatMap { $0.isEmpty ? nil : $0 }
        default:
            return nil
        }
    }

    /// The chosen option as a value of `T`, e.g. a `PartnerStatus`.
    public func choice<Key: FieldKey, T: RawRepresentable>(_ key: Key, as _: T.Type) -> T? where T.RawValue == String {
        choice(key).flatMap(T.init(rawValue:))
    }

    public func toggle<Key: FieldKey>(_ key: Key) -> Bool {
        if case .toggle(let on)? = self[key]?.value { return on }
        return false
    }

    /// The chosen options of a multiple choice, in option order.
    public func selection<Key: FieldKey>(_ key: Key) -> [String] {
        switch self[key]?.value {
        case .multiChoice(let options, let selected, _)?: return options.map(\.id).filter { selected.contains($0) }
        case .list(let list)?: return list.chosen.filter { !$0.isEmpty }
        default: return []
        }
    }

    /// Lines of a multi-line text field, one entry per non-empty line.
    public func lines<Key: FieldKey>(_ key: Key) -> [String] {
        text(key).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// The names of a form's fields, as an enum per feature, so that a misspelt field does not compile.
public protocol FieldKey: RawRepresentable, Sendable where RawValue == String {}

extension ScoreKind: FieldKey {}

/// One labelled field of a form.
public struct FormField: Sendable {
    public var id: String
    public var label: Localized
    public var value: FieldValue
    /// Short help shown under the form while the field has focus.
    public var hint: Localized?
    /// For a date typed as people type it: how it is read, shown while typing.
    public var reading: DateReading?

    public init<Key: FieldKey>(_ key: Key, _ label: Localized, _ value: FieldValue, hint: Localized? = nil) {
        self.id = key.rawValue
        self.label = label
        self.value = value
        self.hint = hint
    }

    var isFocusable: Bool {
        if case .info = value { return false }
        return true
    }
}

/// How a date field reads what is typed ("vr", "15-12", "+2w").
public enum DateReading: Sendable {
    /// A day, as for a due date.
    case day
    /// A day with an optional time, as for a meeting.
    case moment
}

/// The kinds of input a form field offers.
public enum FieldValue: Sendable {
    case text(LineEditor)
    /// A score control (0–5 for partners, 1–5 for a relation's strength): Left/Right or a digit.
    case score(Int, range: ClosedRange<Int>)
    /// One of several options: Left/Right.
    case choice([Choice], index: Int)
    /// On or off: Space.
    case toggle(Bool)
    /// Any number of options: Left/Right move, Space toggles.
    case multiChoice([Choice], selected: Set<String>, highlighted: Int)
    /// A long list (partners, meetings, the catalogue): typing narrows it, ↑/↓ move, Space
    /// toggles (or, choosing one, the highlighted option is the choice).
    case list(ChoiceList)
    /// Read-only text inside the form.
    case info(String)
}

/// A list to choose from by typing part of a name.
public struct ChoiceList: Sendable {
    public var options: [Choice]
    /// The chosen ids, in option order.
    public private(set) var chosen: [String]
    /// Whether any number may be chosen; otherwise exactly one (possibly the empty "—").
    public let multiple: Bool
    public var query = LineEditor()
    /// Index into `filtered`.
    public private(set) var highlighted = 0
    /// Whether a name that is no option may be chosen as typed (an action's owner may be a
    /// person): it is offered after the matches, as `typedPrefix` and the text.
    public var acceptsTyped: Localized?
    /// Marks a chosen id as text typed rather than an option; ids never hold a colon.
    public static let typedPrefix = "typed:"

    public init(_ options: [Choice], chosen: [String], multiple: Bool) {
        self.options = options
        self.multiple = multiple
        let known = Set(options.map(\.id))
        var kept = options.map(\.id).filter { chosen.contains($0) }
        // A chosen id that is no option (a target that is neither partner nor relation) is kept.
        kept += chosen.filter { !known.contains($0) }
        self.chosen = multiple ? kept : Array(kept.prefix(1))
        if !multiple, self.chosen.isEmpty, let first = options.first { self.chosen = [first.id] }
        if !multiple, let index = filtered.firstIndex(where: { $0.id == self.chosen.first }) { highlighted = index }
    }

    /// The options whose label holds every word typed, case and accents ignored; then, where
    /// typed text is accepted, the text itself unless an option is called exactly that.
    public var filtered: [Choice] {
        let search = TextSearch.Query(query.text)
        guard !search.isEmpty else { return options }
        let matches = options.filter { search.matches([$0.label]) }
        let typed = query.text.trimmingCharacters(in: .whitespaces)
        guard let hint = acceptsTyped,
            !matches.contains(where: { TextSearch.fold($0.label) == TextSearch.fold(typed) })
        else { return matches }
        return matches + [Choice(id: ChoiceList.typedPrefix + typed, label: "“" + typed + "”", hint: hint)]
    }

    /// The text of a chosen id that was typed rather than chosen; nil for an option's id.
    public static func typedText(_ id: String) -> String? {
        id.hasPrefix(typedPrefix) ? String(id.dropFirst(typedPrefix.count)) : nil
    }

    public var highlightedOption: Choice? {
        let list = filtered
        return list.indices.contains(highlighted) ? list[highlighted] : nil
    }

    /// The labels of the chosen options (ids that are no option show as they are).
    public var chosenLabels: [String] {
        chosen.map { id in options.first { $0.id == id }?.label ?? ChoiceList.typedText(id).map { "“\($0)”" } ?? id }
    }

    /// Moves the highlight; false when it is at the edge already (the form then moves on).
    public mutating func moveHighlight(by delta: Int) -> Bool {
        let count = filtered.count
        let target = highlighted + delta
        guard count > 0, target >= 0, target < count else { return false }
        highlighted = target
        if !multiple { choose() }
        return true
    }

    /// Space: toggles the highlighted option, or makes it the choice.
    public mutating func toggleHighlighted() {
        guard let option = highlightedOption else { return }
        if !multiple {
            chosen = [option.id]
        } else if let index = chosen.firstIndex(of: option.id) {
            chosen.remove(at: index)
        } else {
            let order = options.map(\.id)
            chosen.append(option.id)
            chosen.sort { (order.firstIndex(of: $0) ?? .max) < (order.firstIndex(of: $1) ?? .max) }
        }
    }

    /// A key for the query line; the highlight goes back to the first match.
    public mutating func edit(_ key: Key) -> Bool {
        guard query.handle(key) else { return false }
        highlighted = 0
        if !multiple { choose() }
        return true
    }

    /// Sets the chosen ids (a draft put back).
    public mutating func setChosen(_ ids: [String]) {
        let typed = acceptsTyped
        self = ChoiceList(options, chosen: ids, multiple: multiple)
        acceptsTyped = typed
    }

    private mutating func choose() {
        if let option = highlightedOption { chosen = [option.id] }
    }
}

/// An option in a choice field.
public struct Choice: Hashable, Sendable {
    public var id: String
    public var label: String
    /// Shown under the form while this option is the one chosen (when a catalogue entry fits).
    public var hint: Localized?

    public init(id: String, label: String, hint: Localized? = nil) {
        self.id = id
        self.label = label
        self.hint = hint
    }
}

import Foundation
