import Canvas
import RegieKit

/// How a partner is named on the map: a status marker, the name cut to fit, and a style
/// that shows selection and status without colour.
enum MapLabel {
    /// How many columns a single long word may widen a wrapped label.
    static let longWordAllowance = 6

    /// `●` for the start of a relation being drawn, `×` let go, `?` watching.
    static func marker(for partner: Partner, _ context: MapContext) -> String {
        (context.relationStart == partner.id ? "●" : "") + partner.status.marker
    }

    /// The marker and name, at most `maxWidth` columns; wide characters are never split.
    static func text(for partner: Partner, _ context: MapContext, maxWidth: Int) -> String {
        let full = marker(for: partner, context) + partner.name
        guard full.displayWidth > maxWidth else { return full }
        guard maxWidth > 1 else { return full.prefix(fittingWidth: maxWidth) }
        var cut = full.prefix(fittingWidth: maxWidth - 1)
        while cut.last == " " { cut.removeLast() }
        return cut + "…"
    }

    /// The marker and name over at most `maxLines` lines of at most `maxWidth` columns, broken
    /// between words; a word a little longer than `maxWidth` widens the lines rather than being
    /// split (`Ondernemersvereniging`), and only what still does not fit is cut, with `…`.
    static func lines(for partner: Partner, _ context: MapContext, maxWidth: Int, maxLines: Int) -> [String] {
        let full = marker(for: partner, context) + partner.name
        guard maxLines > 1, full.displayWidth > maxWidth else {
            return [text(for: partner, context, maxWidth: maxWidth)]
        }
        let longestWord = full.split(separator: " ").map { String($0).displayWidth }.max() ?? 0
        let maxWidth = min(max(maxWidth, longestWord), maxWidth + longWordAllowance)
        var rows = full.wrapped(toWidth: maxWidth)
        guard rows.count > maxLines else { return rows }
        let rest = rows[(maxLines - 1)...].joined(separator: " ")
        rows = Array(rows.prefix(maxLines - 1))
        var cut = rest.prefix(fittingWidth: maxWidth - 1)
        while cut.last == " " { cut.removeLast() }
        return rows + [cut + "…"]
    }

    /// Reverse for the selection, dim for partners let go, bold when `emphasised`.
    static func style(for partner: Partner, _ context: MapContext, emphasised: Bool = false) -> Style {
        if partner.id == context.selected { return Theme.selected }
        if partner.status == .letGo { return Theme.letGo }
        return emphasised ? Theme.heading : .plain
    }

    /// Draws the label at `point`, clipped to `clip`, and makes it clickable.
    /// - Returns: the columns drawn.
    @discardableResult
    static func draw(
        _ partner: Partner, _ context: MapContext, at point: Point, maxWidth: Int, clip: Rect,
        emphasised: Bool = false, into frame: inout Frame
    ) -> Int {
        let label = text(for: partner, context, maxWidth: maxWidth)
        return draw(partner, text: label, context, at: point, clip: clip, emphasised: emphasised, into: &frame)
    }

    /// Draws an already cut label text for `partner` and makes it clickable.
    @discardableResult
    static func draw(
        _ partner: Partner, text: String, _ context: MapContext, at point: Point, clip: Rect,
        emphasised: Bool = false, into frame: inout Frame
    ) -> Int {
        let style = style(for: partner, context, emphasised: emphasised)
        frame.grid.put(text, at: point, style: style, clip: clip)
        let drawn = Rect(x: point.x, y: point.y, width: text.displayWidth, height: 1).intersection(clip)
        guard !drawn.isEmpty else { return 0 }
        frame.hits.append(HitRegion(drawn, .partner(partner.id)))
        return drawn.width
    }
}
