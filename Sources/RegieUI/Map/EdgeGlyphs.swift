import Canvas
import RegieKit

/// The way one cell of an edge runs.
enum EdgeDirection: Equatable {
    case horizontal, vertical
    /// Up to the right: `╱`.
    case rising
    /// Down to the right: `╲`.
    case falling
}

/// The characters that draw relations, one set per kind, so kinds differ without colour:
/// light lines for collaboration, heavy lines with an arrowhead for dependency, dashes and
/// dots for information, double lines for funding, `~` for tension, `≈` for negotiation.
enum EdgeGlyphs {
    /// The character for one cell of an edge of `kind` running in `direction`.
    ///
    /// Kinds without a diagonal character of their own (funding, information) step like
    /// stairs in the edge's main direction, `mostlyHorizontal`, so they never look like
    /// collaboration.
    static func glyph(_ kind: RelationKind, _ direction: EdgeDirection, mostlyHorizontal: Bool) -> Character {
        switch (kind, direction) {
        case (.tension, _): "~"
        case (.negotiation, _): "≈"
        case (.collaboration, .horizontal): "─"
        case (.collaboration, .vertical): "│"
        case (.dependency, .horizontal): "━"
        case (.dependency, .vertical): "┃"
        case (.collaboration, .rising), (.dependency, .rising): "╱"
        case (.collaboration, .falling), (.dependency, .falling): "╲"
        case (.information, .horizontal): "┄"
        case (.information, .vertical): "┆"
        case (.information, _): "·"
        case (.funding, .horizontal): "═"
        case (.funding, .vertical): "║"
        case (.funding, _): mostlyHorizontal ? "═" : "║"
        }
    }

    /// A short sample of the kind for the legend.
    static func sample(_ kind: RelationKind) -> String {
        kind == .dependency ? "━▶" : String(repeating: glyph(kind, .horizontal, mostlyHorizontal: true), count: 2)
    }

    /// The arrowhead drawn at `end`, the cell just outside the target's label `target`.
    static func arrowhead(at end: Point, target: Rect) -> Character {
        if end.y < target.y { return "▼" }
        if end.y >= target.maxY { return "▲" }
        return end.x < target.x ? "▶" : "◀"
    }

    /// The cells of a straight line from `a` to `b`, both included (Bresenham).
    static func line(from a: Point, to b: Point) -> [Point] {
        let dx = abs(b.x - a.x)
        let dy = -abs(b.y - a.y)
        let stepX = a.x < b.x ? 1 : -1
        let stepY = a.y < b.y ? 1 : -1
        var error = dx + dy
        var point = a
        var points = [a]
        while point != b {
            let doubled = 2 * error
            if doubled >= dy {
                error += dy
                point.x += stepX
            }
            if doubled <= dx {
                error += dx
                point.y += stepY
            }
            points.append(point)
        }
        return points
    }

    /// The direction of each cell of `path`: the step out of it, the last cell the step into
    /// it. A path of one cell runs horizontally unless `vertical`.
    static func directions(of path: [Point], vertical: Bool) -> [EdgeDirection] {
        guard path.count > 1 else { return path.map { _ in vertical ? .vertical : .horizontal } }
        return path.indices.map { index in
            let from = index < path.count - 1 ? path[index] : path[index - 1]
            let to = index < path.count - 1 ? path[index + 1] : path[index]
            let dx = to.x - from.x
            let dy = to.y - from.y
            if dy == 0 { return .horizontal }
            if dx == 0 { return .vertical }
            return (dx > 0) == (dy > 0) ? .falling : .rising
        }
    }
}
