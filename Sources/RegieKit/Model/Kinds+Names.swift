/// The names of the domain's values as people read them, in Dutch and English; the interface,
/// the exports and the command line all use these, so a status reads the same everywhere.
extension PartnerStatus {
    /// The name of this value in both languages.
    public var name: Localized {
        switch self {
        case .active: Localized(nl: "actief", en: "active")
        case .watching: Localized(nl: "volgen", en: "watching")
        case .letGo: Localized(nl: "losgelaten", en: "let go")
        }
    }

    /// The mark before a partner's name on every map, so status reads without colour: `?`
    /// watching, `×` let go, nothing for active partners.
    public var marker: String {
        switch self {
        case .active: ""
        case .watching: "?"
        case .letGo: "×"
        }
    }
}

extension ScoreKind {
    /// The name of this value in both languages.
    public var name: Localized {
        switch self {
        case .influence: Localized(nl: "Invloed", en: "Influence")
        case .interest: Localized(nl: "Belang", en: "Interest")
        case .commitment: Localized(nl: "Commitment", en: "Commitment")
        case .contribution: Localized(nl: "Bijdrage", en: "Contribution")
        case .dependency: Localized(nl: "Nodig voor de opgave", en: "Needed for the opgave")
        case .energy: Localized(nl: "Energie/passie", en: "Energy/passion")
        case .trust: Localized(nl: "Vertrouwen", en: "Trust")
        case .legitimacy: Localized(nl: "Legitimiteit", en: "Legitimacy")
        case .urgency: Localized(nl: "Urgentie", en: "Urgency")
        }
    }
}

extension EngagementLevel {
    /// The name of this value in both languages.
    public var name: Localized {
        switch self {
        case .unaware: Localized(nl: "niet op de hoogte", en: "unaware")
        case .resistant: Localized(nl: "afwijzend", en: "resistant")
        case .neutral: Localized(nl: "neutraal", en: "neutral")
        case .supportive: Localized(nl: "steunend", en: "supportive")
        case .leading: Localized(nl: "trekkend", en: "leading")
        }
    }
}

extension RelationKind {
    /// The name of this value in both languages.
    public var name: Localized {
        switch self {
        case .collaboration: Localized(nl: "samenwerking", en: "collaboration")
        case .dependency: Localized(nl: "afhankelijkheid", en: "dependency")
        case .information: Localized(nl: "informatie", en: "information")
        case .funding: Localized(nl: "financiering", en: "funding")
        case .tension: Localized(nl: "spanning", en: "tension")
        case .negotiation: Localized(nl: "onderhandeling", en: "negotiation")
        }
    }
}

extension InterventionStatus {
    /// The name of this value in both languages.
    public var name: Localized {
        switch self {
        case .idea: Localized(nl: "idee", en: "idea")
        case .planned: Localized(nl: "gepland", en: "planned")
        case .done: Localized(nl: "gedaan", en: "done")
        case .dropped: Localized(nl: "vervallen", en: "dropped")
        }
    }
}

extension Effort {
    /// The name of this value in both languages.
    public var name: Localized {
        switch self {
        case .low: Localized(nl: "laag", en: "low")
        case .medium: Localized(nl: "middel", en: "medium")
        case .high: Localized(nl: "hoog", en: "high")
        }
    }
}

extension WorkFormKind {
    /// The name of this value in both languages.
    public var name: Localized {
        switch self {
        case .programme: Localized(nl: "programma", en: "programme")
        case .project: Localized(nl: "project", en: "project")
        case .process: Localized(nl: "proces", en: "process")
        case .line: Localized(nl: "lijn", en: "line")
        case .network: Localized(nl: "netwerk", en: "network")
        }
    }
}

extension SteeringVariant {
    /// The name of this value in both languages.
    public var name: Localized {
        switch self {
        case .regie: Localized(nl: "sturen op basis van regie", en: "steering on the basis of regie")
        case .budget: Localized(nl: "sturen met budget", en: "steering with the budget")
        case .line: Localized(nl: "sturen via de lijn", en: "steering through the line")
        case .hierarchical: Localized(nl: "hiërarchisch", en: "hierarchical")
        }
    }

    /// What the set-up means, in a few words: who holds the budget and the line authority.
    public var meaning: Localized {
        switch self {
        case .regie:
            Localized(nl: "geen budget en geen lijngezag", en: "no budget and no line authority")
        case .budget:
            Localized(nl: "wel het budget, geen lijngezag", en: "the budget, but no line authority")
        case .line:
            Localized(nl: "wel lijngezag, geen budget", en: "line authority, but no budget")
        case .hierarchical:
            Localized(nl: "budget en lijngezag", en: "budget and line authority")
        }
    }
}

extension MeetingMode {
    /// The name of this value in both languages.
    public var name: Localized {
        switch self {
        case .coCreation: Localized(nl: "cocreatie", en: "co-creation")
        case .negotiation: Localized(nl: "onderhandeling", en: "negotiation")
        case .information: Localized(nl: "informeren", en: "informing")
        }
    }
}

extension RegisseurStyle {
    /// The name of this value in both languages.
    public var name: Localized {
        switch self {
        case .strategist: Localized(nl: "strateeg", en: "strategist")
        case .connector: Localized(nl: "verbinder", en: "connector")
        case .driver: Localized(nl: "aanjager", en: "driver")
        case .guardian: Localized(nl: "procesbewaker", en: "process guardian")
        case .expert: Localized(nl: "inhoudsdeskundige", en: "content expert")
        }
    }
}
