/// The words exports use for the session's enumerations and headings, in Dutch and English.
enum ExportLabels {
    static func kind(_ kind: RelationKind) -> Localized {
        switch kind {
        case .collaboration: Localized(nl: "samenwerking", en: "collaboration")
        case .dependency: Localized(nl: "afhankelijkheid", en: "dependency")
        case .information: Localized(nl: "informatie", en: "information")
        case .funding: Localized(nl: "financiering", en: "funding")
        case .tension: Localized(nl: "spanning", en: "tension")
        case .negotiation: Localized(nl: "onderhandeling", en: "negotiation")
        }
    }

    static func status(_ status: PartnerStatus) -> Localized {
        switch status {
        case .active: Localized(nl: "actief", en: "active")
        case .watching: Localized(nl: "volgen", en: "watching")
        case .letGo: Localized(nl: "losgelaten", en: "let go")
        }
    }

    static func status(_ status: InterventionStatus) -> Localized {
        switch status {
        case .idea: Localized(nl: "idee", en: "idea")
        case .planned: Localized(nl: "gepland", en: "planned")
        case .done: Localized(nl: "uitgevoerd", en: "done")
        case .dropped: Localized(nl: "geschrapt", en: "dropped")
        }
    }

    static func effort(_ effort: Effort) -> Localized {
        switch effort {
        case .low: Localized(nl: "laag", en: "low")
        case .medium: Localized(nl: "middel", en: "medium")
        case .high: Localized(nl: "hoog", en: "high")
        }
    }

    static func engagement(_ level: EngagementLevel) -> Localized {
        switch level {
        case .unaware: Localized(nl: "onwetend", en: "unaware")
        case .resistant: Localized(nl: "weerstand", en: "resistant")
        case .neutral: Localized(nl: "neutraal", en: "neutral")
        case .supportive: Localized(nl: "steunend", en: "supportive")
        case .leading: Localized(nl: "leidend", en: "leading")
        }
    }

    static func score(_ kind: ScoreKind) -> Localized {
        switch kind {
        case .influence: Localized(nl: "invloed", en: "influence")
        case .interest: Localized(nl: "interesse", en: "interest")
        case .commitment: Localized(nl: "inzet", en: "commitment")
        case .contribution: Localized(nl: "bijdrage", en: "contribution")
        case .dependency: Localized(nl: "afhankelijkheid", en: "dependency")
        case .energy: Localized(nl: "energie", en: "energy")
        case .trust: Localized(nl: "vertrouwen", en: "trust")
        case .legitimacy: Localized(nl: "legitimiteit", en: "legitimacy")
        case .urgency: Localized(nl: "urgentie", en: "urgency")
        }
    }

    static func workForm(_ kind: WorkFormKind) -> Localized {
        switch kind {
        case .programme: Localized(nl: "programma", en: "programme")
        case .project: Localized(nl: "project", en: "project")
        case .process: Localized(nl: "proces", en: "process")
        case .line: Localized(nl: "lijn", en: "line")
        case .network: Localized(nl: "netwerk", en: "network")
        }
    }

    static func steering(_ variant: SteeringVariant) -> Localized {
        switch variant {
        case .hierarchical: Localized(nl: "hiërarchisch", en: "hierarchical")
        case .regie: Localized(nl: "regie", en: "regie")
        case .facilitating: Localized(nl: "faciliterend", en: "facilitating")
        case .contractual: Localized(nl: "contractueel", en: "contractual")
        }
    }

    static func style(_ style: RegisseurStyle) -> Localized {
        switch style {
        case .strategist: Localized(nl: "strateeg", en: "strategist")
        case .connector: Localized(nl: "verbinder", en: "connector")
        case .driver: Localized(nl: "aanjager", en: "driver")
        case .guardian: Localized(nl: "procesbewaker", en: "process guardian")
        case .expert: Localized(nl: "inhoudsdeskundige", en: "content expert")
        }
    }

    static func mode(_ mode: MeetingMode) -> Localized {
        switch mode {
        case .coCreation: Localized(nl: "cocreatie", en: "co-creation")
        case .negotiation: Localized(nl: "onderhandeling", en: "negotiation")
        case .information: Localized(nl: "informatie", en: "information")
        }
    }
}
