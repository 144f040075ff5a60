/// Mendelow's power/interest grid as a picture: a 6 × 6 lattice of scores (interest 0–5 to the
/// right, influence 0–5 up), split into the four quadrants where a score counts as high
/// (`MendelowQuadrant.highFrom`), each partner named in the cell of its two scores.
enum GridPicture {
    static let width = 860.0
    static let left = 64.0
    static let right = 16.0
    static let fontSize = 12.0
    static let lineHeight = 15.0
    /// Names shown in one cell before the rest is counted (`+3 meer`).
    static let maxLines = 8
    /// Room above the first row of a quadrant for its title.
    static let titleStrip = 22.0

    static func draw(_ context: PictureContext) -> MapPicture {
        let scale = Scores.range
        let columns = scale.count
        let cellWidth = (width - left - right) / Double(columns)
        let partners = context.scoredPartners
        // Each cell's lines: a partner's name takes one or two.
        var cells: [Int: [Int: [(partner: Partner, lines: [String])]]] = [:]
        for partner in partners {
            let influence = min(max(partner.scores.influence, scale.lowerBound), scale.upperBound)
            let interest = min(max(partner.scores.interest, scale.lowerBound), scale.upperBound)
            let lines = TextMetrics.lines(
                context.label(partner), size: fontSize, maxWidth: cellWidth - 18, maxLines: 2)
            cells[influence, default: [:]][interest, default: []].append((partner, lines))
        }
        func shownLines(_ entries: [(partner: Partner, lines: [String])]) -> Int {
            min(maxLines, entries.reduce(0) { $0 + $1.lines.count })
        }
        let high = MendelowQuadrant.highFrom
        var rowHeights: [Int: Double] = [:]
        for influence in scale {
            let lines = (cells[influence]?.values.map(shownLines).max()) ?? 0
            let strip = influence == scale.upperBound || influence == high - 1 ? titleStrip : 0
            rowHeights[influence] = strip + max(40, 12 + lineHeight * Double(lines))
        }

        var svg = SVGCanvas()
        svg.text(
            context.t("Macht en belang (Mendelow)", "Power and interest (Mendelow)"), x: left, y: 24,
            SVGCanvas.TextStyle(size: 16, bold: true))
        let top = 40.0
        var rowTop: [Int: Double] = [:]
        var y = top
        for influence in scale.reversed() {
            rowTop[influence] = y
            y += rowHeights[influence] ?? 0
        }
        let bottom = y
        let plotRight = width - right
        func columnX(_ interest: Int) -> Double { left + Double(interest) * cellWidth }

        // The lattice, then the quadrants' borders over it.
        let lattice = SVGCanvas.Stroke(color: "#bbbbbb", width: 0.6, dash: "2 3")
        for interest in scale.dropFirst() where interest != high {
            svg.line(from: (columnX(interest), top), to: (columnX(interest), bottom), lattice)
        }
        for influence in scale.dropLast() where influence != high - 1 {
            let lineY = rowTop[influence] ?? top
            svg.line(from: (left, lineY), to: (plotRight, lineY), lattice)
        }
        svg.rect(x: left, y: top, width: plotRight - left, height: bottom - top, SVGCanvas.Stroke(width: 1.4))
        let divider = SVGCanvas.Stroke(width: 2.2)
        let middleY = rowTop[high - 1] ?? top
        svg.line(from: (columnX(high), top), to: (columnX(high), bottom), divider)
        svg.line(from: (left, middleY), to: (plotRight, middleY), divider)

        // Quadrant titles in the strip at the top of each quadrant.
        let title = SVGCanvas.TextStyle(size: 13, bold: true)
        for quadrant in MendelowQuadrant.allCases {
            let x = quadrant.highInterest ? columnX(high) + 8 : left + 8
            let stripTop = quadrant.highInfluence ? top : middleY
            svg.text(quadrant.title(context.language), x: x, y: stripTop + 16, title)
        }

        // Partners in their cells.
        for influence in scale.reversed() {
            for interest in scale {
                guard let entries = cells[influence]?[interest] else { continue }
                var lineY = (rowTop[influence] ?? top) + 16
                if influence == scale.upperBound || influence == high - 1 { lineY += titleStrip }
                let x = columnX(interest) + 6
                var used = 0
                for (index, entry) in entries.enumerated() {
                    let remaining = entries.count - index
                    if used + entry.lines.count > maxLines || (used + entry.lines.count == maxLines && remaining > 1) {
                        let more = context.t("+\(remaining) meer", "+\(remaining) more")
                        svg.text(more, x: x + 10, y: lineY, SVGCanvas.TextStyle(size: fontSize, italic: true))
                        break
                    }
                    var label = SVGCanvas()
                    label.circle(cx: x + 3, cy: lineY - 4, r: 2.6, SVGCanvas.Stroke(width: 0, fill: "#000000"))
                    for (offset, line) in entry.lines.enumerated() {
                        label.text(
                            line, x: x + 10, y: lineY + Double(offset) * lineHeight, context.style(entry.partner))
                    }
                    svg.group(label, tooltip: context.tooltip(entry.partner))
                    lineY += Double(entry.lines.count) * lineHeight
                    used += entry.lines.count
                }
            }
        }

        // Scale and axes.
        let tick = SVGCanvas.TextStyle(size: 11, anchor: .middle)
        for interest in scale {
            svg.text(String(interest), x: columnX(interest) + cellWidth / 2, y: bottom + 15, tick)
        }
        for influence in scale {
            let rowY = (rowTop[influence] ?? top) + (rowHeights[influence] ?? 0) / 2 + 4
            svg.text(String(influence), x: left - 10, y: rowY, SVGCanvas.TextStyle(size: 11, anchor: .end))
        }
        let axis = SVGCanvas.TextStyle(size: 12, bold: true, anchor: .middle)
        svg.text(
            ScoreKind.interest.name(context.language) + " →", x: (left + plotRight) / 2, y: bottom + 33, axis)
        svg.text(
            ScoreKind.influence.name(context.language) + " →", x: 22, y: (top + bottom) / 2, axis, rotate: -90)
        var notes = [
            context.t("Hoog vanaf een score van \(high).", "High from a score of \(high)."), context.markerLegend,
        ]
        if let caption = context.publicCaption { notes.append(caption) }
        var noteY = bottom + 54
        for note in notes {
            svg.text(note, x: left, y: noteY, SVGCanvas.TextStyle(size: 11))
            noteY += 16
        }
        return MapPicture(
            kind: .grid, title: context.t("Macht en belang (Mendelow)", "Power and interest (Mendelow)"),
            width: width, height: noteY, body: svg.elements.joined(separator: "\n") + "\n")
    }
}
