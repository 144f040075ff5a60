/// A tie between two partners: what kind, how strong.
public struct Relation: Identifiable, Hashable, Sendable {
    /// Fields this version does not know, kept so that another tool's additions survive a save.
    public var extra: [String: JSONValue] = [:]
    public typealias ID = EntityID<Relation>
    /// Valid range of a relation's strength.
    public static let strengthRange = 1...5

    public var id: ID
    public var from: Partner.ID
    public var to: Partner.ID
    public var kind: RelationKind
    public var strength: Int
    public var note: String

    public init(
        id: ID, from: Partner.ID, to: Partner.ID, kind: RelationKind, strength: Int = 3,
        note: String = ""
    ) {
        self.id = id
        self.from = from
        self.to = to
        self.kind = kind
        self.strength = strength
        self.note = note
    }

    /// Whether the relation touches `partner` at either end.
    public func involves(_ partner: Partner.ID) -> Bool { from == partner || to == partner }
}
