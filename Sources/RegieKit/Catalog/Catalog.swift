/// The built-in, bilingual catalogues: the seven tips with their questions, and the interventions.
public enum Catalog {
    /// The seven tips, numbered 1 to 7, in order.
    public static let tips: [Tip] = [
        tip1, tip2, tip3, tip4, tip5, tip6, tip7,
    ]

    /// Every catalogue intervention, grouped by the tip they mainly serve; ids are unique.
    public static let interventions: [CatalogIntervention] =
        opgaveInterventions
        + perspectiveInterventions
        + battleInterventions
        + consequenceInterventions
        + passionInterventions
        + coCreationInterventions
        + workFormInterventions

    /// The tip with `number`, or nil when there is no such tip.
    public static func tip(_ number: Int) -> Tip? {
        tips.first { $0.number == number }
    }

    /// The intervention with `id`, or nil when the catalogue has none.
    public static func intervention(id: String) -> CatalogIntervention? {
        interventions.first { $0.id == id }
    }

    /// The reflection question with `id` (such as `t2.q3`), or nil when there is none.
    public static func question(id: String) -> ReflectionQuestion? {
        for tip in tips {
            if let question = tip.questions.first(where: { $0.id == id }) { return question }
        }
        return nil
    }

    /// The interventions that serve tip `number`, in catalogue order.
    public static func interventions(servingTip number: Int) -> [CatalogIntervention] {
        interventions.filter { $0.tips.contains(number) }
    }

    /// The interventions that fit `condition`, in catalogue order.
    public static func interventions(fitting condition: FitCondition) -> [CatalogIntervention] {
        interventions.filter { $0.conditions.contains(condition) }
    }
}
