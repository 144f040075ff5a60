import Canvas
import RegieKit

/// One piece of a flowed line: plain text or a partner's label, at a column offset.
struct FlowItem {
    var x: Int
    var text: String
    var style: Style = .plain
    var partner: Partner?
    /// Punctuation between names, dropped where a line is cut after it.
    var isSeparator = false
}

/// Partner names flowed into lines like running text (`Gemeente, Politie, ×Woonstede`),
/// each name kept whole and clickable; used for lists beside and below the maps.
enum NameFlow {
    /// Lays out `partners` after `prefix` in lines at most `width` columns wide.
    ///
    /// Names start at `start` on the first line and at `indent` on the others; a name that
    /// does not fit moves to the next line, and one longer than a whole line is cut. Stops
    /// after `limit` lines and one more (which says that more would follow): thousands of
    /// partners need not be laid out to fill a screen.
    static func lines(
        prefix: [FlowItem] = [], start: Int, indent: Int, partners: [Partner], _ context: MapContext,
        width: Int, maxLabel: Int? = nil, emptyText: String? = nil, limit: Int = .max
    ) -> [[FlowItem]] {
        let maxLabel = maxLabel ?? context.listLabelWidth
        var lines: [[FlowItem]] = [prefix]
        var x = start
        var lineStart = start
        if partners.isEmpty, let emptyText {
            lines[0].append(FlowItem(x: x, text: emptyText, style: Theme.dim))
            return lines
        }
        for (index, partner) in partners.enumerated() {
            let separator = index < partners.count - 1 ? "," : ""
            let full = MapLabel.text(for: partner, context, maxWidth: maxLabel)
            if x + full.displayWidth + separator.count > width, x > lineStart || x > indent {
                if lines.count > limit { break }
                lines.append([])
                x = indent
                lineStart = indent
            }
            let label = full.truncated(toWidth: max(1, width - x - separator.count))
            lines[lines.count - 1].append(FlowItem(x: x, text: label, partner: partner))
            x += label.displayWidth
            if !separator.isEmpty {
                lines[lines.count - 1].append(FlowItem(x: x, text: separator, isSeparator: true))
                x += 1
            }
            x += 1
        }
        return lines
    }

    /// Draws flowed lines from `origin`, one row each, clipped to `clip`.
    static func draw(
        _ lines: [[FlowItem]], at origin: Point, clip: Rect, _ context: MapContext, into frame: inout Frame
    ) {
        for (row, line) in lines.enumerated() {
            for item in line {
                let point = Point(x: origin.x + item.x, y: origin.y + row)
                if let partner = item.partner {
                    MapLabel.draw(partner, text: item.text, context, at: point, clip: clip, into: &frame)
                } else {
                    frame.grid.put(item.text, at: point, style: item.style, clip: clip)
                }
            }
        }
    }

    /// The names of partners whose scores stay private, as lines under a score-based view in
    /// `rect`: `(scores niet gedeeld): Politie, Zorggroep`, two to four lines at most.
    /// Empty when every partner may be placed, or when the context names nobody who withheld them.
    static func unsharedLines(_ context: MapContext, in rect: Rect) -> [[FlowItem]] {
        let hidden = context.unscoredPartners
        guard !hidden.isEmpty, context.namesUnsharedPartners else { return [] }
        let heading = context.text(L("(scores niet gedeeld):", "(scores not shared):"))
        let all = lines(
            prefix: [FlowItem(x: 0, text: heading, style: Theme.privateMark)], start: heading.displayWidth + 1,
            indent: 2, partners: hidden, context, width: rect.width)
        return fit(all, rows: max(2, min(4, rect.height / 8)), width: rect.width)
    }

    /// `lines` cut to at most `rows`, the last kept line ending in `… +N` for the partners cut
    /// off, of `total` partners (those in `lines` when nil; lines made with a limit hold fewer).
    static func fit(_ lines: [[FlowItem]], rows: Int, width: Int, total: Int? = nil) -> [[FlowItem]] {
        guard lines.count > rows else { return lines }
        guard rows > 0 else { return [] }
        var kept = Array(lines.prefix(rows))
        var last = kept[rows - 1]
        var missing = (total ?? partnerCount(lines)) - partnerCount(kept)
        var more: String { missing > 0 ? "… +\(missing)" : "…" }
        while let item = last.last, item.isSeparator || item.x + item.text.displayWidth + 1 + more.displayWidth > width
        {
            last.removeLast()
            if item.partner != nil { missing += 1 }
        }
        let end = last.last.map { $0.x + $0.text.displayWidth + 1 } ?? 0
        last.append(FlowItem(x: end, text: more, style: Theme.dim))
        kept[rows - 1] = last
        return kept
    }

    /// The number of partner labels in `lines`.
    static func partnerCount(_ lines: some Sequence<[FlowItem]>) -> Int {
        lines.reduce(0) { $0 + $1.filter { $0.partner != nil }.count }
    }
}
