import Foundation

/// A value before and after; only made where the two differ.
public struct Move<Value: Hashable & Sendable>: Hashable, Sendable {
    public var from: Value
    public var to: Value

    /// The move from `from` to `to`, or nil when nothing moved.
    public init?(_ from: Value, _ to: Value) {
        guard from != to else { return nil }
        self.from = from
        self.to = to
    }
}

/// What changed for one partner between two rounds, and what was done about them in between.
public struct PartnerChange: Hashable, Sendable {
    public var partner: Partner.ID
    public var name: String
    /// Nil when the partner was not in the earlier round (new since).
    public var before: PartnerReading?
    /// Nil when the partner is not in the later round (gone since).
    public var after: PartnerReading?
    public var quadrant: Move<MendelowQuadrant>?
    public var salience: Move<SalienceClass>?
    public var engagement: Move<EngagementLevel>?
    public var status: Move<PartnerStatus>?
    /// The scores that changed, in the order of `ScoreKind`.
    public var scores: [(kind: ScoreKind, move: Move<Int>)]
    /// Interventions marked done between the two rounds that aimed at this partner, or at one of
    /// its relations, in the order they were completed.
    public var interventions: [Intervention]
    /// Commitment, trust and energy in every round of the session, oldest first (nil where the
    /// partner was not in the round).
    public var trend: [(kind: ScoreKind, values: [Int?])]

    /// Whether anything about the partner's assessment moved.
    public var moved: Bool {
        before == nil || after == nil || !scores.isEmpty || engagement != nil || status != nil
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.partner == rhs.partner && lhs.before == rhs.before && lhs.after == rhs.after
            && lhs.interventions == rhs.interventions
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(partner)
        hasher.combine(before)
        hasher.combine(after)
    }
}

/// What changed about one relation between two rounds.
public struct RelationChange: Hashable, Sendable {
    public var before: RelationReading
    public var after: RelationReading
    public var kind: Move<RelationKind>?
    public var strength: Move<Int>?
    public var trust: Move<Int?>?
}

/// Two rounds side by side: moves in the power/interest grid and in salience, engagement moves,
/// relations added, removed and changed, each partner's trend over all rounds, and beside each
/// change the interventions done in between that aimed at that partner.
public struct RoundComparison: Sendable {
    /// The scores whose trend is drawn for every partner.
    public static let trendKinds: [ScoreKind] = [.commitment, .trust, .energy]

    public var from: AssessmentRound
    public var to: AssessmentRound
    /// Every partner in either round, in the later round's order, then those gone since.
    public var partners: [PartnerChange]
    public var relationsAdded: [RelationReading]
    public var relationsRemoved: [RelationReading]
    public var relationsChanged: [RelationChange]
    /// Every round used for the trends, oldest first (`from` and `to` among them).
    public var trendRounds: [AssessmentRound]

    /// Compares round `from` with the later round `to`; interventions are `session`'s, and the
    /// trends run over all of its rounds (and `to`, when it is the current state rather than a
    /// stored round).
    public init(_ session: Session, from: AssessmentRound, to: AssessmentRound) {
        self.from = from
        self.to = to
        var rounds = session.rounds
        if !rounds.contains(where: { $0.id == to.id }) { rounds.append(to) }
        if !rounds.contains(where: { $0.id == from.id }) { rounds.insert(from, at: 0) }
        trendRounds = rounds.sorted { $0.date < $1.date }

        let done = session.interventions.filter { intervention in
            guard intervention.status == .done, let day = intervention.completed else { return false }
            return from.date < day && day <= to.date
        }.sorted { ($0.completed!, $0.title) < ($1.completed!, $1.title) }
        let relationEnds = Dictionary(
            (session.relations.map { ($0.id.rawValue, [$0.from, $0.to]) }
                + (from.sheet.relations + to.sheet.relations).map { ($0.relation.rawValue, [$0.from, $0.to]) }),
            uniquingKeysWith: { first, _ in first })
        func aimedAt(_ partner: Partner.ID) -> [Intervention] {
            done.filter { intervention in
                intervention.targets.contains { target in
                    target == partner.rawValue || relationEnds[target]?.contains(partner) == true
                }
            }
        }

        var ids = to.sheet.partners.map(\.partner)
        ids += from.sheet.partners.map(\.partner).filter { !ids.contains($0) }
        let trendRounds = self.trendRounds
        partners = ids.map { id in
            let before = from.sheet.reading(of: id)
            let after = to.sheet.reading(of: id)
            var change = PartnerChange(
                partner: id, name: after?.name ?? before?.name ?? id.rawValue, before: before, after: after,
                scores: [], interventions: aimedAt(id),
                trend: Self.trendKinds.map { kind in
                    (kind, trendRounds.map { $0.sheet.reading(of: id)?.scores[kind] })
                })
            if let before, let after {
                change.quadrant = Move(MendelowQuadrant(before.scores), MendelowQuadrant(after.scores))
                change.salience = Move(SalienceClass(before.scores), SalienceClass(after.scores))
                change.engagement = Move(before.engagement.current, after.engagement.current)
                change.status = Move(before.status, after.status)
                change.scores = ScoreKind.allCases.compactMap { kind in
                    Move(before.scores[kind], after.scores[kind]).map { (kind, $0) }
                }
            }
            return change
        }

        let earlier = Dictionary(from.sheet.relations.map { ($0.relation, $0) }, uniquingKeysWith: { a, _ in a })
        let later = Set(to.sheet.relations.map(\.relation))
        relationsAdded = to.sheet.relations.filter { earlier[$0.relation] == nil }
        relationsRemoved = from.sheet.relations.filter { !later.contains($0.relation) }
        relationsChanged = to.sheet.relations.compactMap { after in
            guard let before = earlier[after.relation] else { return nil }
            let change = RelationChange(
                before: before, after: after, kind: Move(before.kind, after.kind),
                strength: Move(before.strength, after.strength), trust: Move(before.trust, after.trust))
            return change.kind == nil && change.strength == nil && change.trust == nil ? nil : change
        }
    }
}

extension AssessmentRound {
    /// The session's assessments as they are now, as a round on `today` (for comparing the last
    /// stored round with the present).
    public static func current(_ session: Session, today: Day) -> AssessmentRound {
        AssessmentRound(
            id: "now", name: Localized(nl: "nu", en: "now")(session.language), date: today, sheet: ScoreSheet(session))
    }
}

/// A row of block characters for scores 0–5, one per round; `·` where there is no score.
public enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▅", "▆", "█"]

    /// `▂▃▅` for the values 1, 2, 3.
    public static func text(_ values: [Int?]) -> String {
        String(values.map { value in value.map { blocks[min(max($0, 0), blocks.count - 1)] } ?? "·" })
    }
}
