/// A tie between two partners: what kind, how strong, and how much they trust each other.
public struct Relation: Identifiable, Hashable, Sendable {
    /// Fields this version does not know, kept so that another tool's additions survive a save.
    public var extra: [String: JSONValue] = [:]
    public typealias ID = EntityID<Relation>
    /// Valid range of a relation's strength.
    public static let strengthRange = 1...5
    /// Valid range of the trust between the two partners.
    public static let trustRange = 0...5

    public var id: ID
    public var from: Partner.ID
    public var to: Partner.ID
    public var kind: RelationKind
    public var strength: Int
    public var note: String
    /// How much the two partners trust each other, 0–5; nil when not assessed. A partner's own
    /// `trust` score is their trust in the collaboration as a whole; trust that is about one
    /// other partner ("little trust in the gemeente") belongs here. An assessment, so private.
    public var trust: Int?

    public init(
        id: ID, from: Partner.ID, to: Partner.ID, kind: RelationKind, strength: Int = 3,
        note: String = "", trust: Int? = nil
    ) {
        self.id = id
        self.from = from
        self.to = to
        self.kind = kind
        self.strength = strength
        self.note = note
        self.trust = trust
    }

    /// Whether the relation touches `partner` at either end.
    public func involves(_ partner: Partner.ID) -> Bool { from == partner || to == partner }
}
