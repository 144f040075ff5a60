/// An entity a session keeps in one of its lists, under an id that is unique across the whole
/// session. Each conformance below is one row of the table that ids in use, validation, removal,
/// upsert and change summaries are derived from, so none of them can miss a kind or a reference.
public protocol SessionEntity: Identifiable, Hashable, Sendable where ID == EntityID<Self> {
    /// Its case in `EntityKind`.
    static var kind: EntityKind { get }
    /// The session's list of entities of this kind.
    static var list: WritableKeyPath<Session, [Self]> { get }
    /// The list's name in the session file (`"partners"`), as problem paths name it.
    static var listKey: String { get }
    /// Every field in which it holds ids of other entities, in file order.
    static var references: [EntityReference<Self>] { get }
    /// How the entity is named in lists and messages: a partner's name, a relation's two ends.
    func displayName(in session: Session) -> String
}

/// One field of an entity that holds ids of other entities: which kinds it may point at, and
/// what becomes of the holder when one of them is removed.
public struct EntityReference<Holder: SessionEntity> {
    /// What removing a referenced entity does to the holder.
    public enum OnRemoval: Sendable {
        /// The holder means nothing without it and goes too (a relation without its partner).
        case removeHolder
        /// The field is emptied (an action without its owner).
        case clear
        /// The id is taken out of the list (a meeting's attendees).
        case dropFromList
    }

    /// The field's name in the session file (`"from"`, `"links"`).
    public let field: String
    /// The kinds of entity its ids may name.
    public let targets: Set<EntityKind>
    /// What removing a referenced entity does to the holder.
    public let onRemoval: OnRemoval
    /// The ids held in the field, in order (none for an empty optional).
    let ids: (Holder) -> [String]
    /// Takes the ids in the set out of the field (`.clear` and `.dropFromList` only).
    let forget: (inout Holder, Set<String>) -> Void

    /// Whether the field is a list, so that problem paths name the element.
    var isList: Bool { onRemoval == .dropFromList }

    /// A field the holder cannot do without: `relation.from`.
    static func required<Target: SessionEntity>(
        _ field: String, _ keyPath: KeyPath<Holder, EntityID<Target>>
    ) -> Self {
        Self(
            field: field, targets: [Target.kind], onRemoval: .removeHolder,
            ids: { [$0[keyPath: keyPath].rawValue] }, forget: { _, _ in })
    }

    /// A field that may be empty: `action.owner`.
    static func optional<Target: SessionEntity>(
        _ field: String, _ keyPath: WritableKeyPath<Holder, EntityID<Target>?>
    ) -> Self {
        Self(
            field: field, targets: [Target.kind], onRemoval: .clear,
            ids: { $0[keyPath: keyPath].map { [$0.rawValue] } ?? [] },
            forget: { holder, gone in
                if let id = holder[keyPath: keyPath], gone.contains(id.rawValue) { holder[keyPath: keyPath] = nil }
            })
    }

    /// A list of ids of one kind: `meeting.attendees`.
    static func list<Target: SessionEntity>(
        _ field: String, _ keyPath: WritableKeyPath<Holder, [EntityID<Target>]>
    ) -> Self {
        Self(
            field: field, targets: [Target.kind], onRemoval: .dropFromList,
            ids: { $0[keyPath: keyPath].map(\.rawValue) },
            forget: { holder, gone in holder[keyPath: keyPath].removeAll { gone.contains($0.rawValue) } })
    }

    /// A list of ids of several kinds: `note.links`.
    static func list(_ field: String, _ keyPath: WritableKeyPath<Holder, [String]>, to targets: Set<EntityKind>)
        -> Self
    {
        Self(
            field: field, targets: targets, onRemoval: .dropFromList, ids: { $0[keyPath: keyPath] },
            forget: { holder, gone in holder[keyPath: keyPath].removeAll { gone.contains($0) } })
    }
}

// MARK: - The table

extension Partner: SessionEntity {
    public static var kind: EntityKind { .partner }
    public static var list: WritableKeyPath<Session, [Partner]> { \.partners }
    public static var listKey: String { "partners" }
    public static var references: [EntityReference<Partner>] { [] }
    public func displayName(in session: Session) -> String { name }
}

extension Relation: SessionEntity {
    public static var kind: EntityKind { .relation }
    public static var list: WritableKeyPath<Session, [Relation]> { \.relations }
    public static var listKey: String { "relations" }
    public static var references: [EntityReference<Relation>] { [.required("from", \.from), .required("to", \.to)] }
    public func displayName(in session: Session) -> String {
        session.partnerName(from) + " – " + session.partnerName(to)
    }
}

extension Perspective: SessionEntity {
    public static var kind: EntityKind { .perspective }
    public static var list: WritableKeyPath<Session, [Perspective]> { \.perspectives }
    public static var listKey: String { "perspectives" }
    public static var references: [EntityReference<Perspective>] { [.required("partner", \.partner)] }
    public func displayName(in session: Session) -> String { "⟨" + session.partnerName(partner) + "⟩" }
}

extension Intervention: SessionEntity {
    public static var kind: EntityKind { .intervention }
    public static var list: WritableKeyPath<Session, [Intervention]> { \.interventions }
    public static var listKey: String { "interventions" }
    public static var references: [EntityReference<Intervention>] {
        [.list("targets", \.targets, to: [.partner, .relation])]
    }
    public func displayName(in session: Session) -> String { title }
}

extension Meeting: SessionEntity {
    public static var kind: EntityKind { .meeting }
    public static var list: WritableKeyPath<Session, [Meeting]> { \.meetings }
    public static var listKey: String { "meetings" }
    public static var references: [EntityReference<Meeting>] { [.list("attendees", \.attendees)] }
    public func displayName(in session: Session) -> String { title }
}

extension Note: SessionEntity {
    public static var kind: EntityKind { .note }
    public static var list: WritableKeyPath<Session, [Note]> { \.notes }
    public static var listKey: String { "notes" }
    /// A note may link to anything but another note.
    public static var references: [EntityReference<Note>] {
        [
            .list("links", \.links, to: Set(EntityKind.allCases).subtracting([.note])),
            .optional("meeting", \.meeting),
        ]
    }
    /// Its first line.
    public func displayName(in session: Session) -> String {
        String(text.prefix { $0 != "\n" })
    }
}

extension ActionItem: SessionEntity {
    public static var kind: EntityKind { .action }
    public static var list: WritableKeyPath<Session, [ActionItem]> { \.actions }
    public static var listKey: String { "actions" }
    public static var references: [EntityReference<ActionItem>] {
        [.optional("owner", \.owner), .optional("meeting", \.meeting)]
    }
    public func displayName(in session: Session) -> String { text }
}
