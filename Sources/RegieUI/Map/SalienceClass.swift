import RegieKit

/// Mitchell, Agle & Wood's stakeholder salience: which of power, legitimacy and urgency a
/// partner has decides how much attention its claims get.
enum SalienceClass: CaseIterable {
    /// Power, legitimacy and urgency.
    case definitive
    /// Power and legitimacy.
    case dominant
    /// Power and urgency.
    case dangerous
    /// Legitimacy and urgency.
    case dependent
    /// Power only.
    case dormant
    /// Legitimacy only.
    case discretionary
    /// Urgency only.
    case demanding
    /// None of the three.
    case none

    /// A score from this value up counts as having the attribute.
    static let attributeFrom = 3

    init(power: Bool, legitimacy: Bool, urgency: Bool) {
        switch (power, legitimacy, urgency) {
        case (true, true, true): self = .definitive
        case (true, true, false): self = .dominant
        case (true, false, true): self = .dangerous
        case (false, true, true): self = .dependent
        case (true, false, false): self = .dormant
        case (false, true, false): self = .discretionary
        case (false, false, true): self = .demanding
        case (false, false, false): self = .none
        }
    }

    /// The class from the partner's influence (power), legitimacy and urgency scores.
    init(_ scores: Scores) {
        self.init(
            power: scores.influence >= Self.attributeFrom, legitimacy: scores.legitimacy >= Self.attributeFrom,
            urgency: scores.urgency >= Self.attributeFrom)
    }

    var hasPower: Bool { [.definitive, .dominant, .dangerous, .dormant].contains(self) }
    var hasLegitimacy: Bool { [.definitive, .dominant, .dependent, .discretionary].contains(self) }
    var hasUrgency: Bool { [.definitive, .dangerous, .dependent, .demanding].contains(self) }

    var title: Localized {
        switch self {
        case .definitive: L("bepalend", "definitive")
        case .dominant: L("dominant", "dominant")
        case .dangerous: L("gevaarlijk", "dangerous")
        case .dependent: L("afhankelijk", "dependent")
        case .dormant: L("slapend", "dormant")
        case .discretionary: L("discretionair", "discretionary")
        case .demanding: L("veeleisend", "demanding")
        case .none: L("geen", "none")
        }
    }
}
