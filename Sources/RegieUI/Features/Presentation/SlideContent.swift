import Canvas
import RegieKit

/// What each slide says below its title, drawn from the deck's session only (`SlideDeck.session`,
/// the disclosed one). Text wraps, names included; a slide longer than the screen scrolls.
enum SlideContent {
    static func subtitle(_ slide: Slide, _ deck: SlideDeck, _ state: AppState) -> String {
        switch slide {
        case .opgave:
            let title = deck.session.opgave.title.trimmedForDisplay
            return title.isEmpty ? state.text(L("Nog geen opgave vastgelegd", "No opgave recorded yet")) : title
        case .success: return state.text(L("Zo merken we dat het lukt", "How we will notice success"))
        case .tip(let number): return Catalog.tip(number).map { state.text($0.title) } ?? ""
        case .map(let kind): return capitalised(state.text(kind.title))
        case .perspectives: return state.text(L("Hoe de partners het zien", "How the partners see it"))
        case .interventions: return state.text(L("Wat we gaan doen", "What we are going to do"))
        case .actions: return state.text(L("Wat nog open staat", "What is still open"))
        }
    }

    static func draw(_ slide: Slide, _ deck: SlideDeck, _ state: AppState, in rect: Rect, into frame: inout Frame) {
        guard rect.width > 2, rect.height > 0 else { return }
        // One column at the right stays free for the ▲ ▼ that say the slide goes on.
        let text = rect.inset(top: 0, left: 0, bottom: 0, right: 1)
        switch slide {
        case .map(let kind):
            drawMap(kind, deck, state, in: rect, into: &frame)
        case .perspectives(let page):
            let shown = SlideDeck.page(deck.perspectives, page, SlideDeck.perspectivesPerSlide)
            drawColumns(Array(shown), deck, state, in: text, into: &frame)
        case .tip(let number):
            var tip = tip(number, deck, state, width: text.width, spaced: true)
            if tip.lines.count - 1 > text.height {
                tip = self.tip(number, deck, state, width: text.width, spaced: false)
            }
            // The question pointed at stays in view.
            let offset = max(0, min(tip.pointed.lowerBound, tip.pointed.upperBound - text.height))
            draw(tip.lines, in: text, offset: offset, into: &frame)
            if let cursor = tip.cursor, cursor.line - offset >= 0, cursor.line - offset < text.height {
                frame.cursor = Point(x: text.x + cursor.column, y: text.y + cursor.line - offset)
            }
        default:
            var lines = lines(slide, deck, state, width: text.width, spaced: true)
            while lines.last?.isBlank == true { lines.removeLast() }
            if lines.count > text.height { lines = self.lines(slide, deck, state, width: text.width, spaced: false) }
            draw(lines, in: text, offset: state.presentation.scroll, into: &frame)
        }
    }

    // MARK: - Text slides

    /// The lines of a slide made of text; `spaced` puts a blank line between its items, as long
    /// as they fit without scrolling.
    static func lines(_ slide: Slide, _ deck: SlideDeck, _ state: AppState, width: Int, spaced: Bool) -> [StyledLine] {
        var text = DetailText(width: width)
        switch slide {
        case .opgave:
            text.paragraph(deck.session.opgave.intent)
        case .success:
            for signal in deck.session.opgave.successSignals {
                hanging([Span("•  ")], signal, into: &text)
                if spaced { text.blank() }
            }
        case .interventions(let page):
            let items = SlideDeck.page(deck.interventions, page, SlideDeck.interventionsPerSlide)
            if items.isEmpty {
                text.paragraph(state.text(L("Er zijn geen geplande interventies.", "No interventions are planned.")))
            }
            for intervention in items {
                self.intervention(intervention, deck, state, into: &text)
                if spaced { text.blank() }
            }
        case .actions(let page):
            let items = SlideDeck.page(deck.actions, page, SlideDeck.actionsPerSlide)
            if items.isEmpty { text.paragraph(state.text(L("Er staan geen acties open.", "No actions are open."))) }
            for action in items {
                self.action(action, deck, state, into: &text)
                if spaced { text.blank() }
            }
        case .tip, .map, .perspectives:
            break
        }
        return text.lines
    }

    private static func intervention(
        _ item: Intervention, _ deck: SlideDeck, _ state: AppState, into text: inout DetailText
    ) {
        hanging([Span("•  ")], item.title, style: Theme.heading, into: &text)
        let partners = targetPartners(item, deck.session)
        if !partners.isEmpty {
            let names = partners.map(deck.session.partnerName).joined(separator: ", ")
            labelled(state.text(L("Met", "With")), names, into: &text)
        }
        if let planned = item.planned {
            labelled(state.text(L("Gepland", "Planned")), planned.description, into: &text)
        }
        if !item.expectedEffect.trimmedForDisplay.isEmpty {
            labelled(state.text(L("Beoogd", "Aim")), item.expectedEffect, into: &text)
        }
    }

    /// The partners an intervention is aimed at, each once: those it names, and those at either
    /// end of a relation it names. A relation the slides leave out (a hidden tension) adds nobody.
    static func targetPartners(_ item: Intervention, _ session: Session) -> [Partner.ID] {
        var partners: [Partner.ID] = []
        for id in item.targets {
            if let partner = session.partners.first(where: { $0.id.rawValue == id }) {
                partners.append(partner.id)
            } else if let relation = session.relations.first(where: { $0.id.rawValue == id }) {
                partners += [relation.from, relation.to]
            }
        }
        var seen = Set<Partner.ID>()
        return partners.filter { seen.insert($0).inserted }
    }

    private static func action(_ item: ActionItem, _ deck: SlideDeck, _ state: AppState, into text: inout DetailText) {
        hanging([Span("•  ")], item.text, style: Theme.heading, into: &text)
        if let owner = item.owner {
            labelled(state.text(L("Wie", "Who")), deck.session.partnerName(owner), into: &text)
        }
        if let due = item.due { labelled(state.text(L("Wanneer", "When")), due.description, into: &text) }
    }

    /// A tip slide's text: its lines, the lines of the question the facilitator points at, and
    /// where the cursor of an answer being typed is.
    struct TipLines {
        var lines: [StyledLine]
        var pointed: Range<Int>
        var cursor: (line: Int, column: Int)?
    }

    /// A tip's questions, each with whether the group discussed it and what it answered.
    static func tip(_ number: Int, _ deck: SlideDeck, _ state: AppState, width: Int, spaced: Bool) -> TipLines {
        var text = DetailText(width: width)
        var cursor: (line: Int, column: Int)?
        guard let tip = Catalog.tip(number) else { return TipLines(lines: [], pointed: 0..<0) }
        let reflection = deck.session.reflections[number] ?? Reflection()
        let pointed = max(0, min(tip.questions.count - 1, state.presentation.question))
        var selected = 0..<0
        for (index, question) in tip.questions.enumerated() {
            let start = text.count
            let isPointed = index == pointed
            // Shapes, not colours: ▶ points, ✓ marks a question the group discussed.
            let prefix = [
                Span(isPointed ? "▶ " : "  ", Theme.heading),
                Span(reflection.discussed.contains(question.id) ? "✓ " : "  ", Theme.heading),
                Span("\(index + 1). "),
            ]
            hanging(prefix, state.text(question.text), style: isPointed ? Theme.heading : .plain, into: &text)
            let indent = StyledLine(prefix).displayWidth
            if case .answer(let editing, let id, let editor) = state.presentation.editing, editing == number,
                id == question.id
            {
                let label = state.text(L("Samen: ", "Together: "))
                let layout = TextLayout(editor, width: max(1, width - indent - label.displayWidth))
                cursor = (text.count + layout.cursorRow, indent + label.displayWidth + layout.cursorColumn)
                for (row, line) in layout.rows.enumerated() {
                    let head = row == 0 ? label : String(repeating: " ", count: label.displayWidth)
                    text.add([
                        Span(String(repeating: " ", count: indent)), Span(head, Theme.heading),
                        Span(line, Style(underline: true)),
                    ])
                }
            } else if let answer = reflection.sharedAnswers[question.id] {
                let label = state.text(L("Samen: ", "Together: "))
                hanging([Span(String(repeating: " ", count: indent)), Span(label, Theme.heading)], answer, into: &text)
            }
            if isPointed { selected = start..<text.count }
            if spaced { text.blank() }
        }
        return TipLines(lines: text.lines, pointed: selected, cursor: cursor)
    }

    // MARK: - Perspectives side by side

    private static func drawColumns(
        _ perspectives: [Perspective], _ deck: SlideDeck, _ state: AppState, in rect: Rect, into frame: inout Frame
    ) {
        guard !perspectives.isEmpty else {
            let empty = DetailText.lines(
                state.text(L("Nog geen perspectieven vastgelegd.", "No perspectives recorded yet.")), width: rect.width)
            draw(empty, in: rect, offset: 0, into: &frame)
            return
        }
        let gap = 4
        let count = SlideDeck.perspectivesPerSlide
        let width = (rect.width - gap * (count - 1)) / count
        let columns = perspectives.map { perspective in
            var text = DetailText(width: width)
            text.paragraph(deck.session.partnerName(perspective.partner), style: Theme.heading.underlined())
            for field in PerspectiveField.allCases {
                let value = field.value(in: perspective).trimmedForDisplay
                guard !value.isEmpty else { continue }
                text.blank()
                text.paragraph(state.text(field.label), style: Theme.heading)
                text.paragraph(value)
            }
            return text.lines
        }
        let longest = columns.map(\.count).max() ?? 0
        let offset = DetailText.clampedOffset(state.presentation.scroll, count: longest, height: rect.height)
        for (index, lines) in columns.enumerated() {
            let column = Rect(x: rect.x + index * (width + gap), y: rect.y, width: width, height: rect.height)
            for row in 0..<rect.height where offset + row < lines.count {
                lines[offset + row].draw(at: Point(x: column.x, y: column.y + row), width: width, into: &frame.grid)
            }
        }
        marks(above: offset > 0, below: offset + rect.height < longest, beside: rect, into: &frame)
    }

    // MARK: - Map

    private static func drawMap(
        _ kind: MapKind, _ deck: SlideDeck, _ state: AppState, in rect: Rect, into frame: inout Frame
    ) {
        var area = rect
        // Score-based views place only partners who share their scores; the slide says so in
        // general and never names who did not.
        if [.grid, .salience, .rings].contains(kind) {
            let caption = state.text(
                L(
                    "Op deze kaart staan de partners die hun scores delen.",
                    "This map shows the partners who share their scores."))
            let rows = caption.wrapped(toWidth: rect.width)
            for (row, line) in rows.enumerated() {
                frame.grid.put(line, at: Point(x: rect.x, y: rect.maxY - rows.count + row), clip: rect)
            }
            area = rect.inset(top: 0, left: 0, bottom: rows.count + 1, right: 0)
        }
        MapRenderer.draw(
            kind, session: deck.session, selected: nil, relationStart: nil, disclosure: state.disclosure,
            language: state.language, network: state.network, networkPending: state.networkPending, in: area,
            namesUnsharedPartners: false,
            relationKinds: RelationKind.allCases.filter {
                !state.presentation.hidesTensions || !SlideDeck.hiddenKinds.contains($0)
            }, listLabelWidth: rect.width, nameLines: 2, into: &frame)
    }

    // MARK: - Drawing text

    /// `prefix`, then `text` wrapped beside it with the following lines indented as far.
    private static func hanging(_ prefix: [Span], _ text: String, style: Style = .plain, into out: inout DetailText) {
        let indent = StyledLine(prefix).displayWidth
        let rows = text.trimmedForDisplay.wrapped(toWidth: max(1, out.width - indent))
        for (index, row) in rows.enumerated() {
            let head = index == 0 ? prefix : [Span(String(repeating: " ", count: indent))]
            out.add(head + [Span(row, style)])
        }
    }

    /// `   Met: Gemeente, Politie`, the value wrapped under itself.
    private static func labelled(_ label: String, _ value: String, into text: inout DetailText) {
        hanging([Span("   "), Span(label + ": ", Theme.heading)], value, into: &text)
    }

    private static func draw(_ lines: [StyledLine], in rect: Rect, offset: Int, into frame: inout Frame) {
        var lines = lines
        while lines.last?.isBlank == true { lines.removeLast() }
        let start = DetailText.clampedOffset(offset, count: lines.count, height: rect.height)
        for row in 0..<rect.height where start + row < lines.count {
            lines[start + row].draw(at: Point(x: rect.x, y: rect.y + row), width: rect.width, into: &frame.grid)
        }
        marks(above: start > 0, below: start + rect.height < lines.count, beside: rect, into: &frame)
    }

    /// ▲ and ▼ just right of `rect`, bold: the slide goes on above or below.
    private static func marks(above: Bool, below: Bool, beside rect: Rect, into frame: inout Frame) {
        guard rect.height > 0 else { return }
        if above { frame.grid.put("▲", at: Point(x: rect.maxX, y: rect.y), style: Theme.heading) }
        if below { frame.grid.put("▼", at: Point(x: rect.maxX, y: rect.maxY - 1), style: Theme.heading) }
    }

    private static func capitalised(_ text: String) -> String {
        text.prefix(1).uppercased() + text.dropFirst()
    }
}

extension DetailText {
    /// `text` wrapped to `width`, as lines.
    fileprivate static func lines(_ text: String, width: Int) -> [StyledLine] {
        var out = DetailText(width: width)
        out.paragraph(text)
        return out.lines
    }
}
