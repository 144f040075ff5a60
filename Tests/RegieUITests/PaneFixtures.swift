import Canvas
import Foundation
import RegieKit

@testable import RegieUI
import RegieTestSupport

/// A wijkaanpak in Ëlst with everything the panes show: partners with wide-character names,
/// perspectives, interventions in every status, notes (one private), a meeting and actions.
enum PaneFixtures {
    static func time(_ text: String) -> Date { Timestamp.date(from: text)! }

    static func session() -> Session {
        var session = Session(title: "Wijkaanpak Ëlst")
        session.opgave = Opgave(title: "Iedereen in Ëlst woont veilig en gezond thuis")
        session.partners = [
            Partner(
                id: "gemeente", name: "Gemeente Ëlst", organisation: "Gemeente Ëlst", sector: "overheid",
                scores: Scores(
                    influence: 5, interest: 4, commitment: 4, contribution: 3, dependency: 4, energy: 3, trust: 4,
                    legitimacy: 5, urgency: 3),
                engagement: Engagement(current: .supportive, desired: .leading),
                interests: ["minder zorgkosten", "tevreden bewoners"], values: ["gelijkwaardigheid"],
                resources: [Resource(name: "wijkbudget"), Resource(name: "mandaat", replaceable: false)],
                notes: "Trekker van de wijkaanpak.", privateNotes: "Wethouder wil voor de verkiezingen resultaat.",
                shareScores: true),
            Partner(
                id: "zorggroep", name: "Zorggroep Ëlst 日本", organisation: "Zorggroep Ëlst 日本 B.V.", sector: "zorg",
                chainPosition: 2,
                scores: Scores(
                    influence: 4, interest: 3, commitment: 2, contribution: 4, dependency: 5, energy: 2, trust: 2,
                    legitimacy: 4, urgency: 4),
                engagement: Engagement(current: .neutral, desired: .supportive),
                interests: ["personeel behouden", "minder crisisopnames"], values: ["zorg dichtbij"],
                resources: [Resource(name: "wijkverpleging", replaceable: false), Resource(name: "data")],
                notes: "Sluit aan bij de wijktafel.", privateNotes: "Bestuurder twijfelt aan de meerwaarde."),
            Partner(
                id: "linde", name: "Woonstichting De Linde", organisation: "De Linde", sector: "wonen",
                scores: Scores(influence: 3, interest: 4, commitment: 3, contribution: 3)),
            Partner(id: "politie", name: "Politie Oost", sector: "veiligheid", status: .watching),
            Partner(id: "buurtteam", name: "Buurtteam Noord", sector: "welzijn", status: .letGo),
        ]
        session.relations = [
            Relation(id: "r1", from: "gemeente", to: "zorggroep", kind: .collaboration, strength: 4),
            Relation(id: "r2", from: "zorggroep", to: "linde", kind: .tension, strength: 2),
            Relation(id: "r3", from: "politie", to: "zorggroep", kind: .information),
        ]
        session.perspectives = [
            Perspective(
                id: "p1", partner: "gemeente",
                view: "Eén aanpak per huishouden, met één regisseur en één plan.",
                rightAbout: "Versnippering kost geld en vertrouwen.",
                concerns: "Dat partners afhaken als de kosten oplopen.",
                responsibility: "Het wijkbudget en de afspraken bewaken.",
                bridge: "Samen één gezin volgen en leren wat werkt."),
            Perspective(
                id: "p2", partner: "zorggroep",
                view: "Zorg hoort thuis, maar er is te weinig personeel voor meer taken.",
                rightAbout: "Zonder wijkverpleging lukt het niet.",
                concerns: "Nog meer overleg zonder tijd voor cliënten.",
                responsibility: "Zorg thuis leveren en signalen doorgeven.",
                bridge: "Samen één gezin volgen, met minder vergaderen."),
            Perspective(
                id: "p3", partner: "linde", view: "Eerst de woningen op orde.", concerns: "Overlast in de flats."),
        ]
        session.interventions = [
            Intervention(
                id: "i1", title: "Gesprek onder vier ogen met de zorggroep", tips: [2, 5], targets: ["zorggroep"],
                rationale: "Hun belangen zijn nog niet besproken.", expectedEffect: "Meer commitment.",
                effort: .low, status: .planned, planned: Day("2026-03-10")),
            Intervention(
                id: "i2", catalogId: "joint-fact-finding", title: "Gezamenlijke feitenanalyse", tips: [2],
                targets: ["gemeente", "linde"], status: .idea),
            Intervention(
                id: "i3", title: "Eén gezin samen volgen", tips: [1, 4], targets: ["gemeente", "zorggroep", "r1"],
                rationale: "Laat zien wat de opgave in één huis betekent.", expectedEffect: "Een gedeeld beeld.",
                effort: .medium, status: .done, outcome: "Drie partners zagen hetzelfde knelpunt.",
                consequences: "De zorggroep schuift nu aan; de corporatie voelt zich gepasseerd.",
                planned: Day("2026-02-01"), completed: Day("2026-02-20")),
            Intervention(id: "i4", title: "Convenant opstellen", tips: [7], effort: .high, status: .dropped),
        ]
        session.meetings = [
            Meeting(
                id: "m1", title: "Wijktafel Ëlst", date: time("2026-03-02T09:30:00Z"),
                attendees: ["gemeente", "zorggroep", "linde"],
                decisions: ["We volgen samen één gezin.", "De zorggroep levert een wijkverpleegkundige."],
                mode: .coCreation)
        ]
        session.notes = [
            Note(
                id: "n1", at: time("2026-03-02T09:45:00Z"), text: "Zorggroep wil eerst weten wat het kost.",
                links: ["zorggroep"], tip: 5, meeting: "m1"),
            Note(
                id: "n2", at: time("2026-03-02T10:15:00Z"), text: "Wethouder lijkt ongeduldig.\nNa het overleg bellen.",
                links: ["gemeente"], meeting: "m1", isPrivate: true),
            Note(
                id: "n3", at: time("2026-03-04T16:00:00Z"), text: "De Linde wil aansluiten bij de wijktafel.",
                links: ["linde", "gemeente"], tip: 2),
            Note(id: "n4", at: time("2026-02-20T11:00:00Z"), text: "Gezin gevolgd: knelpunt bij de overdracht."),
        ]
        session.actions = [
            ActionItem(
                id: "a1", text: "Kosten van de wijkverpleging uitzoeken", owner: "zorggroep", due: Day("2026-03-01"),
                meeting: "m1"),
            ActionItem(id: "a2", text: "Uitnodiging wijktafel aan De Linde", owner: "gemeente", due: Day("2026-03-20")),
            ActionItem(id: "a3", text: "Verslag rondsturen", owner: "gemeente", done: true, meeting: "m1"),
        ]
        session.reflections = [
            1: Reflection(
                answers: ["t1.q1": "Iedereen woont veilig thuis, ook met zorg.", "t1.q2": "Minder crisisopnames."],
                done: true),
            2: Reflection(answers: ["t2.q1": "Zorggroep: personeel; gemeente: kosten; De Linde: overlast."]),
        ]
        return session
    }

    static func state(pane: Pane, _ change: (inout AppState) -> Void = { _ in }) -> AppState {
        var state = uiState(session(), path: "/tmp/elst.json")
        // The clock's day, a day after the newest note: what "overdue" is measured against.
        state.now = time("2026-03-05T12:00:00Z")
        state.pane = pane
        change(&state)
        return state
    }

    static func emptyState(pane: Pane) -> AppState {
        var state = uiState(Session(title: "Leeg"), path: nil)
        state.pane = pane
        return state
    }

    static func screen(_ state: AppState, _ width: Int, _ height: Int) -> String {
        frame(state, width, height).grid.snapshot(styles: false)
    }

    /// The screen; while presenting, the panes that the slides cover. They draw the same disclosed
    /// session (`AppState.shown`), so they are held to the same rule.
    static func frame(_ state: AppState, _ width: Int, _ height: Int) -> Frame {
        guard state.presenting else { return AppView.render(state, size: Size(width: width, height: height)) }
        var frame = Frame(size: Size(width: width, height: height))
        AppView.drawPanes(state, into: &frame)
        return frame
    }
}
