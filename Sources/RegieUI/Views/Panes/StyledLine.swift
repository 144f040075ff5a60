import Canvas

/// A piece of text in one style.
struct Span: Hashable {
    let text: String
    let style: Style
    /// Measured once, when the span is made: a row is measured several times while it is cut
    /// and laid out (lead, main, tail, the whole row), and a pane makes dozens of rows a key.
    let displayWidth: Int

    init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
        self.displayWidth = text.displayWidth
    }
}

/// One row of a pane's text: styled pieces, drawn reversed when it is the selection.
struct StyledLine: Hashable {
    var spans: [Span]
    var highlighted = false

    init(_ spans: [Span], highlighted: Bool = false) {
        self.spans = spans
        self.highlighted = highlighted
    }

    init(_ text: String, _ style: Style = .plain) {
        self.init([Span(text, style)])
    }

    static let blank = StyledLine([])

    var displayWidth: Int { spans.reduce(0) { $0 + $1.displayWidth } }
    var isBlank: Bool { spans.allSatisfy { $0.text.allSatisfy { $0 == " " } } }

    /// The line cut to `width` columns, ending in an ellipsis where something was cut.
    func truncated(toWidth width: Int) -> StyledLine {
        guard displayWidth > width else { return self }
        guard width > 0 else { return StyledLine([], highlighted: highlighted) }
        var room = width - 1
        var kept: [Span] = []
        for span in spans {
            if span.displayWidth <= room {
                kept.append(span)
                room -= span.displayWidth
            } else {
                kept.append(Span(span.text.prefix(fittingWidth: room) + "…", span.style))
                break
            }
        }
        return StyledLine(kept, highlighted: highlighted)
    }

    /// A row of a list: `leading` kept whole, `main` cut to fill the room, and the `trailing`
    /// groups flush right, two spaces apart. While `main` would get fewer than `minimumMain`
    /// columns, trailing groups are left out, the first one first; the last one always stays.
    static func row(
        leading: [Span], main: [Span], trailing: [[Span]] = [], minimumMain: Int = 20, width: Int
    ) -> StyledLine {
        let lead = StyledLine(leading).truncated(toWidth: width)
        let mainWidth = StyledLine(main).displayWidth
        var groups = trailing.filter { StyledLine($0).displayWidth > 0 }
        func tailWidth() -> Int {
            groups.isEmpty ? 0 : groups.reduce(0) { $0 + StyledLine($1).displayWidth } + 2 * groups.count
        }
        while groups.count > 1, width - lead.displayWidth - tailWidth() < min(minimumMain, mainWidth) {
            groups.removeFirst()
        }
        let body = StyledLine(main).truncated(toWidth: max(0, width - lead.displayWidth - tailWidth()))
        var spans = lead.spans + body.spans
        if !groups.isEmpty {
            let tail = groups.enumerated().flatMap { $0.offset == 0 ? $0.element : [Span("  ")] + $0.element }
            let gap = width - lead.displayWidth - body.displayWidth - StyledLine(tail).displayWidth
            spans.append(Span(String.spaces(max(2, gap))))
            spans += tail
        }
        return StyledLine(spans).truncated(toWidth: width)
    }

    /// Draws the line at `point`, cut to `width` columns; a highlighted line fills its whole row.
    func draw(at point: Point, width: Int, into grid: inout CellGrid) {
        let clip = Rect(x: point.x, y: point.y, width: width, height: 1)
        if highlighted { grid.fill(clip, style: Theme.selected) }
        var x = point.x
        for span in truncated(toWidth: width).spans {
            let style = highlighted ? Theme.selected.patched(with: Style(bold: span.style.bold)) : span.style
            x += grid.put(span.text, at: Point(x: x, y: point.y), style: style, clip: clip)
            if x >= clip.maxX { break }
        }
    }
}
