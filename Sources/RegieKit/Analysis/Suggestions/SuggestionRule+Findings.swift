/// The evaluators: where each rule holds in a session. Thresholds and severities are the ones
/// `docs/methods.md` gives; a score counts as high from 3 and as low up to 2.
extension SuggestionRule {
    /// Days without contact from which a partner counts as out of touch.
    public static let longNoContactDays = 90
    /// Partners (not let go) from which a network counts as large.
    public static let manyPartnersFrom = 12
    /// Partners to manage closely from which a network counts as large.
    public static let manyToManageClosely = 6

    /// Every place in `analysis` where this rule holds, most severe first.
    public func findings(in analysis: SessionAnalysis) -> [RuleFinding] { findings(Facts(analysis)) }

    /// The findings with look-ups made once for all rules.
    func findings(_ facts: Facts) -> [RuleFinding] {
        let found: [RuleFinding]
        switch self {
        case .highInfluenceLowCommitment: found = facts.highInfluenceLowCommitment()
        case .letGoCandidate: found = facts.letGoCandidates()
        case .tensionBetweenInfluential: found = facts.tensionBetweenInfluential()
        case .negotiationDominates: found = facts.negotiationDominates()
        case .negotiationWithoutCollaboration: found = facts.negotiationWithoutCollaboration()
        case .highInterestLowEnergy: found = facts.highInterestLowEnergy()
        case .isolatedPartner: found = facts.isolatedPartners()
        case .influentialOnTheEdge: found = facts.influentialOnTheEdge()
        case .broker: found = facts.brokers()
        case .cutPoint: found = facts.cutPoints()
        case .separateClusters: found = facts.separateClusters()
        case .criticalNotDedicated: found = facts.criticalNotDedicated()
        case .engagementGap: found = facts.engagementGaps()
        case .doneWithoutConsequences: found = facts.doneWithoutConsequences()
        case .missingPerspective: found = facts.missingPerspectives()
        case .dependentWithoutVoice: found = facts.dependentWithoutVoice()
        case .dangerousStakeholder: found = facts.dangerousStakeholders()
        case .longNoContact: found = facts.longNoContact()
        case .unclearOpgave: found = facts.unclearOpgave()
        case .lowTrust: found = facts.lowTrust()
        case .lowTrustBetween: found = facts.lowTrustBetween()
        case .manyPartners: found = facts.manyPartners()
        case .workFormUnclear: found = facts.workFormUnclear()
        case .fundingHub: found = facts.fundingHubs()
        case .steeringWithAuthority: found = facts.steeringWithAuthority()
        case .progressStalls: found = facts.progressStalls()
        case .resistantWithValues: found = facts.resistantWithValues()
        case .divergingPerspectives: found = facts.divergingPerspectives()
        }
        // Stable: equal severities keep the session's order.
        return found.enumerated().sorted { ($1.element.severity, $0.offset) < ($0.element.severity, $1.offset) }
            .map(\.element)
    }
}

/// The session seen through its analysis, with the look-ups the evaluators share, each made in
/// one pass so that no rule walks all relations once per partner or per relation.
struct Facts {
    let analysis: SessionAnalysis
    let perspectives: Set<Partner.ID>
    /// Relations between partners that are not let go, in session order.
    let relations: [Relation]
    /// Per partner, the first of `relations` of kind tension that involves it.
    let firstTension: [Partner.ID: Relation]
    /// The pairs (either way round) with a collaboration among `relations`, and every partner
    /// at either end of one.
    let collaborating: Set<Pair>
    let inCollaboration: Set<Partner.ID>
    /// Per partner, whom it funds among `relations`, each once, in session order.
    let funds: [Partner.ID: [Partner.ID]]

    /// Two partners, in no particular order.
    struct Pair: Hashable {
        let a: Partner.ID
        let b: Partner.ID
        init(_ x: Partner.ID, _ y: Partner.ID) { (a, b) = x < y ? (x, y) : (y, x) }
    }

    init(_ analysis: SessionAnalysis) {
        self.analysis = analysis
        perspectives = Set(analysis.session.perspectives.map(\.partner))
        let working = Set(analysis.partners.map(\.id))
        relations = analysis.session.relations.filter { working.contains($0.from) && working.contains($0.to) }
        var firstTension: [Partner.ID: Relation] = [:]
        var collaborating: Set<Pair> = []
        var inCollaboration: Set<Partner.ID> = []
        var funds: [Partner.ID: [Partner.ID]] = [:]
        var fundedOnce: [Partner.ID: Set<Partner.ID>] = [:]
        for relation in relations {
            switch relation.kind {
            case .tension:
                if firstTension[relation.from] == nil { firstTension[relation.from] = relation }
                if firstTension[relation.to] == nil { firstTension[relation.to] = relation }
            case .collaboration:
                collaborating.insert(Pair(relation.from, relation.to))
                inCollaboration.insert(relation.from)
                inCollaboration.insert(relation.to)
            case .funding:
                if fundedOnce[relation.from, default: []].insert(relation.to).inserted {
                    funds[relation.from, default: []].append(relation.to)
                }
            default: break
            }
        }
        self.firstTension = firstTension
        self.collaborating = collaborating
        self.inCollaboration = inCollaboration
        self.funds = funds
    }

    var high: Int { SessionAnalysis.highFrom }
    var low: Int { SessionAnalysis.lowUpTo }

    func name(_ id: Partner.ID) -> String { analysis.name(id) }

    /// The first partner in the session with `id`, let go or not.
    func partner(_ id: Partner.ID) -> Partner? { analysis.partnerIndex[id].map { analysis.session.partners[$0] } }

    /// The rows whose assessment may be seen, with their scores and the partner itself.
    var assessed: [(row: PartnerAnalysis, scores: Scores, partner: Partner)] {
        allAssessed
    }

    /// The assessed rows of partners that do not pass the let-go test: rules that ask for more
    /// attention leave the let-go candidates out, since tip 1 says to let those go.
    var worthInvesting: [(row: PartnerAnalysis, scores: Scores, partner: Partner)] {
        allAssessed.filter { !$0.partner.passesLetGoTest }
    }

    /// Every row whose assessment may be seen.
    private var allAssessed: [(row: PartnerAnalysis, scores: Scores, partner: Partner)] {
        analysis.partners.compactMap { row in
            guard let scores = row.scores, let partner = partner(row.id) else { return nil }
            return (row, scores, partner)
        }
    }

    func scores(_ id: Partner.ID) -> Scores? { analysis.partner(id)?.scores }

    // MARK: - Mendelow

    func highInfluenceLowCommitment() -> [RuleFinding] {
        assessed.filter { $0.scores.influence >= high && $0.scores.commitment <= low && gap($0.scores) >= 2 }.map {
            let s = $0.scores
            return RuleFinding(
                rule: .highInfluenceLowCommitment, partners: [$0.row.id],
                severity: 0.3 + 0.1 * Double(gap(s)) + 0.05 * Double(s.dependency),
                reason: Localized(
                    nl: "\($0.row.name): invloed \(s.influence), commitment \(s.commitment)",
                    en: "\($0.row.name): influence \(s.influence), commitment \(s.commitment)"))
        }
    }

    private func gap(_ s: Scores) -> Int { s.influence - s.commitment }

    func manyPartners() -> [RuleFinding] {
        let count = analysis.partners.count
        let closely = analysis.partners.filter { $0.quadrant == .manageClosely }.count
        guard count >= SuggestionRule.manyPartnersFrom || closely >= SuggestionRule.manyToManageClosely else {
            return []
        }
        let severity = 0.45 + 0.05 * Double(max(0, closely - SuggestionRule.manyToManageClosely + 1))
        let quadrant = MendelowQuadrant.manageClosely.title
        return [
            RuleFinding(
                rule: .manyPartners, severity: min(severity, 0.8),
                reason: Localized(
                    nl: "\(count) partners, van wie \(closely) in het kwadrant ‘\(quadrant.nl.lowercased())’",
                    en: "\(count) partners, \(closely) of them in the ‘\(quadrant.en.lowercased())’ quadrant"))
        ]
    }

    // MARK: - Tip 1

    func letGoCandidates() -> [RuleFinding] {
        assessed.filter { $0.partner.passesLetGoTest }.map {
            let s = $0.scores
            return RuleFinding(
                rule: .letGoCandidate, partners: [$0.row.id],
                severity: 0.3 + 0.1 * Double(2 - s.contribution) + 0.1 * Double(2 - s.dependency),
                reason: Localized(
                    nl: "\($0.row.name): bijdrage \(s.contribution), nodig voor de opgave \(s.dependency), "
                        + "geen onvervangbaar middel",
                    en: "\($0.row.name): contribution \(s.contribution), needed by the opgave \(s.dependency), "
                        + "no irreplaceable resource"))
        }
    }

    func unclearOpgave() -> [RuleFinding] {
        let opgave = analysis.session.opgave
        var missing: [Localized] = []
        if opgave.title.isBlank { missing.append(Localized(nl: "een titel", en: "a title")) }
        if opgave.intent.isBlank {
            missing.append(Localized(nl: "wat we willen bereiken", en: "what we want to achieve"))
        }
        if opgave.successSignals.allSatisfy(\.isBlank) {
            missing.append(Localized(nl: "tekenen van succes", en: "signs of success"))
        }
        guard !missing.isEmpty else { return [] }
        return [
            RuleFinding(
                rule: .unclearOpgave, severity: 0.5 + 0.15 * Double(missing.count),
                reason: Localized(
                    nl: "De opgave mist nog " + Phrase.list(missing.map(\.nl)).nl,
                    en: "The opgave still lacks " + Phrase.list(missing.map(\.en)).en))
        ]
    }

    // MARK: - Tip 2

    func tensionBetweenInfluential() -> [RuleFinding] {
        relations.filter { $0.kind == .tension }.compactMap { relation in
            guard let a = scores(relation.from), let b = scores(relation.to), a.influence >= high,
                b.influence >= high
            else { return nil }
            let (from, to) = (name(relation.from), name(relation.to))
            return RuleFinding(
                rule: .tensionBetweenInfluential, partners: [relation.from, relation.to], relations: [relation.id],
                severity: Double(min(a.influence, b.influence) + relation.strength) / 10,
                reason: Localized(
                    nl: "Spanning tussen \(from) (invloed \(a.influence)) en \(to) (invloed \(b.influence))",
                    en: "Tension between \(from) (influence \(a.influence)) and \(to) (influence \(b.influence))"))
        }
    }

    func missingPerspectives() -> [RuleFinding] {
        analysis.partners.filter { !perspectives.contains($0.id) && $0.passesLetGoTest != true }.compactMap { row in
            guard let s = row.scores else {
                return RuleFinding(
                    rule: .missingPerspective, partners: [row.id], severity: 0.4,
                    reason: Localized(
                        nl: "\(row.name): nog geen perspectief vastgelegd",
                        en: "\(row.name): no perspective recorded yet"))
            }
            guard s.influence >= high || s.dependency >= 4 else { return nil }
            return RuleFinding(
                rule: .missingPerspective, partners: [row.id],
                severity: Double(max(s.influence, s.dependency)) / 5 * 0.8,
                reason: Localized(
                    nl: "\(row.name): nog geen perspectief (invloed \(s.influence), "
                        + "nodig voor de opgave \(s.dependency))",
                    en: "\(row.name): no perspective yet (influence \(s.influence), "
                        + "needed by the opgave \(s.dependency))"))
        }
    }

    // MARK: - Salience

    func dependentWithoutVoice() -> [RuleFinding] {
        worthInvesting.filter { $0.row.salience == .dependent && !perspectives.contains($0.row.id) }.map {
            let s = $0.scores
            return RuleFinding(
                rule: .dependentWithoutVoice, partners: [$0.row.id],
                severity: Double(s.legitimacy + s.urgency) / 10 * 0.7,
                reason: Localized(
                    nl: "\($0.row.name): legitimiteit \(s.legitimacy) en urgentie \(s.urgency), maar invloed "
                        + "\(s.influence) en nog geen perspectief vastgelegd",
                    en: "\($0.row.name): legitimacy \(s.legitimacy) and urgency \(s.urgency), but influence "
                        + "\(s.influence) and no perspective recorded"))
        }
    }

    func dangerousStakeholders() -> [RuleFinding] {
        assessed.filter { $0.row.salience == .dangerous }.map {
            let s = $0.scores
            return RuleFinding(
                rule: .dangerousStakeholder, partners: [$0.row.id],
                severity: 0.4 + 0.05 * Double(s.influence + s.urgency - 6),
                reason: Localized(
                    nl: "\($0.row.name): invloed \(s.influence) en urgentie \(s.urgency), maar legitimiteit "
                        + "\(s.legitimacy)",
                    en: "\($0.row.name): influence \(s.influence) and urgency \(s.urgency), but legitimacy "
                        + "\(s.legitimacy)"))
        }
    }

    // MARK: - Network measures and Net-Map

    func isolatedPartners() -> [RuleFinding] {
        analysis.network.isolated.map { id in
            let needed = scores(id)?.dependency ?? 0
            return RuleFinding(
                rule: .isolatedPartner, partners: [id], severity: 0.6 + 0.06 * Double(needed),
                reason: Localized(
                    nl: "\(name(id)) heeft geen relatie met een andere partner",
                    en: "\(name(id)) has no relation with any other partner"))
        }
    }

    func influentialOnTheEdge() -> [RuleFinding] {
        assessed.filter { $0.scores.influence >= 4 && $0.row.degree == 1 }.map {
            let other = analysis.network.graph.neighbours(of: $0.row.id).first.map(name) ?? ""
            let influence = $0.scores.influence
            return RuleFinding(
                rule: .influentialOnTheEdge, partners: [$0.row.id], severity: Double(influence) / 5 * 0.8,
                reason: Localized(
                    nl: "\($0.row.name): invloed \(influence), maar slechts één relatie (met \(other))",
                    en: "\($0.row.name): influence \(influence), but only one relation (with \(other))"))
        }
    }

    func brokers() -> [RuleFinding] {
        analysis.network.brokers.map { id in
            let betweenness = analysis.network.betweenness[id] ?? 0
            let degree = analysis.network.degree[id] ?? 0
            let value = Phrase.decimal(betweenness)
            return RuleFinding(
                rule: .broker, partners: [id], severity: 0.5 + betweenness / 2,
                reason: Localized(
                    nl: "\(name(id)) heeft de hoogste betweenness (\(value.nl)) en \(degree) relaties",
                    en: "\(name(id)) has the highest betweenness (\(value.en)) and \(degree) relations"))
        }
    }

    func cutPoints() -> [RuleFinding] {
        let brokers = Set(analysis.network.brokers)
        return analysis.network.cutPoints.filter { !brokers.contains($0) }.map { id in
            let cutOff = cutOff(without: id).map(name)
            let betweenness = analysis.network.betweenness[id] ?? 0
            let names = Phrase.names(cutOff)
            return RuleFinding(
                rule: .cutPoint, partners: [id], severity: 0.45 + betweenness / 2,
                reason: Localized(
                    nl: "\(name(id)) is de enige schakel tussen \(names.nl) en de rest",
                    en: "\(name(id)) is the only link between \(names.en) and the rest"))
        }
    }

    /// The partners that lose their link to the largest remaining part when `node` is taken away:
    /// the other parts, largest first and on a tie the one with the partner earliest in the
    /// session, each in session order. Every part left keeps a neighbour of `node`, so a search
    /// from each neighbour finds them all.
    private func cutOff(without node: Partner.ID) -> [Partner.ID] {
        let graph = analysis.network.graph
        guard let removed = graph.index[node] else { return [] }
        var seen = Array(repeating: false, count: graph.nodes.count)
        seen[removed] = true
        var parts: [[Int]] = []
        for start in graph.adjacency[removed] where !seen[start] {
            seen[start] = true
            var members = [start]
            var head = 0
            while head < members.count {
                for w in graph.adjacency[members[head]] where !seen[w] {
                    seen[w] = true
                    members.append(w)
                }
                head += 1
            }
            parts.append(members.sorted())
        }
        parts.sort { ($1.count, $0[0]) < ($0.count, $1[0]) }
        return parts.dropFirst().flatMap { $0.map { graph.nodes[$0] } }
    }

    func separateClusters() -> [RuleFinding] {
        let clusters = analysis.network.clusters
        guard clusters.count >= 2 else { return [] }
        let smaller = clusters.dropFirst().flatMap { $0 }
        let smallest = clusters.last ?? []
        let names = Phrase.list(smallest.map(name))
        return [
            RuleFinding(
                rule: .separateClusters, partners: smaller, severity: 0.8,
                reason: Localized(
                    nl: "Het netwerk valt uiteen in \(clusters.count) groepen zonder onderlinge relatie; "
                        + "de kleinste is \(names.nl)",
                    en: "The network falls apart into \(clusters.count) groups with no relation between them; "
                        + "the smallest is \(names.en)"))
        ]
    }

    // MARK: - Actor analysis and engagement

    func criticalNotDedicated() -> [RuleFinding] {
        assessed.filter { $0.partner.isCritical && !$0.partner.isDedicated }.map {
            let resource = $0.partner.irreplaceableResources.first?.name ?? ""
            let interest = $0.scores.interest
            return RuleFinding(
                rule: .criticalNotDedicated, partners: [$0.row.id], severity: 0.5 + 0.1 * Double(3 - interest),
                reason: Localized(
                    nl: "\($0.row.name): onvervangbaar (\(resource)), maar belang \(interest)",
                    en: "\($0.row.name): irreplaceable (\(resource)), but interest \(interest)"))
        }
    }

    func engagementGaps() -> [RuleFinding] {
        worthInvesting.filter { $0.partner.engagementGap >= 2 }.map {
            let e = $0.partner.engagement
            let gap = $0.partner.engagementGap
            return RuleFinding(
                rule: .engagementGap, partners: [$0.row.id], severity: 0.1 + Double(gap) / 4,
                reason: Localized(
                    nl: "\($0.row.name): nu \(e.current.name.nl), gewenst \(e.desired.name.nl) (\(gap) stappen)",
                    en: "\($0.row.name): now \(e.current.name.en), desired \(e.desired.name.en) (\(gap) steps)"))
        }
    }

    // MARK: - Tip 4

    func doneWithoutConsequences() -> [RuleFinding] {
        let relationIDs = Set(analysis.session.relations.map(\.id.rawValue))
        let done = analysis.session.interventions.filter { $0.status == .done && $0.consequences.isBlank }
        return done.map { (intervention: Intervention) -> RuleFinding in
            let targetPartners: [Partner.ID] = intervention.targets.map { Partner.ID($0) }.filter {
                analysis.partnerIndex[$0] != nil
            }
            let targetRelations: [Relation.ID] = intervention.targets.filter { relationIDs.contains($0) }.map {
                Relation.ID($0)
            }
            return RuleFinding(
                rule: .doneWithoutConsequences, partners: targetPartners, relations: targetRelations,
                interventions: [intervention.id], severity: 0.7,
                reason: Localized(
                    nl: "‘\(intervention.title)’ is gedaan, maar de gevolgen voor samenwerking en opgave staan er "
                        + "niet bij",
                    en: "‘\(intervention.title)’ is done, but its consequences for the collaboration and the opgave "
                        + "are not recorded"))
        }
    }

    // MARK: - Tip 5

    func highInterestLowEnergy() -> [RuleFinding] {
        worthInvesting.filter { $0.scores.interest >= high && $0.scores.energy <= low }.map {
            let s = $0.scores
            return RuleFinding(
                rule: .highInterestLowEnergy, partners: [$0.row.id],
                severity: Double(s.interest - s.energy + 2) / 6,
                reason: Localized(
                    nl: "\($0.row.name): belang \(s.interest), energie \(s.energy)",
                    en: "\($0.row.name): interest \(s.interest), energy \(s.energy)"))
        }
    }

    func lowTrust() -> [RuleFinding] {
        worthInvesting.compactMap { item in
            let trust = item.scores.trust
            let tense = firstTension[item.row.id]
            guard trust <= 1 || (trust == 2 && tense != nil) else { return nil }
            var reason = Localized(
                nl: "\(item.row.name): vertrouwen in de samenwerking \(trust)",
                en: "\(item.row.name): trust in the collaboration \(trust)")
            if let tense, trust == 2 {
                let other = name(tense.from == item.row.id ? tense.to : tense.from)
                reason = Localized(
                    nl: reason.nl + ", en spanning met \(other)", en: reason.en + ", and tension with \(other)")
            }
            return RuleFinding(
                rule: .lowTrust, partners: [item.row.id], severity: Double(4 - trust) / 4, reason: reason)
        }
    }

    /// The trust on a relation is the regisseur's assessment; a public view has none.
    func lowTrustBetween() -> [RuleFinding] {
        relations.compactMap { relation in
            guard let trust = relation.trust, trust <= 1 else { return nil }
            let (from, to) = (name(relation.from), name(relation.to))
            return RuleFinding(
                rule: .lowTrustBetween, partners: [relation.from, relation.to], relations: [relation.id],
                severity: Double(4 - trust) / 4,
                reason: Localized(
                    nl: "\(from) en \(to): vertrouwen in elkaar \(trust) (\(relation.kind.name.nl))",
                    en: "\(from) and \(to): trust in each other \(trust) (\(relation.kind.name.en))"))
        }
    }

    // MARK: - Klijn & Koppenjan

    func longNoContact() -> [RuleFinding] {
        analysis.partners.filter { $0.passesLetGoTest != true }.compactMap { row in
            if let s = row.scores, s.influence < high, s.dependency < high { return nil }
            if let days = row.daysSinceContact {
                guard days >= SuggestionRule.longNoContactDays else { return nil }
                return RuleFinding(
                    rule: .longNoContact, partners: [row.id],
                    severity: 0.3 + 0.25 * min(1, Double(days - SuggestionRule.longNoContactDays) / 180),
                    reason: Localized(
                        nl: "\(row.name): \(days) dagen geen overleg of notitie",
                        en: "\(row.name): \(days) days without a meeting or note"))
            }
            return RuleFinding(
                rule: .longNoContact, partners: [row.id], severity: 0.55,
                reason: Localized(
                    nl: "\(row.name): nog geen overleg of notitie", en: "\(row.name): no meeting or note yet"))
        }
    }

    func divergingPerspectives() -> [RuleFinding] {
        relations.filter {
            ($0.kind == .tension || $0.kind == .negotiation) && perspectives.contains($0.from)
                && perspectives.contains($0.to)
        }.map { relation in
            let (from, to) = (name(relation.from), name(relation.to))
            let kind = relation.kind.name
            return RuleFinding(
                rule: .divergingPerspectives, partners: [relation.from, relation.to], relations: [relation.id],
                severity: Double(relation.strength) / 5 * 0.7,
                reason: Localized(
                    nl: "\(from) en \(to): \(kind.nl) (sterkte \(relation.strength)), van beide is het perspectief "
                        + "vastgelegd",
                    en: "\(from) and \(to): \(kind.en) (strength \(relation.strength)), with both perspectives "
                        + "recorded"))
        }
    }

    // MARK: - Tip 6

    func negotiationDominates() -> [RuleFinding] {
        let share = analysis.negotiation
        let relationShare = share.relationShare ?? 0
        let meetingShare = share.meetingShare ?? 0
        let byRelations = share.relations.count >= 3 && relationShare >= 1.0 / 3
        let byMeetings = share.markedMeetings.count >= 2 && meetingShare > 0.5
        guard byRelations || byMeetings else { return [] }
        let negotiating = Set(share.negotiationRelations)
        var involved: [Partner.ID] = []
        var seen: Set<Partner.ID> = []
        for relation in relations where negotiating.contains(relation.id) {
            for end in [relation.from, relation.to] where seen.insert(end).inserted { involved.append(end) }
        }
        let relationsPart = Localized(
            nl: "onderhandeling in \(share.negotiationRelations.count) van de \(share.relations.count) relaties "
                + "(\(Phrase.percent(relationShare)))",
            en: "negotiation in \(share.negotiationRelations.count) of \(share.relations.count) relations "
                + "(\(Phrase.percent(relationShare)))")
        let meetingsPart = Localized(
            nl: "\(share.negotiationMeetings.count) van de \(share.markedMeetings.count) overleggen",
            en: "\(share.negotiationMeetings.count) of \(share.markedMeetings.count) meetings")
        let reason = Localized(
            nl: "Onderhandelen overheerst: " + relationsPart.nl
                + (share.markedMeetings.isEmpty ? "" : " en " + meetingsPart.nl),
            en: "Negotiation dominates: " + relationsPart.en
                + (share.markedMeetings.isEmpty ? "" : " and " + meetingsPart.en))
        return [
            RuleFinding(
                rule: .negotiationDominates, partners: involved, relations: share.negotiationRelations,
                severity: max(relationShare, meetingShare), reason: reason)
        ]
    }

    func negotiationWithoutCollaboration() -> [RuleFinding] {
        relations.filter { $0.kind == .negotiation }.compactMap { relation in
            // A collaboration involving both ends: between the two, or for a relation of a
            // partner with itself, any collaboration of that partner.
            let together =
                relation.from == relation.to
                ? inCollaboration.contains(relation.from) : collaborating.contains(Pair(relation.from, relation.to))
            guard !together else { return nil }
            let (from, to) = (name(relation.from), name(relation.to))
            return RuleFinding(
                rule: .negotiationWithoutCollaboration, partners: [relation.from, relation.to],
                relations: [relation.id], severity: 0.2 + Double(relation.strength) / 10,
                reason: Localized(
                    nl: "\(from) en \(to) onderhandelen (sterkte \(relation.strength)) zonder ook samen te werken",
                    en: "\(from) and \(to) negotiate (strength \(relation.strength)) without also collaborating"))
        }
    }

    // MARK: - Tip 7

    func workFormUnclear() -> [RuleFinding] {
        let form = analysis.session.workForm
        let described = Localized(
            nl: "\(form.kind.name.nl), \(form.steering.name.nl)", en: "\(form.kind.name.en), \(form.steering.name.en)")
        if form.kind == .line && !form.steering.lineAuthority {
            return [
                RuleFinding(
                    rule: .workFormUnclear, severity: 0.7,
                    reason: Localized(
                        nl: "Werkvorm lijn, maar de regisseur heeft \(form.steering.meaning.nl)",
                        en: "Work form line, but the regisseur has \(form.steering.meaning.en)"))
            ]
        }
        guard form.notes.isBlank else { return [] }
        return [
            RuleFinding(
                rule: .workFormUnclear, severity: 0.5,
                reason: Localized(
                    nl: "De werkvorm (\(described.nl)) is nog niet toegelicht",
                    en: "The work form (\(described.en)) is not described yet"))
        ]
    }

    func fundingHubs() -> [RuleFinding] {
        assessed.compactMap { item in
            guard item.scores.influence >= 4 else { return nil }
            let funded = funds[item.row.id] ?? []
            guard funded.count >= 3 else { return nil }
            let names = Phrase.names(funded.map(name))
            return RuleFinding(
                rule: .fundingHub, partners: [item.row.id], severity: min(0.8, 0.45 + 0.05 * Double(funded.count)),
                reason: Localized(
                    nl: "\(item.row.name) financiert \(funded.count) partners (\(names.nl)) en heeft invloed "
                        + "\(item.scores.influence): de verleiding om de baas te spelen ligt op de loer",
                    en: "\(item.row.name) funds \(funded.count) partners (\(names.en)) and has influence "
                        + "\(item.scores.influence): the pull to act as the boss is close"))
        }
    }

    func steeringWithAuthority() -> [RuleFinding] {
        let form = analysis.session.workForm
        guard form.steering.lineAuthority, form.kind != .line else { return [] }
        return [
            RuleFinding(
                rule: .steeringWithAuthority, severity: form.kind == .network || form.kind == .process ? 0.7 : 0.55,
                reason: Localized(
                    nl: "Werkvorm \(form.kind.name.nl) met \(form.steering.meaning.nl): partners gaan op opdrachten "
                        + "wachten",
                    en: "Work form \(form.kind.name.en) with \(form.steering.meaning.en): partners start waiting for "
                        + "orders"))
        ]
    }

    // MARK: - De Bruijn, Ten Heuvelhof & In 't Veld

    func progressStalls() -> [RuleFinding] {
        let today = analysis.today
        let overdue = analysis.session.actions.filter { !$0.done && ($0.due.map { $0 < today } ?? false) }
            .sorted { ($0.due ?? today) < ($1.due ?? today) }
        guard let oldest = overdue.first, let due = oldest.due else { return [] }
        let days = today.days(since: due)
        guard overdue.count >= 2 || days >= 30 else { return [] }
        var owners: [Partner.ID] = []
        var seen: Set<Partner.ID> = []
        for action in overdue {
            if let owner = action.owner, analysis.partnerIndex[owner] != nil, seen.insert(owner).inserted {
                owners.append(owner)
            }
        }
        let count = Phrase.count(
            overdue.count, Localized(nl: "actie", en: "action"), Localized(nl: "acties", en: "actions"))
        return [
            RuleFinding(
                rule: .progressStalls, partners: owners,
                severity: min(0.8, 0.3 + 0.05 * Double(overdue.count) + Double(days) / 365),
                reason: Localized(
                    nl: "\(count.nl) over de datum; de oudste, ‘\(oldest.text)’, al \(days) dagen",
                    en: "\(count.en) past due; the oldest, ‘\(oldest.text)’, by \(days) days"))
        ]
    }

    func resistantWithValues() -> [RuleFinding] {
        assessed.filter { $0.partner.engagement.current == .resistant && !$0.partner.values.isEmpty }.map {
            let values = Phrase.list(Array($0.partner.values.prefix(2)))
            let resistant = EngagementLevel.resistant.name
            return RuleFinding(
                rule: .resistantWithValues, partners: [$0.row.id], severity: 0.6,
                reason: Localized(
                    nl: "\($0.row.name): \(resistant.nl), met als waarden \(values.nl.lowercased())",
                    en: "\($0.row.name): \(resistant.en), with values such as \(values.en.lowercased())"))
        }
    }
}
