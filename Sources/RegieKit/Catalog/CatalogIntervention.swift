/// An intervention from the built-in catalogue: what a regisseur can do, when it fits and what it should bring.
public struct CatalogIntervention: Identifiable, Hashable, Sendable {
    /// Stable kebab-case slug, such as `joint-fact-finding`; session files refer to it as `catalogId`.
    public let id: String
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
    /// The method it comes from.
    public let method: InterventionMethod
    /// What it should bring about, in one sentence.
    public let expectedEffect: Localized

    /// Creates a catalogue intervention.
    public init(
        id: String,
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
