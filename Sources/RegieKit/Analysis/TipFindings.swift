/// One line the walkthrough shows under a tip: what the analysis says about this session, and
/// the ids it is about, so the step can jump to them.
public struct TipFinding: Hashable, Sendable {
    /// The line, with names and figures, in both languages.
    public let text: Localized
    /// Ids of the partners, relations, interventions or meetings the line is about.
    public let subjects: [String]

    /// Creates a line.
    public init(_ text: Localized, subjects: [String] = []) {
        self.text = text
        self.subjects = subjects
    }
}

extension SessionAnalysis {
    /// What the analysis says under tip `number` (1–7), in the order to show; empty when there is
    /// nothing to say. Tip 3 ends with the `suggestionCount` best suggestions.
    public func findings(forTip number: Int, suggestionCount: Int = 3) -> [TipFinding] {
        switch number {
        case 1: tip1()
        case 2: tip2()
        case 3: tip3(suggestionCount)
        case 4: tip4()
        case 5: tip5()
        case 6: tip6()
        case 7: tip7()
        default: []
        }
    }

    private func lines(_ rule: SuggestionRule) -> [TipFinding] {
        rule.findings(in: self).map {
            TipFinding(
                Localized(nl: $0.reason.nl + ".", en: $0.reason.en + "."),
                subjects: $0.partners.map(\.rawValue) + $0.relations.map(\.rawValue) + $0.interventions.map(\.rawValue))
        }
    }

    private func tip1() -> [TipFinding] {
        let candidates = lines(.letGoCandidate).map {
            TipFinding(Localized(nl: "Loslaten? " + $0.text.nl, en: "Let go? " + $0.text.en), subjects: $0.subjects)
        }
        return lines(.unclearOpgave) + candidates
    }

    private func tip2() -> [TipFinding] {
        var result: [TipFinding] = []
        let missing = partnersWithoutPerspective
        if !missing.isEmpty {
            let names = Phrase.names(missing.map(name), limit: 4)
            result.append(
                TipFinding(
                    Localized(nl: "Nog geen perspectief: \(names.nl).", en: "No perspective yet: \(names.en)."),
                    subjects: missing.map(\.rawValue)))
        }
        for relation in tensions {
            let pair = "\(name(relation.from)) – \(name(relation.to))"
            result.append(
                TipFinding(
                    Localized(
                        nl: "Spanning: \(pair) (sterkte \(relation.strength)).",
                        en: "Tension: \(pair) (strength \(relation.strength))."),
                    subjects: [relation.from.rawValue, relation.to.rawValue, relation.id.rawValue]))
        }
        return result
    }

    private func tip3(_ count: Int) -> [TipFinding] {
        var result: [TipFinding] = []
        if !network.brokers.isEmpty {
            let names = network.brokers.map { id in
                Localized(
                    nl: "\(name(id)) (betweenness \(Phrase.decimal(network.betweenness[id] ?? 0).nl))",
                    en: "\(name(id)) (betweenness \(Phrase.decimal(network.betweenness[id] ?? 0).en))")
            }
            let list = Localized(nl: Phrase.list(names.map(\.nl)).nl, en: Phrase.list(names.map(\.en)).en)
            result.append(
                TipFinding(
                    Localized(nl: "Spilpartner: \(list.nl).", en: "Broker: \(list.en)."),
                    subjects: network.brokers.map(\.rawValue)))
        }
        if !network.cutPoints.isEmpty {
            let names = Phrase.list(network.cutPoints.map(name))
            result.append(
                TipFinding(
                    Localized(
                        nl: "Zonder hen valt het netwerk uiteen: \(names.nl).",
                        en: "Without them the network falls apart: \(names.en)."),
                    subjects: network.cutPoints.map(\.rawValue)))
        }
        // Ranking is the costly part of the analysis: without suggestions asked for, none is made.
        for suggestion in count > 0 ? Array(suggestions(for: self).prefix(count)) : [] {
            result.append(
                TipFinding(
                    Localized(
                        nl: "Suggestie: \(suggestion.intervention.title.nl) — \(suggestion.reason.nl)",
                        en: "Suggestion: \(suggestion.intervention.title.en) — \(suggestion.reason.en)"),
                    subjects: suggestion.targets))
        }
        return result
    }

    private func tip4() -> [TipFinding] { lines(.doneWithoutConsequences) }

    private func tip5() -> [TipFinding] { lines(.highInterestLowEnergy) }

    private func tip6() -> [TipFinding] {
        var result: [TipFinding] = []
        if let share = negotiation.relationShare {
            let counted = negotiation.relations.count
            let negotiating = negotiation.negotiationRelations.count
            result.append(
                TipFinding(
                    Localized(
                        nl: "Onderhandeling in \(negotiating) van de \(counted) relaties (\(Phrase.percent(share))).",
                        en: "Negotiation in \(negotiating) of \(counted) relations (\(Phrase.percent(share)))."),
                    subjects: negotiation.negotiationRelations.map(\.rawValue)))
        }
        var relations: [Relation.ID: Relation] = [:]
        for relation in session.relations where relations[relation.id] == nil { relations[relation.id] = relation }
        for id in negotiation.negotiationRelations {
            guard let relation = relations[id] else { continue }
            let pair = "\(name(relation.from)) – \(name(relation.to))"
            result.append(
                TipFinding(
                    Localized(nl: "Onderhandeling: \(pair).", en: "Negotiation: \(pair)."),
                    subjects: [relation.from.rawValue, relation.to.rawValue, relation.id.rawValue]))
        }
        var meetings: [Meeting.ID: Meeting] = [:]
        for meeting in session.meetings where meetings[meeting.id] == nil { meetings[meeting.id] = meeting }
        for marked in negotiation.markedMeetings {
            guard let meeting = meetings[marked.id] else { continue }
            let day = Day(meeting.date).description
            let total = marked.moments.values.reduce(0, +)
            let negotiating = marked.moments[.negotiation] ?? 0
            let moments =
                total == 0
                ? Localized(nl: "", en: "")
                : Localized(
                    nl: " — \(negotiating) van de \(total) gemarkeerde momenten onderhandeling",
                    en: " — \(negotiating) of \(total) marked moments negotiation")
            result.append(
                TipFinding(
                    Localized(
                        nl: "Overleg ‘\(meeting.title)’ (\(day)): \(marked.mode.name.nl)\(moments.nl).",
                        en: "Meeting ‘\(meeting.title)’ (\(day)): \(marked.mode.name.en)\(moments.en)."),
                    subjects: [meeting.id.rawValue]))
        }
        return result
    }

    private func tip7() -> [TipFinding] {
        let form = session.workForm
        let head = TipFinding(
            Localized(
                nl: "Werkvorm: \(form.kind.name.nl), \(form.steering.name.nl) (\(form.steering.meaning.nl)).",
                en: "Work form: \(form.kind.name.en), \(form.steering.name.en) (\(form.steering.meaning.en))."))
        return [head] + workFormAdvice.points.map { TipFinding($0) }
    }
}
