import Foundation

@testable import RegieKit

/// A fixed session for the exports' golden files: a chain of six partners with Dutch names (one
/// with `<Zuid>`, one starting with `#`), one who shares its scores and private ones whose
/// secrets are marked `GEHEIM-n`, a relation of every kind, a catalogue intervention without a
/// title of its own, and a meeting whose notes are stored out of order, one of them private, and the walkthrough with
/// the regisseur's own answers, a group's shared answers and questions the group discussed.
enum ExportFixture {
    /// Text that must never appear in a public export.
    static let secrets = ["GEHEIM-1", "GEHEIM-2", "GEHEIM-3", "GEHEIM-4"]

    static func at(_ text: String) -> Date { Timestamp.date(from: text)! }

    static var session: Session {
        Session(
            title: "Ketenaanpak Zuid <Zuid>",
            language: .nl,
            opgave: Opgave(
                title: "Geen jongere tussen wal en schip",
                intent: "Elke jongere die uit de jeugdzorg stroomt, heeft op zijn achttiende een plek.",
                whyItMatters: "Nu valt één op de vijf jongeren tussen twee loketten.",
                successSignals: ["Iedere jongere heeft een plan bij 17,5 jaar", "# geen kop, gewoon tekst"]),
            workForm: WorkForm(kind: .network, steering: .regie),
            regisseur: Regisseur(name: "Eva Öztürk", styles: [.connector, .strategist]),
            partners: [
                Partner(
                    id: "gem", name: "Gemeente Zuidstad", organisation: "Gemeente", sector: "overheid",
                    chainPosition: 1,
                    scores: Scores(
                        influence: 5, interest: 4, commitment: 4, contribution: 3, dependency: 5, energy: 3, trust: 3,
                        legitimacy: 5, urgency: 4),
                    interests: ["Minder dakloze jongeren"], shareScores: true),
                Partner(
                    id: "pol", name: "Politie Zuid", organisation: "Politie", sector: "veiligheid",
                    scores: Scores(influence: 4, interest: 2, commitment: 1, legitimacy: 4, urgency: 1),
                    interests: ["GEHEIM-3"], privateNotes: "GEHEIM-1"),
                Partner(
                    id: "zorg", name: "Zorggroep Eëndracht", organisation: "Jeugdzorg", sector: "zorg",
                    chainPosition: 2,
                    scores: Scores(influence: 3, interest: 5, commitment: 5, legitimacy: 4, urgency: 5)),
                Partner(
                    id: "wonen", name: "Woonstichting 's-Hertogenbosch", sector: "wonen", chainPosition: 3,
                    scores: Scores(influence: 2, interest: 3, commitment: 2, urgency: 3), status: .watching),
                Partner(
                    id: "kop", name: "# Stichting Kop <Zuid>", sector: "welzijn", chainPosition: 3,
                    scores: Scores(influence: 1, interest: 4, commitment: 3, legitimacy: 3)),
                Partner(
                    id: "brug", name: "Jongerenwerk \"De Brug\"", sector: "welzijn",
                    scores: Scores(influence: 1, interest: 1), status: .letGo, notes: "Subsidie gestopt."),
            ],
            relations: [
                Relation(id: "r1", from: "gem", to: "zorg", kind: .collaboration, strength: 4),
                Relation(id: "r2", from: "zorg", to: "gem", kind: .dependency, strength: 5),
                Relation(id: "r3", from: "pol", to: "gem", kind: .information, strength: 2),
                Relation(id: "r4", from: "gem", to: "wonen", kind: .funding, strength: 3),
                Relation(id: "r5", from: "wonen", to: "zorg", kind: .tension, strength: 3, note: "wachtlijst <1 jaar>"),
                Relation(id: "r6", from: "kop", to: "gem", kind: .negotiation, strength: 2),
            ],
            perspectives: [
                Perspective(id: "pp1", partner: "zorg", view: "Wij stoppen op 18 jaar; daarna is het de gemeente.")
            ],
            interventions: [
                Intervention(
                    id: "i1", catalogId: "case-table", title: "", tips: [3, 5], targets: ["zorg", "wonen", "r5"],
                    status: .planned, planned: Day("2026-04-01")),
                Intervention(
                    id: "i2", title: "Warme overdracht op 17,5", tips: [4], targets: ["zorg"], status: .idea,
                    outcome: "Nog niet begonnen."),
            ],
            meetings: [
                Meeting(
                    id: "m1", title: "Ketenoverleg <Zuid>", date: at("2026-03-10T13:00:00Z"),
                    attendees: ["gem", "zorg", "wonen"],
                    decisions: [
                        "Elke jongere krijgt bij 17 jaar een regisseur.",
                        "# Geen kop: de wachtlijst gaat op de agenda.",
                    ],
                    mode: .coCreation)
            ],
            notes: [
                Note(
                    id: "n3", at: at("2026-03-10T13:40:00Z"),
                    text: "Afspraak: de woonstichting reserveert vijf kamers.",
                    links: ["wonen"], tip: 4, meeting: "m1"),
                Note(id: "n1", at: at("2026-03-10T13:05:00Z"), text: "Opening: wat merkt een jongere?", meeting: "m1"),
                Note(
                    id: "n2", at: at("2026-03-10T13:20:00Z"), text: "GEHEIM-2 over de wachtlijst", meeting: "m1",
                    isPrivate: true),
                Note(
                    id: "n4", at: at("2026-03-11T08:15:00Z"), text: "Nagebeld met de zorggroep.\n<b>Niet vet</b>",
                    links: ["zorg"], meeting: "m1"),
                Note(id: "n5", at: at("2026-02-20T10:00:00Z"), text: "Eerste verkenning", links: ["gem"], tip: 1),
            ],
            actions: [
                ActionItem(
                    id: "a1", text: "Vijf kamers vastleggen", owner: "wonen", due: Day("2026-04-15"), meeting: "m1"),
                ActionItem(
                    id: "a2", text: "=Regisseur aanstellen", owner: "gem", due: Day("2026-03-31"), meeting: "m1"),
                ActionItem(id: "a3", text: "Wachtlijst op de agenda", meeting: "m1"),
                ActionItem(id: "a4", text: "Verkenning rondsturen", owner: "gem", due: Day("2026-02-27"), done: true),
            ],
            reflections: [
                1: Reflection(
                    answers: ["t1.q1": "Geen jongere staat op zijn achttiende op straat.", "t1.q9": "GEHEIM-4"],
                    done: true, sharedAnswers: ["t1.q1": "Niemand staat op zijn achttiende op straat, zegt de groep."]),
                2: Reflection(
                    sharedAnswers: ["t2.q1": "De zorggroep ziet een wachtlijst, de gemeente een loket."],
                    discussed: ["t2.q1", "t2.q2"]),
            ])
    }

    /// The fixture in `format`, times in Amsterdam.
    static func render(
        _ format: ExportFormat, _ disclosure: Disclosure, _ language: Language = .nl, table: CSVTable = .partners,
        dialect: CSVDialect? = nil, views: [MapKind] = MapKind.allCases, meeting: Meeting.ID? = nil
    ) -> String {
        format.render(
            session,
            .testing(disclosure, language, table: table, dialect: dialect, views: views, meeting: meeting))
    }
}
