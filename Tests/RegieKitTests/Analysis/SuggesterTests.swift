import Foundation
import Testing

import RegieKit
import RegieTestSupport

/// The calm session with Partner A at influence 5 and commitment 1: only the Mendelow rule holds.
private func powerfulButUncommitted() -> Session {
    var session = calmSession()
    session[partner: "a"].name = "Politie Dalstede-Oost"
    session[partner: "a"].scores.influence = 5
    session[partner: "a"].scores.commitment = 1
    return session
}

private func ids(_ list: [Suggestion]) -> [String] { list.map(\.intervention.id) }

@Suite("Suggester")
struct SuggesterTests {
    /// Severity 0.3 + 0.1·(5−1) + 0.05·3 = 0.85 gives 51 points; an entry listing the condition
    /// first adds 20, second 14. Of the two first-listed entries the catalogue's first leads; the
    /// second answers the same finding again, 15 lower. Two entries per finding at most.
    @Test func rankingWithoutAStyle() {
        let list = suggestions(for: powerfulButUncommitted(), style: [], today: ruleToday)
        #expect(ids(list) == ["keep-powerful-satisfied", "executive-champion"])
        #expect(list.map(\.score) == [71, 56])
        #expect(list.allSatisfy { $0.rule == .highInfluenceLowCommitment && $0.method == .mendelow })
        #expect(list[0].partners == ["a"] && list[0].tips == [3, 5])
        #expect(list[0].reason.nl == "Politie Dalstede-Oost: invloed 5, commitment 1.")
    }

    /// An expert's entry overtakes the first-listed ones: 51 + 14 + 15 = 80 against 71.
    @Test func styleChangesTheOrder() {
        let expert = suggestions(for: powerfulButUncommitted(), style: [.expert], today: ruleToday)
        #expect(expert.first?.intervention.id == "mutual-gains-package")
        #expect(expert.first?.score == 80)
        let strategist = suggestions(for: powerfulButUncommitted(), style: [.strategist], today: ruleToday)
        #expect(strategist.first?.intervention.id == "keep-powerful-satisfied")
        #expect(strategist.first?.score == 86)
    }

    /// The session's own styles count when none is passed: strongest first, 15, 10, 5.
    @Test func theSessionsStylesByDefault() {
        var session = powerfulButUncommitted()
        session.regisseur.styles = [.connector]
        #expect(
            suggestions(for: session, today: ruleToday)
                == suggestions(for: session, style: [.connector], today: ruleToday))
    }

    /// Style reorders a real network; it never changes which rules hold or makes a finding of its own.
    @Test(arguments: SampleSessionTests.names)
    func styleNeverChangesWhatHolds(_ name: String) throws {
        let session = try SampleSessionTests.session(name)
        let analysis = SessionAnalysis(session, today: ruleToday)
        let made = Set(SuggestionRule.allCases.flatMap { $0.findings(in: analysis) })
        let holding = Set(made.map(\.rule))
        let answered = Set(suggestions(for: analysis, style: []).map(\.rule))
        #expect(answered.isSubset(of: holding) && answered.count >= holding.count - 1)
        var orders: Set<[String]> = []
        for style in RegisseurStyle.allCases {
            let list = suggestions(for: analysis, style: [style])
            #expect(Set(list.map(\.rule)) == answered, "\(style): the same rules are answered")
            #expect(list.allSatisfy { $0.findings.allSatisfy(made.contains) }, "\(style)")
            orders.insert(ids(list))
        }
        #expect(orders.count > 1, "some style ranks differently")
    }

    @Test func alreadyPlannedForTheSamePartnerIsNotSuggestedAgain() {
        var session = powerfulButUncommitted()
        session.interventions = [
            Intervention(
                id: "i", catalogId: "keep-powerful-satisfied", title: "Tevreden houden", targets: ["a"],
                status: .planned)
        ]
        let list = suggestions(for: session, style: [], today: ruleToday)
        #expect(!ids(list).contains("keep-powerful-satisfied"))
        #expect(ids(list).first == "executive-champion")
    }

    /// A path a–b–c: b is the one broker (betweenness 1, severity 1), and only one catalogue
    /// entry fits a broker, at 60 + 20 = 80 without a style.
    private func pathWithBroker() -> Session {
        var session = calmSession()
        session.relations.remove(at: 2)
        return session
    }

    private func viaTheBroker(_ session: Session) -> Suggestion? {
        suggestions(for: session, style: [], today: ruleToday).first {
            $0.intervention.id == "broker-via-central-partner"
        }
    }

    @Test func closeInterventionsAreNamedInTheReason() {
        #expect(viaTheBroker(pathWithBroker())?.score == 80)
        var session = pathWithBroker()
        session.interventions = [
            Intervention(
                id: "d", catalogId: "broker-via-central-partner", title: "Oud", targets: ["b"], status: .dropped),
            Intervention(id: "o", title: "Koffie met de teamchef", tips: [3], targets: ["b"], status: .planned),
        ]
        let suggestion = viaTheBroker(session)
        #expect(
            suggestion?.reason.nl
                == "Partner B heeft de hoogste betweenness (1,00) en 2 relaties; eerder geschrapt; met deze partner "
                + "staat al ‘Koffie met de teamchef’ gepland.")
        #expect(
            suggestion?.reason.en
                == "Partner B has the highest betweenness (1.00) and 2 relations; dropped before; ‘Koffie met de "
                + "teamchef’ is already planned with this partner.")
        #expect(suggestion?.score == 80 - 20 - 10)
        #expect(suggestion?.related == ["d", "o"])
    }

    @Test func anIdeaForTheSamePartnerIsMentioned() {
        var session = pathWithBroker()
        session.interventions = [
            Intervention(id: "i", catalogId: "broker-via-central-partner", title: "Idee", targets: ["b"], status: .idea)
        ]
        #expect(viaTheBroker(session)?.reason.nl.hasSuffix("relaties; staat al als idee in het plan.") == true)
        #expect(viaTheBroker(session)?.score == 80)
    }

    @Test func doneForTheSamePartnerIsNotSuggestedAgain() {
        var session = pathWithBroker()
        session.interventions = [
            Intervention(
                id: "i", catalogId: "broker-via-central-partner", title: "Gedaan", targets: ["b"], status: .done)
        ]
        #expect(viaTheBroker(session) == nil)
    }

    /// Whatever its tips, an intervention aimed at the same relation is close to a pair's suggestion.
    @Test func anInterventionOnTheSameRelationIsMentioned() {
        var session = calmSession()
        session.relate("a", "b", .tension, strength: 4)
        let relation = session.relations.last!.id.rawValue
        session.interventions = [
            Intervention(id: "h", title: "Herstelgesprek", tips: [4], targets: [relation], status: .planned)
        ]
        let pair = suggestions(for: session, style: [], today: ruleToday).filter {
            $0.rule == .tensionBetweenInfluential
        }
        #expect(!pair.isEmpty)
        #expect(pair.allSatisfy { $0.reason.nl.hasSuffix("; met deze partners staat al ‘Herstelgesprek’ gepland.") })
        #expect(pair.allSatisfy { $0.related == ["h"] })
    }

    /// Planned for one of two brokers: the other still gets it, and the reason says so.
    @Test func plannedForSomeOfThePartnersIsMentioned() {
        var session = pathWithBroker()
        session.add("d")
        session.relate("c", "d", .collaboration)  // a–b–c–d: b and c tie at 2/3
        #expect(viaTheBroker(session)?.partners == ["b", "c"])
        session.interventions = [
            Intervention(
                id: "i", catalogId: "broker-via-central-partner", title: "Via B", targets: ["b"], status: .planned)
        ]
        let suggestion = viaTheBroker(session)
        #expect(suggestion?.partners == ["c"])
        #expect(
            suggestion?.reason.nl
                == "Partner C heeft de hoogste betweenness (0,67) en 2 relaties; voor Partner B al gepland.")
        #expect(suggestion?.related == ["i"])
    }

    /// More severe findings rank higher; each catalogue entry appears once, except for a finding
    /// whose entries all went to stronger ones.
    @Test func severityRanksAndEveryFindingIsAnswered() {
        var session = calmSession()
        session.add("d", "e")
        session.relate("c", "d", .information)
        session.relate("d", "e", .information)  // broker c, cut point d: both only fit one entry
        session.relate("a", "b", .tension, strength: 5)
        let list = suggestions(for: session, style: [], today: ruleToday)
        let brokerEntry = list.filter { $0.intervention.id == "broker-via-central-partner" }
        #expect(brokerEntry.map(\.rule) == [.broker, .cutPoint])
        #expect(list.map(\.score) == list.map(\.score).sorted(by: >))
        #expect(list.allSatisfy { (0...100).contains($0.score) })
        let tension = list.first { $0.rule == .tensionBetweenInfluential }
        #expect(tension?.partners == ["a", "b"] && tension?.relations.count == 1)
        let cut = list.first { $0.rule == .cutPoint }
        #expect((tension?.score ?? 0) > (cut?.score ?? 100), "tension (3 + 5) / 10 = 0.8 against 0.45 + 0.5 / 2")
    }

    @Test func theReasonIsInTheSessionsLanguage() {
        var session = powerfulButUncommitted()
        session.language = .en
        let suggestion = suggestions(for: session, style: [], today: ruleToday)[0]
        #expect(suggestion.reason(session.language) == "Politie Dalstede-Oost: influence 5, commitment 1.")
        let json = suggestion.json(session.language)
        #expect(
            json
                == .object([
                    "intervention": .string("keep-powerful-satisfied"),
                    "title": .string("Keep the powerful partner satisfied"),
                    "rule": .string("highInfluenceLowCommitment"), "method": .string("mendelow"),
                    "tips": .array([.int(3), .int(5)]),
                    "partners": .array([.string("a")]),
                    "reason": .string("Politie Dalstede-Oost: influence 5, commitment 1."),
                    "score": .int(71),
                ]))
    }

    /// Adopting a suggestion gives a planned intervention in the session's language.
    @Test func adoptedSuggestionIsAPlannedIntervention() {
        let suggestion = suggestions(for: powerfulButUncommitted(), style: [], today: ruleToday)[0]
        let planned = suggestion.plannedIntervention(id: "i-1", language: .nl, on: ruleToday)
        #expect(planned.catalogId == "keep-powerful-satisfied")
        #expect(planned.title == "Invloedrijke partner tevreden houden")
        #expect(planned.status == .planned && planned.planned == ruleToday && planned.targets == ["a"])
        #expect(planned.tips == [3, 5] && planned.rationale == "Politie Dalstede-Oost: invloed 5, commitment 1.")
        #expect(planned.expectedEffect == suggestion.intervention.expectedEffect.nl)
    }

    /// The five samples give varied advice: many rules and methods, and reasons in Dutch.
    @Test(arguments: SampleSessionTests.names)
    func samplesGiveVariedSuggestions(_ name: String) throws {
        let session = try SampleSessionTests.session(name)
        let list = suggestions(for: session, today: ruleToday)
        #expect(list.count >= 15)
        #expect(Set(list.map(\.rule)).count >= 12)
        #expect(Set(list.map(\.method)).count >= 6)
        #expect(Set(list.prefix(10).map(\.intervention.id)).count >= 8, "hardly an entry twice at the top")
        #expect(list.allSatisfy { $0.reason.nl.hasSuffix(".") && !$0.reason.nl.contains("influence") })
        #expect(list.allSatisfy { $0.intervention.kind == .intervention }, "a diagnosis is no suggestion of what to do")
        let letGo = Set(session.partners.filter { $0.status == .letGo }.map(\.id))
        #expect(list.allSatisfy { $0.partners.allSatisfy { !letGo.contains($0) } }, "let-go partners are out")
    }
}
