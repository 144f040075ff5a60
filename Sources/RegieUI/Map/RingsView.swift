import Canvas
import RegieKit

/// The onion by commitment: three nested rings (periphery, involved, core), each partner
/// placed in the band of its ring, and a legend naming the scores of each ring.
enum RingsView {
    static let maxLabel = 22

    static func draw(_ context: MapContext, in rect: Rect, into frame: inout Frame) {
        let rings = CommitmentRing.allCases.map { context.text($0.title).lowercased() + " " + $0.range }
        let legendItems =
            [context.text(ScoreKind.commitment.name) + ": " + rings.joined(separator: " · ")]
            + MapLegend.markerItems(context)
        var legend = MapLegend.lines(legendItems, width: rect.width)
        if legend.count > 2 { legend = Array(legend.prefix(1)) }
        let unshared = NameFlow.unsharedLines(context, in: rect)
        let members = CommitmentRing.allCases.map { ring in
            context.scoredPartners.enumerated()
                .filter { CommitmentRing($0.element.scores) == ring }
                .sorted { (-$0.element.scores.commitment, $0.offset) < (-$1.element.scores.commitment, $1.offset) }
                .map(\.element)
        }
        let body = rect.inset(top: 0, left: 0, bottom: legend.count + unshared.count, right: 0)
        guard body.width >= 40, body.height >= 11, let layout = self.layout(members, context, in: body) else {
            let groups = zip(CommitmentRing.allCases, members).map { ring, partners in
                MapGroup(title: context.text(ring.title) + " (\(ring.range))", partners: partners)
            }
            let list = rect.inset(top: 0, left: 0, bottom: unshared.count, right: 0)
            GroupedList.draw(groups, context, in: list, into: &frame)
            NameFlow.draw(unshared, at: Point(x: rect.x, y: list.maxY), clip: rect, context, into: &frame)
            return
        }
        for (index, ring) in CommitmentRing.allCases.reversed().enumerated() {
            let box = layout.boxes[index]
            drawRoundBox(box, title: context.text(ring.title), into: &frame)
            let placement = layout.placements[index]
            draw(placement, context, into: &frame)
            if placement.missing > 0 {
                let more = " +\(placement.missing) "
                frame.grid.put(more, at: Point(x: box.maxX - more.count - 2, y: box.maxY - 1), style: Theme.warning)
            }
        }
        NameFlow.draw(unshared, at: Point(x: rect.x, y: body.maxY), clip: rect, context, into: &frame)
        MapLegend.draw(legend, in: rect, into: &frame)
    }

    /// Labels assigned to the lines of one ring's band, and how many found no room.
    struct Placement {
        var lines: [Rect]
        var labels: [[(partner: Partner, text: String)]]
        var missing: Int
    }

    /// The rings with the thickest bands that still hold every partner (or, failing that,
    /// the most partners); `members` is per ring, core first. Nil when the rings do not fit.
    static func layout(
        _ members: [[Partner]], _ context: MapContext, in area: Rect
    ) -> (boxes: [Rect], placements: [Placement])? {
        let thickest = min(4, max(1, (area.height - 7) / 4))
        var best: (score: (Int, Int), boxes: [Rect], placements: [Placement])?
        for outer in 1...thickest {
            for middle in 1...thickest {
                guard let bands = bands(in: area, thickness: (outer, middle)) else { continue }
                let placements = zip(members.reversed(), bands.lines).map { assign($0, to: $1, context) }
                let score = (placements.reduce(0) { $0 + $1.missing }, -(outer + middle))
                if best.map({ score < $0.score }) ?? true { best = (score, bands.boxes, placements) }
            }
        }
        return best.map { ($0.boxes, $0.placements) }
    }

    /// The three nested boxes, outer first, and for each ring the lines of its band where
    /// labels go, in groups filled in turn: pairs of lines above and below the inner ring
    /// (from the middle of the band outwards), then the pieces beside it.
    static func bands(in area: Rect, thickness: (outer: Int, middle: Int)) -> (boxes: [Rect], lines: [[[Rect]]])? {
        let side = area.width < 70 ? 3 : min(16, area.width / 8)
        let outer = area
        let middle = outer.inset(top: 1 + thickness.outer, left: 1 + side, bottom: 1 + thickness.outer, right: 1 + side)
        let inner = middle.inset(
            top: 1 + thickness.middle, left: 1 + side, bottom: 1 + thickness.middle, right: 1 + side)
        guard inner.height >= 3, inner.width >= 12 else { return nil }
        let boxes = [outer, middle, inner]
        var lines: [[[Rect]]] = []
        for (index, box) in boxes.enumerated() {
            let interior = box.inset(top: 1, left: 2, bottom: 1, right: 2)
            func row(_ y: Int) -> Rect { Rect(x: interior.x, y: y, width: interior.width, height: 1) }
            guard index + 1 < boxes.count else {
                lines.append(pairs(Array(interior.y..<interior.maxY)).map { $0.map(row) })
                continue
            }
            let hole = boxes[index + 1]
            let above = pairs(Array(interior.y..<hole.y)).flatMap { $0 }
            let below = pairs(Array(hole.maxY..<interior.maxY)).flatMap { $0 }
            var groups = zip(above, below).map { [row($0), row($1)] }
            let beside = (hole.y..<hole.maxY).map { y in
                [
                    Rect(x: interior.x, y: y, width: hole.x - 1 - interior.x, height: 1),
                    Rect(x: hole.maxX + 1, y: y, width: interior.maxX - hole.maxX - 1, height: 1),
                ].filter { $0.width >= 6 }
            }
            groups += pairs(Array(beside.indices)).flatMap { $0 }.map { beside[$0] }.filter { !$0.isEmpty }
            lines.append(groups)
        }
        return (boxes, lines)
    }

    /// `values` from the middle outwards in pairs: `[m], [m-1, m+1], …` (or `[m-1, m], …`).
    private static func pairs(_ values: [Int]) -> [[Int]] {
        var result: [[Int]] = []
        var low = (values.count - 1) / 2
        var high = values.count / 2
        while low >= 0, high < values.count {
            result.append(low == high ? [values[low]] : [values[low], values[high]])
            low -= 1
            high += 1
        }
        return result
    }

    private static func drawRoundBox(_ box: Rect, title: String, into frame: inout Frame) {
        frame.grid.drawBox(box, style: Theme.border)
        frame.grid.put("╭", at: box.origin, style: Theme.border)
        frame.grid.put("╮", at: Point(x: box.maxX - 1, y: box.y), style: Theme.border)
        frame.grid.put("╰", at: Point(x: box.x, y: box.maxY - 1), style: Theme.border)
        frame.grid.put("╯", at: Point(x: box.maxX - 1, y: box.maxY - 1), style: Theme.border)
        let text = " " + title.truncated(toWidth: box.width - 6) + " "
        frame.grid.put(text, at: Point(x: box.x + 2, y: box.y), style: Theme.heading)
    }

    /// Assigns labels to the band's lines: in turn over the lines of a group, the next
    /// group once it is full.
    static func assign(_ partners: [Partner], to groups: [[Rect]], _ context: MapContext) -> Placement {
        let lines = groups.flatMap { $0 }
        var labels: [[(partner: Partner, text: String)]] = lines.map { _ in [] }
        // Columns taken on each line, kept as labels go on (summing them again per partner
        // and line made the view slow with hundreds of partners).
        var used = [Int](repeating: 0, count: lines.count)
        var groupIndex = 0
        var groupStart = 0
        var missing = 0
        for partner in partners {
            var placed = false
            var texts: [Int: (text: String, width: Int)] = [:]
            while !placed, groupIndex < groups.count {
                let group = groupStart..<(groupStart + groups[groupIndex].count)
                for index in group.sorted(by: { (labels[$0].count, $0) < (labels[$1].count, $1) }) {
                    let maxWidth = min(maxLabel, lines[index].width)
                    let label =
                        texts[maxWidth]
                        ?? {
                            let text = MapLabel.text(for: partner, context, maxWidth: maxWidth)
                            return (text, text.displayWidth)
                        }()
                    texts[maxWidth] = label
                    guard used[index] + label.width <= lines[index].width else { continue }
                    labels[index].append((partner, label.text))
                    used[index] += label.width + 2
                    placed = true
                    break
                }
                if !placed {
                    groupStart += groups[groupIndex].count
                    groupIndex += 1
                }
            }
            if !placed { missing += 1 }
        }
        return Placement(lines: lines, labels: labels, missing: missing)
    }

    /// Draws each line's labels spread evenly along it, at least two columns apart.
    private static func draw(_ placement: Placement, _ context: MapContext, into frame: inout Frame) {
        for (line, items) in zip(placement.lines, placement.labels) where !items.isEmpty {
            let free = line.width - items.reduce(0) { $0 + $1.text.displayWidth } - 2 * (items.count - 1)
            var x = line.x
            for (index, item) in items.enumerated() {
                x += free * (index + 1) / (items.count + 1) - free * index / (items.count + 1)
                MapLabel.draw(
                    item.partner, text: item.text, context, at: Point(x: x, y: line.y), clip: line, into: &frame)
                x += item.text.displayWidth + 2
            }
        }
    }
}
