/// Mendelow's power/interest grid: what a partner's influence and interest ask of the regisseur.
public enum MendelowQuadrant: String, CaseIterable, Sendable {
    /// High influence, high interest.
    case manageClosely
    /// High influence, low interest.
    case keepSatisfied
    /// Low influence, high interest.
    case keepInformed
    /// Low influence, low interest.
    case monitor

    /// A score from this value up counts as high, for influence and for interest alike.
    public static let highFrom = 3

    /// The quadrant of a partner with these influence and interest scores.
    public init(influence: Int, interest: Int) {
        switch (influence >= Self.highFrom, interest >= Self.highFrom) {
        case (true, true): self = .manageClosely
        case (true, false): self = .keepSatisfied
        case (false, true): self = .keepInformed
        case (false, false): self = .monitor
        }
    }

    /// The quadrant of a partner with `scores`; only influence and interest count.
    public init(_ scores: Scores) { self.init(influence: scores.influence, interest: scores.interest) }

    /// The quadrant's name, which is also what it asks of the regisseur.
    public var title: Localized {
        switch self {
        case .manageClosely: Localized(nl: "Nauw betrekken", en: "Manage closely")
        case .keepSatisfied: Localized(nl: "Tevreden houden", en: "Keep satisfied")
        case .keepInformed: Localized(nl: "Informeren", en: "Keep informed")
        case .monitor: Localized(nl: "Monitoren", en: "Monitor")
        }
    }

    /// Whether the quadrant holds partners with high influence.
    public var highInfluence: Bool { self == .manageClosely || self == .keepSatisfied }
    /// Whether the quadrant holds partners with high interest.
    public var highInterest: Bool { self == .manageClosely || self == .keepInformed }
}
