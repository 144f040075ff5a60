/// What `Session.upsert(_:)` did.
public enum UpsertOutcome: Hashable, Sendable {
    /// No entity had the id: it was added at the end of its list.
    case inserted
    /// The entity with the same id was replaced, in its place in the list.
    case replaced
}

extension Session {
    /// The entity with `id`, of the kind the id's type names; nil when there is none.
    public subscript<E: SessionEntity>(_ id: EntityID<E>) -> E? {
        self[keyPath: E.list].first { $0.id == id }
    }

    /// Insert or replace by id: puts `entity` where the one with its id is, or else at the end
    /// of its list (so lists keep the order the user gave). For any kind:
    /// `session.upsert(partner)`, `session.upsert(note)`.
    ///
    /// The id must not belong to an entity of another kind; `newID(prefix:name:)` gives one
    /// that is free, and the validator reports a clash.
    @discardableResult
    public mutating func upsert<E: SessionEntity>(_ entity: E) -> UpsertOutcome {
        if let index = self[keyPath: E.list].firstIndex(where: { $0.id == entity.id }) {
            self[keyPath: E.list][index] = entity
            return .replaced
        }
        self[keyPath: E.list].append(entity)
        return .inserted
    }

    /// Changes the entity with `id` in place: `session.modify(relationID) { $0.strength = 4 }`.
    /// False, and nothing changes, when there is none.
    @discardableResult
    public mutating func modify<E: SessionEntity>(_ id: EntityID<E>, _ change: (inout E) -> Void) -> Bool {
        guard let index = self[keyPath: E.list].firstIndex(where: { $0.id == id }) else { return false }
        change(&self[keyPath: E.list][index])
        return true
    }
}
