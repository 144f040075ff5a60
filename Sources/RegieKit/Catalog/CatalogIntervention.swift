/// An entry of the built-in catalogue: what a regisseur can do, when it fits and what it should bring.
/// Most entries are interventions; a few are diagnoses, analyses that prepare a choice (`kind`).
public struct CatalogIntervention: Identifiable, Hashable, Sendable {
    /// Stable kebab-case slug, such as `joint-fact-finding`; session files refer to it as `catalogId`.
    public let id: String
    /// Whether the entry changes the network (an intervention) or looks at it (a diagnosis).
    public let kind: CatalogEntryKind
    /// Short name of the intervention.
    public let title: Localized
    /// What you do, concretely, in two or three sentences.
    public let description: Localized
    /// The tips (1...7) the intervention serves, the main one first.
    public let tips: [Int]
    /// The situation in which it fits, in one sentence.
    public let fitsWhen: Localized
    /// The conditions under which the suggestion engine proposes it.
    public let conditions: [FitCondition]
    /// How much it asks of the regisseur.
    public let effort: Effort
    /// The regisseur styles it suits.
    public let styles: [RegisseurStyle]
    /// The method, practice or tip it comes from.
    public let method: InterventionMethod
    /// What it should bring about, in one sentence.
    public let expectedEffect: Localized

    /// Creates a catalogue intervention.
    public init(
        id: String,
        kind: CatalogEntryKind = .intervention,
        title: Localized,
        description: Localized,
        tips: [Int],
        fitsWhen: Localized,
        conditions: [FitCondition],
        effort: Effort,
        styles: [RegisseurStyle],
        method: InterventionMethod,
        expectedEffect: Localized
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.description = description
        self.tips = tips
        self.fitsWhen = fitsWhen
        self.conditions = conditions
        self.effort = effort
        self.styles = styles
        self.method = method
        self.expectedEffect = expectedEffect
    }

    /// Every text of the intervention, for search and for checks.
    public var texts: [Localized] { [title, description, fitsWhen, expectedEffect] }
}

/// What a catalogue entry is for: changing the network, or looking at it before choosing.
public enum CatalogEntryKind: String, Hashable, Sendable, CaseIterable {
    /// A move that changes something in the network or the collaboration.
    case intervention
    /// An analysis of the network (power and interest, salience, critical actors, structure) that
    /// informs the choice of an intervention but changes nothing by itself; not a suggestion to make.
    case diagnosis

    /// The kind's name in both languages.
    public var name: Localized {
        switch self {
        case .intervention: Localized(nl: "interventie", en: "intervention")
        case .diagnosis: Localized(nl: "analyse", en: "analysis")
        }
    }
}
