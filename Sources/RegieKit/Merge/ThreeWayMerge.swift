import Foundation

/// What a merge of two versions of a session gave: always a valid session, holding every change
/// that merged cleanly and, for each field changed two ways, a recorded conflict.
public struct SessionMergeResult: Sendable {
    /// The merged session; its `conflicts` hold the new conflicts after any it already had.
    public var session: Session
    /// The conflicts this merge found.
    public var conflicts: [MergeConflict]
    /// Problems that kept the two versions from merging at all; then `session` is ours as it was.
    public var failure: [SessionProblem]

    /// Whether the merge left nothing for the user to decide.
    public var isClean: Bool { conflicts.isEmpty && failure.isEmpty }
}

/// A three-way merge of session files by entity id and field, as `regie merge-driver` does for
/// git: changes to different entities or different fields merge; the same field changed two
/// ways becomes a `MergeConflict` inside the session (our value kept until it is resolved); an
/// entity removed on one side and changed on the other is kept, with a conflict. An entity one
/// side removed while the other still refers to it is kept too. Lists of plain values (interests,
/// links, attendees) merge as sets: what either side added is in, what either removed is out.
public enum ThreeWayMerge {
    /// Merges `ours` and `theirs`, both changed from `base` (nil when there was none: each field
    /// that differs is then a conflict). `oursName` and `theirsName` say who each side is.
    public static func merge(
        base: Session?, ours: Session, theirs: Session, oursName: String, theirsName: String
    ) -> SessionMergeResult {
        var walk = Walk(oursName: oursName, theirsName: theirsName)
        let o = base.map { $0.json() }
        let a = ours.json()
        let b = theirs.json()
        var merged = walk.value(o, a, b, at: Place()) ?? a
        while true {
            do {
                var session = try SessionCodec.decode(Data(CanonicalJSON.string(merged).utf8))
                for found in walk.conflicts {
                    session.conflicts.append(
                        MergeConflict(
                            id: MergeConflict.ID(session.newConflictID()), location: found.location, base: found.base,
                            ours: found.ours, theirs: found.theirs))
                }
                let added = Array(session.conflicts.suffix(walk.conflicts.count))
                return SessionMergeResult(session: session, conflicts: added, failure: [])
            } catch {
                // Each pass puts back at least one entity, so this ends.
                guard walk.restoreReferenced(error, in: &merged, base: o, ours: a, theirs: b) else {
                    return SessionMergeResult(session: ours, conflicts: [], failure: error.problems)
                }
            }
        }
    }
}

extension Session {
    /// A conflict id not in use yet: `conflict-1`, `conflict-2`, …
    func newConflictID() -> String {
        let taken = Set(conflicts.map(\.id.rawValue))
        var n = 1
        while taken.contains("conflict-\(n)") { n += 1 }
        return "conflict-\(n)"
    }
}

/// Where the walk is: the top-level member, the entity in a list, the fields below it.
private struct Place {
    var list: String?
    var entity: String?
    var field: [String] = []
    /// Inside an entity's own lists (or a round's readings): merged as whole values.
    var depth = 0

    func key(_ key: String) -> Place {
        var next = self
        next.field.append(key)
        next.depth += 1
        return next
    }
}

/// The recursive merge, collecting conflicts as it goes.
private struct Walk {
    struct Found {
        var location: FieldLocation
        var base: JSONValue?
        var ours: MergeConflict.Side
        var theirs: MergeConflict.Side
    }

    let oursName: String
    let theirsName: String
    var conflicts: [Found] = []

    /// The key that names the entities of a top-level list.
    static func entityKey(of list: String) -> String? {
        switch list {
        case "assessments": "assessor"
        case "reflections", "opgave", "workForm", "regisseur": nil
        default: "id"
        }
    }

    mutating func value(_ o: JSONValue?, _ a: JSONValue?, _ b: JSONValue?, at place: Place) -> JSONValue? {
        if a == b { return a }
        if o == a { return b }
        if o == b { return a }
        switch (a, b) {
        case (.object(let x)?, .object(let y)?):
            var baseMembers: [String: JSONValue] = [:]
            if case .object(let z)? = o { baseMembers = z }
            var result: [String: JSONValue] = [:]
            for key in Set(x.keys).union(y.keys).union(baseMembers.keys) {
                let next: Place
                if place.list == nil, place.field.isEmpty, place.depth == 0, Self.isEntityList(key, x[key], y[key]) {
                    next = Place(list: key, entity: nil, field: [], depth: 0)
                } else {
                    next = place.key(key)
                }
                if let merged = value(baseMembers[key], x[key], y[key], at: next) { result[key] = merged }
            }
            return .object(result)
        case (.array(let x)?, .array(let y)?):
            var baseItems: [JSONValue] = []
            if case .array(let z)? = o { baseItems = z }
            if place.entity == nil, let list = place.list, place.field.isEmpty, let key = Self.entityKey(of: list) {
                return .array(entities(baseItems, x, y, key: key, list: list))
            }
            if (x + y + baseItems).allSatisfy({ !$0.isContainer }) {
                return .array(setMerge(baseItems, x, y))
            }
            return conflict(o, a, b, at: place)
        default:
            return conflict(o, a, b, at: place)
        }
    }

    static func isEntityList(_ key: String, _ a: JSONValue?, _ b: JSONValue?) -> Bool {
        guard entityKey(of: key) != nil else { return false }
        for value in [a, b] {
            if case .array? = value { return true }
        }
        return false
    }

    private mutating func conflict(_ o: JSONValue?, _ a: JSONValue?, _ b: JSONValue?, at place: Place) -> JSONValue? {
        conflicts.append(
            Found(
                location: FieldLocation(list: place.list, entity: place.entity, field: place.field), base: o,
                ours: MergeConflict.Side(name: oursName, value: a),
                theirs: MergeConflict.Side(name: theirsName, value: b)))
        // Until resolved the session keeps our value; where we removed the entity, theirs (kept, not lost).
        return a ?? b
    }

    /// Entities merged by `key`: ours in our order, then theirs that we lack in their order.
    private mutating func entities(
        _ o: [JSONValue], _ a: [JSONValue], _ b: [JSONValue], key: String, list: String
    ) -> [JSONValue] {
        func keyed(_ items: [JSONValue]) -> [String: JSONValue] {
            Dictionary(
                items.compactMap { item in item.stringMember(key).map { ($0, item) } }, uniquingKeysWith: { x, _ in x })
        }
        let base = keyed(o)
        let ours = keyed(a)
        let theirs = keyed(b)
        var order = a.compactMap { $0.stringMember(key) }
        order += b.compactMap { $0.stringMember(key) }.filter { ours[$0] == nil }
        var result: [JSONValue] = []
        for id in order {
            let place = Place(list: list, entity: id, field: [], depth: 0)
            if let merged = value(base[id], ours[id], theirs[id], at: place) { result.append(merged) }
        }
        return result
    }

    /// Plain values merged as sets: ours in order, then theirs' additions; removals from either go.
    private func setMerge(_ o: [JSONValue], _ a: [JSONValue], _ b: [JSONValue]) -> [JSONValue] {
        let removedByUs = o.filter { !a.contains($0) }
        let removedByThem = o.filter { !b.contains($0) }
        var result = a.filter { !removedByThem.contains($0) }
        for item in b where !result.contains(item) && !removedByUs.contains(item) && !a.contains(item) {
            result.append(item)
        }
        return result
    }

    /// After a merge that does not load because something refers to an entity one side removed:
    /// puts such entities back (from the side that still has them) with a conflict about the
    /// removal. False when no problem was of that kind.
    mutating func restoreReferenced(
        _ error: SessionDecodingError, in merged: inout JSONValue, base: JSONValue?, ours: JSONValue, theirs: JSONValue
    ) -> Bool {
        guard case .object(var root) = merged else { return false }
        var present = Set<String>()
        for (list, value) in root where Self.entityKey(of: list) == "id" {
            if case .array(let items) = value { present.formUnion(items.compactMap { $0.stringMember("id") }) }
        }
        var restored = 0
        for problem in error.problems {
            guard let path = problem.path, case .string(let id)? = merged.at(path), !present.contains(id) else {
                continue
            }
            for list in EntityKind.allCases.map(\.listKey) {
                let find = { (document: JSONValue?) -> JSONValue? in
                    document?.member(list).flatMap { value -> JSONValue? in
                        guard case .array(let items) = value else { return nil }
                        return items.first { $0.stringMember("id") == id }
                    }
                }
                guard let entity = find(theirs) ?? find(ours) ?? find(base) else { continue }
                if case .array(var items)? = root[list] {
                    items.append(entity)
                    root[list] = .array(items)
                } else {
                    root[list] = .array([entity])
                }
                present.insert(id)
                conflicts.append(
                    Found(
                        location: FieldLocation(list: list, entity: id, field: []), base: find(base),
                        ours: MergeConflict.Side(name: oursName, value: find(ours)),
                        theirs: MergeConflict.Side(name: theirsName, value: find(theirs))))
                restored += 1
                break
            }
        }
        merged = .object(root)
        return restored > 0
    }
}

extension JSONValue {
    /// Whether this is an object or a list.
    var isContainer: Bool {
        switch self {
        case .object, .array: true
        default: false
        }
    }

    /// The string member `key` of an object.
    func stringMember(_ key: String) -> String? {
        guard case .object(let members) = self, case .string(let text)? = members[key] else { return nil }
        return text
    }

    /// The member `key` of an object.
    func member(_ key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    /// The value at `path`, if there is one.
    func at(_ path: JSONPath) -> JSONValue? {
        var current: JSONValue = self
        for component in path.components {
            switch (component, current) {
            case (.key(let key), .object(let members)):
                guard let next = members[key] else { return nil }
                current = next
            case (.index(let index), .array(let items)):
                guard items.indices.contains(index) else { return nil }
                current = items[index]
            default:
                return nil
            }
        }
        return current
    }
}
