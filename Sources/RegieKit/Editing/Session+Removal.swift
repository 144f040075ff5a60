extension Session {
    /// Removes a partner and everything that only makes sense with it, so no reference dangles:
    /// its relations and perspectives go; it leaves targets, links, attendee lists and owners.
    public mutating func removePartner(_ id: Partner.ID) {
        let relationIDs = Set(relations.filter { $0.involves(id) }.map(\.id.rawValue))
        partners.removeAll { $0.id == id }
        relations.removeAll { $0.involves(id) }
        perspectives.removeAll { $0.partner == id }
        let gone = relationIDs.union([id.rawValue])
        forgetReferences(to: gone)
        for i in meetings.indices { meetings[i].attendees.removeAll { $0 == id } }
        for i in actions.indices where actions[i].owner == id { actions[i].owner = nil }
    }

    public mutating func removeRelation(_ id: Relation.ID) {
        relations.removeAll { $0.id == id }
        forgetReferences(to: [id.rawValue])
    }

    public mutating func removeIntervention(_ id: Intervention.ID) {
        interventions.removeAll { $0.id == id }
        forgetReferences(to: [id.rawValue])
    }

    public mutating func removeMeeting(_ id: Meeting.ID) {
        meetings.removeAll { $0.id == id }
        forgetReferences(to: [id.rawValue])
        for i in notes.indices where notes[i].meeting == id { notes[i].meeting = nil }
        for i in actions.indices where actions[i].meeting == id { actions[i].meeting = nil }
    }

    public mutating func removeNote(_ id: Note.ID) {
        notes.removeAll { $0.id == id }
    }

    public mutating func removeAction(_ id: ActionItem.ID) {
        actions.removeAll { $0.id == id }
        forgetReferences(to: [id.rawValue])
    }

    private mutating func forgetReferences(to ids: Set<String>) {
        for i in interventions.indices { interventions[i].targets.removeAll { ids.contains($0) } }
        for i in notes.indices { notes[i].links.removeAll { ids.contains($0) } }
    }
}
