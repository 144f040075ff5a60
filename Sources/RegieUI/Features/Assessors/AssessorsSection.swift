import Canvas
import RegieKit

/// "How each assessor sees this partner" in pane 2: the merged assessors' scores side by side,
/// never averaged, the scores they are two or more apart on marked as points to discuss.
enum AssessorsSection {
    static func add(_ partner: Partner, state: AppState, into text: inout DetailText) {
        let readings = state.shown.assessorReadings(of: partner.id)
        let addedBy = state.shown.addedBy(partner.id.rawValue)
        guard !readings.isEmpty || addedBy != nil else { return }
        text.section(
            state.text(L("Hoe elke beoordelaar deze partner ziet", "How each assessor sees this partner")),
            note: state.text(L("privé", "private")))
        if let addedBy {
            text.paragraph(state.text(L("Toegevoegd door \(addedBy)", "Added by \(addedBy)")), style: Theme.dim)
        }
        guard !readings.isEmpty else { return }
        let labels = ScoreKind.allCases.map { state.text($0.name) } + [state.text(L("Betrokkenheid", "Engagement"))]
        let labelWidth = DetailText.labelWidth(labels, gap: 1)
        let columnWidth = max(6, min(14, readings.map { $0.assessor.displayWidth }.max() ?? 6) + 1)
        let fit = max(1, (text.width - labelWidth - 2) / columnWidth)
        let shown = Array(readings.prefix(fit))
        var header = [Span(String.spaces(labelWidth + 2))]
        header += shown.map {
            Span($0.assessor.truncated(toWidth: columnWidth - 1).padded(toWidth: columnWidth), Theme.label)
        }
        text.add(header)
        let rows: [(String, [Int], (Int) -> String)] =
            ScoreKind.allCases.map { kind in
                (state.text(kind.name), shown.map { $0.reading.scores[kind] }, { String($0) })
            } + [
                (
                    state.text(L("Betrokkenheid", "Engagement")), shown.map { $0.reading.engagement.current.rank },
                    { state.text(EngagementLevel.allCases[$0].name) }
                )
            ]
        for (label, values, format) in rows {
            let apart = (values.max() ?? 0) - (values.min() ?? 0) >= Bespreekpunt.threshold
            var spans = [
                Span(label.padded(toWidth: labelWidth), Theme.label), Span(apart ? "◆ " : "  ", Theme.warning),
            ]
            spans += values.map {
                Span(
                    format($0).truncated(toWidth: columnWidth - 1).padded(toWidth: columnWidth),
                    apart ? Theme.warning : .plain)
            }
            text.add(spans)
        }
        if readings.count > shown.count {
            text.paragraph(
                state.text(
                    L(
                        "+\(readings.count - shown.count) meer (breder venster)",
                        "+\(readings.count - shown.count) more (wider window)")),
                style: Theme.dim)
        }
        if rows.contains(where: { ($0.1.max() ?? 0) - ($0.1.min() ?? 0) >= Bespreekpunt.threshold }) {
            text.paragraph(
                state.text(
                    L(
                        "◆ = 2 of meer uiteen: een bespreekpunt (:bespreekpunten)",
                        "◆ = 2 or more apart: a point to discuss (:points)")),
                style: Theme.dim)
        }
    }
}

/// The bespreekpunten overlay: every point to discuss, widest spread first.
enum Bespreekpunten {
    static func open(_ state: inout AppState) {
        guard !state.presenting else {
            state.message = StatusMessage(
                L(
                    "Beoordelingen zijn privé: niet in de presentatiemodus",
                    "Assessments are private: not in presentation mode"),
                kind: .warning)
            return
        }
        state.modal = .bespreekpunten(scroll: 0)
    }

    static func key(_ state: inout AppState, scroll: Int, _ key: Key) {
        switch key {
        case .escape, .ctrl("c"), .character("q"), .enter: state.modal = nil
        case .up, .character("k"): state.modal = .bespreekpunten(scroll: max(0, scroll - 1))
        case .down, .character("j"): state.modal = .bespreekpunten(scroll: scroll + 1)
        case .pageUp: state.modal = .bespreekpunten(scroll: max(0, scroll - 10))
        case .pageDown, .character(" "): state.modal = .bespreekpunten(scroll: scroll + 10)
        default: break
        }
    }

    static func draw(_ state: AppState, scroll: Int, into frame: inout Frame) {
        ReportOverlayView.draw(
            title: state.text(L("Bespreekpunten", "Points to discuss")),
            lines: state.shown.bespreekpuntLines(state.language),
            scroll: scroll, keys: state.text(L("↑/↓ schuiven · Esc terug", "↑/↓ scroll · Esc back")), into: &frame)
    }
}
