/// How much of the network's traffic is negotiation rather than co-creation (tip 6): the
/// share of relations of kind `negotiation`, the share of meetings that were negotiation, and
/// the share of marked moments (notes with a `mode`) that were.
public struct NegotiationShare: Hashable, Sendable {
    /// Relations between partners that are not let go.
    public let relations: [Relation.ID]
    /// Those of them with kind `negotiation`.
    public let negotiationRelations: [Relation.ID]
    /// Meetings with a mode, and their mode, in session order: the mode recorded on the meeting,
    /// or else the one most of its marked moments have (see `MarkedMeeting`).
    public let markedMeetings: [MarkedMeeting]
    /// Those of them marked as negotiation.
    public var negotiationMeetings: [Meeting.ID] { markedMeetings.filter { $0.mode == .negotiation }.map(\.id) }
    /// Notes that mark a moment of a meeting (or of none) with a mode, in session order.
    public let markedMoments: [MarkedMoment]
    /// Those of them marked as negotiation.
    public var negotiationMoments: [Note.ID] { markedMoments.filter { $0.mode == .negotiation }.map(\.id) }

    /// The shares in `session`.
    public init(_ session: Session) {
        let working = Set(session.partners.filter { $0.status != .letGo }.map(\.id))
        let counted = session.relations.filter { working.contains($0.from) && working.contains($0.to) }
        relations = counted.map(\.id)
        negotiationRelations = counted.filter { $0.kind == .negotiation }.map(\.id)
        let moments = session.notes.compactMap { note in
            note.mode.map { MarkedMoment(id: note.id, meeting: note.meeting, mode: $0) }
        }
        markedMoments = moments
        var perMeeting: [Meeting.ID: [MeetingMode: Int]] = [:]
        for moment in moments {
            if let meeting = moment.meeting { perMeeting[meeting, default: [:]][moment.mode, default: 0] += 1 }
        }
        markedMeetings = session.meetings.compactMap { meeting in
            let counts = perMeeting[meeting.id] ?? [:]
            guard let mode = meeting.mode ?? MarkedMeeting.majority(counts) else { return nil }
            return MarkedMeeting(id: meeting.id, mode: mode, recorded: meeting.mode != nil, moments: counts)
        }
    }

    /// Negotiation relations over all counted relations; nil when there are none.
    public var relationShare: Double? {
        relations.isEmpty ? nil : Double(negotiationRelations.count) / Double(relations.count)
    }

    /// Negotiation meetings over all marked meetings; nil when no meeting is marked.
    public var meetingShare: Double? {
        markedMeetings.isEmpty ? nil : Double(negotiationMeetings.count) / Double(markedMeetings.count)
    }

    /// Negotiation moments over all marked moments; nil when no moment is marked.
    public var momentShare: Double? {
        markedMoments.isEmpty ? nil : Double(negotiationMoments.count) / Double(markedMoments.count)
    }
}

/// A meeting whose mode is known: co-creation, negotiation or informing.
public struct MarkedMeeting: Hashable, Sendable {
    /// The meeting.
    public let id: Meeting.ID
    /// What the meeting was spent on.
    public let mode: MeetingMode
    /// True when the mode is recorded on the meeting itself; false when it comes from its moments.
    public let recorded: Bool
    /// How many of its moments were marked with each mode.
    public let moments: [MeetingMode: Int]

    /// The mode that more moments have than any other; nil without moments or on a tie.
    static func majority(_ counts: [MeetingMode: Int]) -> MeetingMode? {
        guard let top = counts.values.max(), top > 0 else { return nil }
        let leaders = MeetingMode.allCases.filter { counts[$0] == top }
        return leaders.count == 1 ? leaders[0] : nil
    }
}

/// A note that marks a moment as co-creation, negotiation or informing.
public struct MarkedMoment: Hashable, Sendable {
    /// The note.
    public let id: Note.ID
    /// The meeting it happened in, if any.
    public let meeting: Meeting.ID?
    /// What the moment was.
    public let mode: MeetingMode
}
