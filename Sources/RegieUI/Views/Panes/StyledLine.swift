import Canvas

/// A piece of text in one style.
struct Span: Hashable {
    var text: String
    var style: Style

    init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }

    var displayWidth: Int { text.displayWidth }
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
    var text: String { spans.map(\.text).joined() }
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

    /// A row of a list: `leading` and `trailing` kept whole where they fit, `main` cut to fill
    /// the room between them, `trailing` flush right.
    static func row(leading: [Span], main: [Span], trailing: [Span] = [], width: Int) -> StyledLine {
        let lead = StyledLine(leading).truncated(toWidth: width)
        var room = width - lead.displayWidth
        var tail = StyledLine(trailing)
        if tail.displayWidth + 2 > room / 2 { tail = tail.truncated(toWidth: max(0, room / 2 - 2)) }
        if !tail.spans.isEmpty, tail.displayWidth > 0 { room -= tail.displayWidth + 2 }
        let body = StyledLine(main).truncated(toWidth: max(0, room))
        var spans = lead.spans + body.spans
        if tail.displayWidth > 0 {
            let gap = width - lead.displayWidth - body.displayWidth - tail.displayWidth
            spans.append(Span(String(repeating: " ", count: max(1, gap))))
            spans += tail.spans
        }
        return StyledLine(spans).truncated(toWidth: width)
    }

    /// Draws the line at `point`, `width` columns wide; a highlighted line fills its whole row.
    func draw(at point: Point, width: Int, into grid: inout CellGrid) {
        let clip = Rect(x: point.x, y: point.y, width: width, height: 1)
        if highlighted { grid.fill(clip, style: Theme.selected) }
        var x = point.x
        for span in spans {
            let style = highlighted ? Theme.selected.patched(with: Style(bold: span.style.bold)) : span.style
            x += grid.put(span.text, at: Point(x: x, y: point.y), style: style, clip: clip)
            if x >= clip.maxX { break }
        }
    }
}
