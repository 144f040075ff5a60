import Canvas
import RegieKit

/// Pane 5: the seven tips as steps. Left the steps and the progress; right the selected tip,
/// the pane where its work is done, and its questions with the answers saved so far. Answers
/// can be private reflections, so presentation mode shows the questions only.
enum WalkthroughPaneView {
    static func draw(_ state: AppState, in rect: Rect, into frame: inout Frame) {
        let stepsWidth = min(40, max(28, rect.width * 3 / 10))
        let (steps, detail) = rect.splitColumns(leftWidth: stepsWidth)
        WalkthroughSteps.draw(state, in: steps, into: &frame)
        drawTip(state, in: detail, into: &frame)
    }

    private static func drawTip(_ state: AppState, in rect: Rect, into frame: inout Frame) {
        guard let tip = Catalog.tip(state.selectedTip) else {
            PaneLayout.box(rect, title: "", focused: false, into: &frame)
            return
        }
        let title = state.text(L("Tip \(tip.number) van 7", "Tip \(tip.number) of 7"))
        PaneLayout.box(rect, title: title, focused: false, into: &frame)
        let inner = rect.inset(top: 1, left: 2, bottom: 1, right: 2)
        guard !inner.isEmpty else { return }
        let page = TipPage(tip: tip, state: state, width: inner.width)
        // Keep the selected question and its answer in view.
        var offset = DetailText.clampedOffset(state.detailScroll, count: page.text.count, height: inner.height)
        if let selected = page.selectedLines {
            if selected.upperBound > offset + inner.height { offset = selected.upperBound - inner.height }
            if selected.lowerBound < offset { offset = selected.lowerBound }
        }
        DetailText.draw(page.text.lines, in: inner, offset: offset, into: &frame)
    }
}

/// The right side of the walkthrough as lines, with where the selected question sits.
struct TipPage {
    /// Tip 1 is about the opgave itself, so its page shows it (and how to change it).
    static func addOpgave(_ state: AppState, to text: inout DetailText) {
        let opgave = state.shown.opgave
        text.section(state.text(L("De opgave", "The opgave")), note: state.text(L("O bewerkt", "O edits")))
        guard !(opgave.title + opgave.intent + opgave.whyItMatters).isEmpty || !opgave.successSignals.isEmpty else {
            text.paragraph(
                state.text(
                    L(
                        "Nog niet beschreven. O legt vast wat jullie samen willen bereiken.",
                        "Not described yet. O records what you want to achieve together.")), style: Theme.dim)
            return
        }
        let labels = [L("Opgave", "Opgave"), L("Bedoeling", "Intent"), L("Waarom", "Why"), L("Succes", "Success")]
            .map(state.text)
        let width = DetailText.labelWidth(labels)
        if !opgave.title.isEmpty { text.field(labels[0], opgave.title, labelWidth: width) }
        if !opgave.intent.isEmpty { text.field(labels[1], opgave.intent, labelWidth: width) }
        if !opgave.whyItMatters.isEmpty { text.field(labels[2], opgave.whyItMatters, labelWidth: width) }
        if !opgave.successSignals.isEmpty {
            text.field(labels[3], opgave.successSignals.map { "• " + $0 }.joined(separator: "\n"), labelWidth: width)
        }
    }

    /// Tip 7 asks whether the regie fits the way of working, so its page shows the one recorded.
    static func addWorkForm(_ state: AppState, to text: inout DetailText) {
        let session = state.shown
        text.section(
            state.text(L("Werkvorm en sturing", "Way of working and steering")),
            note: state.text(L("O bewerkt", "O edits")))
        let labels = [
            L("Werkvorm", "Way of working"), L("Sturing", "Steering"), L("Regisseur", "Regisseur"),
            L("Toelichting", "Notes"),
        ]
        .map(state.text)
        let width = DetailText.labelWidth(labels)
        text.field(labels[0], state.text(session.workForm.kind.name), labelWidth: width)
        text.field(labels[1], state.text(session.workForm.steering.name), labelWidth: width)
        let styles = session.regisseur.styles.map { state.text($0.name) }.joined(separator: ", ")
        let regisseur = [session.regisseur.name, styles].filter { !$0.isEmpty }.joined(separator: " · ")
        if !regisseur.isEmpty { text.field(labels[2], regisseur, labelWidth: width) }
        if !session.workForm.notes.isEmpty { text.field(labels[3], session.workForm.notes, labelWidth: width) }
    }

    private(set) var text: DetailText
    /// The lines of the selected question and its answer.
    private(set) var selectedLines: Range<Int>?

    init(tip: Tip, state: AppState, width: Int) {
        text = DetailText(width: width)
        let reflection = state.shown.reflections[tip.number] ?? Reflection()
        text.paragraph(state.text(tip.title), style: Theme.heading)
        // What this session shows comes first, so that it is in view with the tip's title.
        let finding = Walkthrough.selectedFinding(state)
        selectedLines = Self.addFindings(state, selected: finding, to: &text)
        text.blank()
        text.paragraph(state.text(tip.summary))
        text.blank()
        text.add(Self.paneHint(tip.workedIn, state: state, width: width))
        if tip.number == 1 { Self.addOpgave(state, to: &text) }
        if tip.number == 7 { Self.addWorkForm(state, to: &text) }

        let answered = tip.questions.filter { !(reflection.answers[$0.id]?.trimmedForDisplay.isEmpty ?? true) }.count
        var note = state.text(
            L("\(answered)/\(tip.questions.count) beantwoord", "\(answered)/\(tip.questions.count) answered"))
        note +=
            reflection.done
            ? " · ✓ " + state.text(L("afgerond", "done"))
            : " · " + state.text(L("x als je klaar bent", "x when you are done"))
        if !state.disclosure.showsPrivateFields { note = state.text(L("antwoorden verborgen", "answers hidden")) }
        let sectionLine = text.count + (text.lines.last?.isBlank == false ? 1 : 0)
        text.section(state.text(L("Vragen", "Questions")), note: note)

        for (index, question) in tip.questions.enumerated() {
            let selected = finding == nil && index == state.selectedQuestion
            // The first question brings its heading into view with it.
            let start = index == 0 ? sectionLine : text.count
            let number = "\(index + 1)".padded(toWidth: 3)
            let rows = state.text(question.text).wrapped(toWidth: max(1, width - 3))
            for (row, line) in rows.enumerated() {
                let head = row == 0 ? Span(number, Theme.label) : Span("   ")
                text.add(StyledLine([head, Span(line, Theme.heading)], highlighted: selected))
            }
            if state.disclosure.showsPrivateFields {
                let answer = reflection.answers[question.id]?.trimmedForDisplay ?? ""
                if !answer.isEmpty {
                    text.paragraph(answer, indent: 3)
                } else if selected {
                    text.paragraph(
                        state.text(L("Enter schrijft een antwoord", "Enter writes an answer")),
                        style: Theme.dim, indent: 3)
                }
            }
            if selected { selectedLines = start..<text.count }
            text.blank()
        }
        Self.addAbout(state, to: &text)
    }

    /// What the analysis says about this session under the tip, each line leading with `Enter`
    /// to where its work is done; returns the lines of the selected one.
    static func addFindings(_ state: AppState, selected: Int?, to text: inout DetailText) -> Range<Int>? {
        let enter = Keymap.label(for: .open, in: .walkthrough) ?? "Enter"
        guard let findings = Walkthrough.findings(state) else {
            text.section(state.text(L("In deze sessie", "In this session")))
            text.paragraph(state.text(L("berekenen…", "computing…")), style: Theme.dim)
            return nil
        }
        let note =
            findings.isEmpty ? "" : state.text(L("↑/↓ kiest, \(enter) gaat erheen", "↑/↓ chooses, \(enter) goes there"))
        text.section(state.text(L("In deze sessie", "In this session")), note: note)
        if findings.isEmpty {
            text.paragraph(
                state.text(
                    L("De analyse vindt hier niets bijzonders.", "The analysis finds nothing in particular here.")),
                style: Theme.dim)
            return nil
        }
        var selectedLines: Range<Int>?
        for (index, finding) in findings.enumerated() {
            let start = text.count
            let isSelected = index == selected
            let rows = state.text(finding.text).trimmedForDisplay.wrapped(toWidth: max(1, text.width - 2))
            for (row, line) in rows.enumerated() {
                text.add(
                    StyledLine([Span(row == 0 ? "• " : "  ", Theme.dim), Span(line)], highlighted: isSelected))
            }
            if isSelected {
                text.add([Span("  " + enter, Theme.key), Span(" → " + state.text(finding.jump.label), Theme.dim)])
                selectedLines = start..<text.count
            }
        }
        return selectedLines
    }

    /// Where the tips come from, below the questions of every step: out of the way while
    /// working, one scroll away when someone asks.
    static func addAbout(_ state: AppState, to text: inout DetailText) {
        let about = Catalog.aboutTips
        text.section(state.text(about.title))
        for (index, paragraph) in about.paragraphs.enumerated() {
            if index > 0 { text.blank() }
            text.paragraph(state.text(paragraph), style: Theme.dim)
        }
    }

    /// `→ Werk dit uit in 2 Perspectieven · toets 2`: where the step's work is done; without the
    /// key when that does not fit (the key is the pane's number).
    static func paneHint(_ hint: PaneHint, state: AppState, width: Int) -> StyledLine {
        let pane = Self.pane(for: hint)
        if pane == .walkthrough {
            let text = L("Werk dit hier uit, met de vragen hieronder", "Work on this here, with the questions below")
            return StyledLine("→ " + state.text(text), Theme.dim)
        }
        let short = StyledLine([
            Span("→ " + state.text(L("Werk dit uit in ", "Work on this in ")), Theme.dim),
            Span("\(pane.rawValue) " + pane.title(state.language)),
        ])
        let long = StyledLine(
            short.spans + [
                Span(" · " + state.text(L("toets ", "key ")), Theme.dim), Span("\(pane.rawValue)", Theme.key),
            ])
        return long.displayWidth <= width ? long : short
    }

    static func pane(for hint: PaneHint) -> Pane {
        switch hint {
        case .partnerMap: .map
        case .perspectives: .perspectives
        case .interventions: .interventions
        case .notes: .notes
        case .walkthrough: .walkthrough
        }
    }
}
