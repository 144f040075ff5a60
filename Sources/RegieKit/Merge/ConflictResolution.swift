import Foundation

/// Which side of a conflict the user keeps.
public enum ConflictChoice: Sendable {
    case ours, theirs
}

extension Session {
    /// The session with `conflict` resolved: the chosen side's value put in place (an entity whose
    /// chosen side is "removed" is removed, with everything that refers to it) and the conflict
    /// gone from the list. Throws the problems when the chosen value does not fit the session as it
    /// now is (a reference to something removed since).
    public func resolving(_ conflict: MergeConflict.ID, with choice: ConflictChoice) throws(SessionDecodingError)
        -> Session
    {
        guard let found = conflicts.first(where: { $0.id == conflict }) else { return self }
        let value = choice == .ours ? found.ours.value : found.theirs.value
        var session = self
        session.conflicts.removeAll { $0.id == conflict }
        let location = found.location
        if let list = location.list, let entity = location.entity, location.field.isEmpty, value == nil {
            session.removeEntity(list: list, id: entity)
            return session
        }
        guard case .object(var root) = session.json() else { return session }
        if let list = location.list, let entity = location.entity {
            let key = list == "assessments" ? "assessor" : "id"
            var items: [JSONValue] = []
            if case .array(let existing)? = root[list] { items = existing }
            if let index = items.firstIndex(where: { $0.stringMember(key) == entity }) {
                if let updated = items[index].setting(location.field, to: value) {
                    items[index] = updated
                } else {
                    items.remove(at: index)
                }
            } else if let value, location.field.isEmpty {
                items.append(value)
            }
            root[list] = .array(items)
        } else if let updated = JSONValue.object(root).setting(location.field, to: value),
            case .object(let members) = updated
        {
            root = members
        }
        return try SessionCodec.decode(Data(CanonicalJSON.string(.object(root)).utf8))
    }

    /// Removes the entity `id` from the list named `list`, with what only makes sense with it.
    mutating func removeEntity(list: String, id: String) {
        switch list {
        case "rounds": rounds.removeAll { $0.id.rawValue == id }
        case "assessments": assessments.removeAll { $0.assessor == id }
        default: _ = remove(ids: [id])
        }
    }
}

extension JSONValue {
    /// This value with the member at `path` (keys from here) set to `value`, or removed for nil;
    /// nil when `path` is empty and `value` nil (the value itself goes).
    func setting(_ path: [String], to value: JSONValue?) -> JSONValue? {
        guard let first = path.first else { return value }
        guard case .object(var members) = self else { return self }
        let inner = members[first] ?? .object([:])
        members[first] = path.count == 1 ? value : inner.setting(Array(path.dropFirst()), to: value)
        return .object(members)
    }
}
