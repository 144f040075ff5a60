/// The known method an analysis finding comes from, so each suggestion can name its source.
/// These are the methods of the analysis; a catalogue entry's own background is its
/// `InterventionMethod`. Definitions and sources: `docs/methods.md`.
public enum AnalysisMethod: Hashable, Sendable {
    /// Mendelow's power/interest grid.
    case mendelow
    /// Stakeholder salience after Mitchell, Agle & Wood: power, legitimacy, urgency.
    case salience
    /// Actor analysis after Enserink et al. and Hermans & Thissen: critical and dedicated actors.
    case actorAnalysis
    /// The stakeholder engagement assessment matrix of PMI's PMBOK Guide: current against desired.
    case engagementMatrix
    /// Klijn & Koppenjan's network strategies: exploring content, connecting, arranging, process rules.
    case networkStrategies
    /// Process management after De Bruijn, Ten Heuvelhof & In 't Veld: openness, protection of core
    /// values, progress, substance.
    case processManagement
    /// Net-Map (Schiffer & Hauck): who is linked to whom, and how much influence each one has.
    case netMap
    /// Network measures on the relation graph: degree, betweenness, clusters, cut points.
    case networkMeasures
    /// One of the seven tips itself.
    case tip(Int)

    /// Every method, the tips in order.
    public static let all: [AnalysisMethod] =
        [
            .mendelow, .salience, .actorAnalysis, .engagementMatrix, .networkStrategies, .processManagement, .netMap,
            .networkMeasures,
        ] + (1...7).map { .tip($0) }

    /// Stable id for files and the command line: `mendelow`, `tip3`, …
    public var id: String {
        switch self {
        case .mendelow: "mendelow"
        case .salience: "salience"
        case .actorAnalysis: "actorAnalysis"
        case .engagementMatrix: "engagementMatrix"
        case .networkStrategies: "networkStrategies"
        case .processManagement: "processManagement"
        case .netMap: "netMap"
        case .networkMeasures: "networkMeasures"
        case .tip(let number): "tip\(number)"
        }
    }

    /// The method's name as shown beside a suggestion.
    public var name: Localized {
        switch self {
        case .mendelow: Localized(nl: "Macht-belangmatrix (Mendelow)", en: "Power/interest grid (Mendelow)")
        case .salience: Localized(nl: "Salience (Mitchell, Agle & Wood)", en: "Salience (Mitchell, Agle & Wood)")
        case .actorAnalysis:
            Localized(
                nl: "Actoranalyse (Enserink e.a.; Hermans & Thissen)",
                en: "Actor analysis (Enserink et al.; Hermans & Thissen)")
        case .engagementMatrix:
            Localized(nl: "Betrokkenheidsmatrix (PMI, PMBOK)", en: "Engagement assessment matrix (PMI, PMBOK)")
        case .networkStrategies:
            Localized(nl: "Netwerkstrategieën (Klijn & Koppenjan)", en: "Network strategies (Klijn & Koppenjan)")
        case .processManagement:
            Localized(
                nl: "Procesmanagement (De Bruijn, Ten Heuvelhof & In 't Veld)",
                en: "Process management (De Bruijn, Ten Heuvelhof & In 't Veld)")
        case .netMap: Localized(nl: "Net-Map (Schiffer)", en: "Net-Map (Schiffer)")
        case .networkMeasures: Localized(nl: "Netwerkmaten", en: "Network measures")
        case .tip(let number):
            Localized(
                nl: "Tip \(number): " + (Catalog.tip(number)?.title.nl ?? ""),
                en: "Tip \(number): " + (Catalog.tip(number)?.title.en ?? ""))
        }
    }

    /// A name short enough for a list row beside a suggestion ("Mendelow", "tip 2"); `name` in full.
    public var shortName: Localized {
        switch self {
        case .mendelow: Localized(nl: "Mendelow", en: "Mendelow")
        case .salience: Localized(nl: "saillantie", en: "salience")
        case .actorAnalysis: Localized(nl: "actoranalyse", en: "actor analysis")
        case .engagementMatrix: Localized(nl: "PMBOK", en: "PMBOK")
        case .networkStrategies: Localized(nl: "Klijn & Koppenjan", en: "Klijn & Koppenjan")
        case .processManagement: Localized(nl: "procesmanagement", en: "process management")
        case .netMap: Localized(nl: "Net-Map", en: "Net-Map")
        case .networkMeasures: Localized(nl: "netwerkmaten", en: "network measures")
        case .tip(let number): Localized(nl: "tip \(number)", en: "tip \(number)")
        }
    }

    /// Where the method comes from, as `docs/methods.md` cites it.
    public var source: String {
        switch self {
        case .mendelow:
            "Mendelow, A. L. (1981). Environmental scanning: the impact of the stakeholder concept. ICIS 1981 "
                + "Proceedings, 20."
        case .salience:
            "Mitchell, R. K., Agle, B. R. & Wood, D. J. (1997). Toward a theory of stakeholder identification and "
                + "salience. Academy of Management Review, 22(4), 853–886."
        case .actorAnalysis:
            "Enserink, B., Hermans, L., Kwakkel, J., Thissen, W., Koppenjan, J. & Bots, P. (2010). Policy Analysis "
                + "of Multi-Actor Systems. Lemma; Hermans, L. M. & Thissen, W. A. H. (2009). Actor analysis methods "
                + "and their use for public policy analysts. European Journal of Operational Research, 196(2), 808–818."
        case .engagementMatrix:
            "Project Management Institute (2017). A Guide to the Project Management Body of Knowledge (PMBOK Guide), "
                + "6th ed., Plan Stakeholder Engagement: the stakeholder engagement assessment matrix."
        case .networkStrategies:
            "Klijn, E.-H. & Koppenjan, J. (2016). Governance Networks in the Public Sector. Routledge."
        case .processManagement:
            "De Bruijn, H., Ten Heuvelhof, E. & In 't Veld, R. (2010). Process Management: Why Project Management "
                + "Fails in Complex Decision Making Processes, 2nd ed. Springer."
        case .netMap:
            "Schiffer, E. & Hauck, J. (2010). Net-Map: collecting social network data and facilitating network "
                + "learning through participatory influence network mapping. Field Methods, 22(3), 231–249."
        case .networkMeasures:
            "Freeman, L. C. (1977). A set of measures of centrality based on betweenness. Sociometry, 40(1), 35–41; "
                + "Brandes, U. (2001). A faster algorithm for betweenness centrality. Journal of Mathematical "
                + "Sociology, 25(2), 163–177."
        case .tip:
            "Licht, H. 7 tips bij netwerk- en ketenregie. SBO."
        }
    }
}
