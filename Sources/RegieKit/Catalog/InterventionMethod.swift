/// Where an intervention comes from, so a suggestion can name its source: a named method from
/// the literature, an established Dutch practice, or one of the seven tips it is derived from.
/// The tips themselves prescribe no interventions, so "the seven tips" is never a method.
public enum InterventionMethod: String, Hashable, Sendable, CaseIterable {
    /// Worked out by Regie from tip 1 (de opgave is leidend); the tip names no such intervention.
    case derivedFromTip1
    /// Worked out by Regie from tip 2 (meervoudig kijken).
    case derivedFromTip2
    /// Worked out by Regie from tip 3 (choose your battles).
    case derivedFromTip3
    /// Worked out by Regie from tip 4 (verantwoordelijk voor de consequenties).
    case derivedFromTip4
    /// Worked out by Regie from tip 5 (belangen en passie).
    case derivedFromTip5
    /// Worked out by Regie from tip 6 (samenwerken is iets anders dan onderhandelen).
    case derivedFromTip6
    /// Worked out by Regie from tip 7 (sluit aan bij de werkvorm).
    case derivedFromTip7
    /// Mendelow's power/interest grid.
    case mendelow
    /// Stakeholder salience after Mitchell, Agle and Wood: power, legitimacy, urgency.
    case salience
    /// Actor analysis after Enserink et al. and Hermans and Thissen: critical actors (holding a
    /// resource nobody can replace) and dedicated actors (who care about the opgave and invest in it).
    case actorAnalysis
    /// PMI's stakeholder engagement assessment matrix: current against desired engagement, from
    /// unaware to leading.
    case engagementAssessment
    /// Klijn and Koppenjan's network strategy of exploring content.
    case networkStrategyExploring
    /// Klijn and Koppenjan's network strategy of connecting actors.
    case networkStrategyConnecting
    /// Klijn and Koppenjan's network strategy of arranging the network (rules, contracts, structures).
    case networkStrategyArranging
    /// Klijn and Koppenjan's network strategy of process rules (procesregels) for the interaction.
    case networkStrategyProcessRules
    /// Process management after De Bruijn, Ten Heuvelhof and In 't Veld.
    case processManagement
    /// The mutual gains approach to negotiation (Fisher and Ury; Susskind).
    case mutualGains
    /// Appreciative inquiry (Cooperrider): building on what already works.
    case appreciativeInquiry
    /// Social network analysis: degree, betweenness, brokers and clusters.
    case socialNetworkAnalysis
    /// Net-Map (Schiffer): mapping typed links and stacking influence towers with the actors themselves.
    case netMap
    /// The after-action review, as the US Army developed it: intended, happened, why, next time.
    case afterActionReview
    /// The social business case and the social cost-benefit analysis (MKBA, CPB/PBL guideline):
    /// who pays and who benefits.
    case socialBusinessCase
    /// Intervisie: structured peer consultation among professionals, without a manager.
    case peerConsultation
    /// Programmatisch Creëren (Bos, Licht and Van Loon), with its mode of steering on the basis of regie.
    case programmaticCreation
    /// An established practice of Dutch network and chain collaboration, such as the casustafel,
    /// the omgevingstafel or the kwartiermaker, rather than a method from the literature.
    case dutchPractice

    /// The tip this method is derived from, or nil for a named method or practice.
    public var derivedTip: Int? {
        switch self {
        case .derivedFromTip1: 1
        case .derivedFromTip2: 2
        case .derivedFromTip3: 3
        case .derivedFromTip4: 4
        case .derivedFromTip5: 5
        case .derivedFromTip6: 6
        case .derivedFromTip7: 7
        default: nil
        }
    }

    /// The method's name as shown with a suggestion: a source, or the tip it is derived from.
    public var name: Localized {
        switch self {
        case .derivedFromTip1, .derivedFromTip2, .derivedFromTip3, .derivedFromTip4, .derivedFromTip5,
            .derivedFromTip6, .derivedFromTip7:
            let tip = derivedTip.map(String.init) ?? ""
            return Localized(nl: "Afgeleid van tip \(tip)", en: "Derived from tip \(tip)")
        case .mendelow:
            return Localized(nl: "Macht-belangmatrix (Mendelow)", en: "Power/interest grid (Mendelow)")
        case .salience:
            return Localized(
                nl: "Saillantie van belanghebbenden (Mitchell, Agle & Wood)",
                en: "Stakeholder salience (Mitchell, Agle & Wood)"
            )
        case .actorAnalysis:
            return Localized(
                nl: "Actoranalyse (Enserink e.a.; Hermans & Thissen)",
                en: "Actor analysis (Enserink et al.; Hermans & Thissen)"
            )
        case .engagementAssessment:
            return Localized(
                nl: "Beoordelingsmatrix voor betrokkenheid van belanghebbenden (PMI)",
                en: "Stakeholder engagement assessment matrix (PMI)"
            )
        case .networkStrategyExploring:
            return Localized(
                nl: "Netwerkstrategie: inhoudelijk verkennen (Klijn & Koppenjan)",
                en: "Network strategy: exploring content (Klijn & Koppenjan)"
            )
        case .networkStrategyConnecting:
            return Localized(
                nl: "Netwerkstrategie: verbinden (Klijn & Koppenjan)",
                en: "Network strategy: connecting (Klijn & Koppenjan)"
            )
        case .networkStrategyArranging:
            return Localized(
                nl: "Netwerkstrategie: arrangeren (Klijn & Koppenjan)",
                en: "Network strategy: arranging (Klijn & Koppenjan)"
            )
        case .networkStrategyProcessRules:
            return Localized(
                nl: "Netwerkstrategie: procesregels (Klijn & Koppenjan)",
                en: "Network strategy: process rules (Klijn & Koppenjan)"
            )
        case .processManagement:
            return Localized(
                nl: "Procesmanagement (De Bruijn, Ten Heuvelhof & In ’t Veld)",
                en: "Process management (De Bruijn, Ten Heuvelhof & In ’t Veld)"
            )
        case .mutualGains:
            return Localized(nl: "Onderhandelen op basis van wederzijds gewin", en: "Mutual gains approach")
        case .appreciativeInquiry:
            return Localized(nl: "Waarderend onderzoeken (appreciative inquiry)", en: "Appreciative inquiry")
        case .socialNetworkAnalysis:
            return Localized(nl: "Sociale netwerkanalyse", en: "Social network analysis")
        case .netMap:
            return Localized(
                nl: "Net-Map: netwerkkaart met invloedstorens (Schiffer)",
                en: "Net-Map: network map with influence towers (Schiffer)"
            )
        case .afterActionReview:
            return Localized(
                nl: "Gezamenlijke terugblik: after-action review (US Army)", en: "After-action review (US Army)")
        case .socialBusinessCase:
            return Localized(
                nl: "Maatschappelijke businesscase en MKBA (leidraad CPB/PBL)",
                en: "Social business case and social cost-benefit analysis (CPB/PBL guideline)"
            )
        case .peerConsultation:
            return Localized(
                nl: "Intervisie (methodische collegiale consultatie)", en: "Intervisie (structured peer consultation)")
        case .programmaticCreation:
            return Localized(
                nl: "Programmatisch Creëren (Bos, Licht & Van Loon)",
                en: "Programmatisch Creëren, working by programmes (Bos, Licht & Van Loon)"
            )
        case .dutchPractice:
            return Localized(
                nl: "Beproefde praktijk in Nederlandse netwerk- en ketensamenwerking",
                en: "Established practice in Dutch network and chain collaboration"
            )
        }
    }
}
