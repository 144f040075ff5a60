/// The built-in, bilingual catalogues: the seven tips with their questions, and the interventions.
public enum Catalog {
    /// The seven tips, numbered 1 to 7, in order.
    public static let tips: [Tip] = [
        tip1, tip2, tip3, tip4, tip5, tip6, tip7,
    ]

    /// Every catalogue entry, interventions and diagnoses alike, grouped by the tip they mainly
    /// serve; ids are unique. A suggestion of what to do should take only `kind == .intervention`.
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

    /// The entry with `id`, or nil when the catalogue has none; an id the catalogue used to have
    /// finds the entry that took its place (see `formerIDs`).
    public static func intervention(id: String) -> CatalogIntervention? {
        let current = formerIDs[id] ?? id
        return interventions.first { $0.id == current }
    }

    /// Ids of entries that were merged into another or renamed, with the id that replaced them,
    /// so a session file written before the change still finds its catalogue entry.
    public static let formerIDs: [String: String] = [
        "kitchen-table-talk": "one-to-one-conversation",
        "contact-round": "one-to-one-conversation",
        "bring-in-the-missing-voice": "mirror-conversation",
        "protect-core-values": "process-agreements",
        "shift-the-interests": "link-to-own-goals",
        "escalation-agreements": "escalation-ladder",
    ]

    /// The entries of `kind`, in catalogue order.
    public static func interventions(ofKind kind: CatalogEntryKind) -> [CatalogIntervention] {
        interventions.filter { $0.kind == kind }
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
