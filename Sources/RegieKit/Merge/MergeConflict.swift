import Foundation

/// A field that two copies of a session changed in different ways, recorded inside the session
/// (never as text markers) until the user picks one side. Not one of the session's entities
/// (`EntityKind`): nothing refers to a conflict, and its id is unique among conflicts.
public struct MergeConflict: Hashable, Sendable {
    public typealias ID = EntityID<MergeConflict>

    /// One side's version of the field.
    public struct Side: Hashable, Sendable {
        /// Who or what this side is ("main", "Anouk", a file name).
        public var name: String
        /// The value on this side; nil where this side removed the entity (or never had it).
        public var value: JSONValue?

        public init(name: String, value: JSONValue?) {
            self.name = name
            self.value = value
        }
    }

    public var id: ID
    /// Where the field is: the entity list and id (nil for the session's own fields) and the
    /// path inside the entity; an empty path means the whole entity (removed on one side).
    public var location: FieldLocation
    /// The value both sides started from; nil when there was none (added on both sides).
    public var base: JSONValue?
    /// The version kept in the session until the conflict is resolved.
    public var ours: Side
    public var theirs: Side

    public init(id: ID, location: FieldLocation, base: JSONValue?, ours: Side, theirs: Side) {
        self.id = id
        self.location = location
        self.base = base
        self.ours = ours
        self.theirs = theirs
    }
}

/// A field of a session: `partners` / `politie` / `scores.influence`, or a session field such as
/// `opgave.intent` (no list and no entity).
public struct FieldLocation: Hashable, Sendable, CustomStringConvertible {
    /// The list in the session file (`partners`, `notes`…); nil for the session's own fields.
    public var list: String?
    /// The key of the entity in that list (its `id`, or `assessor` for assessments).
    public var entity: String?
    /// The keys from the entity (or the session) to the field.
    public var field: [String]

    public init(list: String? = nil, entity: String? = nil, field: [String]) {
        self.list = list
        self.entity = entity
        self.field = field
    }

    /// `partners[politie].scores.influence`.
    public var description: String {
        var text = list.map { $0 + "[" + (entity ?? "") + "]" } ?? ""
        for key in field { text += text.isEmpty ? key : "." + key }
        return text
    }
}
