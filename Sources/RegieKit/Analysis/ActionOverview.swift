import Foundation

/// Where an action stands on a given day.
public enum ActionStatus: String, CaseIterable, Hashable, Sendable {
    /// Not done, and its due date has passed.
    case overdue
    /// Not done, due today or later, or without a due date.
    case open
    case done
}

extension ActionItem {
    /// The action's status on `today` (the clock's day, never the newest note's): overdue when it
    /// is not done and was due before today; an action due today is still open.
    public func status(on today: Day) -> ActionStatus {
        if done { return .done }
        if let due, due < today { return .overdue }
        return .open
    }
}

extension Session {
    /// Who does the action, as people read it: `Jolanda (Politie Oost)` for a person at a
    /// partner, the partner's name or the person's name alone; nil when nobody is named.
    public func ownerLabel(of action: ActionItem) -> String? {
        Self.ownerLabel(of: action, partnerName: partnerName)
    }

    static func ownerLabel(of action: ActionItem, partnerName: (Partner.ID) -> String) -> String? {
        let person = action.ownerName.flatMap { $0.isEmpty ? nil : $0 }
        switch (action.owner.map(partnerName), person) {
        case (let partner?, let person?): return "\(person) (\(partner))"
        case (let partner?, nil): return partner
        case (nil, let person?): return person
        case (nil, nil): return nil
        }
    }
}

/// The actions of every meeting (and those of none) as a to-do list on one day: what is still
/// to be done first, by due date (the overdue ones thus on top, undated ones last), then what is
/// done, also by due date; optionally only those whose owner matches what was typed.
public struct ActionOverview: Sendable {
    /// One action with its status on the day and its owner as shown.
    public struct Row: Hashable, Sendable {
        public let action: ActionItem
        public let status: ActionStatus
        public let owner: String?
    }

    /// The rows, in list order.
    public let rows: [Row]
    /// How many actions of each status there are among the rows.
    public let counts: [ActionStatus: Int]

    /// The list of `session`'s actions on `today`; `owner` keeps only actions whose owner (the
    /// partner's name or the person's) holds every word typed, as `TextSearch` matches.
    public init(_ session: Session, today: Day, owner query: String = "") {
        let search = TextSearch.Query(query)
        // Names looked up once, not by a search through the partners for every action.
        let names = Dictionary(session.partners.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var rows: [(Int, Row)] = []
        for (index, action) in session.actions.enumerated() {
            let owner = Session.ownerLabel(of: action) { names[$0] ?? $0.rawValue }
            if !search.isEmpty, !search.matches([owner ?? ""]) { continue }
            rows.append((index, Row(action: action, status: action.status(on: today), owner: owner)))
        }
        rows.sort { a, b in
            let (x, y) = (a.1, b.1)
            if (x.status == .done) != (y.status == .done) { return y.status == .done }
            switch (x.action.due, y.action.due) {
            case (let p?, let q?) where p != q: return p < q
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.0 < b.0
            }
        }
        self.rows = rows.map(\.1)
        var counts: [ActionStatus: Int] = [:]
        for row in self.rows { counts[row.status, default: 0] += 1 }
        self.counts = counts
    }
}
