import Canvas
import RegieKit

/// The right side of the perspectives pane: one partner's perspective and the details the
/// regisseur keeps on it. Private assessments stay out of presentation mode.
enum PartnerDetailView {
    static func draw(_ state: AppState, in rect: Rect, into frame: inout Frame) {
        PaneLayout.box(rect, title: state.text(L("Partner", "Partner")), focused: false, into: &frame)
        let inner = rect.inset(top: 1, left: 2, bottom: 1, right: 2)
        guard !inner.isEmpty else { return }
        guard let partner = state.selectedPartnerValue else {
            let text =
                state.shown.partners.isEmpty
                ? L(
                    "Nog geen partners — 1 opent de kaart, a voegt er een toe",
                    "No partners yet — 1 opens the map, a adds one")
                : L("Kies een partner links (↑/↓)", "Choose a partner on the left (↑/↓)")
            PaneLayout.empty(state.text(text), in: inner, into: &frame)
            return
        }
        let text = lines(for: partner, state: state, width: inner.width)
        DetailText.draw(text.lines, in: inner, offset: state.detailScroll, into: &frame)
    }

    static func lines(for partner: Partner, state: AppState, width: Int) -> DetailText {
        var text = DetailText(width: width)
        header(partner, state: state, into: &text)
        perspective(partner, state: state, into: &text)
        if !state.shown.showsAssessment(of: partner) {
            text.section(state.text(L("Inschatting", "Assessment")))
            text.paragraph(
                state.text(L("Niet gedeeld in de presentatie", "Not shared in the presentation")), style: Theme.dim)
        } else {
            assessment(partner, state: state, into: &text)
            AssessorsSection.add(partner, state: state, into: &text)
        }
        relations(partner, state: state, into: &text)
        notes(partner, state: state, into: &text)
        return text
    }

    // MARK: - Sections

    private static func header(_ partner: Partner, state: AppState, into text: inout DetailText) {
        let status = statusLabel(partner.status, state: state)
        text.add(
            StyledLine.row(
                leading: [], main: [Span(partner.name, Theme.heading)], trailing: [[status]], width: text.width))
        var facts = [partner.organisation, partner.sector].filter { !$0.isEmpty }
        if let position = partner.chainPosition {
            facts.append(state.text(L("keten \(position)", "chain \(position)")))
        }
        if !facts.isEmpty { text.paragraph(facts.joined(separator: " · "), style: Theme.dim) }
        if state.comparison.contains(partner.id) {
            text.paragraph(
                state.text(L("◆ in de vergelijking — c kiest er nog een bij", "◆ in the comparison — c adds another")),
                style: Theme.dim)
        }
    }

    static func statusLabel(_ status: PartnerStatus, state: AppState) -> Span {
        let marker: String
        switch status {
        case .active: marker = "●"
        case .watching: marker = "?"
        case .letGo: marker = "×"
        }
        return Span(marker + " " + state.text(status.name), status == .active ? Theme.dim : Theme.warning)
    }

    private static func perspective(_ partner: Partner, state: AppState, into text: inout DetailText) {
        text.section(state.text(L("Perspectief", "Perspective")), note: state.text(L("tip 2", "tip 2")))
        guard let perspective = state.shown.perspective(of: partner.id),
            PerspectiveField.allCases.contains(where: { !$0.value(in: perspective).trimmedForDisplay.isEmpty })
        else {
            text.paragraph(
                state.text(L("Nog geen perspectief — e legt het vast", "No perspective yet — e records it")),
                style: Theme.dim)
            return
        }
        let labels = PerspectiveField.allCases.map { state.text($0.label) }
        let labelWidth = DetailText.labelWidth(labels)
        for (label, field) in zip(labels, PerspectiveField.allCases) {
            let value = field.value(in: perspective)
            if value.trimmedForDisplay.isEmpty {
                text.field(label, spans: [Span("—", Theme.dim)], labelWidth: labelWidth)
            } else {
                text.field(label, value, labelWidth: labelWidth)
            }
        }
    }

    private static func assessment(_ partner: Partner, state: AppState, into text: inout DetailText) {
        text.section(
            state.text(L("Inschatting", "Assessment")),
            note: partner.shareScores ? state.text(L("deelbaar", "shareable")) : state.text(L("privé", "private")))
        scores(partner.scores, state: state, into: &text)
        let labels = [
            L("Betrokkenheid", "Engagement"), L("Belangen", "Interests"), L("Waarden", "Values"),
            L("Middelen", "Resources"),
        ].map { state.text($0) }
        let labelWidth = DetailText.labelWidth(labels)
        text.blank()
        let engagement = partner.engagement
        var move = [
            Span(state.text(engagement.current.name)), Span(" → ", Theme.dim),
            Span(state.text(engagement.desired.name)),
        ]
        if engagement.gap != 0 { move.append(Span("  (\(engagement.gap > 0 ? "+" : "")\(engagement.gap))", Theme.dim)) }
        text.field(labels[0], spans: move, labelWidth: labelWidth)
        if !partner.interests.isEmpty {
            text.field(labels[1], partner.interests.joined(separator: " · "), labelWidth: labelWidth)
        }
        if !partner.values.isEmpty {
            text.field(labels[2], partner.values.joined(separator: " · "), labelWidth: labelWidth)
        }
        if !partner.resources.isEmpty {
            let list = partner.resources.map { $0.replaceable ? $0.name : $0.name + " !" }.joined(separator: " · ")
            text.field(labels[3], list, labelWidth: labelWidth)
            if partner.resources.contains(where: { !$0.replaceable }) {
                text.add([
                    Span(String.spaces(labelWidth)),
                    Span(state.text(L("! = onvervangbaar", "! = irreplaceable")), Theme.dim),
                ])
            }
        }
    }

    /// The nine scores as bars, in two columns when there is room.
    private static func scores(_ scores: Scores, state: AppState, into text: inout DetailText) {
        let kinds = ScoreKind.allCases
        let labels = kinds.map { state.text($0.name) }
        let labelWidth = DetailText.labelWidth(labels, gap: 1)
        let cellWidth = labelWidth + 7
        let gap = 3
        let columns = text.width >= cellWidth * 2 + gap ? 2 : 1
        let perColumn = (kinds.count + columns - 1) / columns
        for row in 0..<perColumn {
            var spans: [Span] = []
            for column in 0..<columns {
                let index = column * perColumn + row
                guard index < kinds.count else { break }
                if column > 0 { spans.append(Span(String.spaces(gap))) }
                let value = scores[kinds[index]]
                spans += [
                    Span(labels[index].padded(toWidth: labelWidth), Theme.label),
                    Span(PaneFormat.bar(value), Theme.score), Span(" \(value)"),
                ]
            }
            text.add(spans)
        }
    }

    private static func relations(_ partner: Partner, state: AppState, into text: inout DetailText) {
        let relations = state.relations(of: partner.id)
        text.section(state.text(L("Relaties", "Relations")), note: relations.isEmpty ? "" : "\(relations.count)")
        guard !relations.isEmpty else {
            text.paragraph(
                state.text(L("Nog geen relaties — r legt er een", "No relations yet — r adds one")), style: Theme.dim)
            return
        }
        let kindWidth = DetailText.labelWidth(RelationKind.allCases.map { state.text($0.name) })
        for relation in relations {
            let outgoing = relation.from == partner.id
            let other = state.partnerName(outgoing ? relation.to : relation.from)
            text.add([
                Span(state.text(relation.kind.name).padded(toWidth: kindWidth)),
                Span(outgoing ? "→ " : "← ", Theme.dim), Span(other),
            ])
        }
    }

    private static func notes(_ partner: Partner, state: AppState, into text: inout DetailText) {
        let shared = partner.notes.trimmedForDisplay
        let hidden = partner.privateNotes.trimmedForDisplay
        let showPrivate = !hidden.isEmpty
        guard !shared.isEmpty || showPrivate else { return }
        text.section(state.text(L("Notities", "Notes")))
        if !shared.isEmpty { text.paragraph(shared) }
        if showPrivate {
            text.blank()
            text.add([Span("◆ " + state.text(L("privé", "private")), Theme.privateMark)])
            text.paragraph(hidden, indent: 2)
        }
    }
}
