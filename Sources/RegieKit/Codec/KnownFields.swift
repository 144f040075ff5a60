/// The field names this version reads for each entity; anything else in a file is kept as `extra`.
enum KnownFields {
    static let session: Set<String> = Set([
        "schemaVersion", "disclosure", "title", "language", "opgave", "workForm", "regisseur", "partners", "relations",
        "perspectives", "interventions", "meetings", "notes", "actions", "currentMeeting", "reflections",
    ]).union(Session.roundsAndMergesKeys)
    static let partner: Set<String> = [
        "id", "name", "organisation", "sector", "chainPosition", "scores", "engagement", "interests", "values",
        "resources", "status", "notes", "privateNotes", "shareScores",
    ]
    static let relation: Set<String> = ["id", "from", "to", "kind", "strength", "note", "trust"]
    static let perspective: Set<String> = [
        "id", "partner", "view", "rightAbout", "concerns", "responsibility", "bridge",
    ]
    static let intervention: Set<String> = [
        "id", "catalogId", "title", "tips", "targets", "rationale", "expectedEffect", "effort", "status", "outcome",
        "consequences", "planned", "completed",
    ]
    static let meeting: Set<String> = ["id", "title", "date", "attendees", "decisions", "mode", "ended"]
    static let note: Set<String> = ["id", "at", "text", "links", "tip", "meeting", "private", "mode"]
    static let actionItem: Set<String> = ["id", "text", "owner", "ownerName", "due", "done", "meeting"]
    static let reflection: Set<String> = ["answers", "done", "sharedAnswers", "discussed"]
}

extension ObjectReader {
    /// The members whose names are not in `known`.
    func unknownMembers(_ known: Set<String>) -> [String: JSONValue] {
        // Most entities hold nothing unknown; filtering would still build a dictionary for each.
        guard members.keys.contains(where: { !known.contains($0) }) else { return [:] }
        return members.filter { !known.contains($0.key) }
    }
}

extension JSONValue {
    /// This object with `extra` members added where it has no member of that name; public output
    /// never carries them, since nobody can tell whether they are private.
    func adding(_ extra: [String: JSONValue], _ disclosure: Disclosure) -> JSONValue {
        guard disclosure == .full, !extra.isEmpty, case .object(var members) = self else { return self }
        for (key, value) in extra where members[key] == nil { members[key] = value }
        return .object(members)
    }
}
