import Foundation

/// How one partner stood at one moment or in one person's eyes: the scores, engagement and status.
public struct PartnerReading: Hashable, Sendable {
    public var partner: Partner.ID
    /// The partner's name when the reading was taken, so a partner removed since can still be named.
    public var name: String
    public var scores: Scores
    public var engagement: Engagement
    public var status: PartnerStatus
    /// True when the assessor added this partner: the team file did not have it.
    public var added: Bool

    public init(
        partner: Partner.ID, name: String, scores: Scores = Scores(), engagement: Engagement = Engagement(),
        status: PartnerStatus = .active, added: Bool = false
    ) {
        self.partner = partner
        self.name = name
        self.scores = scores
        self.engagement = engagement
        self.status = status
        self.added = added
    }

    /// The reading of `partner` as it is now.
    public init(_ partner: Partner) {
        self.init(
            partner: partner.id, name: partner.name, scores: partner.scores, engagement: partner.engagement,
            status: partner.status)
    }

    /// False for a reading whose nine scores are all 0: the assessor left the partner unscored.
    public var isScored: Bool { ScoreKind.allCases.contains { scores[$0] != 0 } }
}

/// How one relation stood at one moment or in one person's eyes: its kind, strength and trust.
public struct RelationReading: Hashable, Sendable {
    public var relation: Relation.ID
    public var from: Partner.ID
    public var to: Partner.ID
    public var kind: RelationKind
    public var strength: Int
    public var trust: Int?
    /// True when the assessor added this relation: the team file did not have it.
    public var added: Bool

    public init(
        relation: Relation.ID, from: Partner.ID, to: Partner.ID, kind: RelationKind, strength: Int = 3,
        trust: Int? = nil, added: Bool = false
    ) {
        self.relation = relation
        self.from = from
        self.to = to
        self.kind = kind
        self.strength = strength
        self.trust = trust
        self.added = added
    }

    /// The reading of `relation` as it is now.
    public init(_ relation: Relation) {
        self.init(
            relation: relation.id, from: relation.from, to: relation.to, kind: relation.kind,
            strength: relation.strength, trust: relation.trust)
    }
}

/// The assessments of a whole network at one moment (a round) or by one person (an assessor):
/// a reading per partner and per relation.
public struct ScoreSheet: Hashable, Sendable {
    public var partners: [PartnerReading]
    public var relations: [RelationReading]

    public init(partners: [PartnerReading] = [], relations: [RelationReading] = []) {
        self.partners = partners
        self.relations = relations
    }

    /// The readings of every partner and relation of `session` as they are now.
    public init(_ session: Session) {
        self.init(
            partners: session.partners.map(PartnerReading.init), relations: session.relations.map(RelationReading.init))
    }

    /// The reading of `partner`, if the sheet has one.
    public func reading(of partner: Partner.ID) -> PartnerReading? { partners.first { $0.partner == partner } }

    /// The reading of `relation`, if the sheet has one.
    public func reading(of relation: Relation.ID) -> RelationReading? { relations.first { $0.relation == relation } }
}
