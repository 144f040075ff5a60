import Foundation

/// Whether a meeting moment was spent creating something together or dividing things (tip 6).
public enum MeetingMode: String, CaseIterable, Sendable {
    case coCreation, negotiation, information
}

/// A meeting moment with who came and what was decided.
public struct Meeting: Identifiable, Hashable, Sendable {
    /// Fields this version does not know, kept so that another tool's additions survive a save.
    public var extra: [String: JSONValue] = [:]
    public typealias ID = EntityID<Meeting>

    public var id: ID
    public var title: String
    public var date: Date
    public var attendees: [Partner.ID]
    public var decisions: [String]
    public var mode: MeetingMode?
    /// When a meeting held live in the workbench (`Session.currentMeeting`) was ended; nil for
    /// one recorded afterwards, or still running.
    public var ended: Date?

    public init(
        id: ID, title: String, date: Date, attendees: [Partner.ID] = [], decisions: [String] = [],
        mode: MeetingMode? = nil, ended: Date? = nil
    ) {
        self.id = id
        self.title = title
        self.date = date
        self.attendees = attendees
        self.decisions = decisions
        self.mode = mode
        self.ended = ended
    }
}

/// A timestamped note, linked to whatever it is about.
public struct Note: Identifiable, Hashable, Sendable {
    /// Fields this version does not know, kept so that another tool's additions survive a save.
    public var extra: [String: JSONValue] = [:]
    public typealias ID = EntityID<Note>

    public var id: ID
    public var at: Date
    public var text: String
    /// Ids of partners, relations, interventions or meetings the note is about.
    public var links: [String]
    public var tip: Int?
    public var meeting: Meeting.ID?
    /// A private note never appears in presentation mode or public exports.
    public var isPrivate: Bool
    /// Set when the note marks a moment of its meeting as co-creation or negotiation (tip 6).
    public var mode: MeetingMode?

    public init(
        id: ID, at: Date, text: String, links: [String] = [], tip: Int? = nil,
        meeting: Meeting.ID? = nil, isPrivate: Bool = false, mode: MeetingMode? = nil
    ) {
        self.id = id
        self.at = at
        self.text = text
        self.links = links
        self.tip = tip
        self.meeting = meeting
        self.isPrivate = isPrivate
        self.mode = mode
    }
}

/// Something somebody will do, with an owner and a due date.
public struct ActionItem: Identifiable, Hashable, Sendable {
    /// Fields this version does not know, kept so that another tool's additions survive a save.
    public var extra: [String: JSONValue] = [:]
    public typealias ID = EntityID<ActionItem>

    public var id: ID
    public var text: String
    public var owner: Partner.ID?
    /// The person who will do it, typed as a name: someone who is no partner ("Jolanda"), or
    /// the person at the partner `owner` names.
    public var ownerName: String?
    public var due: Day?
    public var done: Bool
    public var meeting: Meeting.ID?

    public init(
        id: ID, text: String, owner: Partner.ID? = nil, ownerName: String? = nil, due: Day? = nil,
        done: Bool = false, meeting: Meeting.ID? = nil
    ) {
        self.id = id
        self.text = text
        self.owner = owner
        self.ownerName = ownerName
        self.due = due
        self.done = done
        self.meeting = meeting
    }
}
