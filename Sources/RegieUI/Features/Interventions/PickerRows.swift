import Canvas
import RegieKit

/// How the picker's items read: as rows of the list and in full in the detail area.
enum PickerRows {
    /// At most this many names under "aimed at"; then how many more.
    static let targetLimit = 12

    /// ` 1  Een bestuurlijk trekker of ambassadeur          Mendelow · tips 3·5`
    /// `    Politie Dalstede-Oost: invloed 5, commitment 2; Lokale driehoek Dalstede: inv…`
    static func suggestionRow(_ item: PickerItem, state: AppState, rankWidth: Int, width: Int) -> [StyledLine] {
        guard case .suggestion(let suggestion, let rank) = item else { return [] }
        let lead = " " + String.spaces(max(0, rankWidth - "\(rank)".count)) + "\(rank)  "
        let first = StyledLine.row(
            leading: [Span(lead, Theme.label)], main: [Span(state.text(suggestion.intervention.title), Theme.heading)],
            trailing: [
                [
                    Span(state.text(suggestion.method.shortName), Theme.label),
                    Span(" · " + PaneFormat.tips(suggestion.tips) + " ", Theme.dim),
                ]
            ], width: width)
        let indent = String.spaces(lead.displayWidth)
        let reason = StyledLine([Span(indent), Span(state.text(suggestion.reason).firstLine, Theme.dim)])
        return [first, reason.truncated(toWidth: width)]
    }

    /// `    De opgave op één A4                                        tip 1` — with the
    /// status marker of the intervention made from it, and diagnoses marked as analyses.
    static func entryRow(
        _ entry: CatalogIntervention, status: InterventionStatus?, state: AppState, rankWidth: Int, width: Int
    ) -> StyledLine {
        let marker = status.map(PaneFormat.marker) ?? " "
        let lead = " " + String.spaces(max(0, rankWidth - 1)) + marker + "  "
        var trailing: [[Span]] = []
        if entry.kind == .diagnosis { trailing.append([Span("◇ " + state.text(entry.kind.name), Theme.dim)]) }
        trailing.append([Span(PaneFormat.tips(entry.tips) + " ", Theme.dim)])
        return StyledLine.row(
            leading: [Span(lead, Theme.dim)], main: [Span(state.text(entry.title))], trailing: trailing, width: width)
    }

    static func detail(_ item: PickerItem, state: AppState, width: Int) -> DetailText {
        var text = DetailText(width: width)
        let entry = item.entry
        let labels = [
            L("Waarom", "Why"), L("Gericht op", "Aimed at"), L("Methode", "Method"), L("Wat je doet", "What you do"),
            L("Verwacht", "Expected"), L("Past als", "Fits when"), L("Tips", "Tips"), L("Bron", "Source"),
            L("Inspanning", "Effort"), L("In het plan", "In the plan"),
        ].map { state.text($0) }
        let labelWidth = DetailText.labelWidth(labels)
        switch item {
        case .suggestion(let suggestion, let rank):
            text.add([
                Span(state.text(entry.title), Theme.heading),
                Span("   #\(rank) · score \(suggestion.score)", Theme.dim),
            ])
            text.blank()
            text.field(labels[0], state.text(suggestion.reason), labelWidth: labelWidth)
            if !suggestion.targets.isEmpty {
                // A finding about a big network can name hundreds; the first ones say enough.
                let shown = Array(suggestion.targets.prefix(targetLimit))
                var names = PaneFormat.names(shown, in: state)
                let more = suggestion.targets.count - shown.count
                if more > 0 { names += state.text(L(" en nog \(more)", " and \(more) more")) }
                text.field(labels[1], names, labelWidth: labelWidth)
            }
            text.field(labels[2], state.text(suggestion.method.name), labelWidth: labelWidth)
        case .entry:
            var head = [Span(state.text(entry.title), Theme.heading)]
            if entry.kind == .diagnosis {
                head.append(Span("   ◇ " + state.text(entry.kind.name), Theme.dim))
            }
            text.add(head)
            if entry.kind == .diagnosis {
                text.paragraph(
                    state.text(
                        L(
                            "Een analyse bekijkt het netwerk en bereidt een keuze voor; zelf verandert ze niets, "
                                + "dus de kiezer stelt haar nooit voor.",
                            "An analysis looks at the network and prepares a choice; it changes nothing itself, "
                                + "so the picker never suggests it.")), style: Theme.dim)
            }
            text.blank()
        }
        text.field(labels[3], state.text(entry.description), labelWidth: labelWidth)
        text.field(labels[4], state.text(entry.expectedEffect), labelWidth: labelWidth)
        text.field(labels[5], state.text(entry.fitsWhen), labelWidth: labelWidth)
        for (index, number) in entry.tips.enumerated() {
            let title = Catalog.tip(number).map { state.text($0.title) } ?? ""
            text.field(index == 0 ? labels[6] : "", "\(number)  " + title, labelWidth: labelWidth)
        }
        text.field(labels[7], state.text(entry.method.name), labelWidth: labelWidth)
        text.field(labels[8], state.text(entry.effort.name), labelWidth: labelWidth)
        let recorded = state.shown.interventions.filter {
            $0.catalogId.flatMap(Catalog.intervention(id:))?.id == entry.id
        }
        for (index, intervention) in recorded.enumerated() {
            text.field(
                index == 0 ? labels[9] : "",
                PaneFormat.marker(intervention.status) + " " + state.text(intervention.status.name) + " · "
                    + intervention.title, labelWidth: labelWidth)
        }
        return text
    }
}
