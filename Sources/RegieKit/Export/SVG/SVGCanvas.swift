/// Collects SVG elements; every text and attribute value that comes from the session is
/// escaped here (`SVGText.escaped`), so callers pass plain text.
struct SVGCanvas {
    private(set) var elements: [String] = []

    enum Anchor: String {
        case start, middle, end
    }

    /// How a text is drawn.
    struct TextStyle {
        var size: Double = 12
        var bold = false
        var italic = false
        var fill = "#000000"
        var anchor: Anchor = .start
    }

    /// How a line or outline is drawn.
    struct Stroke {
        var color = "#000000"
        var width = 1.0
        var dash: String?
        var fill = "none"
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, radius: Double = 0, _ stroke: Stroke) {
        var attributes = [
            ("x", n(x)), ("y", n(y)), ("width", n(width)), ("height", n(height)),
        ]
        if radius > 0 { attributes.append(("rx", n(radius))) }
        element("rect", attributes + paint(stroke))
    }

    mutating func circle(cx: Double, cy: Double, r: Double, _ stroke: Stroke) {
        element("circle", [("cx", n(cx)), ("cy", n(cy)), ("r", n(r))] + paint(stroke))
    }

    mutating func line(
        from a: (x: Double, y: Double), to b: (x: Double, y: Double), _ stroke: Stroke, markerStart: String? = nil,
        markerEnd: String? = nil
    ) {
        var attributes = [("x1", n(a.x)), ("y1", n(a.y)), ("x2", n(b.x)), ("y2", n(b.y))] + paint(stroke)
        if let markerStart { attributes.append(("marker-start", "url(#\(markerStart))")) }
        if let markerEnd { attributes.append(("marker-end", "url(#\(markerEnd))")) }
        element("line", attributes)
    }

    mutating func polygon(_ points: [(x: Double, y: Double)], _ stroke: Stroke) {
        let list = points.map { n($0.x) + "," + n($0.y) }.joined(separator: " ")
        element("polygon", [("points", list)] + paint(stroke))
    }

    /// One line of text with its baseline at `y`; nothing for empty text.
    mutating func text(_ text: String, x: Double, y: Double, _ style: TextStyle = TextStyle(), rotate: Double? = nil) {
        guard !text.isEmpty else { return }
        var attributes = [("x", n(x)), ("y", n(y)), ("font-size", n(style.size))]
        if style.anchor != .start { attributes.append(("text-anchor", style.anchor.rawValue)) }
        if style.bold { attributes.append(("font-weight", "bold")) }
        if style.italic { attributes.append(("font-style", "italic")) }
        if style.fill != "#000000" { attributes.append(("fill", style.fill)) }
        if let rotate { attributes.append(("transform", "rotate(\(n(rotate)) \(n(x)) \(n(y)))")) }
        elements.append("<text" + Self.attributes(attributes) + ">" + SVGText.escaped(text) + "</text>")
    }

    /// Elements the caller wrote itself, such as marker definitions; no user text may go in.
    mutating func raw(_ markup: String) { elements.append(markup) }

    /// `other`'s elements moved by `dx`, `dy`, with `tooltip` as the group's title.
    mutating func group(_ other: SVGCanvas, dx: Double = 0, dy: Double = 0, tooltip: String? = nil) {
        var open = "<g"
        if dx != 0 || dy != 0 { open += " transform=\"translate(\(n(dx)) \(n(dy)))\"" }
        elements.append(open + ">")
        if let tooltip, !tooltip.isEmpty { elements.append("<title>" + SVGText.escaped(tooltip) + "</title>") }
        elements += other.elements
        elements.append("</g>")
    }

    private mutating func element(_ name: String, _ attributes: [(String, String)]) {
        elements.append("<" + name + Self.attributes(attributes) + "/>")
    }

    private func paint(_ stroke: Stroke) -> [(String, String)] {
        var attributes = [("fill", stroke.fill)]
        if stroke.width > 0 {
            attributes += [("stroke", stroke.color), ("stroke-width", n(stroke.width))]
        }
        if let dash = stroke.dash { attributes.append(("stroke-dasharray", dash)) }
        return attributes
    }

    private static func attributes(_ pairs: [(String, String)]) -> String {
        pairs.map { " " + $0.0 + "=\"" + SVGText.escaped($0.1) + "\"" }.joined()
    }

    private func n(_ value: Double) -> String { SVGText.number(value) }
}

/// One view of the partner map drawn as SVG: its size and elements, to stand as a file of its
/// own or to sit in a page beside others.
public struct MapPicture: Equatable, Sendable {
    /// The view drawn.
    public var kind: MapKind
    /// The picture's title, in the export's language.
    public var title: String
    public var width: Double
    public var height: Double
    /// The elements inside the `<svg>` element.
    var body: String

    /// The picture as an `<svg>` element (no XML declaration), for a page or a file.
    public var svgElement: String {
        let w = SVGText.number(width)
        let h = SVGText.number(height)
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(w)\" height=\"\(h)\" viewBox=\"0 0 \(w) \(h)\""
            + " font-family=\"\(MapPicture.fontFamily)\" role=\"img\">\n"
            + "<title>" + SVGText.escaped(title) + "</title>\n" + body + "</svg>\n"
    }

    /// Fonts with the characters of Dutch (and most others), the widest first; `TextMetrics`
    /// measures for the first.
    static let fontFamily = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif"
}
