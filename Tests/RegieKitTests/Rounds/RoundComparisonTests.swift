import Foundation
import Testing

@testable import RegieKit

@Suite("Rounds: comparing two rounds")
struct RoundComparisonTests {
    /// Two rounds a month apart: the police move from keep satisfied to manage closely and gain
    /// urgency (dominant → definitive) after a talk, the housing corporation does not move after
    /// its intervention, the tension becomes collaboration, one relation goes and one comes.
    static func twoRounds() -> Session {
        var session = roundsFixture()
        session.addRound(name: "Nulmeting", date: Day(year: 2026, month: 1, day: 15))
        session.partners[1].scores.interest = 4
        session.partners[1].scores.commitment = 3
        session.partners[1].scores.urgency = 4
        session.partners[1].engagement.current = .supportive
        session.partners[0].status = .watching
        session.relations[0].kind = .collaboration
        session.relations[0].strength = 4
        session.relations.remove(at: 1)
        session.partners.append(Partner(id: "ggz", name: "GGZ", scores: Scores(commitment: 2)))
        session.relations.append(Relation(id: "r3", from: "ggz", to: "won", kind: .collaboration))
        session.interventions = [
            Intervention(
                id: "i1", title: "Gesprek met de wijkagent", targets: ["pol"], expectedEffect: "Meer commitment",
                status: .done, completed: Day(year: 2026, month: 2, day: 1)),
            Intervention(
                id: "i2", title: "Keukentafel met de corporatie", targets: ["r1"], expectedEffect: "Dalwonen doet mee",
                status: .done, completed: Day(year: 2026, month: 2, day: 3)),
            Intervention(id: "i3", title: "Nog te doen", targets: ["won"], status: .planned),
            Intervention(
                id: "i4", title: "Te vroeg", targets: ["won"], status: .done,
                completed: Day(year: 2026, month: 1, day: 10)),
        ]
        session.partners[2].scores.energy = 0
        session.addRound(name: "Februari", date: Day(year: 2026, month: 2, day: 15))
        return session
    }

    @Test func everyKindOfChangeIsFound() throws {
        let session = Self.twoRounds()
        let comparison = RoundComparison(session, from: session.rounds[0], to: session.rounds[1])
        let police = try #require(comparison.partners.first { $0.partner == "pol" })
        #expect(police.quadrant == Move(.keepSatisfied, .manageClosely))
        #expect(police.salience == Move(.dominant, .definitive))
        #expect(police.engagement == Move(.resistant, .supportive))
        #expect(police.scores.map(\.kind) == [.interest, .commitment, .urgency])
        #expect(police.interventions.map(\.id) == ["i1", "i2"], "i2 aims at a relation of the police")
        #expect(police.trend.map(\.kind) == [.commitment, .trust, .energy])
        #expect(police.trend[0].values == [1, 3])

        let municipality = try #require(comparison.partners.first { $0.partner == "gem" })
        #expect(municipality.status == Move(.active, .watching) && municipality.moved)

        let housing = try #require(comparison.partners.first { $0.partner == "won" })
        #expect(housing.interventions.map(\.id) == ["i2"], "planned and earlier interventions do not count")
        #expect(!housing.moved)

        let ggz = try #require(comparison.partners.first { $0.partner == "ggz" })
        #expect(ggz.before == nil && ggz.moved && ggz.trend[0].values == [nil, 2])

        #expect(comparison.relationsAdded.map(\.relation) == ["r3"])
        #expect(comparison.relationsRemoved.map(\.relation) == ["r2"])
        #expect(comparison.relationsChanged.count == 1)
        #expect(comparison.relationsChanged[0].kind == Move(.tension, .collaboration))
        #expect(comparison.relationsChanged[0].strength == Move(2, 4))
        #expect(comparison.relationsChanged[0].trust == nil)
    }

    @Test func theTextSaysWhatMovedAndWhatDidNot() {
        let session = Self.twoRounds()
        let text = RoundComparison(session, from: session.rounds[0], to: session.rounds[1]).lines(.nl)
            .joined(separator: "\n")
        #expect(text.contains("Vergelijking: Nulmeting (2026-01-15) → Februari (2026-02-15)"))
        #expect(text.contains("    kwadrant: Tevreden houden → Nauw betrekken"))
        #expect(text.contains("    saillantie: dominant → bepalend"))
        #expect(text.contains("    betrokkenheid: afwijzend → steunend"))
        #expect(text.contains("    belang 1 → 4, commitment 1 → 3, urgentie 1 → 4"))
        #expect(text.contains("    trend commitment ▂▅  vertrouwen ▃▃  energie/passie ▃▃"))
        #expect(
            text.contains("    interventie gedaan 2026-02-01: Gesprek met de wijkagent — verwacht: Meer commitment"))
        #expect(
            text.contains(
                """
                  Woonstichting
                    trend commitment ▅▅  vertrouwen ▅▅  energie/passie ▁▁
                    interventie gedaan 2026-02-03: Keukentafel met de corporatie — verwacht: Dalwonen doet mee
                    Geen verandering: de scores, de betrokkenheid en de status bleven gelijk na deze interventie.
                """))
        #expect(text.contains("    nieuw sinds Nulmeting"))
        #expect(text.contains("  nieuw: GGZ ↔ Woonstichting (samenwerking)"))
        #expect(text.contains("  weg: Gemeente ↔ Politie (informatie)"))
        #expect(text.contains("  Woonstichting ↔ Politie: spanning → samenwerking; sterkte 2 → 4"))
    }

    @Test func comparingWithNowUsesTheSessionAsItIs() {
        var session = Self.twoRounds()
        session.partners[1].scores.trust = 5
        let now = AssessmentRound.current(session, today: Day(year: 2026, month: 3, day: 1))
        let comparison = RoundComparison(session, from: session.rounds[1], to: now)
        #expect(comparison.partners.first { $0.partner == "pol" }?.scores.map(\.kind) == [.trust])
        #expect(comparison.trendRounds.map(\.name) == ["Nulmeting", "Februari", "nu"])
    }

    @Test func sparklinesDrawEveryScoreAndGaps() {
        #expect(Sparkline.text([0, 1, 2, 3, 4, 5, nil]) == "▁▂▃▅▆█·")
    }
}
