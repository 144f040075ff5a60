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
        var seen: [String: (kind: EntityKind, index: Int)] = [:]
        var idsByKind: [EntityKind: Set<String>] = [:]
        for kind in EntityKind.allCases {
            let listPath = JSONPath.root.appending(kind.listKey)
            for (i, id) in kind.ids(in: session).enumerated() {
                let path = { listPath.appending(i).appending("id") }
                idsByKind[kind, default: []].insert(id)
                guard !id.isEmpty else {
                    log.add(Messages.emptyID, at: path())
                    continue
                }
                if !IDRules.isValid(id) { log.add(Messages.badID(id), at: path()) }
                if let first = seen[id] {
                    let firstPath = JSONPath.root.appending(first.kind.listKey).appending(first.index)
                    log.add(Messages.duplicateID(id, first: firstPath), at: path())
                } else {
                    seen[id] = (kind, i)
                }
            }
        }

        checkRanges(session, log: log)
        checkRoundsAndMerges(session, log: log)

        for kind in EntityKind.allCases {
            checkReferences(of: kind.entityType, in: session, idsByKind: idsByKind, log: log)
        }
        if let current = session.currentMeeting, !(idsByKind[.meeting] ?? []).contains(current.rawValue) {
            log.add(
                Messages.dangling(current.rawValue, expected: EntityKind.either([.meeting])),
                at: JSONPath.root.appending("currentMeeting"))
        }
        for (i, r) in session.relations.enumerated() where r.from == r.to && !r.from.rawValue.isEmpty {
            log.add(Messages.selfRelation, at: JSONPath.root.appending("relations").appending(i).appending("to"))
        }
    }

    /// Every id an entity of type `E` holds must name an entity of a kind its field allows.
    private static func checkReferences<E: SessionEntity>(
        of type: E.Type, in session: Session, idsByKind: [EntityKind: Set<String>], log: ProblemLog
    ) {
        let references = E.references
        guard !references.isEmpty else { return }
        let allowed = references.map { reference in
            (
                ids: reference.targets.reduce(into: Set<String>()) { $0.formUnion(idsByKind[$1] ?? []) },
                expected: EntityKind.either(reference.targets)
            )
        }
        let listPath = JSONPath.root.appending(E.listKey)
        for (i, entity) in session[keyPath: E.list].enumerated() {
            for (reference, allowed) in zip(references, allowed) {
                for (j, id) in reference.ids(entity).enumerated() {
                    let path = {
                        let fieldPath = listPath.appending(i).appending(reference.field)
                        return reference.isList ? fieldPath.appending(j) : fieldPath
                    }
                    if id.isEmpty {
                        log.add(Messages.emptyReference(expected: allowed.expected), at: path())
                    } else if !allowed.ids.contains(id) {
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
