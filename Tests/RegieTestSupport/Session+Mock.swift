import Foundation
import RegieKit

// MARK: - A small, complete session for tests

extension Session {
    /// A small wijkaanpak with every kind of entity, all references valid, and text in Dutch
    /// with ë, CJK and emoji. Dates are whole seconds in UTC so the session round-trips exactly.
    ///
    /// Ids, for tests that refer to them: partners `gemeente`, `politie`, `woningcorp`,
    /// `school`; relations `r-gem-pol` (collaboration), `r-pol-won` (tension, trust 1), `r-gem-sch`
    /// (negotiation); perspective `p-politie`; interventions `i-tafel`, `i-eigen`; meeting
    /// `m-kick-off`; notes `n-1`, `n-2`, `n-geheim` (private); actions `a-1`, `a-2`.
    public static var mock: Session {
        let gemeente = Partner(
            id: "gemeente", name: "Gemeente Zuidoëst", organisation: "Gemeente", sector: "overheid",
            chainPosition: 1,
            scores: Scores(
                influence: 5, interest: 4, commitment: 4, contribution: 3, dependency: 4, energy: 3, trust: 4,
                legitimacy: 5, urgency: 3),
            engagement: Engagement(current: .supportive, desired: .leading),
            interests: ["veilige wijk", "budget binnen de perken"], values: ["rechtvaardigheid"],
            resources: [Resource(name: "subsidie", replaceable: false), Resource(name: "vergaderzaal")],
            notes: "Trekker van de aanpak.", privateNotes: "Wethouder twijfelt; verkiezingen in maart.",
            shareScores: true)
        let politie = Partner(
            id: "politie", name: "Politie 👮 Basisteam", organisation: "Politie", sector: "veiligheid",
            chainPosition: 2,
            scores: Scores(
                influence: 5, interest: 2, commitment: 1, contribution: 2, dependency: 5, energy: 2, trust: 2),
            engagement: Engagement(current: .resistant, desired: .supportive),
            interests: ["minder meldingen"], resources: [Resource(name: "informatiepositie", replaceable: false)],
            status: .watching)
        let woningcorp = Partner(
            id: "woningcorp", name: "Woonstichting 日本 Huis", organisation: "Corporatie", sector: "wonen",
            scores: Scores(
                influence: 3, interest: 3, commitment: 3, contribution: 3, dependency: 2, energy: 4, trust: 3),
            values: ["thuis voor iedereen"])
        let school = Partner(
            id: "school", name: "Basisschool De Regenboog", sector: "onderwijs", status: .letGo,
            notes: "Regel één\nRegel twee\t(tab) en \"aanhalingstekens\"")
        return Session(
            title: "Wijkaanpak Zuidoëst",
            language: .nl,
            opgave: Opgave(
                title: "Veilig opgroeien", intent: "Jongeren in de wijk krijgen perspectief.",
                whyItMatters: "Overlast en uitval stapelen zich op.",
                successSignals: ["minder schooluitval", "meer jongeren aan het werk"]),
            workForm: WorkForm(kind: .programme, steering: .regie, notes: "Vierjarig programma"),
            regisseur: Regisseur(name: "Anouk", styles: [.connector, .strategist]),
            partners: [gemeente, politie, woningcorp, school],
            relations: [
                Relation(id: "r-gem-pol", from: "gemeente", to: "politie", kind: .collaboration, strength: 4),
                Relation(
                    id: "r-pol-won", from: "politie", to: "woningcorp", kind: .tension, strength: 2, note: "Dossiers",
                    trust: 1),
                Relation(id: "r-gem-sch", from: "gemeente", to: "school", kind: .negotiation, strength: 1),
            ],
            perspectives: [
                Perspective(
                    id: "p-politie", partner: "politie", view: "Handhaving eerst.", rightAbout: "Veiligheid is nodig.",
                    concerns: "Capaciteit", responsibility: "Openbare orde", bridge: "Gedeelde wijkschouw")
            ],
            interventions: [
                Intervention(
                    id: "i-tafel", catalogId: "connect.kitchen-table", title: "Gesprek onder vier ogen", tips: [2, 5],
                    targets: ["politie", "r-pol-won"], rationale: "Hoge invloed, lage inzet.",
                    expectedEffect: "Begrip", effort: .low, status: .planned, planned: Day(year: 2026, month: 3, day: 2)
                ),
                Intervention(
                    id: "i-eigen", title: "Eigen idee", tips: [1], status: .done, outcome: "Gelukt",
                    consequences: "Meer vertrouwen", completed: Day(year: 2026, month: 2, day: 28)),
            ],
            meetings: [
                Meeting(
                    id: "m-kick-off", title: "Kick-off", date: Date(timeIntervalSince1970: 1_772_355_600),
                    attendees: ["gemeente", "politie"], decisions: ["Maandelijks overleg"], mode: .coCreation)
            ],
            notes: [
                Note(
                    id: "n-1", at: Date(timeIntervalSince1970: 1_772_359_200), text: "Politie wil data delen 🎉",
                    links: ["politie", "i-tafel"], tip: 2, meeting: "m-kick-off"),
                Note(id: "n-2", at: Date(timeIntervalSince1970: 1_772_445_600), text: "Zonder koppelingen"),
                Note(
                    id: "n-geheim", at: Date(timeIntervalSince1970: 1_772_449_200), text: "Spanning met de wethouder",
                    links: ["gemeente"], isPrivate: true),
            ],
            actions: [
                ActionItem(
                    id: "a-1", text: "Wijkschouw plannen", owner: "gemeente", due: Day(year: 2026, month: 3, day: 15),
                    meeting: "m-kick-off"),
                ActionItem(id: "a-2", text: "Zonder eigenaar", done: true),
            ],
            reflections: [
                1: Reflection(answers: ["t1.q1": "Veilig opgroeien", "t1.q2": "Iedereen"], done: true),
                6: Reflection(answers: ["t6.q1": "Te veel onderhandelen"]),
            ])
    }

    /// The mock's canonical file text.
    public static var mockText: String { String(decoding: SessionCodec.encode(.mock), as: UTF8.self) }
}
