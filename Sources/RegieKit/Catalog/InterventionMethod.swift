/// The practical or scientific method an intervention comes from, so a suggestion can name its source.
public enum InterventionMethod: String, Hashable, Sendable, CaseIterable {
    /// The seven tips for netwerk- en ketenregie themselves.
    case sevenTips
    /// Mendelow's power/interest grid.
    case mendelow
    /// Stakeholder salience after Mitchell, Agle and Wood: power, legitimacy, urgency.
    case salience
    /// Actor analysis after Enserink et al. and Hermans and Thissen: critical and dedicated actors.
    case actorAnalysis
    /// Klijn and Koppenjan's network strategy of exploring content.
    case networkStrategyExploring
    /// Klijn and Koppenjan's network strategy of connecting actors.
    case networkStrategyConnecting
    /// Klijn and Koppenjan's network strategy of arranging the interaction.
    case networkStrategyArranging
    /// Process management after De Bruijn and Ten Heuvelhof.
    case processManagement
    /// The mutual gains approach to negotiation (Fisher and Ury; Susskind).
    case mutualGains
    /// Appreciative inquiry (Cooperrider): building on what already works.
    case appreciativeInquiry
    /// Social network analysis: degree, betweenness, brokers and clusters.
    case socialNetworkAnalysis

    /// The method's name as shown with a suggestion.
    public var name: Localized {
        switch self {
        case .sevenTips:
            Localized(nl: "Zeven tips voor netwerk- en ketenregie", en: "Seven tips for network and chain steering")
        case .mendelow:
            Localized(nl: "Macht-belangmatrix (Mendelow)", en: "Power/interest grid (Mendelow)")
        case .salience:
            Localized(
                nl: "Salience-model van belanghebbenden (Mitchell, Agle & Wood)",
                en: "Stakeholder salience (Mitchell, Agle & Wood)"
            )
        case .actorAnalysis:
            Localized(
                nl: "Actoranalyse (Enserink e.a.; Hermans & Thissen)",
                en: "Actor analysis (Enserink et al.; Hermans & Thissen)"
            )
        case .networkStrategyExploring:
            Localized(
                nl: "Netwerkstrategie: inhoudelijk verkennen (Klijn & Koppenjan)",
                en: "Network strategy: exploring content (Klijn & Koppenjan)"
            )
        case .networkStrategyConnecting:
            Localized(
                nl: "Netwerkstrategie: verbinden (Klijn & Koppenjan)",
                en: "Network strategy: connecting (Klijn & Koppenjan)"
            )
        case .networkStrategyArranging:
            Localized(
                nl: "Netwerkstrategie: arrangeren (Klijn & Koppenjan)",
                en: "Network strategy: arranging (Klijn & Koppenjan)"
            )
        case .processManagement:
            Localized(
                nl: "Procesmanagement (De Bruijn & Ten Heuvelhof)",
                en: "Process management (De Bruijn & Ten Heuvelhof)"
            )
        case .mutualGains:
            Localized(nl: "Onderhandelen op basis van wederzijds gewin", en: "Mutual gains approach")
        case .appreciativeInquiry:
            Localized(nl: "Waarderend onderzoeken (appreciative inquiry)", en: "Appreciative inquiry")
        case .socialNetworkAnalysis:
            Localized(nl: "Sociale netwerkanalyse", en: "Social network analysis")
        }
    }
}
