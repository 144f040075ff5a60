/// The ways the partner map can be drawn: in the workbench (`v` cycles through them) and as
/// pictures in the SVG and HTML exports.
public enum MapKind: String, CaseIterable, Sendable {
    case network, grid, salience, chain, rings

    /// The view's short name, as the map's title and the palette show it.
    public var title: Localized {
        switch self {
        case .network: Localized(nl: "netwerk", en: "network")
        case .grid: Localized(nl: "macht/belang", en: "power/interest")
        case .salience: Localized(nl: "saillantie", en: "salience")
        case .chain: Localized(nl: "keten", en: "chain")
        case .rings: Localized(nl: "ringen", en: "rings")
        }
    }

    /// Whether the view places partners by their scores, which a public view may show only for
    /// partners who agreed to share them.
    public var usesScores: Bool { self == .grid || self == .salience || self == .rings }
}
