import Canvas
import RegieKit

/// The network graph: partners as short labels, relations as lines whose characters tell
/// the kind, the selected partner's relations in bold, and a legend at the bottom.
enum NetworkMapView {
    /// All relations between one pair of partners, drawn as one line.
    struct Edge {
        var a: Int
        var b: Int
        var kinds: [RelationKind]
        /// Ends (partner indices) that a dependency points at.
        var arrowTargets: Set<Int>
        var strength: Int
    }

    static func draw(_ context: MapContext, in rect: Rect, into frame: inout Frame) {
        let partners = context.session.partners
        // The layout `AppState` keeps; computed here only when there is none for this graph and
        // none is on its way.
        let kept = context.network.flatMap { $0.matches(context.session) ? $0 : nil }
        if kept == nil, context.networkPending {
            let message = context.text(NetworkLayouts.placeholder(partners: partners.count))
            let line = message.truncated(toWidth: rect.width)
            let origin = Point(x: rect.x + max(0, (rect.width - line.displayWidth) / 2), y: rect.y + rect.height / 2)
            frame.grid.put(line, at: origin, style: Theme.dim, clip: rect)
            return
        }
        let graph = kept ?? NetworkGraph(context.session)
        let kinds = MapLegend.relationItems(context)
        var legend = MapLegend.lines(kinds, width: rect.width)
        let withMarkers = MapLegend.lines(kinds + MapLegend.markerItems(context), width: rect.width)
        if withMarkers.count <= 2 { legend = withMarkers }
        legend = Array(legend.prefix(rect.height >= 12 ? 3 : 1))
        let separator = rect.height >= 16 ? 1 : 0
        let area = rect.inset(top: 0, left: 0, bottom: legend.count + separator, right: 0)
        guard area.height > 0 else { return }

        let key = NetworkDrawing.Key(
            area: area, frameSize: frame.grid.size, relationStart: context.relationStart, nameLines: context.nameLines,
            partners: partners)
        let base = graph.drawings.drawing(for: key) { drawing(graph, context, in: area, size: frame.grid.size) }
        frame.grid.copy(area, from: base.grid)
        frame.hits += base.hits
        let placed = base.placed
        if let selected = context.selected.flatMap({ id in graph.partnerIDs.firstIndex(of: id) }) {
            drawSelection(selected, graph, base, context, in: area, into: &frame)
        }
        let missing = placed.count - placed.lazy.filter { $0 != nil }.count
        if missing > 0 {
            let note = context.text(L("+\(missing) niet getoond", "+\(missing) not shown"))
            let longer = MapLegend.lines(legend + [note], width: rect.width)
            legend = longer.count <= legend.count ? longer : legend.dropLast() + [note]
        }
        MapLegend.draw(legend, in: rect, into: &frame)
    }

    /// The map with nothing selected: every edge, then every label on top.
    static func drawing(_ graph: NetworkGraph, _ context: MapContext, in area: Rect, size: Size) -> NetworkDrawing {
        let partners = context.session.partners
        var context = context
        context.selected = nil
        var frame = Frame(size: size)
        let placed = layout(partners, graph, context, in: area)
        drawEdges(graph, placed: placed, partners: partners, only: nil, emphasis: nil, clip: area, into: &frame)
        var labelCells = [Bool](repeating: false, count: size.width * size.height)
        for (index, partner) in partners.enumerated() {
            guard let rect = placed[index] else { continue }
            for (row, line) in labelLines(partner, context, in: rect).enumerated() {
                let origin = Point(x: rect.x, y: rect.y + row)
                let drawn = MapLabel.draw(partner, text: line, context, at: origin, clip: area, into: &frame)
                for x in origin.x..<(origin.x + drawn) where area.contains(Point(x: x, y: origin.y)) {
                    labelCells[origin.y * size.width + x] = true
                }
            }
        }
        return NetworkDrawing(grid: frame.grid, placed: placed, hits: frame.hits, labelCells: labelCells)
    }

    /// What the selection adds to `base`: the selected partner's relations in bold over the
    /// other edges (never over a label), and its label and its neighbours' in their styles.
    static func drawSelection(
        _ selected: Int, _ graph: NetworkGraph, _ base: NetworkDrawing, _ context: MapContext, in area: Rect,
        into frame: inout Frame
    ) {
        let partners = context.session.partners
        drawEdges(
            graph, placed: base.placed, partners: partners, only: selected, emphasis: base.labelCells, clip: area,
            into: &frame)
        var relabel: Set<Int> = [selected]
        for edge in graph.edges where edge.a == selected || edge.b == selected {
            relabel.insert(edge.a)
            relabel.insert(edge.b)
        }
        for index in relabel.sorted() {
            guard let rect = base.placed[index] else { continue }
            let style = MapLabel.style(for: partners[index], context, emphasised: true)
            for (row, line) in labelLines(partners[index], context, in: rect).enumerated() {
                frame.grid.put(line, at: Point(x: rect.x, y: rect.y + row), style: style, clip: area)
            }
        }
    }

    /// The lines of a partner's label placed in `rect`: one per row of it, as `layout` measured.
    static func labelLines(_ partner: Partner, _ context: MapContext, in rect: Rect) -> [String] {
        MapLabel.lines(for: partner, context, maxWidth: rect.width, maxLines: rect.height)
    }

    /// The relations grouped per pair of partners, unknown ids and loops left out.
    static func edges(_ session: Session) -> [Edge] {
        var index: [Partner.ID: Int] = [:]
        for (i, partner) in session.partners.enumerated() where index[partner.id] == nil { index[partner.id] = i }
        var byPair: [[Int]: Edge] = [:]
        for relation in session.relations {
            guard let from = index[relation.from], let to = index[relation.to], from != to else { continue }
            let key = [min(from, to), max(from, to)]
            var edge = byPair[key] ?? Edge(a: key[0], b: key[1], kinds: [], arrowTargets: [], strength: 0)
            if !edge.kinds.contains(relation.kind) { edge.kinds.append(relation.kind) }
            if relation.kind == .dependency { edge.arrowTargets.insert(to) }
            edge.strength = max(edge.strength, relation.strength)
            byPair[key] = edge
        }
        return byPair.values
            .map { edge in
                var edge = edge
                edge.kinds = RelationKind.allCases.filter(edge.kinds.contains)
                return edge
            }
            .sorted { ($0.a, $0.b) < ($1.a, $1.b) }
    }

    // MARK: - Layout

    /// Row spacing and longest label to try, roomiest first, with the share of the area the
    /// labels (and the gaps beside them) may fill: full names when they fit, down to stubs.
    static let densities: [(spacing: Int, maxLabel: Int, fill: Double)] = [
        (3, 20, 0.3), (2, 20, 0.4), (3, 14, 0.45), (2, 14, 0.75), (2, 12, 0.8), (2, 10, 0.85), (2, 8, 0.9),
        (1, 10, 0.8), (1, 8, 0.9), (1, 6, 1.0),
    ]

    /// The longest line to try when names may wrap over two lines (`MapContext.nameLines`),
    /// roomiest first; the rows then lie three apart, a name's second line and a line for the
    /// relations between them.
    static let wrappedLabelWidths = [24, 20, 18, 16]

    /// Label rectangles for the partners (nil where there is no room), spaced as widely as
    /// the area allows and with names cut no shorter than needed.
    static func layout(_ partners: [Partner], _ graph: NetworkGraph, _ context: MapContext, in area: Rect) -> [Rect?] {
        guard !partners.isEmpty else { return [] }
        if context.nameLines > 1, let wrapped = wrappedLayout(partners, graph, context, in: area) { return wrapped }
        let names = zip(partners, graph.nameWidths).map { partner, width in
            min(40, MapLabel.marker(for: partner, context).displayWidth + width)
        }
        var chosen = densities[densities.count - 1]
        for choice in densities where choice.spacing == 1 || area.height >= 2 * choice.spacing + 1 {
            let rows = (area.height - 1) / choice.spacing + 1
            let demand = names.reduce(0) { $0 + min($1, choice.maxLabel) + 3 }
            if Double(demand) <= Double(rows * area.width) * choice.fill {
                chosen = choice
                break
            }
        }
        let rowCount = (area.height - 1) / chosen.spacing + 1
        let top = area.y + (area.height - 1 - (rowCount - 1) * chosen.spacing) / 2
        let rows = (0..<rowCount).map { top + $0 * chosen.spacing }
        let widths = names.map { min($0, chosen.maxLabel, area.width) }
        return NetworkLabels.place(
            widths: widths, wished: wished(partners, graph), order: graph.placementOrder, rows: rows, in: area)
    }

    /// Labels of up to two lines, on rows three apart; nil when even the narrowest lines leave
    /// too many partners without room, so that one-line labels are tried instead.
    static func wrappedLayout(_ partners: [Partner], _ graph: NetworkGraph, _ context: MapContext, in area: Rect)
        -> [Rect?]?
    {
        let spacing = 3
        guard area.height >= 2 * spacing else { return nil }
        let rowCount = (area.height - 2) / spacing + 1
        let top = area.y + (area.height - 2 - (rowCount - 1) * spacing) / 2
        let rows = (0..<rowCount).map { top + $0 * spacing }
        let room = Double(rowCount * area.width) * 0.9
        // Two lines are at least half a name wide (less the space they break at): when even
        // that leaves no room, as for a big network, no name is wrapped to find out.
        let leastDemand = graph.nameWidths.reduce(0) { $0 + max(1, ($1 - 1) / 2) + 3 }
        guard Double(leastDemand) <= room else { return nil }
        for maxLabel in wrappedLabelWidths where maxLabel <= area.width {
            let sizes = partners.map { partner in
                let lines = MapLabel.lines(for: partner, context, maxWidth: maxLabel, maxLines: context.nameLines)
                return (width: lines.map(\.displayWidth).max() ?? 0, height: lines.count)
            }
            let demand = sizes.reduce(0) { $0 + $1.width + 3 }
            guard Double(demand) <= room else { continue }
            let placed = NetworkLabels.place(
                widths: sizes.map(\.width), wished: wished(partners, graph), order: graph.placementOrder, rows: rows,
                in: area)
            guard !placed.contains(where: { $0 == nil }) else { continue }
            return zip(placed, sizes).map { rect, size in
                rect.map { Rect(x: $0.x, y: $0.y, width: $0.width, height: size.height) }
            }
        }
        return nil
    }

    /// Where the layout wants each partner, 0...1 on both axes: a small network gathers round
    /// the middle instead of stretching its edges across the area.
    static func wished(_ partners: [Partner], _ graph: NetworkGraph) -> [(x: Double, y: Double)] {
        let spread = min(1, 0.4 + Double(partners.count) / 20)
        return normalized(graph.positions).map {
            (x: 0.5 + ($0.x - 0.5) * spread, y: 0.5 + ($0.y - 0.5) * spread)
        }
    }

    /// The layout stretched to fill 0...1 on each axis.
    static func normalized(_ positions: [NetworkLayout.Position]) -> [(x: Double, y: Double)] {
        guard positions.count > 1 else { return positions.map { _ in (0.5, 0.5) } }
        func scale(_ values: [Double]) -> [Double] {
            let low = values.min() ?? 0
            let high = values.max() ?? 0
            guard high - low > 1e-9 else { return values.map { _ in 0.5 } }
            return values.map { ($0 - low) / (high - low) }
        }
        return Array(zip(scale(positions.map(\.x)), scale(positions.map(\.y))))
    }

    // MARK: - Edges

    /// Draws the edges between placed labels, weaker ones first: all of them in their plain
    /// styles, or with `only` those of one partner, in bold, leaving out the cells where
    /// `emphasis` says a label is.
    static func drawEdges(
        _ graph: NetworkGraph, placed: [Rect?], partners: [Partner], only: Int?, emphasis labelCells: [Bool]?,
        clip: Rect, into frame: inout Frame
    ) {
        let edges = graph.edges
        let width = frame.grid.size.width
        for index in graph.edgeDrawingOrder {
            let edge = edges[index]
            if let only, edge.a != only && edge.b != only { continue }
            guard let a = placed[edge.a], let b = placed[edge.b] else { continue }
            let style: Style
            if only != nil {
                style = Theme.heading
            } else if partners[edge.a].status == .letGo || partners[edge.b].status == .letGo {
                style = Theme.dim
            } else {
                style = .plain
            }
            let (start, end) = anchors(a, b)
            let path = EdgeGlyphs.line(from: start, to: end)
            let mostlyHorizontal = abs(end.x - start.x) >= abs(end.y - start.y)
            let directions = EdgeGlyphs.directions(of: path, vertical: start.y != a.y)
            for (step, point) in path.enumerated() where clip.contains(point) {
                if let labelCells, labelCells[point.y * width + point.x] { continue }
                let kind = edge.kinds[step % edge.kinds.count]
                var glyph = EdgeGlyphs.glyph(kind, directions[step], mostlyHorizontal: mostlyHorizontal)
                if step == path.count - 1, edge.arrowTargets.contains(edge.b) {
                    glyph = EdgeGlyphs.arrowhead(at: point, target: b)
                } else if step == 0, edge.arrowTargets.contains(edge.a) {
                    glyph = EdgeGlyphs.arrowhead(at: point, target: a)
                }
                // Every edge glyph is one column wide, so the cell is set directly.
                frame.grid[point] = Cell(text: String(glyph), style: style)
            }
        }
    }

    /// The cells just outside labels `a` and `b` where the line between them starts and ends:
    /// beside the labels when they lie side by side, above or below them otherwise.
    static func anchors(_ a: Rect, _ b: Rect) -> (Point, Point) {
        if a.y == b.y {
            return a.maxX <= b.x
                ? (Point(x: a.maxX, y: a.y), Point(x: b.x - 1, y: b.y))
                : (Point(x: a.x - 1, y: a.y), Point(x: b.maxX, y: b.y))
        }
        // The rows just below the upper label (under its last line) and just above the lower one.
        let down = a.y < b.y
        let startY = down ? a.maxY : a.y - 1
        let endY = down ? b.y - 1 : b.maxY
        let overlapStart = max(a.x, b.x)
        let overlapEnd = min(a.maxX, b.maxX)
        if overlapStart < overlapEnd {
            let x = (overlapStart + overlapEnd - 1) / 2
            return (Point(x: x, y: startY), Point(x: x, y: endY))
        }
        let rightwards = a.maxX <= b.x
        let gap = rightwards ? b.x - a.maxX : a.x - b.maxX
        let rise = abs(endY - startY) + 2
        if gap >= 2 * rise {
            return rightwards
                ? (Point(x: a.maxX, y: a.y), Point(x: b.x - 1, y: b.y))
                : (Point(x: a.x - 1, y: a.y), Point(x: b.maxX, y: b.y))
        }
        return rightwards
            ? (Point(x: a.maxX - 1, y: startY), Point(x: b.x, y: endY))
            : (Point(x: a.x, y: startY), Point(x: b.maxX - 1, y: endY))
    }
}
