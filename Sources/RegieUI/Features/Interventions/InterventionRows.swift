import Canvas
import RegieKit

/// How one intervention reads: as a row of the list and in full in the detail area.
enum InterventionRows {
    /// `◔ gepland   Gesprek onder vier ogen met de zorggroep       tips 2·5`
    static func row(_ intervention: Intervention, state: AppState, width: Int) -> StyledLine {
        let statusWidth = InterventionStatus.allCases.map { state.text($0.name).displayWidth }
            .max()!
        let status = state.text(intervention.status.name)
        let style = intervention.status == .dropped ? Theme.letGo : Style.plain
        return StyledLine.row(
            leading: [
                Span(" " + PaneFormat.marker(intervention.status) + " ", style),
                Span(
                    status.padded(toWidth: statusWidth + 2), intervention.status == .dropped ? Theme.letGo : Theme.dim),
            ],
            main: [Span(intervention.title, style)],
            trailing: [[Span(PaneFormat.tips(intervention.tips) + " ", Theme.dim)]],
            width: width)
    }

    static func detail(_ intervention: Intervention, state: AppState, width: Int) -> DetailText {
        var text = DetailText(width: width)
        text.paragraph(intervention.title, style: Theme.heading)
        let labels = [
            L("Status", "Status"), L("Uit catalogus", "From catalogue"), L("Tips", "Tips"), L("Gericht op", "Aimed at"),
            L("Waarom", "Rationale"), L("Verwacht effect", "Expected effect"), L("Uitkomst", "Outcome"),
            L("Consequenties", "Consequences"), L("Wanneer", "When"),
        ].map { state.text($0) }
        let labelWidth = DetailText.labelWidth(labels)

        let statusName = state.text(intervention.status.name)
        let status = [
            Span(PaneFormat.marker(intervention.status) + " " + statusName),
            Span(
                " · " + state.text(L("inspanning ", "effort ")) + state.text(intervention.effort.name),
                Theme.dim),
        ]
        var dates: [String] = []
        if let planned = intervention.planned {
            dates.append(state.text(L("gepland ", "planned ")) + planned.description)
        }
        if let completed = intervention.completed {
            dates.append(state.text(L("afgerond ", "completed ")) + completed.description)
        }
        text.blank()
        text.field(labels[0], spans: status, labelWidth: labelWidth)
        if !dates.isEmpty { text.field(labels[8], dates.joined(separator: " · "), labelWidth: labelWidth) }
        if let id = intervention.catalogId {
            if let entry = Catalog.intervention(id: id) {
                text.field(
                    labels[1], state.text(entry.title) + " — " + state.text(entry.method.name), labelWidth: labelWidth)
                text.paragraph(state.text(entry.description), style: Theme.dim, indent: labelWidth)
            } else {
                text.field(
                    labels[1], id + " " + state.text(L("(niet gevonden)", "(not found)")), labelWidth: labelWidth,
                    style: Theme.dim)
            }
        }
        // Once an intervention is done or dropped, what came of it matters more than the plan.
        if intervention.status == .done || intervention.status == .dropped {
            result(intervention, state: state, labels: labels, labelWidth: labelWidth, into: &text)
            plan(intervention, state: state, labels: labels, labelWidth: labelWidth, into: &text)
        } else {
            plan(intervention, state: state, labels: labels, labelWidth: labelWidth, into: &text)
            result(intervention, state: state, labels: labels, labelWidth: labelWidth, into: &text)
        }
        return text
    }

    /// Tips, targets, rationale and expected effect.
    private static func plan(
        _ intervention: Intervention, state: AppState, labels: [String], labelWidth: Int, into text: inout DetailText
    ) {
        text.section(state.text(L("Plan", "Plan")), note: state.text(L("tip 3", "tip 3")))
        if intervention.tips.isEmpty, intervention.targets.isEmpty, intervention.rationale.trimmedForDisplay.isEmpty,
            intervention.expectedEffect.trimmedForDisplay.isEmpty
        {
            text.paragraph(
                state.text(L("nog niet ingevuld — e vult aan", "not filled in yet — e fills it in")),
                style: Theme.dim)
        }
        for (index, number) in intervention.tips.enumerated() {
            let title = Catalog.tip(number).map { state.text($0.title) } ?? ""
            text.field(index == 0 ? labels[2] : "", "\(number)  " + title, labelWidth: labelWidth)
        }
        if !intervention.targets.isEmpty {
            text.field(labels[3], PaneFormat.names(intervention.targets, in: state), labelWidth: labelWidth)
        }
        if !intervention.rationale.trimmedForDisplay.isEmpty {
            text.field(labels[4], intervention.rationale, labelWidth: labelWidth)
        }
        if !intervention.expectedEffect.trimmedForDisplay.isEmpty {
            text.field(labels[5], intervention.expectedEffect, labelWidth: labelWidth)
        }
    }

    /// Outcome and consequences (tip 4), with a prompt where they are still missing.
    private static func result(
        _ intervention: Intervention, state: AppState, labels: [String], labelWidth: Int, into text: inout DetailText
    ) {
        text.section(state.text(L("Wat het opleverde", "What came of it")), note: state.text(L("tip 4", "tip 4")))
        let outcome = intervention.outcome.trimmedForDisplay
        let consequences = intervention.consequences.trimmedForDisplay
        if outcome.isEmpty {
            let pending = state.text(L("nog niet beschreven — e vult aan", "not described yet — e fills it in"))
            text.field(labels[6], pending, labelWidth: labelWidth, style: Theme.dim)
        } else {
            text.field(labels[6], outcome, labelWidth: labelWidth)
        }
        if consequences.isEmpty {
            let pending = state.text(
                L(
                    "voor de samenwerking en voor de opgave — e vult aan",
                    "for the collaboration and for the opgave — e fills it in"))
            text.field(labels[7], pending, labelWidth: labelWidth, style: Theme.dim)
        } else {
            text.field(labels[7], consequences, labelWidth: labelWidth)
        }
    }
}
