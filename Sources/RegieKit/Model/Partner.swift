/// An independent organisation (or person) in the network, with the regisseur's assessment of it.
public struct Partner: Identifiable, Hashable, Sendable {
    /// Fields this version does not know, kept so that another tool's additions survive a save.
    public var extra: [String: JSONValue] = [:]
    public typealias ID = EntityID<Partner>

    public var id: ID
    public var name: String
    public var organisation: String
    public var sector: String
    /// Place in a chain (keten), lowest first; nil where the partner is not part of a chain.
    public var chainPosition: Int?
    public var scores: Scores
    public var engagement: Engagement
    public var interests: [String]
    public var values: [String]
    public var resources: [Resource]
    public var status: PartnerStatus
    /// Text that may be shown to anyone, also in presentation mode.
    public var notes: String
    /// Never shown in presentation mode or public exports.
    public var privateNotes: String
    /// When true, scores, engagement, interests and values may be shown in public.
    public var shareScores: Bool

    public init(
        id: ID, name: String, organisation: String = "", sector: String = "",
        chainPosition: Int? = nil, scores: Scores = Scores(), engagement: Engagement = Engagement(),
        interests: [String] = [], values: [String] = [], resources: [Resource] = [],
        status: PartnerStatus = .active, notes: String = "", privateNotes: String = "",
        shareScores: Bool = false
    ) {
        self.id = id
        self.name = name
        self.organisation = organisation
        self.sector = sector
        self.chainPosition = chainPosition
        self.scores = scores
        self.engagement = engagement
        self.interests = interests
        self.values = values
        self.resources = resources
        self.status = status
        self.notes = notes
        self.privateNotes = privateNotes
        self.shareScores = shareScores
    }
}

/// The regisseur's 0–5 assessment of a partner on each dimension the analysis uses.
public struct Scores: Hashable, Sendable {
    /// Valid range of every score.
    public static let range = 0...5

    public var influence: Int
    public var interest: Int
    public var commitment: Int
    public var contribution: Int
    /// How much the opgave needs this partner.
    public var dependency: Int
    public var energy: Int
    /// The partner's trust in the collaboration as a whole; trust in one other partner is
    /// `Relation.trust`.
    public var trust: Int
    public var legitimacy: Int
    public var urgency: Int

    public init(
        influence: Int = 0, interest: Int = 0, commitment: Int = 0, contribution: Int = 0,
        dependency: Int = 0, energy: Int = 0, trust: Int = 0, legitimacy: Int = 0, urgency: Int = 0
    ) {
        self.influence = influence
        self.interest = interest
        self.commitment = commitment
        self.contribution = contribution
        self.dependency = dependency
        self.energy = energy
        self.trust = trust
        self.legitimacy = legitimacy
        self.urgency = urgency
    }

    /// The score of one dimension.
    public subscript(kind: ScoreKind) -> Int {
        get { self[keyPath: kind.keyPath] }
        set { self[keyPath: kind.keyPath] = newValue }
    }
}

/// The dimensions a partner is scored on, named as in the session file.
public enum ScoreKind: String, CaseIterable, Sendable {
    case influence, interest, commitment, contribution, dependency, energy, trust, legitimacy, urgency

    var keyPath: WritableKeyPath<Scores, Int> {
        switch self {
        case .influence: \.influence
        case .interest: \.interest
        case .commitment: \.commitment
        case .contribution: \.contribution
        case .dependency: \.dependency
        case .energy: \.energy
        case .trust: \.trust
        case .legitimacy: \.legitimacy
        case .urgency: \.urgency
        }
    }
}

/// Current and desired engagement of a partner with the opgave.
public struct Engagement: Hashable, Sendable {
    public var current: EngagementLevel
    public var desired: EngagementLevel

    public init(current: EngagementLevel = .neutral, desired: EngagementLevel = .supportive) {
        self.current = current
        self.desired = desired
    }

    /// Steps between current and desired; positive when the partner should move up.
    public var gap: Int { desired.rank - current.rank }
}

/// Something a partner brings; an irreplaceable resource makes the partner critical.
public struct Resource: Hashable, Sendable {
    public var name: String
    public var replaceable: Bool

    public init(name: String, replaceable: Bool = true) {
        self.name = name
        self.replaceable = replaceable
    }
}
