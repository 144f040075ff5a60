import Foundation
import Testing

import RegieKit
import RegieTestSupport

/// Seeded random sessions whose whole analysis — measures, rows, every rule's findings, the
/// walkthrough's lines and the ranked suggestions — is written out as text and compared with
/// what the straightforward implementation gave before it was made fast: in full for eight
/// sessions (`Goldens/analysis/seed-N.txt`), as a digest of the same text for many more
/// (`digests.txt`). Any change in a result, a reason's wording, a score or an order shows.
@Suite("Analysis on seeded sessions")
struct AnalysisRecordTests {
    static let written: [UInt64] = Array(1...8)
    static let digested: [UInt64] = Array(9...80)
    static let today = Day(year: 2026, month: 6, day: 1)
    static let folder = Golden.exports.appendingPathComponent("analysis")

    /// The record of seed `seed`'s session. Every third session is analysed as the public view,
    /// and every fourth is ranked with styles passed in rather than the session's own.
    static func record(_ seed: UInt64) -> String {
        let session = RandomSession.make(seed: seed, today: today)
        let analysis = SessionAnalysis(session, today: today, disclosure: seed % 3 == 0 ? .public : .full)
        let ranked = suggestions(for: analysis, style: seed % 4 == 0 ? [.expert, .guardian] : nil)
        return AnalysisRecord.text(analysis, ranked)
    }

    @Test(arguments: written)
    func sameAsRecorded(_ seed: UInt64) {
        Golden.check(Self.record(seed), named: "seed-\(seed).txt", in: Self.folder)
    }

    @Test func sameDigestsAsRecorded() {
        let lines = Self.digested.map { seed in
            let text = Self.record(seed)
            return "seed \(seed): \(text.split(separator: "\n").count) lines, FNV-1a \(AnalysisRecord.digest(text))"
        }
        Golden.check(lines.joined(separator: "\n") + "\n", named: "digests.txt", in: Self.folder)
    }

    /// The generator makes the patterns every rule looks for, so the records exercise them all.
    @Test func theSessionsMakeEveryRuleHold() {
        var holding: Set<SuggestionRule> = []
        for seed in Self.written + Self.digested {
            let analysis = SessionAnalysis(RandomSession.make(seed: seed, today: Self.today), today: Self.today)
            for rule in SuggestionRule.allCases where !rule.findings(in: analysis).isEmpty { holding.insert(rule) }
        }
        #expect(Set(SuggestionRule.allCases).subtracting(holding).isEmpty)
    }
}

/// A session drawn from a seed: a few to some dozens of partners with random scores, sparse
/// relations (so there are clusters, cut points and isolated partners), ids that point nowhere,
/// catalogue interventions in every status aimed at partners and relations, meetings and notes
/// around `today`, and overdue actions.
enum RandomSession {
    /// Up to three styles, each once, strongest first.
    static func styles(_ random: inout SeededGenerator) -> [RegisseurStyle] {
        var left = RegisseurStyle.allCases
        return (0..<random.int(0...3)).map { _ in left.remove(at: random.int(0...left.count - 1)) }
    }

    static func make(seed: UInt64, today: Day) -> Session {
        var random = SeededGenerator(seed: seed &* 0x9E37_79B9_7F4A_7C15)
        let count = random.int(3...(seed % 6 == 0 ? 50 : 24))
        var ids = (0..<count).map { Partner.ID("p\($0)") }
        // Now and then an id written twice: the first partner with it counts.
        if random.chance(20) { ids[count - 1] = ids[0] }
        let levels = EngagementLevel.allCases
        var session = Session(
            title: "Seed \(seed)",
            opgave: Opgave(
                title: random.chance(80) ? "Opgave \(seed)" : " ", intent: random.chance(70) ? "Samen verder" : "",
                successSignals: random.chance(70) ? ["Minder meldingen"] : random.chance(50) ? [""] : []),
            workForm: WorkForm(
                kind: random.pick(WorkFormKind.allCases), steering: random.pick(SteeringVariant.allCases),
                notes: random.chance(50) ? "Afspraken staan in het convenant" : ""),
            regisseur: Regisseur(styles: styles(&random)))
        session.partners = ids.enumerated().map { index, id in
            Partner(
                id: id, name: "Partner \(random.pick(["Één", "Twee", "Drie", "Vier"])) \(index)",
                scores: Scores(
                    influence: random.int(0...5), interest: random.int(0...5), commitment: random.int(0...5),
                    contribution: random.int(0...5), dependency: random.int(0...5), energy: random.int(0...5),
                    trust: random.int(0...5), legitimacy: random.int(0...5), urgency: random.int(0...5)),
                engagement: Engagement(current: random.pick(levels), desired: random.pick(levels)),
                values: (0..<random.int(0...3)).map { "Waarde \($0 + index)" },
                resources: (0..<random.int(0...2)).map {
                    Resource(name: "Middel \($0)", replaceable: random.chance(60))
                },
                status: random.chance(15) ? .letGo : random.chance(20) ? .watching : .active,
                shareScores: random.chance(50))
        }
        func partner() -> Partner.ID { random.chance(3) ? "ghost" : ids[random.int(0...count - 1)] }
        let relationCount = random.int(0...(count * 2))
        session.relations = (0..<relationCount).map { index in
            Relation(
                id: Relation.ID("r\(index)"), from: partner(), to: partner(), kind: random.pick(RelationKind.allCases),
                strength: random.int(1...5), trust: random.chance(40) ? random.int(0...5) : nil)
        }
        // A funding hub now and then: one partner funding several others.
        if random.chance(40), count >= 5 {
            let hub = random.int(1...count - 2)
            session.partners[hub].scores.influence = 5
            session.partners[hub].status = .active
            for k in 1...random.int(3...4) {
                session.relations.append(
                    Relation(id: Relation.ID("f\(k)"), from: ids[hub], to: ids[(hub + k) % count], kind: .funding))
            }
        }
        session.perspectives = ids.enumerated().filter { _ in random.chance(50) }.map { index, id in
            Perspective(id: Perspective.ID("v\(index)"), partner: random.chance(5) ? "ghost" : id)
        }
        let entries = Catalog.interventions.map(\.id)
        let relationIDs = session.relations.map(\.id.rawValue)
        session.interventions = (0..<random.int(0...12)).map { index in
            var targets: [String] = []
            for _ in 0..<random.int(0...3) {
                targets.append(random.chance(70) || relationIDs.isEmpty ? partner().rawValue : random.pick(relationIDs))
            }
            return Intervention(
                id: Intervention.ID("i\(index)"), catalogId: random.chance(80) ? random.pick(entries) : nil,
                title: "Interventie \(index)", tips: [random.int(1...7)], targets: targets,
                status: random.pick(InterventionStatus.allCases),
                consequences: random.chance(50) ? "" : "Vertrouwen groeide")
        }
        let noon = today.date.addingTimeInterval(12 * 3600)
        func when() -> Date { noon.addingTimeInterval(Double(random.int(-400...20)) * 86_400) }
        let modes: [MeetingMode?] = [nil, nil] + MeetingMode.allCases.map { $0 }
        session.meetings = (0..<random.int(0...6)).map { index in
            Meeting(
                id: Meeting.ID("m\(index)"), title: "Overleg \(index)", date: when(),
                attendees: (0..<random.int(0...4)).map { _ in partner() }, mode: random.pick(modes))
        }
        let meetingIDs = session.meetings.map(\.id)
        session.notes = (0..<random.int(0...(count * 2))).map { index in
            Note(
                id: Note.ID("n\(index)"), at: when(), text: "Notitie \(index)",
                links: (0..<random.int(0...2)).map { _ in partner().rawValue },
                meeting: meetingIDs.isEmpty || random.chance(50) ? nil : random.pick(meetingIDs),
                isPrivate: random.chance(20), mode: random.pick(modes))
        }
        session.actions = (0..<random.int(0...6)).map { index in
            ActionItem(
                id: ActionItem.ID("a\(index)"), text: "Actie \(index)", owner: random.chance(70) ? partner() : nil,
                due: random.chance(80) ? Day(when()) : nil, done: random.chance(30))
        }
        return session
    }
}

/// The analysis and the ranking written out in full, one fact a line.
enum AnalysisRecord {
    static func text(_ analysis: SessionAnalysis, _ ranked: [Suggestion]) -> String {
        var lines: [String] = []
        let network = analysis.network
        lines.append("nodes " + list(network.graph.nodes) + " edges \(network.graph.edgeCount)")
        for node in network.graph.nodes {
            lines.append(
                "  \(node): degree \(network.degree[node].map(String.init) ?? "-") betweenness "
                    + (network.betweenness[node].map { "\($0)" } ?? "-") + " neighbours "
                    + list(network.graph.neighbours(of: node)))
        }
        lines.append("isolated " + list(network.isolated))
        lines.append("brokers " + list(network.brokers))
        lines.append("clusters " + network.clusters.map(list).joined(separator: " / "))
        lines.append("cut points " + list(network.cutPoints))
        let share = analysis.negotiation
        lines.append("negotiation " + list(share.negotiationRelations) + " of " + list(share.relations))
        for meeting in share.markedMeetings {
            let moments = MeetingMode.allCases.map { "\($0.rawValue)=\(meeting.moments[$0] ?? 0)" }
            lines.append(
                "  meeting \(meeting.id): \(meeting.mode) recorded \(meeting.recorded) "
                    + moments.joined(separator: " "))
        }
        lines.append(
            "moments "
                + share.markedMoments.map { "\($0.id)@\($0.meeting?.rawValue ?? "-"):\($0.mode)" }.joined(
                    separator: " "))
        for row in analysis.partners {
            let scores = row.scores.map { s in
                ScoreKind.allCases.map { "\(s[$0])" }.joined(separator: "")
            }
            let facts: [String] = [
                "\(row.id) \(row.name)", "scores \(scores ?? "-")", "degree \(row.degree)",
                "betweenness \(row.betweenness)", "quadrant \(row.quadrant.map { "\($0)" } ?? "-")",
                "salience \(row.salience.map { "\($0)" } ?? "-")", "critical \(flag(row.critical))",
                "dedicated \(flag(row.dedicated))", "gap \(row.engagementGap.map(String.init) ?? "-")",
                "days \(row.daysSinceContact.map(String.init) ?? "-")", "let go \(flag(row.passesLetGoTest))",
            ]
            lines.append("partner " + facts.joined(separator: "; "))
            #expect(analysis.partner(row.id) == analysis.partners.first { $0.id == row.id })
        }
        lines.append("let go " + list(analysis.letGoCandidates))
        lines.append("without perspective " + list(analysis.partnersWithoutPerspective))
        lines.append("tensions " + list(analysis.tensions.map(\.id)))
        lines.append("done without consequences " + list(analysis.doneWithoutConsequences))
        lines.append("high interest, low energy " + list(analysis.highInterestLowEnergy))
        let findings = SuggestionRule.allCases.flatMap { $0.findings(in: analysis) }
        for (number, finding) in findings.enumerated() { lines.append("finding #\(number) " + describe(finding)) }
        for tip in 1...7 {
            for line in analysis.findings(forTip: tip) {
                lines.append("tip \(tip): \(line.text.nl) | \(line.text.en) → " + line.subjects.joined(separator: ","))
            }
        }
        for suggestion in ranked {
            lines.append(
                "suggestion \(suggestion.score) \(suggestion.intervention.id) \(suggestion.rule) partners "
                    + list(suggestion.partners) + " relations " + list(suggestion.relations) + " related "
                    + list(suggestion.related))
            lines.append("  nl: " + suggestion.reason.nl)
            lines.append("  en: " + suggestion.reason.en)
            let answered = suggestion.findings.map { finding in findings.firstIndex(of: finding).map { "#\($0)" } ?? "?"
            }
            lines.append("  answers " + answered.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// FNV-1a, 64 bits, of the text's UTF-8, in hexadecimal.
    static func digest(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return String(hash, radix: 16)
    }

    private static func list<T>(_ ids: [EntityID<T>]) -> String {
        "[" + ids.map(\.rawValue).joined(separator: ",") + "]"
    }

    private static func flag(_ value: Bool?) -> String { value.map { $0 ? "yes" : "no" } ?? "-" }

    private static func describe(_ finding: RuleFinding) -> String {
        "\(finding.rule) \(finding.severity) partners " + list(finding.partners) + " relations "
            + list(finding.relations) + " interventions " + list(finding.interventions) + ": " + finding.reason.nl
            + " | " + finding.reason.en
    }
}
