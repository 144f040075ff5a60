import Foundation
import Testing

import RegieKit
import RegieTestSupport

@Suite("Actor analysis, engagement, negotiation share, contact")
struct PartnerAnalysisTests {
    @Test func criticalMeansOneIrreplaceableResource() {
        #expect(!Partner(id: "a", name: "A").isCritical)
        #expect(!Partner(id: "a", name: "A", resources: [Resource(name: "geld", replaceable: true)]).isCritical)
        let partner = Partner(
            id: "a", name: "A",
            resources: [Resource(name: "geld"), Resource(name: "wettelijke taak", replaceable: false)])
        #expect(partner.isCritical)
        #expect(partner.irreplaceableResources.map(\.name) == ["wettelijke taak"])
    }

    @Test func dedicatedFromInterestThree() {
        #expect(
            (0...5).map { Partner(id: "a", name: "A", scores: Scores(interest: $0)).isDedicated } == [
                false, false, false, true, true, true,
            ])
    }

    /// Contribution ≤ 1 and dependency ≤ 1 and nothing irreplaceable; each bound on its own.
    @Test func letGoTestAtItsBounds() {
        func passes(_ contribution: Int, _ dependency: Int, critical: Bool = false) -> Bool {
            Partner(
                id: "a", name: "A", scores: Scores(contribution: contribution, dependency: dependency),
                resources: critical ? [Resource(name: "sleutel", replaceable: false)] : []
            ).passesLetGoTest
        }
        #expect(passes(0, 0) && passes(1, 1) && passes(1, 0))
        #expect(!passes(2, 0) && !passes(0, 2) && !passes(2, 2))
        #expect(!passes(0, 0, critical: true))
    }

    /// Desired minus current on unaware < resistant < neutral < supportive < leading.
    @Test func engagementGapCountsSteps() {
        func gap(_ current: EngagementLevel, _ desired: EngagementLevel) -> Int {
            Partner(id: "a", name: "A", engagement: Engagement(current: current, desired: desired)).engagementGap
        }
        #expect(gap(.resistant, .supportive) == 2)
        #expect(gap(.unaware, .leading) == 4)
        #expect(gap(.leading, .neutral) == -2)
        #expect(gap(.neutral, .neutral) == 0)
    }

    /// 2 of 5 relations between working partners are negotiation; the one to the let-go
    /// partner does not count. 1 of 2 marked meetings; an unmarked meeting does not count.
    @Test func negotiationShare() {
        let session = Session(
            title: "Onderhandeling",
            partners: [
                Partner(id: "a", name: "A"), Partner(id: "b", name: "B"), Partner(id: "c", name: "C"),
                Partner(id: "x", name: "X", status: .letGo),
            ],
            relations: [
                Relation(id: "r1", from: "a", to: "b", kind: .negotiation),
                Relation(id: "r2", from: "a", to: "c", kind: .collaboration),
                Relation(id: "r3", from: "b", to: "c", kind: .negotiation),
                Relation(id: "r4", from: "b", to: "a", kind: .tension),
                Relation(id: "r5", from: "c", to: "a", kind: .information),
                Relation(id: "r6", from: "x", to: "a", kind: .negotiation),
            ],
            meetings: [
                Meeting(id: "m1", title: "Een", date: Date(timeIntervalSince1970: 0), mode: .negotiation),
                Meeting(id: "m2", title: "Twee", date: Date(timeIntervalSince1970: 0), mode: .coCreation),
                Meeting(id: "m3", title: "Drie", date: Date(timeIntervalSince1970: 0)),
            ])
        let share = NegotiationShare(session)
        #expect(share.relations.map(\.rawValue) == ["r1", "r2", "r3", "r4", "r5"])
        #expect(share.negotiationRelations.map(\.rawValue) == ["r1", "r3"])
        #expect(share.relationShare == 0.4)
        #expect(share.markedMeetings.map(\.id.rawValue) == ["m1", "m2"])
        #expect(share.negotiationMeetings.map(\.rawValue) == ["m1"])
        #expect(share.meetingShare == 0.5)
        #expect(NegotiationShare(Session(title: "Leeg")).relationShare == nil)
        #expect(NegotiationShare(Session(title: "Leeg")).meetingShare == nil)
    }

    /// The latest meeting attended or note linked, on or before the day; later ones are plans.
    @Test func daysSinceContact() {
        func at(_ day: String) -> Date { Day(day)!.date.addingTimeInterval(9 * 3600) }
        let session = Session(
            title: "Contact",
            partners: [
                Partner(id: "a", name: "A"), Partner(id: "b", name: "B"), Partner(id: "c", name: "C"),
                Partner(id: "d", name: "D"),
            ],
            meetings: [
                Meeting(id: "m1", title: "Overleg", date: at("2026-09-01"), attendees: ["a", "b"]),
                Meeting(id: "m2", title: "Later", date: at("2026-12-15"), attendees: ["c"]),
            ],
            notes: [
                Note(id: "n1", at: at("2026-10-21"), text: "Gebeld", links: ["a"]),
                Note(id: "n2", at: at("2026-10-01"), text: "Geheim", links: ["d"], isPrivate: true),
            ])
        let today = Day("2026-11-01")!
        let days = ContactRecency.daysSinceContact(in: session, today: today)
        #expect(days["a"] == 11, "the note on 21 October is later than the meeting")
        #expect(days["b"] == 61, "1 September to 1 November")
        #expect(days["c"] == nil, "a meeting after today is no contact yet")
        #expect(days["d"] == 31)
        let withoutPrivate = ContactRecency.daysSinceContact(in: session.disclosed(.public), today: today)
        #expect(withoutPrivate["d"] == nil)
        #expect(SessionAnalysis(session, today: today, disclosure: .public).partner("d")?.daysSinceContact == nil)
        #expect(Day("2026-03-01")!.days(since: Day("2026-02-28")!) == 1)
        #expect(Day("2024-03-01")!.days(since: Day("2024-02-28")!) == 2)
    }
}

@Suite("Session analysis")
struct SessionAnalysisTests {
    static let session = Session(
        title: "Analyse",
        partners: [
            Partner(
                id: "open", name: "Open", scores: Scores(influence: 4, interest: 4, contribution: 0, dependency: 0),
                shareScores: true),
            Partner(
                id: "dicht", name: "Dicht", scores: Scores(influence: 5, interest: 1, contribution: 1, dependency: 1),
                resources: [Resource(name: "sleutel", replaceable: false)]),
            Partner(id: "weg", name: "Weg", status: .letGo),
        ],
        relations: [Relation(id: "r", from: "open", to: "dicht", kind: .tension)],
        perspectives: [Perspective(id: "p", partner: "open")],
        interventions: [
            Intervention(id: "i1", title: "Gedaan", status: .done),
            Intervention(id: "i2", title: "Met gevolgen", status: .done, consequences: "Minder wachttijd"),
            Intervention(id: "i3", title: "Gepland", status: .planned),
        ])

    @Test func rowsLeaveLetGoPartnersOut() {
        let analysis = SessionAnalysis(Self.session, today: Day("2026-11-01")!)
        #expect(analysis.partners.map(\.id.rawValue) == ["open", "dicht"])
        let dicht = analysis.partner("dicht")
        #expect(dicht?.quadrant == .keepSatisfied && dicht?.salience == .dormant)
        #expect(dicht?.critical == true && dicht?.dedicated == false && dicht?.passesLetGoTest == false)
        #expect(analysis.partner("open")?.passesLetGoTest == true)
        #expect(analysis.partner("weg") == nil)
    }

    @Test func whatEachTipPointsAt() {
        let analysis = SessionAnalysis(Self.session, today: Day("2026-11-01")!)
        #expect(analysis.letGoCandidates.map(\.rawValue) == ["open"])
        #expect(analysis.partnersWithoutPerspective.map(\.rawValue) == ["dicht"])
        #expect(analysis.tensions.map(\.id.rawValue) == ["r"])
        #expect(analysis.doneWithoutConsequences.map(\.rawValue) == ["i1"])
        #expect(analysis.workFormAdvice == WorkFormAdvice(Self.session.workForm))
    }

    /// Shown to the partners, only the assessment of a partner that shares it counts.
    @Test func publicDisclosureHidesUnsharedAssessments() {
        let analysis = SessionAnalysis(Self.session, today: Day("2026-11-01")!, disclosure: .public)
        let dicht = analysis.partner("dicht")
        #expect(dicht?.scores == nil && dicht?.quadrant == nil && dicht?.critical == nil)
        #expect(dicht?.degree == 1, "relations are not private")
        #expect(analysis.partner("open")?.quadrant == .manageClosely)
        var exported = Self.session
        exported.isPublicExport = true
        #expect(SessionAnalysis(exported, today: Day("2026-11-01")!).partner("dicht")?.scores == nil)
    }

    @Test func highInterestLowEnergy() {
        var session = Self.session
        session.partners[0].scores.energy = 2
        session.partners[1].scores.energy = 0
        let analysis = SessionAnalysis(session, today: Day("2026-11-01")!)
        #expect(analysis.highInterestLowEnergy.map(\.rawValue) == ["open"], "Dicht has interest 1")
        session.partners[0].scores.energy = 3
        #expect(SessionAnalysis(session, today: Day("2026-11-01")!).highInterestLowEnergy.isEmpty)
    }
}

@Suite("Tip 7: advice per work form and steering set-up")
struct WorkFormAdviceTests {
    @Test func everyCombinationGetsItsOwnAdvice() {
        var seen: Set<[Localized]> = []
        for kind in WorkFormKind.allCases {
            for steering in SteeringVariant.allCases {
                let advice = WorkFormAdvice(WorkForm(kind: kind, steering: steering))
                #expect(advice.points.count >= 2)
                #expect(advice.points.allSatisfy { !$0.nl.isEmpty && !$0.en.isEmpty && $0.nl != $0.en })
                seen.insert(advice.points)
            }
        }
        #expect(seen.count == WorkFormKind.allCases.count * SteeringVariant.allCases.count)
    }

    /// The seed's two cases: without budget or line authority commitment is won partner by
    /// partner; with both the line may stop feeling responsible.
    @Test func theSetUpDecidesWhatToWatch() {
        let regie = WorkFormAdvice(WorkForm(kind: .programme, steering: .regie))
        #expect(regie.points[1].nl.contains("per partner") && regie.points[1].en.contains("each partner"))
        #expect(regie.points.count == 3, "programme steered by regie is the seed's own case")
        let full = WorkFormAdvice(WorkForm(kind: .project, steering: .hierarchical))
        #expect(full.points[1].nl.contains("niet meer verantwoordelijk"))
        let network = WorkFormAdvice(WorkForm(kind: .network, steering: .line))
        #expect(network.points.last?.en.contains("Line authority sits badly with a network") == true)
    }

    @Test func setUpFromBudgetAndLineAuthority() {
        #expect(SteeringVariant(holdsBudget: false, lineAuthority: false) == .regie)
        #expect(SteeringVariant(holdsBudget: true, lineAuthority: false) == .budget)
        #expect(SteeringVariant(holdsBudget: false, lineAuthority: true) == .line)
        #expect(SteeringVariant(holdsBudget: true, lineAuthority: true) == .hierarchical)
        for variant in SteeringVariant.allCases {
            #expect(SteeringVariant(holdsBudget: variant.holdsBudget, lineAuthority: variant.lineAuthority) == variant)
        }
    }
}
