/// Where each id of a session is, to name many ids quickly: `Session.displayName(ofID:)`
/// searches the lists in turn, which for a screen of note links over thousands of partners
/// cost more than the rest of the frame.
public struct EntityNameIndex: Sendable {
    /// The first entity with each id, in `EntityKind` order and then list order, as
    /// `displayName(ofID:)` finds it.
    private var places: [String: (kind: EntityKind, offset: Int)] = [:]

    /// Indexes every id in `session`.
    public init(_ session: Session) {
        func add<E: SessionEntity>(_ type: E.Type, _ kind: EntityKind) {
            for (offset, entity) in session[keyPath: E.list].enumerated() where places[entity.id.rawValue] == nil {
                places[entity.id.rawValue] = (kind, offset)
            }
        }
        for kind in EntityKind.allCases { add(kind.entityType, kind) }
    }

    /// What `session.displayName(ofID:)` gives, for the session indexed or one with the same
    /// lists: an id the index does not place where `session` has it is searched for.
    public func displayName(ofID id: String, in session: Session) -> String {
        func name<E: SessionEntity>(_ type: E.Type, at offset: Int) -> String? {
            let list = session[keyPath: E.list]
            guard list.indices.contains(offset), list[offset].id.rawValue == id else { return nil }
            return list[offset].displayName(in: session)
        }
        guard let place = places[id], let found = name(place.kind.entityType, at: place.offset) else {
            return session.displayName(ofID: id)
        }
        return found
    }
}
