/// What a relation between two partners is about. Kinds are told apart on screen without colour.
public enum RelationKind: String, Codable, CaseIterable, Sendable {
    case collaboration, dependency, information, funding, tension, negotiation
}

/// Whether a partner is still part of the working network (tip 1: let go, do not delete).
public enum PartnerStatus: String, Codable, CaseIterable, Sendable {
    case active, watching, letGo
}

/// How engaged a partner is with the opgave, from unaware to leading (current vs desired): the
/// five levels of PMI's stakeholder engagement assessment matrix.
public enum EngagementLevel: String, Codable, CaseIterable, Sendable, Comparable {
    case unaware, resistant, neutral, supportive, leading

    /// Position on the scale, 0 for unaware to 4 for leading.
    public var rank: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// Where an intervention stands: an idea, planned, done or dropped.
public enum InterventionStatus: String, Codable, CaseIterable, Sendable {
    case idea, planned, done, dropped
}

/// Rough effort an intervention asks of the regisseur.
public enum Effort: String, Codable, CaseIterable, Sendable {
    case low, medium, high
}

/// The way of working (werkvorm) the collaboration runs in (tip 7).
public enum WorkFormKind: String, Codable, CaseIterable, Sendable {
    case programme, project, process, line, network
}

/// How steering is set up within the work form (tip 7), decided by two questions: does the one
/// who steers hold the budget, and do they have line authority over the people doing the work?
public enum SteeringVariant: String, Codable, CaseIterable, Sendable {
    /// Neither budget nor line authority: "sturen op basis van regie" (Programmatisch Creëren),
    /// the seed's own case. Commitment has to be won partner by partner.
    case regie
    /// The budget, but no line authority: steering through funding and agreements.
    case budget
    /// Line authority, but no budget: the people can be directed, the money lies elsewhere.
    case line
    /// Budget and line authority: hierarchical steering.
    case hierarchical

    /// The set-up with or without the budget and line authority.
    public init(holdsBudget: Bool, lineAuthority: Bool) {
        switch (holdsBudget, lineAuthority) {
        case (false, false): self = .regie
        case (true, false): self = .budget
        case (false, true): self = .line
        case (true, true): self = .hierarchical
        }
    }

    /// Whether the one who steers holds the budget.
    public var holdsBudget: Bool { self == .budget || self == .hierarchical }
    /// Whether the one who steers has line authority over the people who do the work.
    public var lineAuthority: Bool { self == .line || self == .hierarchical }
}

/// A regisseur's way of working; interventions suit some styles better than others (tip 3).
///
/// These five styles are Regie's own typology. The tips only say that interventions differ per
/// person (the seed contrasts an introvert strategist with a "jonge hond"); the names, the
/// descriptions and which interventions suit which style are Regie's, not the seed's or the
/// literature's.
public enum RegisseurStyle: String, Codable, CaseIterable, Sendable {
    /// The quiet strategist: analyses, prepares, works through others.
    case strategist
    /// The connector: brings people together, builds bridges and trust.
    case connector
    /// The driver ("jonge hond"): energetic, direct, takes initiative.
    case driver
    /// The process guardian: agreements, rhythm, careful decisions.
    case guardian
    /// The content expert: convinces with knowledge and facts.
    case expert
}
