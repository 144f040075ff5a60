import Canvas
import RegieKit

/// Mendelow's power/interest grid: four labelled quadrants, influence up, interest to the
/// right, each partner placed by its scores and stacked when places collide.
enum PowerInterestGridView {
    static func draw(_ context: MapContext, in rect: Rect, into frame: inout Frame) {
        let unshared = NameFlow.unsharedLines(context, in: rect)
        let body = rect.inset(top: 0, left: 0, bottom: unshared.count, right: 0)
        NameFlow.draw(unshared, at: Point(x: rect.x, y: body.maxY), clip: rect, context, into: &frame)
        if body.width < 40 || body.height < 12 {
            let groups = MendelowQuadrant.allCases.map { quadrant in
                MapGroup(
                    title: context.text(quadrant.title),
                    partners: context.scoredPartners.filter { MendelowQuadrant($0.scores) == quadrant })
            }
            GroupedList.draw(groups, context, in: body, into: &frame)
        } else {
            drawGrid(context, in: body, into: &frame)
        }
    }

    /// The full grid, for rects of at least 40×12.
    private static func drawGrid(_ context: MapContext, in body: Rect, into frame: inout Frame) {
        let top = body.y + 1
        let bottom = body.maxY - 2
        let middle = top + (bottom - top) / 2
        let left = body.x
        let right = body.maxX - 1
        let centre = body.x + body.width / 2
        drawLines(rows: (top, middle, bottom), columns: (left, centre, right), into: &frame)

        frame.grid.put("↑ " + context.text(ScoreKind.influence.name), at: body.origin, style: Theme.label, clip: body)
        let interest = context.text(ScoreKind.interest.name) + " →"
        let interestAt = Point(x: body.maxX - interest.displayWidth, y: body.maxY - 1)
        frame.grid.put(interest, at: interestAt, style: Theme.label, clip: body)
        let markers = MapLegend.lines(MapLegend.markerItems(context), width: body.width - interest.displayWidth - 2)
        if markers.count == 1 {
            frame.grid.put(markers[0], at: Point(x: body.x, y: body.maxY - 1), style: Theme.dim, clip: body)
        }

        let interiors: [MendelowQuadrant: Rect] = [
            .keepSatisfied: Rect(x: left + 1, y: top + 1, width: centre - left - 1, height: middle - top - 1),
            .manageClosely: Rect(x: centre + 1, y: top + 1, width: right - centre - 1, height: middle - top - 1),
            .monitor: Rect(x: left + 1, y: middle + 1, width: centre - left - 1, height: bottom - middle - 1),
            .keepInformed: Rect(x: centre + 1, y: middle + 1, width: right - centre - 1, height: bottom - middle - 1),
        ]
        for quadrant in MendelowQuadrant.allCases {
            guard let interior = interiors[quadrant] else { continue }
            let title = " " + context.text(quadrant.title).truncated(toWidth: interior.width - 4) + " "
            frame.grid.put(title, at: Point(x: interior.x + 1, y: interior.y - 1), style: Theme.heading)
            let partners = context.scoredPartners.filter { MendelowQuadrant($0.scores) == quadrant }
            place(partners, in: quadrant, interior: interior, context, into: &frame)
        }
    }

    private static func drawLines(rows: (Int, Int, Int), columns: (Int, Int, Int), into frame: inout Frame) {
        let style = Theme.border
        for y in [rows.0, rows.1, rows.2] {
            frame.grid.hline(at: Point(x: columns.0 + 1, y: y), length: columns.2 - columns.0 - 1, style: style)
        }
        for x in [columns.0, columns.1, columns.2] {
            frame.grid.vline(at: Point(x: x, y: rows.0 + 1), length: rows.2 - rows.0 - 1, style: style)
        }
        let corners: [[String]] = [["┌", "┬", "┐"], ["├", "┼", "┤"], ["└", "┴", "┘"]]
        for (i, y) in [rows.0, rows.1, rows.2].enumerated() {
            for (j, x) in [columns.0, columns.1, columns.2].enumerated() {
                frame.grid.put(corners[i][j], at: Point(x: x, y: y), style: style)
            }
        }
    }

    /// Places the quadrant's partners in thirds by score: higher influence higher up, higher
    /// interest further right; a taken place sends a label to the nearest free row. When some
    /// do not fit, the bottom right corner says how many.
    private static func place(
        _ partners: [Partner], in quadrant: MendelowQuadrant, interior: Rect, _ context: MapContext,
        into frame: inout Frame
    ) {
        let inner = interior.inset(top: 0, left: 1, bottom: 0, right: 1)
        var placed = positions(partners, in: quadrant, inner: inner, reserved: 0, context)
        let missing = partners.count - placed.count
        if missing > 0 {
            let more = "+\(missing)"
            placed = positions(partners, in: quadrant, inner: inner, reserved: more.count + 4, context)
            let count = "+\(partners.count - placed.count)"
            let corner = Point(x: inner.maxX - count.count, y: inner.maxY - 1)
            frame.grid.put(count, at: corner, style: Theme.warning, clip: inner)
        }
        for (partner, label, point) in placed {
            MapLabel.draw(partner, text: label, context, at: point, clip: inner, into: &frame)
        }
    }

    /// Where each partner's label goes; `reserved` columns at the right of the last row stay free.
    ///
    /// The nearest free place per row comes from the row's sorted taken spans, rows too far to
    /// beat the best place so far are skipped, and once a label found no room, no label at
    /// least as wide is tried again (taken places only grow): with thousands of partners in a
    /// quadrant, trying every cell for each of them made the view unbounded.
    private static func positions(
        _ partners: [Partner], in quadrant: MendelowQuadrant, inner: Rect, reserved: Int, _ context: MapContext
    ) -> [(Partner, String, Point)] {
        let ordered = partners.enumerated().sorted {
            (-$0.element.scores.influence, -$0.element.scores.interest, $0.offset)
                < (-$1.element.scores.influence, -$1.element.scores.interest, $1.offset)
        }.map(\.element)
        guard inner.height > 0 else { return [] }
        var taken = [[Range<Int>]](repeating: [], count: inner.height)
        if reserved > 0 { taken[inner.height - 1] = [(inner.maxX - reserved)..<inner.maxX] }
        var placed: [(Partner, String, Point)] = []
        var noRoomFrom = Int.max
        for partner in ordered {
            let influence = min(max(partner.scores.influence, 0), 5)
            let interest = min(max(partner.scores.interest, 0), 5)
            let rowLevel = quadrant.highInfluence ? 5 - influence : 2 - influence
            let columnLevel = quadrant.highInterest ? interest - 3 : interest
            let maxWidth = min(inner.width, 22)
            // A label is its full name or cut to at least one column less than `maxWidth`:
            // thousands of labels that cannot fit need not be made.
            let full = MapLabel.marker(for: partner, context).displayWidth + partner.name.displayWidth
            guard min(full, maxWidth - 1) < noRoomFrom else { continue }
            let label = MapLabel.text(for: partner, context, maxWidth: maxWidth)
            let width = label.displayWidth
            guard width < noRoomFrom else { continue }
            let wishedRow = inner.y + (2 * rowLevel + 1) * inner.height / 6
            let wishedX = [inner.x, inner.x + (inner.width - width) / 2, inner.maxX - width][columnLevel]
            var best: (cost: Int, point: Point)?
            for row in 0..<inner.height {
                let y = inner.y + row
                let rowCost = 9 * (y - wishedRow) * (y - wishedRow)
                if let best, best.cost <= rowCost { continue }
                guard
                    let x = NetworkLabels.nearestFree(
                        to: Double(wishedX), width: width, taken: taken[row], in: inner, gap: 1)
                else { continue }
                let cost = rowCost + (x - wishedX) * (x - wishedX)
                if let best, best.cost <= cost { continue }
                best = (cost, Point(x: x, y: y))
            }
            guard let point = best?.point else {
                noRoomFrom = min(noRoomFrom, width)
                continue
            }
            let row = point.y - inner.y
            let span = point.x..<(point.x + width)
            taken[row].insert(
                span, at: taken[row].firstIndex { $0.lowerBound > span.lowerBound } ?? taken[row].endIndex)
            placed.append((partner, label, point))
        }
        return placed
    }
}
