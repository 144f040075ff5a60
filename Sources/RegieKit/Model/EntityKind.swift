import Foundation

/// The kinds of entity a session holds in lists, each with a stable id. One table (with the
/// `SessionEntity` conformances), so that code walking all of them — ids in use, validation,
/// removal, upsert, summaries of what changed — cannot miss one.
public enum EntityKind: String, CaseIterable, Sendable {
    case partner, relation, perspective, intervention, meeting, note, action

    /// The Swift type of this kind's entities, whose `SessionEntity` conformance is the kind's
    /// row in the table: its list, its file name and its references.
    public var entityType: any SessionEntity.Type {
        switch self {
        case .partner: Partner.self
        case .relation: Relation.self
        case .perspective: Perspective.self
        case .intervention: Intervention.self
        case .meeting: Meeting.self
        case .note: Note.self
        case .action: ActionItem.self
        }
    }

    /// The list's name in the session file: `"partners"`.
    public var listKey: String { entityType.listKey }

    /// The entities of this kind in `session`, in file order, with their ids.
    public func entities(in session: Session) -> [(id: String, value: AnyHashable)] {
        func entities<E: SessionEntity>(_ type: E.Type) -> [(id: String, value: AnyHashable)] {
            session[keyPath: E.list].map { ($0.id.rawValue, AnyHashable($0)) }
        }
        return entities(entityType)
    }

    /// Calls `body` with the id of every entity of this kind in `session`, in file order,
    /// without gathering them into an array first.
    public func forEachID(in session: Session, _ body: (String) -> Void) {
        func visit<E: SessionEntity>(_ list: [E]) {
            for entity in list { body(entity.id.rawValue) }
        }
        // The concrete lists rather than `entityType`'s key path, so that each loop is
        // specialised and reads only the ids: through the metatype every entity was copied whole.
        switch self {
        case .partner: visit(session.partners)
        case .relation: visit(session.relations)
        case .perspective: visit(session.perspectives)
        case .intervention: visit(session.interventions)
        case .meeting: visit(session.meetings)
        case .note: visit(session.notes)
        case .action: visit(session.actions)
        }
    }

    /// How many entities of this kind `session` holds.
    public func count(in session: Session) -> Int {
        func count<E: SessionEntity>(_ type: E.Type) -> Int { session[keyPath: E.list].count }
        return count(entityType)
    }

    /// The ids of the entities of this kind in `session`, in file order.
    public func ids(in session: Session) -> [String] {
        var ids: [String] = []
        ids.reserveCapacity(count(in: session))
        forEachID(in: session) { ids.append($0) }
        return ids
    }

    /// Dutch "het" words, whose adjectives lose their -e in the singular.
    var isNeuterInDutch: Bool { self == .perspective || self == .meeting }

    /// The noun in the singular and the plural, in both languages.
    private var nouns: (nl: String, nlPlural: String, en: String, enPlural: String) {
        switch self {
        case .partner: ("partner", "partners", "partner", "partners")
        case .relation: ("relatie", "relaties", "relation", "relations")
        case .perspective: ("perspectief", "perspectieven", "perspective", "perspectives")
        case .intervention: ("interventie", "interventies", "intervention", "interventions")
        case .meeting: ("overleg", "overleggen", "meeting", "meetings")
        case .note: ("notitie", "notities", "note", "notes")
        case .action: ("actie", "acties", "action", "actions")
        }
    }

    /// "partner" / "overleg": the noun for one entity of this kind.
    public var singular: Localized { Localized(nl: nouns.nl, en: nouns.en) }

    /// "1 partner" / "3 partners", in the language asked for.
    public func counted(_ count: Int) -> Localized {
        let n = nouns
        return Localized(
            nl: "\(count) \(count == 1 ? n.nl : n.nlPlural)", en: "\(count) \(count == 1 ? n.en : n.enPlural)")
    }

    /// "partner of relatie" / "partner or relation": the kinds in table order, for messages about
    /// what an id may name.
    public static func either(_ kinds: Set<EntityKind>) -> Localized {
        let names = allCases.filter(kinds.contains).map(\.singular)
        func joined(_ words: [String], or: String) -> String {
            words.count < 2 ? words.joined() : words.dropLast().joined(separator: ", ") + " \(or) " + words.last!
        }
        return Localized(nl: joined(names.map(\.nl), or: "of"), en: joined(names.map(\.en), or: "or"))
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
            || older.rounds != newer.rounds
            || older.assessments != newer.assessments || older.conflicts != newer.conflicts
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
