import Foundation

/// A *peilmoment*: the network's assessments as they stood on one named, dated day, kept so that
/// later rounds can be compared with it. Private, like the assessments it copies. Not one of the
/// session's entities (`EntityKind`): nothing refers to a round, and its id is unique among rounds.
public struct AssessmentRound: Hashable, Sendable {
    public typealias ID = EntityID<AssessmentRound>

    public var id: ID
    public var name: String
    public var date: Day
    public var sheet: ScoreSheet

    public init(id: ID, name: String, date: Day, sheet: ScoreSheet = ScoreSheet()) {
        self.id = id
        self.name = name
        self.date = date
        self.sheet = sheet
    }
}

extension Session {
    /// Stores the current assessments as a new round named `name` on `date`, kept in date order
    /// (a round on the same day as another goes after it); returns the new round's id.
    @discardableResult
    public mutating func addRound(name: String, date: Day) -> AssessmentRound.ID {
        let taken = Set(rounds.map(\.id.rawValue))
        let base = "round-" + (Session.slug(name).isEmpty ? date.description : Session.slug(name))
        var id = base
        var n = 2
        while taken.contains(id) {
            id = "\(base)-\(n)"
            n += 1
        }
        let round = AssessmentRound(id: AssessmentRound.ID(id), name: name, date: date, sheet: ScoreSheet(self))
        let index = rounds.firstIndex { $0.date > date } ?? rounds.endIndex
        rounds.insert(round, at: index)
        return round.id
    }

    /// The round whose id or name is `text` (names compared without case or accents); nil when
    /// there is none or the name is ambiguous.
    public func round(named text: String) -> AssessmentRound? {
        if let exact = rounds.first(where: { $0.id.rawValue == text }) { return exact }
        let key = NameKey.fold(text)
        let matches = rounds.filter { NameKey.fold($0.name) == key || $0.date.description == text }
        return matches.count == 1 ? matches[0] : nil
    }
}
