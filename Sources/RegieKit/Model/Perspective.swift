/// How one partner sees the opgave (tip 2): where they are right and where a bridge lies.
public struct Perspective: Identifiable, Hashable, Sendable {
    /// Fields this version does not know, kept so that another tool's additions survive a save.
    public var extra: [String: JSONValue] = [:]
    public typealias ID = EntityID<Perspective>

    public var id: ID
    public var partner: Partner.ID
    public var view: String
    public var rightAbout: String
    public var concerns: String
    public var responsibility: String
    public var bridge: String

    public init(
        id: ID, partner: Partner.ID, view: String = "", rightAbout: String = "",
        concerns: String = "", responsibility: String = "", bridge: String = ""
    ) {
        self.id = id
        self.partner = partner
        self.view = view
        self.rightAbout = rightAbout
        self.concerns = concerns
        self.responsibility = responsibility
        self.bridge = bridge
    }
}
