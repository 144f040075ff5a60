import Foundation

/// The onion of commitment as a picture: three concentric rings (core inside, periphery
/// outside; `CommitmentRing`), each partner named in the band of its ring. Rings grow until
/// every name has room; past the largest size the rest of a ring is counted (`+3 meer`).
enum RingsPicture {
    static let fontSize = 12.0
    static let lineHeight = 16.0
    static let labelWidth = 200.0
    static let gap = 12.0
    /// The band of each ring as a share of the outer radius, core first.
    static let bands: [(inner: Double, outer: Double)] = [(0, 0.34), (0.34, 0.67), (0.67, 1)]
    static let radii: [Double] = [220, 260, 300, 350, 400, 460, 520]

    /// A piece of a row inside a band where labels go, centred on `y`.
    struct Segment {
        var y: Double
        var from: Double
        var to: Double
        /// How far the segment's middle lies from the band's middle circle: the smallest first.
        var preference: Double
        var labels: [(partner: Partner, text: String, width: Double)] = []
        var free: Double { to - from - labels.reduce(0) { $0 + $1.width + gap } }
    }

    static func draw(_ context: PictureContext) -> MapPicture {
        let title = context.t("Ringen van commitment", "Rings of commitment")
        let members = CommitmentRing.allCases.map { ring in
            context.scoredPartners.enumerated()
                .filter { CommitmentRing($0.element.scores) == ring }
                .sorted { (-$0.element.scores.commitment, $0.offset) < (-$1.element.scores.commitment, $1.offset) }
                .map(\.element)
        }
        var best: (radius: Double, segments: [[Segment]], missing: [Int])?
        for radius in radii {
            let placed = zip(bands, members).map { band, partners in
                place(partners, band: (band.inner * radius, band.outer * radius), context)
            }
            let missing = placed.map(\.missing)
            best = (radius, placed.map(\.segments), missing)
            if missing.allSatisfy({ $0 == 0 }) { break }
        }
        guard let (radius, segments, missing) = best else { preconditionFailure("radii is not empty") }
        let width = max(860, 2 * radius + 40)
        let cx = width / 2
        let cy = 44 + radius
        var svg = SVGCanvas()
        svg.text(title, x: 24, y: 24, SVGCanvas.TextStyle(size: 16, bold: true))
        let fills = ["#e6e6e6", "#f2f2f2", "#ffffff"]
        for index in CommitmentRing.allCases.indices.reversed() {
            svg.circle(
                cx: cx, cy: cy, r: bands[index].outer * radius, SVGCanvas.Stroke(width: 1.5, fill: fills[index]))
        }
        for (index, ring) in CommitmentRing.allCases.enumerated() {
            let outer = bands[index].outer * radius
            svg.text(
                ring.title(context.language) + " (" + ring.range + ")", x: cx, y: cy - outer + 20,
                SVGCanvas.TextStyle(size: 13, bold: true, anchor: .middle))
            for segment in segments[index] where !segment.labels.isEmpty {
                let used = segment.labels.reduce(0) { $0 + $1.width }
                let spacing = (segment.to - segment.from - used) / Double(segment.labels.count + 1)
                var x = segment.from + spacing
                for label in segment.labels {
                    var text = SVGCanvas()
                    text.text(label.text, x: cx + x, y: cy + segment.y + 4, context.style(label.partner))
                    svg.group(text, tooltip: context.tooltip(label.partner))
                    x += label.width + spacing
                }
            }
            if missing[index] > 0 {
                let more = context.t("+\(missing[index]) meer", "+\(missing[index]) more")
                svg.text(
                    more, x: cx, y: cy - outer + 36, SVGCanvas.TextStyle(size: 12, italic: true, anchor: .middle))
            }
        }
        var notes = [
            ScoreKind.commitment.name(context.language) + ": "
                + CommitmentRing.allCases.map { $0.title(context.language).lowercased() + " " + $0.range }
                .joined(separator: " · "),
            context.markerLegend,
        ]
        if let caption = context.publicCaption { notes.append(caption) }
        var noteY = cy + radius + 26
        for note in notes {
            svg.text(note, x: 24, y: noteY, SVGCanvas.TextStyle(size: 11))
            noteY += 16
        }
        return MapPicture(
            kind: .rings, title: title, width: width, height: noteY, body: svg.elements.joined(separator: "\n") + "\n")
    }

    /// The band's rows cut into segments (two beside the inner circle, one above or below it),
    /// and the partners given to them in turn, the segments nearest the band's middle first.
    static func place(
        _ partners: [Partner], band: (inner: Double, outer: Double), _ context: PictureContext
    ) -> (segments: [Segment], missing: Int) {
        let half = lineHeight / 2
        let middle = band.inner == 0 ? 0 : (band.inner + band.outer) / 2
        var segments: [Segment] = []
        // Rows from the top of the band, below its title, to its bottom.
        var y = -band.outer + 30 + half
        while y + half < band.outer - 4 {
            let far = abs(y) + half
            let outer = (band.outer * band.outer - far * far).squareRoot() - 8
            let near = max(0, abs(y) - half)
            if band.inner > 0, near < band.inner + 4 {
                let inner = (max(0, band.inner * band.inner - near * near)).squareRoot() + 8
                if outer - inner >= 40 {
                    let distance = ((inner + outer) / 2 * (inner + outer) / 2 + y * y).squareRoot()
                    segments.append(Segment(y: y, from: -outer, to: -inner, preference: abs(distance - middle)))
                    segments.append(Segment(y: y, from: inner, to: outer, preference: abs(distance - middle) + 0.1))
                }
            } else if outer > 20 {
                segments.append(Segment(y: y, from: -outer, to: outer, preference: abs(abs(y) - middle)))
            }
            y += lineHeight
        }
        // Above and below the middle alternate, so a ring fills evenly.
        segments.sort { ($0.preference, $0.y) < ($1.preference, $1.y) }
        var missing = 0
        var next = 0
        for partner in partners {
            let text = TextMetrics.truncated(context.label(partner), size: fontSize, maxWidth: labelWidth)
            let width = TextMetrics.width(text, size: fontSize)
            var placed = false
            for step in 0..<segments.count {
                let index = (next + step) % segments.count
                if segments[index].free >= width + gap {
                    segments[index].labels.append((partner, text, width))
                    next = index + 1
                    placed = true
                    break
                }
            }
            if !placed { missing += 1 }
        }
        return (segments, missing)
    }
}
