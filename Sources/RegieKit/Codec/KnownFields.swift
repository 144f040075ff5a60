import Foundation

/// The field names this version reads for each entity; anything else in a file is kept as `extra`.
enum KnownFields {
    static let session = KnownNames(
        Set([
            "schemaVersion", "disclosure", "title", "language", "opgave", "workForm", "regisseur", "partners",
            "relations", "perspectives", "interventions", "meetings", "notes", "actions", "currentMeeting",
            "reflections",
        ]).union(Session.roundsAndMergesKeys))
    static let partner = KnownNames([
        "id", "name", "organisation", "sector", "chainPosition", "scores", "engagement", "interests", "values",
        "resources", "status", "notes", "privateNotes", "shareScores",
    ])
    static let relation = KnownNames(["id", "from", "to", "kind", "strength", "note", "trust"])
    static let perspective = KnownNames([
        "id", "partner", "view", "rightAbout", "concerns", "responsibility", "bridge",
    ])
    static let intervention = KnownNames([
        "id", "catalogId", "title", "tips", "targets", "rationale", "expectedEffect", "effort", "status", "outcome",
        "consequences", "planned", "completed",
    ])
    static let meeting = KnownNames(["id", "title", "date", "attendees", "decisions", "mode", "ended"])
    static let note = KnownNames(["id", "at", "text", "links", "tip", "meeting", "private", "mode"])
    static let actionItem = KnownNames(["id", "text", "owner", "ownerName", "due", "done", "meeting"])
    static let reflection = KnownNames(["answers", "done", "sharedAnswers", "discussed"])
}

/// A set of field names, also kept as bytes: a key on the tape is looked for among them
/// without making a `String` of it.
struct KnownNames {
    let names: Set<String>
    private let bytes: [[UInt8]]

    init(_ names: Set<String>) {
        self.names = names
        bytes = names.map { Array($0.utf8) }
    }

    /// Whether the key at node `key` of `tape` is one of the names, with `String`'s meaning of equal.
    func contains(_ tape: JSONTapeView, _ key: Int) -> Bool {
        guard let text = tape.plainBytes(key) else { return names.contains(tape.string(key)) }
        return bytes.contains { name in name.withUnsafeBufferPointer { JSONTapeView.sameBytes(text, $0) } }
    }
}

extension ObjectReader {
    /// The members whose names are not in `known`.
    func unknownMembers(_ known: KnownNames) -> [String: JSONValue] {
        // Most entities hold nothing unknown: each key is looked for among the known names as
        // it is on the tape, and a dictionary is made only for a member that is not there.
        guard let node else { return [:] }
        var unknown: [String: JSONValue] = [:]
        for key in tape.keys(of: node) where !known.contains(tape, key) {
            unknown[tape.string(key)] = tape.value(key + 1)
        }
        return unknown
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
