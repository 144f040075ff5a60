/// How a picture draws each kind of relation, so kinds are told apart in black and white by
/// their line and arrowheads, and by colour where there is colour: one table for the lines of
/// the network and for its legend.
struct RelationStroke {
    var color: String
    var width: Double
    /// SVG `stroke-dasharray`; nil for a solid line.
    var dash: String?
    var head: Head
    /// Whether the head is drawn at both ends (a relation that runs both ways).
    var bothEnds: Bool

    enum Head: String {
        case none, filled, open, diamond
    }

    static func of(_ kind: RelationKind) -> RelationStroke {
        switch kind {
        case .collaboration: RelationStroke(color: "#2e7d32", width: 1.6, dash: nil, head: .none, bothEnds: false)
        case .dependency: RelationStroke(color: "#000000", width: 2.6, dash: nil, head: .filled, bothEnds: false)
        case .information: RelationStroke(color: "#1f5f99", width: 1.6, dash: "1.5 4", head: .open, bothEnds: false)
        case .funding: RelationStroke(color: "#8a6d0b", width: 1.8, dash: "10 3 2 3", head: .diamond, bothEnds: false)
        case .tension: RelationStroke(color: "#c62828", width: 1.8, dash: "6 4", head: .none, bothEnds: false)
        case .negotiation: RelationStroke(color: "#d35400", width: 2.6, dash: "13 5", head: .open, bothEnds: true)
        }
    }

    /// The id of the kind's arrowhead in a picture whose ids start with `prefix`.
    static func markerID(_ kind: RelationKind, prefix: String) -> String { prefix + "-head-" + kind.rawValue }

    /// `<marker>` definitions for every kind that has a head; markers follow the line's angle
    /// and, at the start of a line, point back along it.
    static func markerDefinitions(prefix: String) -> String {
        var defs = "<defs>\n"
        for kind in RelationKind.allCases {
            let stroke = of(kind)
            let shape: String
            switch stroke.head {
            case .none: continue
            case .filled: shape = "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"\(stroke.color)\"/>"
            case .open:
                shape = "<path d=\"M0,0 L10,5 L0,10\" fill=\"none\" stroke=\"\(stroke.color)\" stroke-width=\"1.6\"/>"
            case .diamond:
                shape = "<path d=\"M0,5 L5,0 L10,5 L5,10 z\" fill=\"\(stroke.color)\"/>"
            }
            defs +=
                "<marker id=\"\(markerID(kind, prefix: prefix))\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\""
                + " markerWidth=\"8\" markerHeight=\"8\" markerUnits=\"userSpaceOnUse\" orient=\"auto-start-reverse\">"
                + shape + "</marker>\n"
        }
        return defs + "</defs>\n"
    }
}
