import Canvas
import RegieKit

/// The key under a map: short items (`══ financiering`) flowed over one or two lines.
enum MapLegend {
    /// One entry per relation kind, with the glyphs the network view draws it in.
    static func relationItems(_ context: MapContext) -> [String] {
        context.relationKinds.map { EdgeGlyphs.sample($0) + " " + context.text($0.name) }
    }

    /// The status markers that labels may carry; `●` only while a relation is being drawn.
    static func markerItems(_ context: MapContext) -> [String] {
        var items = [
            "× " + context.text(PartnerStatus.letGo.name),
            "? " + context.text(PartnerStatus.watching.name),
        ]
        if context.relationStart != nil {
            items.append("● " + context.text(L("begin van nieuwe relatie", "start of new relation")))
        }
        return items
    }

    /// `items` flowed into lines of at most `width` columns, two spaces apart.
    static func lines(_ items: [String], width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for item in items {
            let item = item.truncated(toWidth: width)
            if line.isEmpty {
                line = item
            } else if line.displayWidth + 2 + item.displayWidth <= width {
                line += "  " + item
            } else {
                lines.append(line)
                line = item
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// Draws `lines` at the bottom of `rect`. Plain, not dimmed: a projector washes dim text out.
    static func draw(_ lines: [String], in rect: Rect, into frame: inout Frame) {
        let top = rect.maxY - lines.count
        for (index, line) in lines.enumerated() where top + index >= rect.y {
            frame.grid.put(line, at: Point(x: rect.x, y: top + index), clip: rect)
        }
    }
}
