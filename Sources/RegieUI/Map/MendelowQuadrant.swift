import RegieKit

/// Mendelow's power/interest grid: what a partner's influence and interest ask of the regisseur.
enum MendelowQuadrant: CaseIterable {
    /// High influence, high interest.
    case manageClosely
    /// High influence, low interest.
    case keepSatisfied
    /// Low influence, high interest.
    case keepInformed
    /// Low influence, low interest.
    case monitor

    /// A score from this value up counts as high.
    static let highFrom = 3

    init(influence: Int, interest: Int) {
        switch (influence >= Self.highFrom, interest >= Self.highFrom) {
        case (true, true): self = .manageClosely
        case (true, false): self = .keepSatisfied
        case (false, true): self = .keepInformed
        case (false, false): self = .monitor
        }
    }

    init(_ scores: Scores) { self.init(influence: scores.influence, interest: scores.interest) }

    var title: Localized {
        switch self {
        case .manageClosely: L("Nauw betrekken", "Manage closely")
        case .keepSatisfied: L("Tevreden houden", "Keep satisfied")
        case .keepInformed: L("Informeren", "Keep informed")
        case .monitor: L("Monitoren", "Monitor")
        }
    }

    var highInfluence: Bool { self == .manageClosely || self == .keepSatisfied }
    var highInterest: Bool { self == .manageClosely || self == .keepInformed }
}
