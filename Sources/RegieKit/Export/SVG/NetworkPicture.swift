/// The partner network as a picture: partners as boxes placed by the force layout
/// (`NetworkLayout`, the one the workbench's map uses), relations as lines whose dashes and
/// arrowheads tell the kind (`RelationStroke`), and a legend of the kinds underneath.
enum NetworkPicture {
    static let width = 860.0
    static let margin = 24.0
    static let fontSize = 11.0
    static let lineHeight = 13.0
    static let maxBoxWidth = 150.0
    /// The layout's space is this many times as wide as high: the workbench map's.
    static let aspect = NetworkLayout.mapAspect

    /// A partner's box: where it is and the lines of its name.
    struct Node {
        var partner: Partner
        var lines: [String]
        var x: Double
        var y: Double
        var width: Double
        var height: Double
    }

    static func draw(_ context: PictureContext) -> MapPicture {
        let title = context.t("Netwerk van partners", "Partner network")
        let session = context.session
        var svg = SVGCanvas()
        svg.raw(RelationStroke.markerDefinitions(prefix: "network"))
        svg.text(title, x: margin, y: 24, SVGCanvas.TextStyle(size: 16, bold: true))
        let plotWidth = width - 2 * margin
        let plotHeight = max(
            360, min(900, plotWidth / aspect * max(1, Double(session.partners.count).squareRoot() / 4)))
        let top = 44.0
        let places = NetworkLayout.positions(for: session)
        var nodes: [Node] = []
        for (partner, place) in zip(session.partners, places) {
            let lines = TextMetrics.lines(
                context.label(partner), size: fontSize, maxWidth: maxBoxWidth - 12, maxLines: 2)
            let boxWidth = (lines.map { TextMetrics.width($0, size: fontSize) }.max() ?? 0) + 12
            let boxHeight = Double(lines.count) * lineHeight + 8
            let x = margin + boxWidth / 2 + place.x / aspect * (plotWidth - boxWidth)
            let y = top + boxHeight / 2 + place.y * (plotHeight - boxHeight)
            nodes.append(Node(partner: partner, lines: lines, x: x, y: y, width: boxWidth, height: boxHeight))
        }
        separate(&nodes, within: (minX: margin, maxX: width - margin, minY: top, maxY: top + plotHeight))
        let index = Dictionary(nodes.enumerated().map { ($0.element.partner.id, $0.offset) }) { first, _ in first }

        // Relations under the boxes; a second relation between the same two partners runs beside the first.
        var seen: [Set<Partner.ID>: Int] = [:]
        for relation in session.relations {
            guard let a = index[relation.from], let b = index[relation.to], a != b else { continue }
            let pair: Set = [relation.from, relation.to]
            let order = seen[pair, default: 0]
            seen[pair] = order + 1
            drawRelation(relation, from: nodes[a], to: nodes[b], offset: Double(order) * 5, context, into: &svg)
        }
        for node in nodes { drawNode(node, context, into: &svg) }

        let legendTop = top + plotHeight + 20
        let height = drawLegend(context, top: legendTop, into: &svg)
        return MapPicture(
            kind: .network, title: title, width: width, height: height,
            body: svg.elements.joined(separator: "\n") + "\n")
    }

    /// The least room between two boxes.
    static let boxGap = 6.0

    /// Moves boxes apart until none covers another, so every name stays readable: the layout
    /// places centres, but a box is wider than the room the layout gives a point. Each pair
    /// that overlaps is pushed apart along the axis where they overlap least, each by half,
    /// keeping their order on that axis, and every box stays within `bounds`. Deterministic,
    /// like the layout.
    static func separate(
        _ nodes: inout [Node], within bounds: (minX: Double, maxX: Double, minY: Double, maxY: Double)
    ) {
        func clamp(_ node: inout Node) {
            node.x = min(max(node.x, bounds.minX + node.width / 2), bounds.maxX - node.width / 2)
            node.y = min(max(node.y, bounds.minY + node.height / 2), bounds.maxY - node.height / 2)
        }
        /// How far boxes `i` and `j` overlap across and down (positive for both when they do).
        func overlap(_ i: Int, _ j: Int) -> (x: Double, y: Double) {
            (
                (nodes[i].width + nodes[j].width) / 2 + boxGap - abs(nodes[j].x - nodes[i].x),
                (nodes[i].height + nodes[j].height) / 2 + boxGap - abs(nodes[j].y - nodes[i].y)
            )
        }
        func push(_ i: Int, _ j: Int, across: Bool) {
            let amount = (across ? overlap(i, j).x : overlap(i, j).y) / 2 + 0.01
            let apart = across ? nodes[j].x - nodes[i].x : nodes[j].y - nodes[i].y
            let sign: Double = apart < 0 ? -1 : 1
            if across {
                nodes[i].x -= amount * sign
                nodes[j].x += amount * sign
            } else {
                nodes[i].y -= amount * sign
                nodes[j].y += amount * sign
            }
            clamp(&nodes[i])
            clamp(&nodes[j])
        }
        for _ in 0..<400 {
            var moved = false
            for i in nodes.indices {
                for j in nodes.indices where j > i {
                    let first = overlap(i, j)
                    guard first.x > 0.01, first.y > 0.01 else { continue }
                    moved = true
                    // The shorter overlap moves the boxes least; at the picture's edge that way
                    // may be shut, and then the other axis is tried.
                    let across = first.x < first.y
                    push(i, j, across: across)
                    let second = overlap(i, j)
                    if second.x > 0.01, second.y > 0.01 { push(i, j, across: !across) }
                }
            }
            if !moved { return }
        }
    }

    private static func drawNode(_ node: Node, _ context: PictureContext, into svg: inout SVGCanvas) {
        var box = SVGCanvas()
        let letGo = node.partner.status == .letGo
        box.rect(
            x: node.x - node.width / 2, y: node.y - node.height / 2, width: node.width, height: node.height, radius: 5,
            SVGCanvas.Stroke(
                color: letGo ? "#666666" : "#000000", width: 1.2, dash: letGo ? "4 3" : nil, fill: "#ffffff"))
        var style = context.style(node.partner, size: fontSize)
        style.anchor = .middle
        let first = node.y - node.height / 2 + 4 + lineHeight - 3
        for (offset, line) in node.lines.enumerated() {
            box.text(line, x: node.x, y: first + Double(offset) * lineHeight, style)
        }
        svg.group(box, tooltip: context.tooltip(node.partner))
    }

    private static func drawRelation(
        _ relation: Relation, from a: Node, to b: Node, offset: Double, _ context: PictureContext,
        into svg: inout SVGCanvas
    ) {
        let dx = b.x - a.x
        let dy = b.y - a.y
        let length = max(1, (dx * dx + dy * dy).squareRoot())
        // Sideways by `offset`, so parallel relations stay apart.
        let nx = -dy / length * offset
        let ny = dx / length * offset
        let start = exit(from: a, towards: (b.x + nx, b.y + ny), shift: (nx, ny))
        let end = exit(from: b, towards: (a.x + nx, a.y + ny), shift: (nx, ny))
        let stroke = RelationStroke.of(relation.kind)
        let marker = stroke.head == .none ? nil : RelationStroke.markerID(relation.kind, prefix: "network")
        var line = SVGCanvas()
        line.line(
            from: start, to: end, SVGCanvas.Stroke(color: stroke.color, width: stroke.width, dash: stroke.dash),
            markerStart: stroke.bothEnds ? marker : nil, markerEnd: marker)
        var tooltip = context.tooltip(from: relation)
        if !relation.note.isEmpty { tooltip += ": " + relation.note }
        svg.group(line, tooltip: tooltip)
    }

    /// Where the line from the node's centre (moved by `shift`) towards `target` leaves its box.
    private static func exit(
        from node: Node, towards target: (x: Double, y: Double), shift: (Double, Double)
    ) -> (x: Double, y: Double) {
        let origin = (x: node.x + shift.0, y: node.y + shift.1)
        let dx = target.x - origin.x
        let dy = target.y - origin.y
        let halfWidth = node.width / 2 + 2
        let halfHeight = node.height / 2 + 2
        let scaleX = dx == 0 ? Double.infinity : halfWidth / abs(dx)
        let scaleY = dy == 0 ? Double.infinity : halfHeight / abs(dy)
        let scale = min(1, min(scaleX, scaleY))
        return (origin.x + dx * scale, origin.y + dy * scale)
    }

    /// The legend of relation kinds (each with its line) and status markers; returns the
    /// picture's height.
    private static func drawLegend(_ context: PictureContext, top: Double, into svg: inout SVGCanvas) -> Double {
        let columnWidth = (width - 2 * margin) / 3
        for (index, kind) in RelationKind.allCases.enumerated() {
            let x = margin + Double(index % 3) * columnWidth
            let y = top + Double(index / 3) * 20
            let stroke = RelationStroke.of(kind)
            let marker = stroke.head == .none ? nil : RelationStroke.markerID(kind, prefix: "network")
            svg.line(
                from: (x, y - 4), to: (x + 44, y - 4),
                SVGCanvas.Stroke(color: stroke.color, width: stroke.width, dash: stroke.dash),
                markerStart: stroke.bothEnds ? marker : nil, markerEnd: marker)
            svg.text(kind.name(context.language), x: x + 54, y: y, SVGCanvas.TextStyle(size: 12))
        }
        let rows = Double((RelationKind.allCases.count + 2) / 3)
        let markersY = top + rows * 20 + 4
        svg.text(
            context.markerLegend + "   " + context.t("▭ gestreept: losgelaten", "▭ dashed: let go"), x: margin,
            y: markersY, SVGCanvas.TextStyle(size: 11))
        return markersY + 14
    }
}

extension PictureContext {
    /// `Gemeente → Politie: spanning (sterkte 2)`, a relation's tooltip.
    func tooltip(from relation: Relation) -> String {
        let names = ExportNames(session, language: language)
        return names.partner(relation.from) + " → " + names.partner(relation.to) + ": "
            + relation.kind.name(language) + " (" + t("sterkte ", "strength ") + String(relation.strength) + ")"
    }
}
