extension Session {
    /// Removes the entity with `id` and everything that only makes sense with it, so that no
    /// reference dangles: what cannot exist without it goes too (a partner's relations and
    /// perspectives), optional fields naming it are cleared (an action's owner) and lists drop
    /// it (targets, links, attendees), following each kind's `references` in the table.
    /// Returns the ids of every entity removed.
    @discardableResult
    public mutating func remove<E: SessionEntity>(_ id: EntityID<E>) -> Set<String> {
        remove(ids: [id.rawValue])
    }

    /// Removes the entities with these ids, of any kind, as `remove(_:)` does one.
    @discardableResult
    public mutating func remove(ids: Set<String>) -> Set<String> {
        var removed = Set<String>()
        var pending = ids
        while !pending.isEmpty {
            var dependents = Set<String>()
            for kind in EntityKind.allCases {
                dependents.formUnion(forget(pending, in: kind.entityType, removed: &removed))
            }
            pending = dependents.subtracting(removed)
        }
        // The one reference outside the entity lists: a deleted meeting no longer runs.
        if let current = currentMeeting, removed.contains(current.rawValue) { currentMeeting = nil }
        return removed
    }

    /// Removes the entities of type `E` with an id in `gone` and takes `gone` out of the rest;
    /// returns the ids of those that cannot exist without one of them.
    private mutating func forget<E: SessionEntity>(
        _ gone: Set<String>, in type: E.Type, removed: inout Set<String>
    ) -> Set<String> {
        var dependents = Set<String>()
        self[keyPath: E.list].removeAll { entity in
            guard gone.contains(entity.id.rawValue) else { return false }
            removed.insert(entity.id.rawValue)
            return true
        }
        let references = E.references
        guard !references.isEmpty else { return [] }
        for index in self[keyPath: E.list].indices {
            for reference in references {
                if reference.onRemoval == .removeHolder {
                    let holder = self[keyPath: E.list][index]
                    if reference.ids(holder).contains(where: gone.contains) { dependents.insert(holder.id.rawValue) }
                } else {
                    reference.forget(&self[keyPath: E.list][index], gone)
                }
            }
        }
        return dependents
    }

    // The names the app calls; each is `remove(_:)`.

    /// Removes a partner with its relations and perspectives; it leaves targets, links,
    /// attendee lists and owners.
    @discardableResult
    public mutating func removePartner(_ id: Partner.ID) -> Set<String> { remove(id) }

    /// Removes a relation; it leaves intervention targets and note links.
    @discardableResult
    public mutating func removeRelation(_ id: Relation.ID) -> Set<String> { remove(id) }

    /// Removes an intervention; it leaves note links.
    @discardableResult
    public mutating func removeIntervention(_ id: Intervention.ID) -> Set<String> { remove(id) }

    /// Removes a meeting; notes and actions from it keep their text and lose the meeting.
    @discardableResult
    public mutating func removeMeeting(_ id: Meeting.ID) -> Set<String> { remove(id) }

    /// Removes a note.
    @discardableResult
    public mutating func removeNote(_ id: Note.ID) -> Set<String> { remove(id) }

    /// Removes an action; it leaves note links.
    @discardableResult
    public mutating func removeAction(_ id: ActionItem.ID) -> Set<String> { remove(id) }
}
