/// Every analysis of one session on one day, computed once: the network measures, the
/// classifications per partner and what each tip of the walkthrough points at.
///
/// Partners with status `letGo` are outside the working network and left out everywhere.
/// The analysis works on `session.disclosed(disclosure)`: with `Disclosure.public`, or for a
/// file written by a public export, a partner's assessment counts only where
/// `Session.showsAssessment(of:)` allows it (for the others the assessment-based values are nil
/// and no rule uses them), and private notes and the trust on relations are not there at all.
public struct SessionAnalysis: Sendable {
    /// The session analysed: what `disclosure` lets be seen of the session passed in.
    public let session: Session
    /// The day "since last contact" and "overdue" are measured against.
    public let today: Day
    /// What may be seen of the partners' assessments.
    public let disclosure: Disclosure
    /// Degree, betweenness, clusters and cut points of the working network.
    public let network: NetworkMeasures
    /// Negotiation share of relations and marked meetings.
    public let negotiation: NegotiationShare
    /// One row per partner that is not let go, in session order.
    public let partners: [PartnerAnalysis]
    /// Where each id's first row is in `partners`, so rules asking about one partner do not
    /// walk them all.
    let rowIndex: [Partner.ID: Int]
    /// Where the first partner with each id is in `session.partners`, let go or not.
    let partnerIndex: [Partner.ID: Int]

    /// Analyses `session` as of `today`.
    public init(_ session: Session, today: Day, disclosure: Disclosure = .full) {
        let view = session.disclosed(disclosure)
        self.session = view
        self.today = today
        self.disclosure = disclosure
        network = NetworkMeasures(view)
        negotiation = NegotiationShare(view)
        let contact = ContactRecency.daysSinceContact(in: view, today: today)
        partners = view.partners.filter { $0.status != .letGo }.map { [network] partner in
            PartnerAnalysis(
                partner, assessed: view.showsAssessment(of: partner), network: network,
                daysSinceContact: contact[partner.id])
        }
        rowIndex = Self.firstIndex(of: partners.map(\.id))
        partnerIndex = Self.firstIndex(of: view.partners.map(\.id))
    }

    /// The row of `partner`; nil for a partner that is let go or unknown.
    public func partner(_ id: Partner.ID) -> PartnerAnalysis? { rowIndex[id].map { partners[$0] } }

    /// The name of the partner with `id` in the session, let go or not; the id itself for an unknown one.
    func name(_ id: Partner.ID) -> String { partnerIndex[id].map { session.partners[$0].name } ?? id.rawValue }

    /// The place of each id's first appearance in `ids`: what `firstIndex(of:)` would find.
    static func firstIndex(of ids: [Partner.ID]) -> [Partner.ID: Int] {
        var index: [Partner.ID: Int] = [:]
        index.reserveCapacity(ids.count)
        for (place, id) in ids.enumerated() where index[id] == nil { index[id] = place }
        return index
    }

    // MARK: - What each tip points at

    /// Tip 1: partners not let go that pass the let-go test.
    public var letGoCandidates: [Partner.ID] { partners.filter { $0.passesLetGoTest == true }.map(\.id) }

    /// Tip 2: partners not let go of whom no perspective is recorded.
    public var partnersWithoutPerspective: [Partner.ID] {
        let seen = Set(session.perspectives.map(\.partner))
        return partners.map(\.id).filter { !seen.contains($0) }
    }

    /// Tip 2: relations of kind `tension` between partners that are not let go.
    public var tensions: [Relation] {
        let working = Set(partners.map(\.id))
        return session.relations.filter { $0.kind == .tension && working.contains($0.from) && working.contains($0.to) }
    }

    /// Tip 4: interventions that are done but have no consequences written down.
    public var doneWithoutConsequences: [Intervention.ID] {
        session.interventions.filter { $0.status == .done && $0.consequences.isBlank }.map(\.id)
    }

    /// Tip 5: partners whose interest is high (3 or more) and whose energy is low (2 or less).
    public var highInterestLowEnergy: [Partner.ID] {
        partners.filter { row in
            guard let scores = row.scores else { return false }
            return scores.interest >= Self.highFrom && scores.energy <= Self.lowUpTo
        }.map(\.id)
    }

    /// Tip 7: the advice for the session's work form and steering set-up.
    public var workFormAdvice: WorkFormAdvice { WorkFormAdvice(session.workForm) }

    /// A score from this value up counts as high.
    public static let highFrom = 3
    /// A score up to this value counts as low.
    public static let lowUpTo = 2
}

/// What the analysis says about one partner.
public struct PartnerAnalysis: Hashable, Sendable {
    /// The partner.
    public let id: Partner.ID
    /// Its name.
    public let name: String
    /// The scores, when they may be seen.
    public let scores: Scores?
    /// Number of distinct partners it has a relation with.
    public let degree: Int
    /// Normalised betweenness, 0–1.
    public let betweenness: Double
    /// Mendelow quadrant, when the scores may be seen.
    public let quadrant: MendelowQuadrant?
    /// Mitchell–Agle–Wood class, when the scores may be seen.
    public let salience: SalienceClass?
    /// Holds a resource nobody can replace; nil when the resources may not be seen.
    public let critical: Bool?
    /// Interest 3 or more; nil when the scores may not be seen.
    public let dedicated: Bool?
    /// Desired minus current engagement in steps; nil when it may not be seen.
    public let engagementGap: Int?
    /// Whole days since the last meeting or note with the partner; nil when there was none.
    public let daysSinceContact: Int?
    /// Passes tip 1's let-go test; nil when the scores may not be seen.
    public let passesLetGoTest: Bool?

    init(_ partner: Partner, assessed: Bool, network: NetworkMeasures, daysSinceContact: Int?) {
        id = partner.id
        name = partner.name
        scores = assessed ? partner.scores : nil
        degree = network.degree[partner.id] ?? 0
        betweenness = network.betweenness[partner.id] ?? 0
        quadrant = assessed ? MendelowQuadrant(partner.scores) : nil
        salience = assessed ? SalienceClass(partner.scores) : nil
        critical = assessed ? partner.isCritical : nil
        dedicated = assessed ? partner.isDedicated : nil
        engagementGap = assessed ? partner.engagementGap : nil
        self.daysSinceContact = daysSinceContact
        passesLetGoTest = assessed ? partner.passesLetGoTest : nil
    }
}

extension String {
    /// Empty or only white space.
    var isBlank: Bool { allSatisfy(\.isWhitespace) }
}
