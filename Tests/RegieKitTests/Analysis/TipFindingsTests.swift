import Foundation
import Testing

import RegieKit
import RegieTestSupport

@Suite("What the walkthrough shows per tip")
struct TipFindingsTests {
    private func texts(_ session: Session, _ tip: Int, count: Int = 3) -> [String] {
        SessionAnalysis(session, today: ruleToday).findings(forTip: tip, suggestionCount: count).map(\.text.nl)
    }

    @Test func aCalmSessionOnlyHasItsShareAndWorkForm() {
        for tip in 1...5 { #expect(texts(calmSession(), tip).isEmpty, "tip \(tip)") }
        #expect(
            texts(calmSession(), 6) == [
                "Onderhandeling in 0 van de 3 relaties (0%).", "Overleg ‘Wijktafel’ (2026-10-22): cocreatie.",
            ])
        #expect(
            texts(calmSession(), 7).first
                == "Werkvorm: netwerk, sturen op basis van regie (geen budget en geen lijngezag).")
        #expect(texts(calmSession(), 7).count == 3, "the form, the set-up, nothing more for a network steered by regie")
        #expect(texts(calmSession(), 8).isEmpty)
    }

    @Test func tip1TheOpgaveAndWhomToLetGo() {
        var session = calmSession()
        session.opgave.successSignals = []
        session[partner: "c"].scores.contribution = 0
        session[partner: "c"].scores.dependency = 1
        let lines = SessionAnalysis(session, today: ruleToday).findings(forTip: 1)
        #expect(
            lines.map(\.text.nl) == [
                "De opgave mist nog tekenen van succes.",
                "Loslaten? Partner C: bijdrage 0, nodig voor de opgave 1, geen onvervangbaar middel.",
            ])
        #expect(lines[1].subjects == ["c"])
    }

    @Test func tip2MissingPerspectivesAndTensions() {
        var session = calmSession()
        session.perspectives.removeFirst(2)
        session.relate("b", "c", .tension, strength: 4)
        let lines = SessionAnalysis(session, today: ruleToday).findings(forTip: 2)
        #expect(
            lines.map(\.text.en) == [
                "No perspective yet: Partner A and Partner B.", "Tension: Partner B – Partner C (strength 4).",
            ])
        #expect(lines[0].subjects == ["a", "b"] && lines[1].subjects == ["b", "c", "b-c-3"])
    }

    @Test func tip3BrokersCutPointsAndTheBestSuggestions() {
        var session = calmSession()
        session.relations.remove(at: 2)  // a–b–c
        let lines = texts(session, 3, count: 1)
        #expect(lines.count == 3)
        #expect(lines[0] == "Spilpartner: Partner B (betweenness 1,00).")
        #expect(lines[1] == "Zonder hen valt het netwerk uiteen: Partner B.")
        #expect(lines[2].hasPrefix("Suggestie: Via de bruggenbouwer werken — Partner B heeft de hoogste betweenness"))
    }

    @Test func tip4And5() {
        var session = calmSession()
        session.interventions = [Intervention(id: "i", title: "Casustafel", targets: ["a"], status: .done)]
        session[partner: "b"].scores.energy = 1
        #expect(
            texts(session, 4) == [
                "‘Casustafel’ is gedaan, maar de gevolgen voor samenwerking en opgave staan er niet bij."
            ])
        #expect(texts(session, 5) == ["Partner B: belang 3, energie 1."])
    }

    @Test func tip6PerRelationAndMeeting() {
        var session = calmSession()
        session.relations[0].kind = .negotiation
        let lines = texts(session, 6)
        #expect(
            lines == [
                "Onderhandeling in 1 van de 3 relaties (33%).", "Onderhandeling: Partner A – Partner B.",
                "Overleg ‘Wijktafel’ (2026-10-22): cocreatie.",
            ])
    }

    @Test func tip7FollowsTheSetUp() {
        var session = calmSession()
        session.workForm = WorkForm(kind: .programme, steering: .hierarchical, notes: "Programma")
        let lines = texts(session, 7)
        #expect(lines.first == "Werkvorm: programma, hiërarchisch (budget en lijngezag).")
        #expect(lines.dropFirst().map { $0 } == WorkFormAdvice(session.workForm).points.map(\.nl))
    }
}
