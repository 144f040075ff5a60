import RegieKit

/// Names of the domain's values as the interface shows them.
public enum Labels {
    public static func status(_ s: PartnerStatus) -> Localized {
        switch s {
        case .active: L("actief", "active")
        case .watching: L("in de gaten", "watching")
        case .letGo: L("losgelaten", "let go")
        }
    }

    public static func score(_ k: ScoreKind) -> Localized {
        switch k {
        case .influence: L("Invloed", "Influence")
        case .interest: L("Belang", "Interest")
        case .commitment: L("Commitment", "Commitment")
        case .contribution: L("Bijdrage", "Contribution")
        case .dependency: L("Nodig voor opgave", "Needed by opgave")
        case .energy: L("Energie/passie", "Energy/passion")
        case .trust: L("Vertrouwen", "Trust")
        case .legitimacy: L("Legitimiteit", "Legitimacy")
        case .urgency: L("Urgentie", "Urgency")
        }
    }

    public static func engagement(_ e: EngagementLevel) -> Localized {
        switch e {
        case .unaware: L("onwetend", "unaware")
        case .resistant: L("weerstand", "resistant")
        case .neutral: L("neutraal", "neutral")
        case .supportive: L("steunend", "supportive")
        case .leading: L("trekkend", "leading")
        }
    }

    public static func relationKind(_ k: RelationKind) -> Localized {
        switch k {
        case .collaboration: L("samenwerking", "collaboration")
        case .dependency: L("afhankelijkheid", "dependency")
        case .information: L("informatie", "information")
        case .funding: L("financiering", "funding")
        case .tension: L("spanning", "tension")
        case .negotiation: L("onderhandeling", "negotiation")
        }
    }

    public static func interventionStatus(_ s: InterventionStatus) -> Localized {
        switch s {
        case .idea: L("idee", "idea")
        case .planned: L("gepland", "planned")
        case .done: L("gedaan", "done")
        case .dropped: L("vervallen", "dropped")
        }
    }

    public static func effort(_ e: Effort) -> Localized {
        switch e {
        case .low: L("laag", "low")
        case .medium: L("middel", "medium")
        case .high: L("hoog", "high")
        }
    }

    public static func workForm(_ k: WorkFormKind) -> Localized {
        switch k {
        case .programme: L("programma", "programme")
        case .project: L("project", "project")
        case .process: L("proces", "process")
        case .line: L("lijn", "line")
        case .network: L("netwerk", "network")
        }
    }

    public static func steering(_ s: SteeringVariant) -> Localized {
        switch s {
        case .hierarchical: L("hiërarchisch", "hierarchical")
        case .regie: L("sturen op regie", "steering by regie")
        case .facilitating: L("faciliterend", "facilitating")
        case .contractual: L("op afspraken", "by agreement")
        }
    }

    public static func meetingMode(_ m: MeetingMode) -> Localized {
        switch m {
        case .coCreation: L("co-creatie", "co-creation")
        case .negotiation: L("onderhandeling", "negotiation")
        case .information: L("informeren", "informing")
        }
    }

    public static func style(_ s: RegisseurStyle) -> Localized {
        switch s {
        case .strategist: L("strateeg", "strategist")
        case .connector: L("verbinder", "connector")
        case .driver: L("aanjager", "driver")
        case .guardian: L("procesbewaker", "process guardian")
        case .expert: L("inhoudsdeskundige", "content expert")
        }
    }
}
