import Foundation
import RegieKit

/// The big session's numbers come from RegieKit's `SeededGenerator`: the same seed gives the
/// same session on every machine.
typealias BenchRandom = SeededGenerator

/// A big session as a regisseur might have after years: `partners` partners, five relations
/// and ten notes each, perspectives, meetings, actions and interventions, in Dutch with accents.
enum BigSession {
    static let kinds = [
        "Gemeente", "Stichting", "Woonstichting", "Zorggroep", "Coöperatie", "Vereniging",
        "Politie", "GGD", "Basisschool", "Welzijn", "Huisartsen", "Bibliotheek", "Café", "Energiecoöperatie",
    ]
    static let places = [
        "Dalstede", "Oosterkwartier", "Ëlst", "Brédevoort", "Zuidbroek", "Ter Aar", "Coevorden",
        "Sint-Oedenrode", "Kampen", "Hoogeveen", "Noordeinde", "Ruïnen", "Île de Maas",
    ]
    static let sectors = ["Zorg", "Veiligheid", "Wonen", "Onderwijs", "Welzijn", "Financiën", "Economie", "Cultuur"]
    static let words = [
        "overleg", "één", "coördinatie", "financiële", "ideeën", "geïnteresseerd", "privé", "reünie",
        "beëindigd", "wijkteam", "opgave", "vertrouwen", "afspraak", "bewoners", "zorgen", "café", "naïef", "pilot",
        "subsidie", "capaciteit", "toezegging", "vervolg", "begroting", "knelpunt", "signalen", "netwerk", "regie",
        "belangen", "passie", "werkvorm", "gesprek", "wethouder", "directeur", "casus", "privacy", "coöperatief",
    ]

    static func sentence(_ random: inout BenchRandom, words count: ClosedRange<Int>) -> String {
        var text = (0..<random.int(count)).map { _ in random.pick(words) }.joined(separator: " ")
        text = text.prefix(1).uppercased() + text.dropFirst() + "."
        return text
    }

    static func text(_ random: inout BenchRandom, sentences: ClosedRange<Int>) -> String {
        (0..<random.int(sentences)).map { _ in sentence(&random, words: 5...14) }.joined(separator: " ")
    }

    static func make(partners count: Int, seed: UInt64 = 7) -> Session {
        var random = BenchRandom(seed: seed)
        var session = Session(
            title: "Wijkaanpak Oosterkwartier — \(count) partners",
            opgave: Opgave(
                title: "Veilig en gezond opgroeien in de wijk", intent: text(&random, sentences: 2...3),
                whyItMatters: text(&random, sentences: 1...2), successSignals: ["Minder meldingen", "Eén aanpak"]))
        let ids = (0..<count).map { Partner.ID("p\($0)") }
        session.partners = ids.enumerated().map { index, id in
            Partner(
                id: id, name: "\(random.pick(kinds)) \(random.pick(places)) \(index)",
                organisation: "\(random.pick(kinds)) \(random.pick(places))", sector: random.pick(sectors),
                chainPosition: random.chance(30) ? random.int(1...8) : nil,
                scores: Scores(
                    influence: random.int(0...5), interest: random.int(0...5), commitment: random.int(0...5),
                    contribution: random.int(0...5), dependency: random.int(0...5), energy: random.int(0...5),
                    trust: random.int(0...5), legitimacy: random.int(0...5), urgency: random.int(0...5)),
                interests: [random.pick(words), random.pick(words)], values: [random.pick(words)],
                resources: [Resource(name: random.pick(words), replaceable: random.chance(60))],
                status: random.chance(85) ? .active : random.chance(50) ? .watching : .letGo,
                notes: text(&random, sentences: 0...2), privateNotes: text(&random, sentences: 0...1),
                shareScores: random.chance(40))
        }
        let relationKinds = RelationKind.allCases
        session.relations = (0..<(count * 5)).map { index in
            let from = random.int(0...count - 1)
            var to = random.int(0...count - 1)
            if to == from { to = (from + 1) % count }
            return Relation(
                id: Relation.ID("r\(index)"), from: ids[from], to: ids[to], kind: random.pick(relationKinds),
                strength: random.int(1...5), note: random.chance(50) ? sentence(&random, words: 3...8) : "")
        }
        session.perspectives = ids.enumerated().filter { $0.offset % 2 == 0 }.map { index, id in
            Perspective(
                id: Perspective.ID("v\(index)"), partner: id, view: text(&random, sentences: 1...3),
                rightAbout: text(&random, sentences: 1...2), concerns: text(&random, sentences: 1...2),
                responsibility: sentence(&random, words: 5...10), bridge: sentence(&random, words: 5...10))
        }
        session.interventions = (0..<max(5, count / 20)).map { index in
            Intervention(
                id: Intervention.ID("i\(index)"), title: sentence(&random, words: 3...6), tips: [random.int(1...7)],
                targets: [ids[random.int(0...count - 1)].rawValue], rationale: text(&random, sentences: 1...2),
                expectedEffect: sentence(&random, words: 5...10),
                status: random.pick(InterventionStatus.allCases))
        }
        let start = 1_700_000_000.0
        session.meetings = (0..<max(3, count / 5)).map { index in
            Meeting(
                id: Meeting.ID("m\(index)"), title: "Overleg \(random.pick(words)) \(index)",
                date: Date(timeIntervalSince1970: start + Double(index) * 86_400),
                attendees: (0..<random.int(3...8)).map { _ in ids[random.int(0...count - 1)] },
                decisions: [sentence(&random, words: 4...10)])
        }
        session.notes = (0..<(count * 10)).map { index in
            Note(
                id: Note.ID("n\(index)"), at: Date(timeIntervalSince1970: start + Double(random.int(0...90_000_000))),
                text: text(&random, sentences: 1...3),
                links: (0..<random.int(1...3)).map { _ in ids[random.int(0...count - 1)].rawValue },
                tip: random.chance(30) ? random.int(1...7) : nil,
                meeting: random.chance(20) ? Meeting.ID("m\(random.int(0...session.meetings.count - 1))") : nil,
                isPrivate: random.chance(10))
        }
        session.actions = (0..<max(3, count / 2)).map { index in
            ActionItem(
                id: ActionItem.ID("a\(index)"), text: sentence(&random, words: 4...9),
                owner: ids[random.int(0...count - 1)],
                due: Day(year: 2026, month: random.int(1...12), day: random.int(1...28)), done: random.chance(40))
        }
        return session
    }
}
