import Foundation

/// A move the regisseur considers or makes, with its consequences (tips 3 and 4).
public struct Intervention: Identifiable, Hashable, Sendable {
    /// Fields this version does not know, kept so that another tool's additions survive a save.
    public var extra: [String: JSONValue] = [:]
    public typealias ID = EntityID<Intervention>

    public var id: ID
    /// The catalogue entry it was taken from; nil for the regisseur's own idea.
    public var catalogId: String?
    public var title: String
    public var tips: [Int]
    /// Ids of the partners or relations it aims at.
    public var targets: [String]
    public var rationale: String
    public var expectedEffect: String
    public var effort: Effort
    public var status: InterventionStatus
    public var outcome: String
    public var consequences: String
    public var planned: Day?
    public var completed: Day?

    public init(
        id: ID, catalogId: String? = nil, title: String, tips: [Int] = [], targets: [String] = [],
        rationale: String = "", expectedEffect: String = "", effort: Effort = .medium,
        status: InterventionStatus = .idea, outcome: String = "", consequences: String = "",
        planned: Day? = nil, completed: Day? = nil
    ) {
        self.id = id
        self.catalogId = catalogId
        self.title = title
        self.tips = tips
        self.targets = targets
        self.rationale = rationale
        self.expectedEffect = expectedEffect
        self.effort = effort
        self.status = status
        self.outcome = outcome
        self.consequences = consequences
        self.planned = planned
        self.completed = completed
    }
}

extension Intervention {
    /// Moves the intervention to `status` on `day` and keeps its dates honest: entering `planned`
    /// dates the plan (an intervention reopened from `done` keeps the date it was planned on),
    /// entering `done` dates the completion, and leaving `done` clears that date. Staying in the
    /// same status changes nothing.
    public mutating func setStatus(_ status: InterventionStatus, on day: Day) {
        guard status != self.status else { return }
        let reopened = self.status == .done
        if reopened { completed = nil }
        switch status {
        case .planned: if !reopened || planned == nil { planned = day }
        case .done: completed = day
        case .idea, .dropped: break
        }
        self.status = status
    }
}
