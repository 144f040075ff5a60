/// How much of the network's traffic is negotiation rather than co-creation (tip 6): the
/// share of relations of kind `negotiation`, and the share of meetings marked as negotiation.
public struct NegotiationShare: Hashable, Sendable {
    /// Relations between partners that are not let go.
    public let relations: [Relation.ID]
    /// Those of them with kind `negotiation`.
    public let negotiationRelations: [Relation.ID]
    /// Meetings with a mode, and their mode, in session order.
    public let markedMeetings: [MarkedMeeting]
    /// Those of them marked as negotiation.
    public var negotiationMeetings: [Meeting.ID] { markedMeetings.filter { $0.mode == .negotiation }.map(\.id) }

    /// The shares in `session`.
    public init(_ session: Session) {
        let working = Set(session.partners.filter { $0.status != .letGo }.map(\.id))
        let counted = session.relations.filter { working.contains($0.from) && working.contains($0.to) }
        relations = counted.map(\.id)
        negotiationRelations = counted.filter { $0.kind == .negotiation }.map(\.id)
        markedMeetings = session.meetings.compactMap { meeting in
            meeting.mode.map { MarkedMeeting(id: meeting.id, mode: $0) }
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
}

/// A meeting whose mode is recorded: co-creation, negotiation or informing.
public struct MarkedMeeting: Hashable, Sendable {
    /// The meeting.
    public let id: Meeting.ID
    /// What the meeting was spent on.
    public let mode: MeetingMode
}
