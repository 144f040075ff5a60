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
        var seen: [String: JSONPath] = [:]
        func register(_ id: String, _ path: JSONPath) {
            guard !id.isEmpty else {
                log.add(Messages.emptyID, at: path.appending("id"))
                return
            }
            if !IDRules.isValid(id) { log.add(Messages.badID(id), at: path.appending("id")) }
            if let first = seen[id] {
                log.add(Messages.duplicateID(id, first: first), at: path.appending("id"))
            } else {
                seen[id] = path
            }
        }
        let root = JSONPath.root
        for (i, p) in session.partners.enumerated() { register(p.id.rawValue, root.appending("partners").appending(i)) }
        for (i, r) in session.relations.enumerated() {
            register(r.id.rawValue, root.appending("relations").appending(i))
        }
        for (i, p) in session.perspectives.enumerated() {
            register(p.id.rawValue, root.appending("perspectives").appending(i))
        }
        for (i, v) in session.interventions.enumerated() {
            register(v.id.rawValue, root.appending("interventions").appending(i))
        }
        for (i, m) in session.meetings.enumerated() { register(m.id.rawValue, root.appending("meetings").appending(i)) }
        for (i, n) in session.notes.enumerated() { register(n.id.rawValue, root.appending("notes").appending(i)) }
        for (i, a) in session.actions.enumerated() { register(a.id.rawValue, root.appending("actions").appending(i)) }

        let partners = Set(session.partners.map(\.id.rawValue))
        let relations = Set(session.relations.map(\.id.rawValue))
        let meetings = Set(session.meetings.map(\.id.rawValue))
        let linkable = partners.union(relations).union(meetings)
            .union(session.interventions.map(\.id.rawValue))
            .union(session.perspectives.map(\.id.rawValue))
            .union(session.actions.map(\.id.rawValue))

        func reference(_ id: String, in set: Set<String>, _ expected: Localized, at path: JSONPath) {
            if id.isEmpty {
                log.add(Messages.emptyReference(expected: expected), at: path)
            } else if !set.contains(id) {
                log.add(Messages.dangling(id, expected: expected), at: path)
            }
        }

        checkRanges(session, log: log)
        checkRoundsAndMerges(session, log: log)

        for (i, r) in session.relations.enumerated() {
            let path = root.appending("relations").appending(i)
            reference(r.from.rawValue, in: partners, Messages.aPartner, at: path.appending("from"))
            reference(r.to.rawValue, in: partners, Messages.aPartner, at: path.appending("to"))
            if r.from == r.to, !r.from.rawValue.isEmpty { log.add(Messages.selfRelation, at: path.appending("to")) }
        }
        for (i, p) in session.perspectives.enumerated() {
            let path = root.appending("perspectives").appending(i).appending("partner")
            reference(p.partner.rawValue, in: partners, Messages.aPartner, at: path)
        }
        for (i, v) in session.interventions.enumerated() {
            let path = root.appending("interventions").appending(i).appending("targets")
            for (j, target) in v.targets.enumerated() {
                reference(target, in: partners.union(relations), Messages.aPartnerOrRelation, at: path.appending(j))
            }
        }
        for (i, m) in session.meetings.enumerated() {
            let path = root.appending("meetings").appending(i).appending("attendees")
            for (j, attendee) in m.attendees.enumerated() {
                reference(attendee.rawValue, in: partners, Messages.aPartner, at: path.appending(j))
            }
        }
        for (i, n) in session.notes.enumerated() {
            let path = root.appending("notes").appending(i)
            for (j, link) in n.links.enumerated() {
                reference(link, in: linkable, Messages.anything, at: path.appending("links").appending(j))
            }
            if let meeting = n.meeting {
                reference(meeting.rawValue, in: meetings, Messages.aMeeting, at: path.appending("meeting"))
            }
        }
        for (i, a) in session.actions.enumerated() {
            let path = root.appending("actions").appending(i)
            if let owner = a.owner {
                reference(owner.rawValue, in: partners, Messages.aPartner, at: path.appending("owner"))
            }
            if let meeting = a.meeting {
                reference(meeting.rawValue, in: meetings, Messages.aMeeting, at: path.appending("meeting"))
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
