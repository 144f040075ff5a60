/// Checks what types alone cannot: ids well-formed and unique across the session, every
/// reference pointing at something that exists, and every number within the range a session
/// file allows, so a session in memory is held to what loading its file demands (apart from
/// the parser's size limits on strings and values).
public enum SessionValidator {
    /// Every integrity problem in `session`; `lines` maps paths to lines when read from a file.
    public static func problems(in session: Session, lines: [JSONPath: Int] = [:]) -> [SessionProblem] {
        let log = ProblemLog(lines: lines)
        check(session, log: log)
        return log.problems
    }

    static func check(_ session: Session, log: ProblemLog) {
        // Ids are walked and references resolved from the one table of kinds (`EntityKind` and
        // each `SessionEntity.references`), so a new kind or reference is checked without more.
        // Paths are made only for a problem: a big session has tens of thousands of entities.
        // One table for both: where each id first appears, and the kinds that use it (so a
        // reference is checked with one look-up, whatever kinds it may name).
        var seen: [String: (kind: EntityKind, index: Int, kinds: KindSet)] = [:]
        seen.reserveCapacity(EntityKind.allCases.reduce(0) { $0 + $1.count(in: session) })
        for kind in EntityKind.allCases {
            let listPath = JSONPath.root.appending(kind.listKey)
            for (i, id) in kind.ids(in: session).enumerated() {
                let path = { listPath.appending(i).appending("id") }
                let first = seen[id]
                if first != nil {
                    seen[id]!.kinds.insert(kind)
                } else {
                    seen[id] = (kind, i, KindSet(kind))
                }
                guard !id.isEmpty else {
                    log.add(Messages.emptyID, at: path())
                    continue
                }
                if !IDRules.isValid(id) { log.add(Messages.badID(id), at: path()) }
                if let first {
                    let firstPath = JSONPath.root.appending(first.kind.listKey).appending(first.index)
                    log.add(Messages.duplicateID(id, first: firstPath), at: path())
                }
            }
        }
        let kindsByID = seen.mapValues(\.kinds)

        checkRanges(session, log: log)
        checkRoundsAndMerges(session, log: log)

        for kind in EntityKind.allCases {
            checkReferences(of: kind.entityType, in: session, kindsByID: kindsByID, log: log)
        }
        if let current = session.currentMeeting, !(kindsByID[current.rawValue]?.contains(.meeting) ?? false) {
            log.add(
                Messages.dangling(current.rawValue, expected: EntityKind.either([.meeting])),
                at: JSONPath.root.appending("currentMeeting"))
        }
        for (i, r) in session.relations.enumerated() where r.from == r.to && !r.from.rawValue.isEmpty {
            log.add(Messages.selfRelation, at: JSONPath.root.appending("relations").appending(i).appending("to"))
        }
    }

    /// Every id an entity of type `E` holds must name an entity of a kind its field allows.
    // Specialised for the kinds that hold references: the kind comes as an existential, and the
    // unspecialised loop spent a fifth of opening a big session looking up generic metadata.
    @_specialize(exported:false,where E == Relation)
    @_specialize(exported:false,where E == Perspective)
    @_specialize(exported:false,where E == Intervention)
    @_specialize(exported:false,where E == Meeting)
    @_specialize(exported:false,where E == Note)
    @_specialize(exported:false,where E == ActionItem)
    private static func checkReferences<E: SessionEntity>(
        of type: E.Type, in session: Session, kindsByID: [String: KindSet], log: ProblemLog
    ) {
        let references = E.references
        guard !references.isEmpty else { return }
        let allowed = references.map { reference in
            (kinds: KindSet(reference.targets), expected: EntityKind.either(reference.targets))
        }
        let listPath = JSONPath.root.appending(E.listKey)
        let entities = session[keyPath: E.list]
        for i in entities.indices {
            for r in references.indices {
                let reference = references[r]
                let allowed = allowed[r]
                for (j, id) in reference.ids(entities[i]).enumerated() {
                    let path = {
                        let fieldPath = listPath.appending(i).appending(reference.field)
                        return reference.isList ? fieldPath.appending(j) : fieldPath
                    }
                    if id.isEmpty {
                        log.add(Messages.emptyReference(expected: allowed.expected), at: path())
                    } else if !(kindsByID[id]?.overlaps(allowed.kinds) ?? false) {
                        log.add(Messages.dangling(id, expected: allowed.expected), at: path())
                    }
                }
            }
        }
    }

    /// Numbers a session file may not hold, so a session in memory is held to what loading demands.
    private static func checkRanges(_ session: Session, log: ProblemLog) {
        let root = JSONPath.root
        for (i, partner) in session.partners.enumerated() {
            let path = root.appending("partners").appending(i).appending("scores")
            for kind in ScoreKind.allCases where !Scores.range.contains(partner.scores[kind]) {
                log.add(Messages.outOfRange(partner.scores[kind], Scores.range), at: path.appending(kind.rawValue))
            }
        }
        for (i, relation) in session.relations.enumerated() {
            let path = root.appending("relations").appending(i)
            if !Relation.strengthRange.contains(relation.strength) {
                log.add(
                    Messages.outOfRange(relation.strength, Relation.strengthRange), at: path.appending("strength"))
            }
            if let trust = relation.trust, !Relation.trustRange.contains(trust) {
                log.add(Messages.outOfRange(trust, Relation.trustRange), at: path.appending("trust"))
            }
        }
        for (i, intervention) in session.interventions.enumerated() {
            for (j, tip) in intervention.tips.enumerated() where !(1...7).contains(tip) {
                log.add(
                    Messages.tipNumber(tip),
                    at: root.appending("interventions").appending(i).appending("tips").appending(j))
            }
        }
        for (i, note) in session.notes.enumerated() {
            if let tip = note.tip, !(1...7).contains(tip) {
                log.add(Messages.tipNumber(tip), at: root.appending("notes").appending(i).appending("tip"))
            }
        }
        for tip in session.reflections.keys.sorted() where !(1...7).contains(tip) {
            log.add(
                Messages.unknownValue(String(tip), allowed: (1...7).map(String.init)),
                at: root.appending("reflections").appending(String(tip)))
        }
    }
}

/// A set of entity kinds as bits, cheap to keep for every id of a big session.
struct KindSet: Hashable {
    private var bits: UInt16 = 0

    init(_ kind: EntityKind) { insert(kind) }

    init(_ kinds: Set<EntityKind>) {
        for kind in kinds { insert(kind) }
    }

    mutating func insert(_ kind: EntityKind) { bits |= Self.bit(kind) }
    func contains(_ kind: EntityKind) -> Bool { bits & Self.bit(kind) != 0 }
    func overlaps(_ other: KindSet) -> Bool { bits & other.bits != 0 }

    private static func bit(_ kind: EntityKind) -> UInt16 {
        switch kind {
        case .partner: 1 << 0
        case .relation: 1 << 1
        case .perspective: 1 << 2
        case .intervention: 1 << 3
        case .meeting: 1 << 4
        case .note: 1 << 5
        case .action: 1 << 6
        }
    }
}
