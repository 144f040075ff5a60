/// Mitchell, Agle & Wood's stakeholder salience: which of power, legitimacy and urgency a
/// partner has decides how much attention its claims get.
public enum SalienceClass: String, CaseIterable, Sendable {
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
    public static let attributeFrom = 3

    /// The class of a partner that has the attributes given.
    public init(power: Bool, legitimacy: Bool, urgency: Bool) {
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
    public init(_ scores: Scores) {
        self.init(
            power: scores.influence >= Self.attributeFrom, legitimacy: scores.legitimacy >= Self.attributeFrom,
            urgency: scores.urgency >= Self.attributeFrom)
    }

    /// Whether partners of this class have power.
    public var hasPower: Bool { [.definitive, .dominant, .dangerous, .dormant].contains(self) }
    /// Whether partners of this class have legitimacy.
    public var hasLegitimacy: Bool { [.definitive, .dominant, .dependent, .discretionary].contains(self) }
    /// Whether partners of this class have urgency.
    public var hasUrgency: Bool { [.definitive, .dangerous, .dependent, .demanding].contains(self) }

    /// The class's name in both languages.
    public var title: Localized {
        switch self {
        case .definitive: Localized(nl: "bepalend", en: "definitive")
        case .dominant: Localized(nl: "dominant", en: "dominant")
        case .dangerous: Localized(nl: "gevaarlijk", en: "dangerous")
        case .dependent: Localized(nl: "afhankelijk", en: "dependent")
        case .dormant: Localized(nl: "slapend", en: "dormant")
        case .discretionary: Localized(nl: "discretionair", en: "discretionary")
        case .demanding: Localized(nl: "veeleisend", en: "demanding")
        case .none: Localized(nl: "geen", en: "none")
        }
    }
}
