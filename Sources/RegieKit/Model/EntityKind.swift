import Foundation

/// The kinds of entity a session holds in lists, each with a stable id. One table, so that
/// code walking all of them (ids in use, summaries of what changed) cannot miss one.
public enum EntityKind: String, CaseIterable, Sendable {
    case partner, relation, perspective, intervention, meeting, note, action

    /// The entities of this kind in `session`, in file order, with their ids.
    public func entities(in session: Session) -> [(id: String, value: AnyHashable)] {
        switch self {
        case .partner: session.partners.map { ($0.id.rawValue, AnyHashable($0)) }
        case .relation: session.relations.map { ($0.id.rawValue, AnyHashable($0)) }
        case .perspective: session.perspectives.map { ($0.id.rawValue, AnyHashable($0)) }
        case .intervention: session.interventions.map { ($0.id.rawValue, AnyHashable($0)) }
        case .meeting: session.meetings.map { ($0.id.rawValue, AnyHashable($0)) }
        case .note: session.notes.map { ($0.id.rawValue, AnyHashable($0)) }
        case .action: session.actions.map { ($0.id.rawValue, AnyHashable($0)) }
        }
    }

    /// Dutch "het" words, whose adjectives lose their -e in the singular.
    var isNeuterInDutch: Bool { self == .perspective || self == .meeting }

    /// "1 partner" / "3 partners", in the language asked for.
    public func counted(_ count: Int) -> Localized {
        let (nl, nlPlural, en, enPlural): (String, String, String, String) =
            switch self {
            case .partner: ("partner", "partners", "partner", "partners")
            case .relation: ("relatie", "relaties", "relation", "relations")
            case .perspective: ("perspectief", "perspectieven", "perspective", "perspectives")
            case .intervention: ("interventie", "interventies", "intervention", "interventions")
            case .meeting: ("overleg", "overleggen", "meeting", "meetings")
            case .note: ("notitie", "notities", "note", "notes")
            case .action: ("actie", "acties", "action", "actions")
            }
        return Localized(
            nl: "\(count) \(count == 1 ? nl : nlPlural)", en: "\(count) \(count == 1 ? en : enPlural)")
    }
}

/// What one version of a session holds that another lacks, counted per kind: for questions such
/// as "the autosaved copy holds 3 notes and 1 action newer than the file".
public struct SessionChangeSummary: Sendable {
    /// Entities in the newer version only.
    public var added: [EntityKind: Int] = [:]
    /// Entities in both, with different content.
    public var changed: [EntityKind: Int] = [:]
    /// Entities in the older version only.
    public var removed: [EntityKind: Int] = [:]
    /// Whether title, opgave, work form, regisseur, walkthrough or the running meeting differ.
    public var otherChanges: Bool = false
    /// Every entity that was added, changed or removed, in table order: where to look after an
    /// undo or redo.
    public var touched: [(kind: EntityKind, id: String)] = []

    /// Compares `newer` with `older`.
    public init(from older: Session, to newer: Session) {
        for kind in EntityKind.allCases {
            let before = Dictionary(kind.entities(in: older).map { ($0.id, $0.value) }, uniquingKeysWith: { a, _ in a })
            let after = kind.entities(in: newer)
            var seen = Set<String>()
            for (id, value) in after {
                seen.insert(id)
                if let old = before[id] {
                    if old != value {
                        changed[kind, default: 0] += 1
                        touched.append((kind, id))
                    }
                } else {
                    added[kind, default: 0] += 1
                    touched.append((kind, id))
                }
            }
            let gone = kind.entities(in: older).map(\.id).filter { !seen.contains($0) }
            if !gone.isEmpty { removed[kind] = gone.count }
            touched += gone.map { (kind, $0) }
        }
        otherChanges =
            older.title != newer.title || older.opgave != newer.opgave || older.workForm != newer.workForm
            || older.regisseur != newer.regisseur || older.reflections != newer.reflections
            || older.language != newer.language || older.currentMeeting != newer.currentMeeting
    }

    /// True when the two versions hold the same.
    public var isEmpty: Bool { added.isEmpty && changed.isEmpty && removed.isEmpty && !otherChanges }

    /// "3 nieuwe notities, 1 gewijzigde partner, 2 verwijderde relaties, en andere wijzigingen".
    public var text: Localized {
        func list(_ counts: [EntityKind: Int], nl: String, en: String) -> [Localized] {
            EntityKind.allCases.compactMap { kind in
                counts[kind].map { count in
                    let noun = kind.counted(count)
                    // Dutch "het" nouns drop the -e in the singular: "1 nieuw overleg".
                    let adjective = count == 1 && kind.isNeuterInDutch ? String(nl.dropLast()) : nl
                    return Localized(
                        nl: "\(count) \(adjective) \(noun.nl.dropFirst("\(count) ".count))",
                        en: "\(count) \(en) \(noun.en.dropFirst("\(count) ".count))")
                }
            }
        }
        var parts = list(added, nl: "nieuwe", en: "new")
        parts += list(changed, nl: "gewijzigde", en: "changed")
        parts += list(removed, nl: "verwijderde", en: "removed")
        if otherChanges { parts.append(Localized(nl: "andere wijzigingen", en: "other changes")) }
        guard !parts.isEmpty else { return Localized(nl: "geen verschillen", en: "no differences") }
        return Localized(
            nl: parts.map(\.nl).joined(separator: ", "), en: parts.map(\.en).joined(separator: ", "))
    }
}
