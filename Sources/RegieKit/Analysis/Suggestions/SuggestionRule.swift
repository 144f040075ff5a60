/// A rule of the suggester: a pattern in the session that one known method or tip picks out,
/// and the fit condition of the catalogue it stands for. Each rule is defined in `docs/methods.md`.
public enum SuggestionRule: String, CaseIterable, Sendable {
    /// An influential partner (3 or more) with commitment 2 or less, at least 2 apart.
    case highInfluenceLowCommitment
    /// A partner that passes tip 1's let-go test.
    case letGoCandidate
    /// A tension relation between two partners with influence 3 or more.
    case tensionBetweenInfluential
    /// Negotiation in a third or more of the relations, or in more than half of the marked meetings.
    case negotiationDominates
    /// Two partners who negotiate and have no collaboration relation.
    case negotiationWithoutCollaboration
    /// Interest 3 or more with energy 2 or less.
    case highInterestLowEnergy
    /// A partner without any relation.
    case isolatedPartner
    /// A partner with influence 4 or more and a single relation.
    case influentialOnTheEdge
    /// The partner with the highest betweenness.
    case broker
    /// A partner whose removal cuts others off from the network (and is not the broker).
    case cutPoint
    /// Two or more clusters with no relation between them.
    case separateClusters
    /// A critical actor that is not dedicated.
    case criticalNotDedicated
    /// Desired engagement two or more steps above the current one.
    case engagementGap
    /// A done intervention without recorded consequences.
    case doneWithoutConsequences
    /// An influential or much-needed partner without a recorded perspective.
    case missingPerspective
    /// A dependent stakeholder (legitimacy and urgency without power) without a recorded perspective.
    case dependentWithoutVoice
    /// A dangerous stakeholder: power and urgency without legitimacy.
    case dangerousStakeholder
    /// No meeting or note with an influential or needed partner for 90 days, or ever.
    case longNoContact
    /// The opgave lacks a title, an intent or signs of success.
    case unclearOpgave
    /// Trust in the collaboration 1 or less, or 2 together with a tension relation.
    case lowTrust
    /// Two partners whose trust in each other (on their relation) is 1 or less.
    case lowTrustBetween
    /// Twelve or more partners, or six or more to manage closely.
    case manyPartners
    /// The work form is not described, or it is line work without line authority.
    case workFormUnclear
    /// A partner with influence 4 or more that funds three or more others.
    case fundingHub
    /// Steering with line authority in a work form other than the line.
    case steeringWithAuthority
    /// Open actions past their due date: two or more, or one by 30 days or more.
    case progressStalls
    /// A resistant partner with recorded values.
    case resistantWithValues
    /// A tension or negotiation between two partners whose perspectives are both recorded.
    case divergingPerspectives

    /// The catalogue condition the rule detects; interventions listing it are suggested.
    public var condition: FitCondition {
        switch self {
        case .highInfluenceLowCommitment: .highInfluenceLowCommitment
        case .letGoCandidate: .partnerAddsNothing
        case .tensionBetweenInfluential: .tensionBetweenPartners
        case .negotiationDominates: .negotiationDominates
        case .negotiationWithoutCollaboration: .interestsConflict
        case .highInterestLowEnergy: .lowEnergy
        case .isolatedPartner, .influentialOnTheEdge: .isolatedPartner
        case .broker, .cutPoint: .brokerPresent
        case .separateClusters: .separateClusters
        case .criticalNotDedicated: .criticalActorDisengaged
        case .engagementGap: .engagementGap
        case .doneWithoutConsequences: .consequencesUnclear
        case .missingPerspective, .dependentWithoutVoice: .missingPerspectives
        case .dangerousStakeholder: .powerWithoutLegitimacy
        case .longNoContact: .longNoContact
        case .unclearOpgave: .unclearOpgave
        case .lowTrust, .lowTrustBetween: .lowTrust
        case .manyPartners: .manyPartners
        case .workFormUnclear: .workFormUnclear
        case .fundingHub, .steeringWithAuthority: .hierarchicalReflex
        case .progressStalls: .progressStalls
        case .resistantWithValues: .coreValuesAtStake
        case .divergingPerspectives: .divergingPerspectives
        }
    }

    /// The method the rule comes from.
    public var method: AnalysisMethod {
        switch self {
        case .highInfluenceLowCommitment, .manyPartners: .mendelow
        case .dependentWithoutVoice, .dangerousStakeholder: .salience
        case .criticalNotDedicated: .actorAnalysis
        case .engagementGap: .engagementMatrix
        case .longNoContact, .divergingPerspectives: .networkStrategies
        case .progressStalls, .resistantWithValues: .processManagement
        case .influentialOnTheEdge: .netMap
        case .isolatedPartner, .broker, .cutPoint, .separateClusters: .networkMeasures
        case .letGoCandidate, .unclearOpgave: .tip(1)
        case .tensionBetweenInfluential, .missingPerspective: .tip(2)
        case .doneWithoutConsequences: .tip(4)
        case .highInterestLowEnergy, .lowTrust, .lowTrustBetween: .tip(5)
        case .negotiationDominates, .negotiationWithoutCollaboration: .tip(6)
        case .workFormUnclear, .fundingHub, .steeringWithAuthority: .tip(7)
        }
    }

    /// The tips the rule serves, the main one first.
    public var tips: [Int] {
        switch self {
        case .highInfluenceLowCommitment: [3, 5]
        case .letGoCandidate, .unclearOpgave: [1]
        case .tensionBetweenInfluential: [2]
        case .dangerousStakeholder: [3, 6]
        case .negotiationDominates: [6]
        case .negotiationWithoutCollaboration: [6, 5]
        case .highInterestLowEnergy: [5]
        case .isolatedPartner, .broker, .cutPoint, .manyPartners: [3]
        case .influentialOnTheEdge, .longNoContact: [3, 5]
        case .separateClusters: [3, 2]
        case .criticalNotDedicated: [3, 1]
        case .engagementGap: [5, 3]
        case .doneWithoutConsequences: [4]
        case .missingPerspective: [2]
        case .dependentWithoutVoice, .divergingPerspectives: [2, 6]
        case .lowTrust, .lowTrustBetween: [5, 2]
        case .workFormUnclear, .steeringWithAuthority: [7]
        case .fundingHub: [7, 3]
        case .progressStalls: [4, 3]
        case .resistantWithValues: [6, 5]
        }
    }

    /// What the rule is about: one partner (findings of several partners may share one
    /// suggestion), one relation or pair, one recorded intervention, or the session as a whole.
    public var scope: Scope {
        switch self {
        case .highInfluenceLowCommitment, .letGoCandidate, .highInterestLowEnergy, .isolatedPartner,
            .influentialOnTheEdge, .broker, .cutPoint, .criticalNotDedicated, .engagementGap, .missingPerspective,
            .dependentWithoutVoice, .dangerousStakeholder, .longNoContact, .lowTrust, .fundingHub, .resistantWithValues:
            .partner
        case .tensionBetweenInfluential, .negotiationWithoutCollaboration, .divergingPerspectives, .lowTrustBetween:
            .pair
        case .doneWithoutConsequences: .intervention
        case .negotiationDominates, .separateClusters, .unclearOpgave, .manyPartners, .workFormUnclear,
            .steeringWithAuthority, .progressStalls:
            .session
        }
    }

    /// Whether the findings of this rule about different partners share one suggestion (one
    /// contact round for everyone out of touch); funding hubs each stand apart.
    public var mergesFindings: Bool { scope == .partner && self != .fundingHub }

    /// What a rule's findings are about.
    public enum Scope: Sendable {
        case partner, pair, intervention, session
    }

    /// The rules that detect `condition`.
    public static func detecting(_ condition: FitCondition) -> [SuggestionRule] {
        allCases.filter { $0.condition == condition }
    }
}

extension FitCondition {
    /// Everything in `analysis` that shows this condition holds: the findings of every rule
    /// that detects it. Empty when the condition does not hold.
    public func findings(in analysis: SessionAnalysis) -> [RuleFinding] {
        SuggestionRule.detecting(self).flatMap { $0.findings(in: analysis) }
    }
}

/// One place where a rule holds: the partners (or relation, or intervention) concerned, how
/// strongly it holds, and why, with the figures.
public struct RuleFinding: Hashable, Sendable {
    /// The rule that holds.
    public let rule: SuggestionRule
    /// The partners concerned, most concerned first; empty for some session-wide findings.
    public let partners: [Partner.ID]
    /// The relations concerned, if any.
    public let relations: [Relation.ID]
    /// The recorded interventions concerned, if any.
    public let interventions: [Intervention.ID]
    /// How strongly it holds, 0–1, from the figures (see `docs/methods.md`).
    public let severity: Double
    /// The finding with its figures, without a final full stop, in both languages.
    public let reason: Localized

    /// Creates a finding.
    public init(
        rule: SuggestionRule, partners: [Partner.ID] = [], relations: [Relation.ID] = [],
        interventions: [Intervention.ID] = [], severity: Double, reason: Localized
    ) {
        self.rule = rule
        self.partners = partners
        self.relations = relations
        self.interventions = interventions
        self.severity = min(max(severity, 0), 1)
        self.reason = reason
    }
}
