import RegieKit

/// The five panes of the workbench, reachable with `1`–`5`.
public enum Pane: Int, CaseIterable, Sendable {
    case map = 1, perspectives, interventions, notes, walkthrough

    public var title: Localized {
        switch self {
        case .map: Localized(nl: "Kaart", en: "Map")
        case .perspectives: Localized(nl: "Perspectieven", en: "Perspectives")
        case .interventions: Localized(nl: "Interventies", en: "Interventions")
        case .notes: Localized(nl: "Notities", en: "Notes")
        case .walkthrough: Localized(nl: "Doorloop", en: "Walkthrough")
        }
    }
}

/// The ways the partner map can be drawn; `v` cycles through them.
public enum MapKind: String, CaseIterable, Sendable {
    case network, grid, salience, chain, rings

    public var title: Localized {
        switch self {
        case .network: Localized(nl: "netwerk", en: "network")
        case .grid: Localized(nl: "macht/belang", en: "power/interest")
        case .salience: Localized(nl: "saillantie", en: "salience")
        case .chain: Localized(nl: "keten", en: "chain")
        case .rings: Localized(nl: "ringen", en: "rings")
        }
    }

    public var next: MapKind {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// The three lists of the notes pane.
public enum NotesSection: Int, CaseIterable, Sendable {
    case notes, meetings, actions

    public var title: Localized {
        switch self {
        case .notes: Localized(nl: "Notities", en: "Notes")
        case .meetings: Localized(nl: "Overleggen", en: "Meetings")
        case .actions: Localized(nl: "Acties", en: "Actions")
        }
    }
}
