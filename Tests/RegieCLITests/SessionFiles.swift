import Foundation
import RegieKit

/// Session files the command-line tests write into their workspace.
enum SessionFiles {
    /// Text that must never appear in a public export.
    static let secrets = ["GEHEIM-1", "GEHEIM-2", "GEHEIM-3"]

    /// A valid Dutch session: two partners (one private with secrets), one relation, one
    /// intervention, a private note and an action.
    static var valid: String {
        let session = Session(
            title: "Wijkaanpak Noord", language: .nl,
            opgave: Opgave(title: "Veilige wijk", intent: "Samen de wijk veiliger maken."),
            partners: [
                Partner(id: "gem", name: "Gemeente Zoetermeer", scores: Scores(influence: 4), shareScores: true),
                Partner(
                    id: "pol.1", name: "Politie \"Noord\", team Café", scores: Scores(influence: 5, interest: 4),
                    interests: ["GEHEIM-2"], privateNotes: "GEHEIM-1"),
            ],
            relations: [Relation(id: "r-1", from: "gem", to: "pol.1", kind: .tension, note: "oud | zeer")],
            interventions: [
                Intervention(id: "i-1", title: "Gesprek onder vier ogen", targets: ["pol.1"], status: .planned)
            ],
            notes: [Note(id: "n-1", at: Date(timeIntervalSince1970: 1_772_000_000), text: "GEHEIM-3", isPrivate: true)],
            actions: [ActionItem(id: "a-1", text: "Agenda sturen", owner: "gem")])
        return String(decoding: SessionCodec.encode(session), as: UTF8.self)
    }

    /// The valid session with a meeting at 09:30 UTC on 2 March 2026, a note in it and an action from it.
    static var withMeeting: String {
        var session = try! SessionCodec.decode(Data(valid.utf8))
        let at = Timestamp.date(from: "2026-03-02T09:30:00Z")!
        session.meetings = [Meeting(id: "m-1", title: "Startoverleg", date: at, attendees: ["gem", "pol.1"])]
        session.notes.append(Note(id: "n-2", at: at.addingTimeInterval(600), text: "Kennismaking", meeting: "m-1"))
        session.actions[0].meeting = "m-1"
        return String(decoding: SessionCodec.encode(session), as: UTF8.self)
    }

    /// JSON with four problems on known lines: a score out of range (line 5), an unknown status
    /// and a duplicate id (line 6), a relation to a partner that does not exist (line 9).
    static let broken = """
        {
          "schemaVersion": 1,
          "title": "Kapot",
          "partners": [
            { "id": "p1", "name": "Gemeente", "scores": { "influence": 9 } },
            { "id": "p1", "name": "Politie", "status": "weg" }
          ],
          "relations": [
            { "id": "r1", "from": "p1", "to": "p9", "kind": "tension" }
          ]
        }

        """
}
