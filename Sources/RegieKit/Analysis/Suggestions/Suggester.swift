/// Ranked interventions for `session` on `today`: every rule is evaluated, every catalogue
/// entry whose conditions a rule detects is a candidate, and the candidates are ranked as
/// `docs/methods.md` describes. `style` (strongest first) defaults to the regisseur's own
/// styles; it changes the ranking, never which findings are made.
public func suggestions(
    for session: Session, style: [RegisseurStyle]? = nil, today: Day, disclosure: Disclosure = .full
) -> [Suggestion] {
    suggestions(for: SessionAnalysis(session, today: today, disclosure: disclosure), style: style)
}

/// Ranked interventions for an analysis already made; see `suggestions(for:style:today:disclosure:)`.
public func suggestions(for analysis: SessionAnalysis, style: [RegisseurStyle]? = nil) -> [Suggestion] {
    Suggester(analysis, styles: style ?? analysis.session.regisseur.styles).ranked()
}

/// The ranking: scores per candidate, then one entry at a time, spread over the findings.
///
/// A big session has thousands of findings about pairs, each a group of its own, so everything
/// looked up per candidate is indexed once here, a candidate's reason is written only when it is
/// chosen, and the choosing keeps the candidates in a heap instead of searching them all for
/// every pick.
struct Suggester {
    /// Points for the catalogue listing the rule's condition first, second, third or later.
    static let fitPoints = [20, 14, 8]
    /// Points for an entry that suits the regisseur's first, second or third style.
    static let stylePoints = [15, 10, 5]
    /// Points for an entry one of whose other conditions also holds for the same partners.
    static let alsoFitsPoints = 5
    /// Points taken off each time the same findings were already answered higher up.
    static let repeatPenalty = 15
    /// At most this many suggestions answer the same findings.
    static let perFindings = 2

    let analysis: SessionAnalysis
    let styles: [RegisseurStyle]
    let groups: [FindingGroup]
    /// Per condition, the partners it holds for, and whether it holds session-wide.
    let holding: [FitCondition: (partners: Set<Partner.ID>, sessionWide: Bool)]
    /// The recorded interventions taken from each catalogue entry, in session order.
    let recordedByEntry: [String: [Intervention]]
    /// Where each target id occurs among the planned or done interventions: their places in
    /// `analysis.session.interventions`, ascending.
    let activeByTarget: [String: [Int]]

    init(_ analysis: SessionAnalysis, styles: [RegisseurStyle]) {
        self.analysis = analysis
        self.styles = styles
        var groups: [FindingGroup] = []
        var holding: [FitCondition: (partners: Set<Partner.ID>, sessionWide: Bool)] = [:]
        let facts = Facts(analysis)
        for rule in SuggestionRule.allCases {
            let findings = rule.findings(facts)
            guard !findings.isEmpty else { continue }
            if rule.mergesFindings {
                groups.append(FindingGroup(rule: rule, findings: findings))
            } else {
                groups += findings.map { FindingGroup(rule: rule, findings: [$0]) }
            }
            var entry = holding[rule.condition] ?? ([], false)
            for finding in findings {
                entry.partners.formUnion(finding.partners)
                if rule.scope == .session { entry.sessionWide = true }
            }
            holding[rule.condition] = entry
        }
        self.groups = groups
        self.holding = holding
        var recordedByEntry: [String: [Intervention]] = [:]
        var activeByTarget: [String: [Int]] = [:]
        for (place, recorded) in analysis.session.interventions.enumerated() {
            if let entry = recorded.catalogId { recordedByEntry[entry, default: []].append(recorded) }
            guard recorded.status == .planned || recorded.status == .done else { continue }
            for target in Set(recorded.targets) { activeByTarget[target, default: []].append(place) }
        }
        self.recordedByEntry = recordedByEntry
        self.activeByTarget = activeByTarget
    }

    /// Per condition, the entries that suggest what to do about it, with their catalogue places.
    /// Diagnoses prepare a choice; a suggestion says what to do.
    static let entriesByCondition: [FitCondition: [(order: Int, entry: CatalogIntervention)]] = {
        var table: [FitCondition: [(order: Int, entry: CatalogIntervention)]] = [:]
        for (order, entry) in Catalog.interventions.enumerated() where entry.kind == .intervention {
            for condition in Set(entry.conditions) { table[condition, default: []].append((order, entry)) }
        }
        return table
    }()

    func ranked() -> [Suggestion] {
        var candidates: [Candidate] = []
        // The candidates of group `g` are `candidates[firstOfGroup[g]..<firstOfGroup[g + 1]]`.
        var firstOfGroup: [Int] = []
        firstOfGroup.reserveCapacity(groups.count + 1)
        for (index, group) in groups.enumerated() {
            firstOfGroup.append(candidates.count)
            let concerned = Concerned(group.findings, activeByTarget: activeByTarget)
            for (order, entry) in Self.entriesByCondition[group.rule.condition] ?? [] {
                if let candidate = candidate(entry, order: order, group: group, index: index, concerned: concerned) {
                    candidates.append(candidate)
                }
            }
        }
        firstOfGroup.append(candidates.count)

        // Each pick takes the open candidate with the highest score less the penalty for its
        // group's earlier picks. A candidate waits in the heap with that value as it was when it
        // went in; the value only falls, so one popped with a value still current is the best,
        // and one whose group was picked meanwhile goes back in with its value now.
        var chosen: [(candidate: Candidate, score: Int)] = []
        var usedEntries: Set<String> = []
        var uses = Array(repeating: 0, count: groups.count)
        var waiting = Heap<Pick>()
        for (index, candidate) in candidates.enumerated() {
            waiting.insert(Pick(candidate, index: index, uses: 0))
        }
        while let pick = waiting.popMax() {
            let best = candidates[pick.index]
            guard !usedEntries.contains(best.entry.id), uses[best.group] < Self.perFindings else { continue }
            guard pick.uses == uses[best.group] else {
                waiting.insert(Pick(best, index: pick.index, uses: uses[best.group]))
                continue
            }
            chosen.append((best, max(0, best.score - Self.repeatPenalty * uses[best.group])))
            usedEntries.insert(best.entry.id)
            uses[best.group] += 1
        }
        // Findings whose entries all went to stronger findings still get their best entry.
        for index in groups.indices where uses[index] == 0 {
            let own = candidates[firstOfGroup[index]..<firstOfGroup[index + 1]]
            if let best = own.max(by: { ($0.score, -$0.order) < ($1.score, -$1.order) }) {
                chosen.append((best, best.score))
            }
        }
        return chosen.enumerated().sorted { ($1.element.score, $0.offset) < ($0.element.score, $1.offset) }
            .map { $0.element.candidate.suggestion(score: $0.element.score) }
    }

    /// The candidate of `entry` for `group`, or nil when the session already plans or did it
    /// for everyone the group concerns. `concerned` is worked out from all of the group's
    /// findings, once for all its entries.
    private func candidate(
        _ entry: CatalogIntervention, order: Int, group: FindingGroup, index: Int, concerned all: Concerned
    ) -> Candidate? {
        let same = recordedByEntry[entry.id] ?? []
        let active = same.filter { $0.status == .planned || $0.status == .done }
        var concerned = all
        var notes: [Localized] = []
        var related: [Intervention.ID] = []
        var penalty = 0

        switch group.rule.scope {
        case .partner:
            var covered: [(Partner.ID, Intervention)] = []
            let findings = group.findings.filter { finding in
                guard !active.isEmpty, let partner = finding.partners.first,
                    let done = active.first(where: { $0.targets.contains(partner.rawValue) })
                else { return true }
                covered.append((partner, done))
                return false
            }
            guard !findings.isEmpty else { return nil }
            if !covered.isEmpty {
                concerned = Concerned(findings, activeByTarget: activeByTarget)
                let names = Phrase.list(covered.map { analysis.name($0.0) })
                let anyPlanned = covered.contains { $0.1.status == .planned }
                notes.append(
                    anyPlanned
                        ? Localized(nl: "voor \(names.nl) al gepland", en: "already planned for \(names.en)")
                        : Localized(nl: "met \(names.nl) al gedaan", en: "already done with \(names.en)"))
                related += covered.map(\.1.id)
                penalty += 5
            }
        case .pair, .intervention:
            // One finding: its relations and its partners.
            let (subjects, people) = (concerned.links, concerned.people)
            if active.contains(where: { r in
                !subjects.isDisjoint(with: r.targets) || (!people.isEmpty && people.isSubset(of: r.targets))
            }) {
                return nil
            }
        case .session:
            if !active.isEmpty { return nil }
        }

        let (findings, partners, relations) = (concerned.findings, concerned.partners, concerned.relations)
        if !same.isEmpty {
            let subjects = concerned.people.union(concerned.links)
            func overlaps(_ r: Intervention) -> Bool {
                group.rule.scope == .session || !subjects.isDisjoint(with: r.targets)
            }
            if let idea = same.first(where: { $0.status == .idea && overlaps($0) }) {
                notes.append(Localized(nl: "staat al als idee in het plan", en: "already listed as an idea"))
                related.append(idea.id)
            }
            if let dropped = same.first(where: { $0.status == .dropped && overlaps($0) }) {
                notes.append(Localized(nl: "eerder geschrapt", en: "dropped before"))
                related.append(dropped.id)
                penalty += 20
            }
        }
        // Another intervention already planned or done for the same relation, or for all these
        // partners and aimed at the entry's main tip, is close: the reason names it.
        if group.rule.scope != .session, !partners.isEmpty, let other = closeIntervention(entry, concerned) {
            let whom =
                partners.count == 1
                ? Localized(nl: "deze partner", en: "this partner")
                : Localized(nl: "deze partners", en: "these partners")
            notes.append(
                other.status == .planned
                    ? Localized(
                        nl: "met \(whom.nl) staat al ‘\(other.title)’ gepland",
                        en: "‘\(other.title)’ is already planned with \(whom.en)")
                    : Localized(
                        nl: "met \(whom.nl) is al ‘\(other.title)’ gedaan",
                        en: "‘\(other.title)’ has already been done with \(whom.en)"))
            related.append(other.id)
            penalty += 10
        }

        let position = entry.conditions.firstIndex(of: group.rule.condition) ?? Self.fitPoints.count
        var points = 60 * concerned.severity
        points += Double(min(6, 2 * (findings.count - 1)))
        points += Double(Self.fitPoints[min(position, Self.fitPoints.count - 1)])
        let others = entry.conditions.filter { $0 != group.rule.condition }
        if others.contains(where: { condition in
            guard let holds = holding[condition] else { return false }
            return holds.sessionWide || !holds.partners.isDisjoint(with: partners)
        }) {
            points += Double(Self.alsoFitsPoints)
        }
        points += Double(stylePoints(entry))
        points -= Double(penalty)

        return Candidate(
            entry: entry, order: order, group: index, rule: group.rule, findings: findings, partners: partners,
            relations: relations, notes: notes, related: related,
            score: min(100, max(0, Int(points.rounded()))))
    }

    /// The first recorded intervention, in session order, from another entry, planned or done,
    /// that aims at one of the relations concerned, or at all the partners concerned and serves
    /// `entry`'s main tip.
    private func closeIntervention(_ entry: CatalogIntervention, _ concerned: Concerned) -> Intervention? {
        let recorded = analysis.session.interventions
        let (people, links) = (concerned.people, concerned.links)
        for place in concerned.closePlaces {
            let r = recorded[place]
            guard r.catalogId != entry.id else { continue }
            if !links.isEmpty, !links.isDisjoint(with: r.targets) { return r }
            if entry.tips.first.map(r.tips.contains) == true && people.isSubset(of: r.targets) { return r }
        }
        return nil
    }

    /// Points for how well the entry suits the regisseur's styles, strongest style first.
    func stylePoints(_ entry: CatalogIntervention) -> Int {
        for (rank, style) in styles.prefix(Self.stylePoints.count).enumerated() where entry.styles.contains(style) {
            return Self.stylePoints[rank]
        }
        return 0
    }

    /// The findings' reasons (three at most, then how many more), then the notes, as one sentence.
    static func reason(_ findings: [RuleFinding], notes: [Localized]) -> Localized {
        Localized.build { language in
            var parts = findings.prefix(3).map { $0.reason(language) }
            if findings.count > 3 {
                let more = findings.count - 3
                parts.append(language == .nl ? "en nog \(more)" : "and \(more) more")
            }
            let text = (parts + notes.map { $0(language) }).joined(separator: "; ")
            return text + "."
        }
    }

    /// The ids of `lists` in order of first appearance.
    static func union<ID: Hashable>(_ lists: [[ID]]) -> [ID] {
        var seen: Set<ID> = []
        var result: [ID] = []
        for id in lists.joined() where seen.insert(id).inserted { result.append(id) }
        return result
    }
}

/// Whom and what some findings concern, worked out once for every entry that answers them.
struct Concerned {
    let findings: [RuleFinding]
    /// The partners and relations of the findings, each once, in order of first appearance.
    let partners: [Partner.ID]
    let relations: [Relation.ID]
    /// The same as target ids.
    let people: Set<String>
    let links: Set<String>
    let severity: Double
    /// The planned or done interventions, by place in the session, that could be close to an
    /// entry answering these findings: the ones aimed at a relation concerned or at the first
    /// partner, as one aimed at all the partners is. Ascending, each once.
    let closePlaces: [Int]

    init(_ findings: [RuleFinding], activeByTarget: [String: [Int]]) {
        self.findings = findings
        partners = Suggester.union(findings.map(\.partners))
        relations = Suggester.union(findings.map(\.relations))
        people = Set(partners.map(\.rawValue))
        links = Set(relations.map(\.rawValue))
        severity = findings.map(\.severity).max() ?? 0
        var places = partners.first.flatMap { activeByTarget[$0.rawValue] } ?? []
        for link in links { places += activeByTarget[link] ?? [] }
        closePlaces = Array(Set(places)).sorted()
    }
}

/// The findings of one rule that one suggestion answers: all of a partner rule's findings,
/// or a single finding of any other rule.
struct FindingGroup {
    let rule: SuggestionRule
    let findings: [RuleFinding]
}

/// One catalogue entry proposed for one group of findings, before the ranking.
struct Candidate {
    let entry: CatalogIntervention
    /// The entry's place in the catalogue, to break ties.
    let order: Int
    /// Index of the finding group.
    let group: Int
    let rule: SuggestionRule
    let findings: [RuleFinding]
    let partners: [Partner.ID]
    let relations: [Relation.ID]
    /// What the reason adds after the findings: what is planned, done or dropped already.
    let notes: [Localized]
    let related: [Intervention.ID]
    let score: Int

    func suggestion(score: Int) -> Suggestion {
        Suggestion(
            intervention: entry, rule: rule, findings: findings, partners: partners, relations: relations,
            reason: Suggester.reason(findings, notes: notes), score: score, related: related)
    }
}

/// A candidate waiting to be picked, ordered as the ranking picks: by its score less the
/// penalty its group had when it went in, then by its score, then the earlier catalogue entry,
/// then the earlier group. No two candidates share an entry and a group, so the order is total.
struct Pick: Comparable {
    let value: Int
    let score: Int
    let order: Int
    let group: Int
    /// The candidate's place in the list.
    let index: Int
    /// The group's picks when it went in.
    let uses: Int

    init(_ candidate: Candidate, index: Int, uses: Int) {
        value = candidate.score - Suggester.repeatPenalty * uses
        score = candidate.score
        order = candidate.order
        group = candidate.group
        self.index = index
        self.uses = uses
    }

    static func < (a: Pick, b: Pick) -> Bool {
        (a.value, a.score, -a.order, -a.group) < (b.value, b.score, -b.order, -b.group)
    }

    static func == (a: Pick, b: Pick) -> Bool { a.index == b.index && a.uses == b.uses }
}

/// A binary max-heap: the largest element comes out first.
struct Heap<Element: Comparable> {
    private var items: [Element] = []

    mutating func insert(_ item: Element) {
        items.append(item)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[parent] < items[child] else { break }
            items.swapAt(parent, child)
            child = parent
        }
    }

    mutating func popMax() -> Element? {
        guard !items.isEmpty else { return nil }
        items.swapAt(0, items.count - 1)
        let top = items.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var largest = parent
            if left < items.count, items[largest] < items[left] { largest = left }
            if right < items.count, items[largest] < items[right] { largest = right }
            guard largest != parent else { break }
            items.swapAt(parent, largest)
            parent = largest
        }
        return top
    }
}
