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

extension MapKind {
    /// The view `v` switches to.
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
