import Foundation
import RegieKit

/// Where a line of the walkthrough leads: the place where its work is done.
enum WalkthroughJump: Hashable, Sendable {
    /// The opgave and way-of-working form (tips 1 and 7).
    case opgave
    /// The partner, selected in the pane given (the map to let go, the perspectives to listen).
    case partner(Partner.ID, Pane)
    /// The relation, open for editing among its partner's relations.
    case relation(Relation.ID)
    /// The intervention, selected in the plan of pane 3.
    case intervention(Intervention.ID)
    /// The meeting, selected in pane 4.
    case meeting(Meeting.ID)
    /// The suggestion, selected in the picker (by its picker id).
    case suggestion(String)
    /// The pane of the tip.
    case pane(Pane)

    /// What `Enter` does, for the line under the selected finding.
    var label: Localized {
        switch self {
        case .opgave: L("de opgave en werkvorm bewerken", "edit the opgave and way of working")
        case .partner(_, .perspectives): L("naar het perspectief van de partner", "to the partner's perspective")
        case .partner: L("naar de partner op de kaart", "to the partner on the map")
        case .relation: L("de relatie bewerken", "edit the relation")
        case .intervention: L("naar de interventie in het plan", "to the intervention in the plan")
        case .meeting: L("naar het overleg", "to the meeting")
        case .suggestion: L("naar de suggestie in de kiezer", "to the suggestion in the picker")
        case .pane(let pane): L("naar " + pane.title.nl, "to " + pane.title.en)
        }
    }
}

/// One line of "in this session" under a tip, and where `Enter` takes it.
struct WalkthroughFinding: Hashable, Sendable {
    var text: Localized
    var jump: WalkthroughJump
}

/// The lines of "in this session" per tip, made with the rest of the insights off the key loop.
enum WalkthroughFindings {
    /// At most this many lines per tip, and one that says how many more there are.
    static let limit = 10
    /// Tip 3 ends with this many of the best suggestions.
    static let suggestionCount = 3

    static func lines(
        _ analysis: SessionAnalysis, suggestions: [Suggestion]
    ) -> [Int: [WalkthroughFinding]] {
        let session = analysis.session
        let relations = Set(session.relations.map(\.id.rawValue))
        let interventions = Set(session.interventions.map(\.id.rawValue))
        let meetings = Set(session.meetings.map(\.id.rawValue))
        let partners = Set(session.partners.map(\.id.rawValue))
        var result: [Int: [WalkthroughFinding]] = [:]
        for tip in Catalog.tips {
            let pane = TipPage.pane(for: tip.workedIn)
            var lines = analysis.findings(forTip: tip.number, suggestionCount: 0).map { finding in
                WalkthroughFinding(
                    text: finding.text,
                    jump: jump(
                        finding.subjects, tip: tip.number, pane: pane,
                        kinds: (relations, interventions, meetings, partners)))
            }
            if tip.number == 3 {
                lines += suggestions.prefix(suggestionCount).map { suggestion in
                    let title = suggestion.intervention.title
                    return WalkthroughFinding(
                        text: L(
                            "Suggestie: " + title.nl + " — " + suggestion.reason.nl,
                            "Suggestion: " + title.en + " — " + suggestion.reason.en),
                        jump: .suggestion(PickerItem.suggestion(suggestion, rank: 0).id))
                }
            }
            if lines.count > limit {
                let more = lines.count - (limit - 1)
                lines = Array(lines.prefix(limit - 1))
                lines.append(
                    WalkthroughFinding(
                        text: L("En nog \(more) — in " + pane.title.nl, "And \(more) more — in " + pane.title.en),
                        jump: .pane(pane)))
            }
            result[tip.number] = lines
        }
        return result
    }

    /// The first subject that is an intervention, a relation, a meeting or a partner, in that
    /// order (an intervention names whom it aims at, a tension its partners and its relation:
    /// the intervention and the relation are where to work); a line about the session itself
    /// leads to the opgave (tips 1 and 7) or the tip's pane.
    static func jump(
        _ subjects: [String], tip: Int, pane: Pane,
        kinds: (relations: Set<String>, interventions: Set<String>, meetings: Set<String>, partners: Set<String>)
    ) -> WalkthroughJump {
        if let id = subjects.first(where: kinds.interventions.contains) { return .intervention(Intervention.ID(id)) }
        if let id = subjects.first(where: kinds.relations.contains) { return .relation(Relation.ID(id)) }
        if let id = subjects.first(where: kinds.meetings.contains) { return .meeting(Meeting.ID(id)) }
        if let id = subjects.first(where: kinds.partners.contains) {
            // Listening (tip 2) and what moves a partner (tip 5) are in the perspectives pane.
            return .partner(Partner.ID(id), tip == 2 || tip == 5 ? .perspectives : .map)
        }
        return tip == 1 || tip == 7 ? .opgave : .pane(pane)
    }
}
