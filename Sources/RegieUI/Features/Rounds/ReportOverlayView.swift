import Canvas
import RegieKit

/// A large box over the panes with lines of a RegieKit report (a round comparison, the
/// bespreekpunten): unindented lines are headings, indented ones wrap under their own indent.
enum ReportOverlayView {
    static func draw(
        title: String, lines: [String], scroll: Int, keys: String, into frame: inout Frame
    ) {
        let size = frame.grid.size
        let rect = OverlayBox.frame(width: 110, height: size.height - 2, in: size)
        OverlayBox.draw(rect, title: title, into: &frame)
        let inner = rect.inset(top: 1, left: 2, bottom: 1, right: 2)
        guard inner.height > 1, inner.width > 8 else { return }
        let rows = wrap(lines, width: inner.width)
        let room = inner.height - 1
        let offset = max(0, min(scroll, rows.count - room))
        for (i, row) in rows.dropFirst(offset).prefix(room).enumerated() {
            frame.grid.put(row.text, at: Point(x: inner.x, y: inner.y + i), style: row.style, clip: inner)
        }
        var footer = keys
        if rows.count > room { footer += "  ·  \(offset + 1)–\(min(rows.count, offset + room))/\(rows.count)" }
        frame.grid.put(
            footer.truncated(toWidth: inner.width), at: Point(x: inner.x, y: inner.maxY - 1), style: Theme.dim,
            clip: inner)
    }

    /// The lines wrapped to `width`, each continuation under the indent of its line.
    static func wrap(_ lines: [String], width: Int) -> [(text: String, style: Style)] {
        lines.flatMap { line -> [(text: String, style: Style)] in
            let indent = line.prefix { $0 == " " }.count
            let body = String(line.dropFirst(indent))
            let style: Style =
                indent == 0 && !body.isEmpty
                ? Theme.heading : (body.hasPrefix("interventi") ? Theme.label : .plain)
            guard !body.isEmpty else { return [("", .plain)] }
            let pad = String(repeating: " ", count: indent + (indent > 0 ? 2 : 0))
            return body.wrapped(toWidth: max(4, width - indent - 2)).enumerated().map { i, row in
                ((i == 0 ? String(repeating: " ", count: indent) : pad) + row, style)
            }
        }
    }
}
