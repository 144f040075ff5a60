/// A catalogue intervention proposed for this session: which rule fired, for whom, why, and
/// how high it ranks.
public struct Suggestion: Hashable, Sendable, Identifiable {
    /// The catalogue entry proposed.
    public let intervention: CatalogIntervention
    /// The rule whose findings led to it.
    public let rule: SuggestionRule
    /// The findings it answers, most severe first.
    public let findings: [RuleFinding]
    /// The partners concerned, most concerned first.
    public let partners: [Partner.ID]
    /// The relations concerned, if any.
    public let relations: [Relation.ID]
    /// One sentence with the figures, and a word on anything already planned that is close.
    public let reason: Localized
    /// The ranking score, 0–100: higher comes first.
    public let score: Int
    /// Interventions already in the session that the reason mentions.
    public let related: [Intervention.ID]

    /// The method the rule comes from.
    public var method: AnalysisMethod { rule.method }
    /// The tips the intervention serves, the main one first.
    public var tips: [Int] { intervention.tips }
    /// The ids an adopted intervention aims at: the partners, then the relations.
    public var targets: [String] { partners.map(\.rawValue) + relations.map(\.rawValue) }
    /// Unique within one list of suggestions: the entry, the rule and whom it concerns.
    public var id: String { ([intervention.id, rule.rawValue] + targets).joined(separator: "|") }
}

extension Suggestion {
    /// The suggestion as a planned intervention with `id`: the catalogue entry's title in
    /// `language`, its tips and expected effect, the targets, and the reason as rationale.
    public func plannedIntervention(id: Intervention.ID, language: Language, on day: Day) -> Intervention {
        var planned = Intervention(
            id: id, catalogId: intervention.id, title: intervention.title(language), tips: intervention.tips,
            targets: targets, rationale: reason(language), expectedEffect: intervention.expectedEffect(language),
            effort: intervention.effort)
        planned.setStatus(.planned, on: day)
        return planned
    }
}
