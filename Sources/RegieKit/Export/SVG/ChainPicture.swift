/// The chain (keten) as a picture: a box per chain position, left to right and joined by
/// arrows, partners that share a position in one box; rows wrap to the page's width, and the
/// partners outside the chain are named underneath.
enum ChainPicture {
    static let width = 860.0
    static let margin = 24.0
    static let arrow = 40.0
    static let rowHeight = 22.0
    static let fontSize = 12.0
    /// The step between the lines of a wrapped name.
    static let lineStep = 14.0

    static func draw(_ context: PictureContext) -> MapPicture {
        let title = context.t("Keten", "Chain")
        var svg = SVGCanvas()
        svg.text(title, x: margin, y: 24, SVGCanvas.TextStyle(size: 16, bold: true))
        let stages = ChainStages.stages(context.session.partners)
        var y = 44.0
        if stages.isEmpty {
            svg.text(
                context.t("Nog geen partner heeft een plek in de keten.", "No partner has a place in the chain yet."),
                x: margin, y: y + 14, SVGCanvas.TextStyle(size: 12, italic: true))
            y += 30
        }
        var x = margin
        var tallest = 0.0
        for (index, stage) in stages.enumerated() {
            // A long name wraps onto a second line rather than being cut.
            let labels = stage.map {
                TextMetrics.lines(context.label($0), size: fontSize, maxWidth: 220, maxLines: 2)
            }
            let boxWidth = max(
                100, (labels.joined().map { TextMetrics.width($0, size: fontSize) }.max() ?? 0) + 20)
            let rowTops = labels.reduce(into: [0.0]) { tops, lines in
                tops.append(tops.last! + rowHeight + lineStep * Double(lines.count - 1))
            }
            let boxHeight = rowTops.last! + 8
            let lead = index == 0 ? 0 : arrow
            if index > 0, x + lead + boxWidth > width - margin {
                y += tallest + 24
                x = margin
                tallest = 0
            }
            if index > 0 { drawArrow(&svg, from: x + 2, to: x + lead - 2, y: y + 4 + rowHeight / 2 + 4) }
            let left = x + lead
            svg.rect(
                x: left, y: y, width: boxWidth, height: boxHeight, radius: 4,
                SVGCanvas.Stroke(width: 1.4, dash: stage.allSatisfy { $0.status == .letGo } ? "5 3" : nil))
            for (row, partner) in stage.enumerated() {
                let top = y + 4 + rowTops[row]
                if row > 0 {
                    svg.line(
                        from: (left, top), to: (left + boxWidth, top), SVGCanvas.Stroke(color: "#888888", width: 0.8))
                }
                var text = SVGCanvas()
                for (offset, line) in labels[row].enumerated() {
                    text.text(line, x: left + 10, y: top + 15 + lineStep * Double(offset), context.style(partner))
                }
                svg.group(text, tooltip: context.tooltip(partner))
            }
            x = left + boxWidth
            tallest = max(tallest, boxHeight)
        }
        y += tallest + 28
        let outside = context.session.partners.filter { $0.chainPosition == nil }
        if !outside.isEmpty {
            let heading = context.t("Niet in de keten:", "Not in the chain:")
            svg.text(heading, x: margin, y: y, SVGCanvas.TextStyle(size: 12, bold: true))
            y += 16
            for line in SaliencePicture.flowed(outside.map(context.label), width: width - 2 * margin - 10) {
                svg.text(line, x: margin + 10, y: y, SVGCanvas.TextStyle(size: 12))
                y += 15
            }
            y += 6
        }
        svg.text(context.markerLegend, x: margin, y: y + 4, SVGCanvas.TextStyle(size: 11))
        return MapPicture(
            kind: .chain, title: title, width: width, height: y + 16, body: svg.elements.joined(separator: "\n") + "\n")
    }

    private static func drawArrow(_ svg: inout SVGCanvas, from: Double, to: Double, y: Double) {
        svg.line(from: (from, y), to: (to - 8, y), SVGCanvas.Stroke(width: 1.6))
        svg.polygon([(to - 9, y - 5), (to, y), (to - 9, y + 5)], SVGCanvas.Stroke(width: 0, fill: "#000000"))
    }
}
