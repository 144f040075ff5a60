import Canvas
import Foundation

/// The lines of a detail column, built top to bottom at a fixed width and then drawn from a
/// scroll offset. Long text wraps by display width; labels sit in a column of their own.
struct DetailText {
    let width: Int
    private(set) var lines: [StyledLine] = []

    init(width: Int) {
        self.width = max(1, width)
    }

    var count: Int { lines.count }

    mutating func add(_ line: StyledLine) {
        lines.append(line.truncated(toWidth: width))
    }

    mutating func add(_ spans: [Span]) {
        add(StyledLine(spans))
    }

    /// One empty line, never two in a row and never at the top.
    mutating func blank() {
        guard let last = lines.last, !last.isBlank else { return }
        lines.append(.blank)
    }

    /// A section title followed by a thin rule to the right edge.
    mutating func section(_ title: String, note: String = "") {
        blank()
        var spans = [Span(title, Theme.heading)]
        if !note.isEmpty { spans.append(Span("  " + note, Theme.dim)) }
        let used = StyledLine(spans).displayWidth
        if used + 2 < width { spans.append(Span(" " + String(repeating: "─", count: width - used - 1), Theme.border)) }
        add(spans)
    }

    /// Text wrapped to the width, every line after the first starting at `indent`.
    mutating func paragraph(_ text: String, style: Style = .plain, indent: Int = 0, firstIndent: Int? = nil) {
        let first = firstIndent ?? indent
        let rows = text.trimmedForDisplay.wrapped(toWidth: max(1, width - max(first, indent)))
        for (i, row) in rows.enumerated() {
            let pad = String.spaces(i == 0 ? first : indent)
            add([Span(pad + row, style)])
        }
    }

    /// A label in its own column and the value wrapped beside it; under the label when the
    /// column would leave too little room.
    mutating func field(
        _ label: String, _ value: String, labelWidth: Int, style: Style = .plain, labelStyle: Style = Theme.label
    ) {
        let valueWidth = width - labelWidth
        let rows: [String]
        if valueWidth >= 16 {
            rows = value.trimmedForDisplay.wrapped(toWidth: valueWidth)
            for (i, row) in rows.enumerated() {
                let head = i == 0 ? label.padded(toWidth: labelWidth) : String.spaces(labelWidth)
                add([Span(head, i == 0 ? labelStyle : .plain), Span(row, style)])
            }
        } else {
            add([Span(label, labelStyle)])
            paragraph(value, style: style, indent: 2)
        }
    }

    /// A label and a value made of styled pieces on one line.
    mutating func field(_ label: String, spans: [Span], labelWidth: Int, labelStyle: Style = Theme.label) {
        add([Span(label.padded(toWidth: labelWidth), labelStyle)] + spans)
    }

    /// Items with a marker, each wrapped with a hanging indent.
    mutating func bullets(_ items: [String], marker: String = "•", style: Style = .plain, indent: Int = 0) {
        for item in items {
            let head = String.spaces(indent) + marker + " "
            let rows = item.trimmedForDisplay.wrapped(toWidth: max(1, width - head.displayWidth))
            for (i, row) in rows.enumerated() {
                let pad = i == 0 ? head : String.spaces(head.displayWidth)
                add([Span(pad, i == 0 ? Theme.dim : .plain), Span(row, style)])
            }
        }
    }

    /// The width of the widest label plus a gap, so a block of fields lines up.
    static func labelWidth(_ labels: [String], gap: Int = 2) -> Int {
        (labels.map(\.displayWidth).max() ?? 0) + gap
    }
}

extension DetailText {
    /// Draws `lines` in `rect` from line `offset` (kept in range) and puts ▲/▼ in the column just
    /// right of `rect` (the box border) when there is more above or below.
    static func draw(_ lines: [StyledLine], in rect: Rect, offset: Int, into frame: inout Frame) {
        guard !rect.isEmpty else { return }
        let start = clampedOffset(offset, count: lines.count, height: rect.height)
        for row in 0..<rect.height where start + row < lines.count {
            lines[start + row].draw(at: Point(x: rect.x, y: rect.y + row), width: rect.width, into: &frame.grid)
        }
        drawScrollMarks(above: start > 0, below: start + rect.height < lines.count, beside: rect, into: &frame)
    }

    static func clampedOffset(_ offset: Int, count: Int, height: Int) -> Int {
        max(0, min(offset, count - height))
    }

    /// ▲ and ▼ on the border to the right of `rect`, where a list or text goes on out of view.
    static func drawScrollMarks(above: Bool, below: Bool, beside rect: Rect, into frame: inout Frame) {
        guard rect.height > 0 else { return }
        if above { frame.grid.put("▲", at: Point(x: rect.maxX, y: rect.y), style: Theme.dim) }
        if below { frame.grid.put("▼", at: Point(x: rect.maxX, y: rect.maxY - 1), style: Theme.dim) }
    }
}

extension String {
    /// The text without surrounding blank lines and spaces, as values are shown.
    var trimmedForDisplay: String {
        // Most values have nothing to trim; tell by their ends (a row of notes asks per frame).
        let blank = CharacterSet.whitespacesAndNewlines
        if let first = unicodeScalars.first, let last = unicodeScalars.last, !blank.contains(first),
            !blank.contains(last)
        {
            return self
        }
        return trimmingCharacters(in: blank)
    }

    /// The first non-empty line, as a list row shows a longer text.
    var firstLine: String {
        // A text of one line needs no breaking into characters: the scalars tell (each line
        // break, CR LF too, is made of these scalars only).
        let breaks: ClosedRange<UInt32> = 0x0A...0x0D
        let isBreak = { (scalar: Unicode.Scalar) in
            breaks.contains(scalar.value) || [0x85, 0x2028, 0x2029].contains(scalar.value)
        }
        guard unicodeScalars.contains(where: isBreak) else { return trimmedForDisplay }
        return split(whereSeparator: \.isNewline).first.map { String($0).trimmedForDisplay } ?? ""
    }
}
