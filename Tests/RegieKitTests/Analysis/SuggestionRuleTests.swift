import Foundation
import Testing

import RegieKit
import RegieTestSupport

/// The day every rule test is measured against.
let ruleToday = Day("2026-11-01")!

/// Three equal partners in a triangle of collaborations, all with a perspective, seen ten days
/// ago, in a network steered by regie: a session in which no rule holds.
func calmSession() -> Session {
    let scores = Scores(
        influence: 3, interest: 3, commitment: 3, contribution: 3, dependency: 3, energy: 3, trust: 3, legitimacy: 2,
        urgency: 2)
    let ids: [Partner.ID] = ["a", "b", "c"]
    return Session(
        title: "Rustig", language: .nl,
        opgave: Opgave(
            title: "Veilige wijk", intent: "Samen de wijk veiliger maken", successSignals: ["Minder overlast"]),
        workForm: WorkForm(kind: .network, steering: .regie, notes: "Een open netwerk."),
        partners: ids.map { Partner(id: $0, name: "Partner " + $0.rawValue.uppercased(), scores: scores) },
        relations: [
            Relation(id: "ab", from: "a", to: "b", kind: .collaboration),
            Relation(id: "bc", from: "b", to: "c", kind: .collaboration),
            Relation(id: "ac", from: "a", to: "c", kind: .collaboration),
        ],
        perspectives: ids.map { Perspective(id: Perspective.ID("p-" + $0.rawValue), partner: $0) },
        meetings: [
            Meeting(
                id: "m", title: "Wijktafel", date: Day("2026-10-22")!.date, attendees: ids, mode: .coCreation)
        ])
}

extension Session {
    /// The partner with `id`, to change in place.
    subscript(partner id: Partner.ID) -> Partner {
        get { partners.first { $0.id == id }! }
        set { partners[partners.firstIndex { $0.id == id }!] = newValue }
    }

    /// Adds partners `ids` with no scores and no relations.
    mutating func add(_ ids: Partner.ID...) {
        partners += ids.map { Partner(id: $0, name: "Partner " + $0.rawValue.uppercased()) }
    }

    /// Adds a relation from `from` to `to`.
    mutating func relate(_ from: Partner.ID, _ to: Partner.ID, _ kind: RelationKind, strength: Int = 3) {
        relations.append(
            Relation(
                id: Relation.ID("\(from)-\(to)-\(relations.count)"), from: from, to: to, kind: kind, strength: strength)
        )
    }
}

/// One rule: a change to the calm session that makes it hold (for `partners`), and a near
/// miss that does not.
struct RuleCase: CustomStringConvertible, Sendable {
    let rule: SuggestionRule
    let partners: [Partner.ID]
    let fires: @Sendable (inout Session) -> Void
    let quiet: @Sendable (inout Session) -> Void

    var description: String { rule.rawValue }
}

let ruleCases: [RuleCase] = [
    RuleCase(
        rule: .highInfluenceLowCommitment, partners: ["a"],
        fires: {
            $0[partner: "a"].scores.influence = 5; $0[partner: "a"].scores.commitment = 2
        },
        quiet: { $0[partner: "a"].scores.commitment = 2 }),  // influence 3, commitment 2: only 1 apart
    RuleCase(
        rule: .letGoCandidate, partners: ["a"],
        fires: {
            $0[partner: "a"].scores.contribution = 1; $0[partner: "a"].scores.dependency = 1
        },
        quiet: {
            $0[partner: "a"].scores.contribution = 1
            $0[partner: "a"].scores.dependency = 1
            $0[partner: "a"].resources = [Resource(name: "Sleutel", replaceable: false)]
        }),
    RuleCase(
        rule: .tensionBetweenInfluential, partners: ["a", "b"],
        fires: { $0.relate("a", "b", .tension) },
        quiet: {
            $0.relate("a", "b", .tension); $0[partner: "b"].scores.influence = 2
        }),
    RuleCase(
        rule: .negotiationDominates, partners: ["a", "b"],
        fires: { $0.relations[0].kind = .negotiation },  // 1 of 3
        quiet: {
            $0.relations[0].kind = .negotiation; $0.relate("a", "b", .collaboration)
        }),  // 1 of 4
    RuleCase(
        rule: .negotiationWithoutCollaboration, partners: ["a", "b"],
        fires: { $0.relations[0].kind = .negotiation },
        quiet: { $0.relate("a", "b", .negotiation) }),
    RuleCase(
        rule: .highInterestLowEnergy, partners: ["a"],
        fires: { $0[partner: "a"].scores.energy = 2 },
        quiet: {
            $0[partner: "a"].scores.energy = 2; $0[partner: "a"].scores.interest = 2
        }),
    RuleCase(
        rule: .isolatedPartner, partners: ["d"],
        fires: { $0.add("d") },
        quiet: {
            $0.add("d"); $0.relate("d", "a", .information)
        }),
    RuleCase(
        rule: .influentialOnTheEdge, partners: ["d"],
        fires: {
            $0.add("d"); $0[partner: "d"].scores.influence = 4; $0.relate("d", "a", .information)
        },
        quiet: {
            $0.add("d"); $0[partner: "d"].scores.influence = 3; $0.relate("d", "a", .information)
        }),
    RuleCase(
        rule: .broker, partners: ["b"],
        fires: { $0.relations.remove(at: 2) },  // a–b–c
        quiet: { _ in }),
    RuleCase(
        rule: .cutPoint, partners: ["d"],  // c is the broker; d alone links e
        fires: {
            $0.add("d", "e"); $0.relate("c", "d", .information); $0.relate("d", "e", .information)
        },
        quiet: {
            $0.add("d"); $0.relate("c", "d", .information)
        }),  // c is both broker and cut point
    RuleCase(
        rule: .separateClusters, partners: ["d", "e"],
        fires: {
            $0.add("d", "e"); $0.relate("d", "e", .collaboration)
        },
        quiet: {
            $0.add("d", "e"); $0.relate("d", "e", .collaboration); $0.relate("e", "a", .information)
        }),
    RuleCase(
        rule: .criticalNotDedicated, partners: ["a"],
        fires: {
            $0[partner: "a"].resources = [Resource(name: "Sleutel", replaceable: false)]
            $0[partner: "a"].scores.interest = 2
        },
        quiet: { $0[partner: "a"].resources = [Resource(name: "Sleutel", replaceable: false)] }),
    RuleCase(
        rule: .engagementGap, partners: ["a"],
        fires: { $0[partner: "a"].engagement = Engagement(current: .resistant, desired: .supportive) },
        quiet: { $0[partner: "a"].engagement = Engagement(current: .neutral, desired: .supportive) }),
    RuleCase(
        rule: .doneWithoutConsequences, partners: ["a"],
        fires: { $0.interventions = [Intervention(id: "i", title: "Gesprek", targets: ["a", "ab"], status: .done)] },
        quiet: {
            $0.interventions = [
                Intervention(id: "i", title: "Gesprek", targets: ["a"], status: .done, consequences: "Korter"),
                Intervention(id: "j", title: "Plan", targets: ["a"], status: .planned),
            ]
        }),
    RuleCase(
        rule: .missingPerspective, partners: ["a"],
        fires: { $0.perspectives.removeFirst() },
        quiet: {
            $0.perspectives.removeFirst()
            $0[partner: "a"].scores.influence = 2
        }),  // dependency 3 is not enough on its own
    RuleCase(
        rule: .dependentWithoutVoice, partners: ["a"],
        fires: {
            $0[partner: "a"].scores = Scores(influence: 2, interest: 3, contribution: 3, legitimacy: 3, urgency: 3)
            $0.perspectives.removeFirst()
        },
        quiet: {
            $0[partner: "a"].scores = Scores(influence: 2, interest: 3, contribution: 3, legitimacy: 3, urgency: 3)
        }),
    RuleCase(
        rule: .dangerousStakeholder, partners: ["a"],
        fires: { $0[partner: "a"].scores.urgency = 4 },  // influence 3, legitimacy 2
        quiet: {
            $0[partner: "a"].scores.urgency = 4; $0[partner: "a"].scores.legitimacy = 3
        }),
    RuleCase(
        rule: .longNoContact, partners: ["a", "b", "c"],
        fires: { $0.meetings[0].date = Day("2026-07-04")!.date },  // 120 days
        quiet: { $0.meetings[0].date = Day("2026-09-02")!.date }),  // 60 days
    RuleCase(
        rule: .unclearOpgave, partners: [],
        fires: { $0.opgave.successSignals = [] },
        quiet: { $0.opgave.whyItMatters = "" }),  // not one of the three it asks for
    RuleCase(
        rule: .lowTrust, partners: ["a"],
        fires: { $0[partner: "a"].scores.trust = 1 },
        quiet: { $0[partner: "a"].scores.trust = 2 }),  // 2 only counts beside a tension
    RuleCase(
        rule: .lowTrustBetween, partners: ["a", "b"],
        fires: { $0.relations[0].trust = 1 },
        quiet: { $0.relations[0].trust = 2 }),
    RuleCase(
        rule: .manyPartners, partners: [],
        fires: { s in for i in 1...9 { s.add(Partner.ID("x\(i)")) } },  // 12
        quiet: { s in for i in 1...8 { s.add(Partner.ID("x\(i)")) } }),  // 11, 3 to manage closely
    RuleCase(
        rule: .workFormUnclear, partners: [],
        fires: { $0.workForm.notes = " " },
        quiet: { $0.workForm.kind = .programme }),
    RuleCase(
        rule: .fundingHub, partners: ["a"],
        fires: {
            $0.add("d")
            $0[partner: "a"].scores.influence = 4
            for other: Partner.ID in ["b", "c", "d"] { $0.relate("a", other, .funding) }
        },
        quiet: {
            $0.add("d")
            $0[partner: "a"].scores.influence = 4
            for other: Partner.ID in ["b", "c", "d"] { $0.relate(other, "a", .funding) }  // a is funded, not funding
        }),
    RuleCase(
        rule: .steeringWithAuthority, partners: [],
        fires: { $0.workForm.steering = .line },
        quiet: {
            $0.workForm.kind = .line; $0.workForm.steering = .hierarchical
        }),
    RuleCase(
        rule: .progressStalls, partners: ["a"],
        fires: {
            $0.actions = [
                ActionItem(id: "x1", text: "Agenda", owner: "a", due: Day("2026-10-20")!),
                ActionItem(id: "x2", text: "Verslag", due: Day("2026-10-25")!),
            ]
        },
        quiet: {
            $0.actions = [
                ActionItem(id: "x1", text: "Agenda", owner: "a", due: Day("2026-10-20")!),
                ActionItem(id: "x2", text: "Verslag", due: Day("2026-10-25")!, done: true),
                ActionItem(id: "x3", text: "Later", due: Day("2026-11-20")!),
            ]
        }),
    RuleCase(
        rule: .resistantWithValues, partners: ["a"],
        fires: {
            $0[partner: "a"].engagement = Engagement(current: .resistant, desired: .neutral)
            $0[partner: "a"].values = ["Autonomie"]
        },
        quiet: { $0[partner: "a"].engagement = Engagement(current: .resistant, desired: .neutral) }),
    RuleCase(
        rule: .divergingPerspectives, partners: ["a", "b"],
        fires: { $0.relate("a", "b", .tension, strength: 4) },
        quiet: {
            $0.relate("a", "b", .tension, strength: 4); $0.perspectives.remove(at: 1)
        }),
]

@Suite("Suggestion rules")
struct SuggestionRuleTests {
    @Test func inTheCalmSessionNoRuleHolds() {
        let analysis = SessionAnalysis(calmSession(), today: ruleToday)
        for rule in SuggestionRule.allCases {
            #expect(rule.findings(in: analysis).isEmpty, "\(rule)")
        }
        #expect(suggestions(for: calmSession(), today: ruleToday).isEmpty)
    }

    @Test(arguments: ruleCases)
    func fires(_ test: RuleCase) {
        var session = calmSession()
        test.fires(&session)
        let findings = test.rule.findings(in: SessionAnalysis(session, today: ruleToday))
        #expect(!findings.isEmpty)
        #expect(findings.flatMap(\.partners) == test.partners)
        #expect(findings.allSatisfy { $0.rule == test.rule && (0...1).contains($0.severity) })
        #expect(findings.allSatisfy { !$0.reason.nl.isEmpty && !$0.reason.en.isEmpty && $0.reason.nl != $0.reason.en })
    }

    @Test(arguments: ruleCases)
    func staysQuiet(_ test: RuleCase) {
        var session = calmSession()
        test.quiet(&session)
        #expect(test.rule.findings(in: SessionAnalysis(session, today: ruleToday)).isEmpty)
    }

    /// A rule added without a case here fails this test.
    @Test func everyRuleHasACase() {
        #expect(ruleCases.map(\.rule) == SuggestionRule.allCases)
    }

    /// Every condition the catalogue can list has a rule that evaluates it; a condition added
    /// to `FitCondition` without one fails here.
    @Test func everyFitConditionHasAnEvaluator() {
        for condition in FitCondition.allCases {
            #expect(!SuggestionRule.detecting(condition).isEmpty, "\(condition) has no rule")
        }
        let listed = Set(Catalog.interventions.flatMap(\.conditions))
        #expect(listed.isSubset(of: Set(SuggestionRule.allCases.map(\.condition))))
    }

    @Test func aConditionsFindingsAreItsRulesFindings() {
        var session = calmSession()
        session.add("d")
        session[partner: "d"].scores.influence = 4
        session.relate("d", "a", .information)
        session.add("e")
        let findings = FitCondition.isolatedPartner.findings(in: SessionAnalysis(session, today: ruleToday))
        #expect(findings.map(\.rule) == [.isolatedPartner, .influentialOnTheEdge])
        #expect(findings.map(\.partners) == [["e"], ["d"]])
    }

    /// The figures in the reason are the partner's own, in both languages.
    @Test func reasonsCarryTheFigures() {
        var session = calmSession()
        session[partner: "a"].name = "Politie Dalstede-Oost"
        session[partner: "a"].scores.influence = 5
        session[partner: "a"].scores.commitment = 1
        let finding = SuggestionRule.highInfluenceLowCommitment.findings(in: SessionAnalysis(session, today: ruleToday))
        #expect(finding.first?.reason.nl == "Politie Dalstede-Oost: invloed 5, commitment 1")
        #expect(finding.first?.reason.en == "Politie Dalstede-Oost: influence 5, commitment 1")
    }

    @Test func moreNegotiatingMeetingsThanNotDominate() {
        var session = calmSession()
        session.meetings.append(
            Meeting(id: "m2", title: "Geld", date: Day("2026-10-23")!.date, attendees: ["a", "b"], mode: .negotiation))
        let analysis = { SessionAnalysis(session, today: ruleToday) }
        #expect(SuggestionRule.negotiationDominates.findings(in: analysis()).isEmpty, "1 of 2 is not more than half")
        session.meetings[0].mode = .negotiation
        #expect(SuggestionRule.negotiationDominates.findings(in: analysis()).first?.severity == 1)
    }

    @Test func trustTwoCountsBesideATension() {
        var session = calmSession()
        session[partner: "a"].scores.trust = 2
        session.relate("a", "b", .tension)
        let findings = SuggestionRule.lowTrust.findings(in: SessionAnalysis(session, today: ruleToday))
        #expect(findings.first?.reason.nl == "Partner A: vertrouwen in de samenwerking 2, en spanning met Partner B")
    }

    @Test func lineWorkWithoutLineAuthorityIsUnclear() {
        var session = calmSession()
        session.workForm.kind = .line
        let findings = SuggestionRule.workFormUnclear.findings(in: SessionAnalysis(session, today: ruleToday))
        #expect(findings.first?.reason.en == "Work form line, but the regisseur has no budget and no line authority")
    }

    /// Tip 1 first: a partner that passes the let-go test is not one to invest more in.
    @Test func letGoCandidatesAreLeftOutOfTheRulesThatAskForMoreAttention() {
        var session = calmSession()
        session[partner: "a"].scores = Scores(
            influence: 3, interest: 3, contribution: 1, dependency: 1, energy: 1, trust: 1)
        session.perspectives.removeFirst()
        let analysis = SessionAnalysis(session, today: ruleToday)
        #expect(SuggestionRule.letGoCandidate.findings(in: analysis).count == 1)
        for rule in [SuggestionRule.highInterestLowEnergy, .lowTrust, .missingPerspective] {
            #expect(rule.findings(in: analysis).isEmpty, "\(rule)")
        }
    }

    /// Assessments that may not be seen do not count, so they cannot show through a reason.
    @Test func publicDisclosureSilencesRulesOnUnsharedScores() {
        var session = calmSession()
        session[partner: "a"].scores.influence = 5
        session[partner: "a"].scores.commitment = 1
        let rule = SuggestionRule.highInfluenceLowCommitment
        #expect(rule.findings(in: SessionAnalysis(session, today: ruleToday, disclosure: .public)).isEmpty)
        session[partner: "a"].shareScores = true
        #expect(rule.findings(in: SessionAnalysis(session, today: ruleToday, disclosure: .public)).count == 1)
        session.relations[0].trust = 0
        let between = SuggestionRule.lowTrustBetween
        #expect(between.findings(in: SessionAnalysis(session, today: ruleToday)).count == 1)
        #expect(between.findings(in: SessionAnalysis(session, today: ruleToday, disclosure: .public)).isEmpty)
    }
}
