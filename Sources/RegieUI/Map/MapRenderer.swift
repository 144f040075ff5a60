import Canvas
import RegieKit

/// Draws the partner map in one of its views, inside `rect` only.
public enum MapRenderer {
    /// The smallest rect a view draws in; below it the map says it is too small.
    static let minimumSize = Size(width: 30, height: 6)

    /// - Parameters:
    ///   - namesUnsharedPartners: whether score-based views list the partners whose scores stay
    ///     private; a slide for the room does not say who withheld them.
    ///   - relationKinds: the kinds the legend lists (the slides may leave tensions off).
    ///   - listLabelWidth: the longest name a list of partners shows whole.
    ///   - nameLines: the most lines a name may take on the network map (see `MapContext`).
    public static func draw(
        _ kind: MapKind, session: Session, selected: Partner.ID?, relationStart: Partner.ID?, disclosure: Disclosure,
        language: Language, network: NetworkGraph? = nil, in rect: Rect, namesUnsharedPartners: Bool = true,
        relationKinds: [RelationKind] = RelationKind.allCases, listLabelWidth: Int = 24, nameLines: Int = 1,
        into frame: inout Frame
    ) {
        // Disclosing twice changes nothing, so a caller that passes `AppState.shown` pays little.
        let session = session.disclosed(disclosure)
        let context = MapContext(
            session: session, selected: selected, relationStart: relationStart, language: language,
            network: network, namesUnsharedPartners: namesUnsharedPartners, relationKinds: relationKinds,
            listLabelWidth: listLabelWidth, nameLines: nameLines)
        guard !rect.isEmpty else { return }
        guard rect.width >= minimumSize.width, rect.height >= minimumSize.height else {
            let message = context.text(L("Kaart te klein", "Map too small"))
            frame.grid.put(message.truncated(toWidth: rect.width), at: rect.origin, style: Theme.warning, clip: rect)
            return
        }
        guard !session.partners.isEmpty else {
            let message = context.text(L("Nog geen partners. a voegt er een toe.", "No partners yet. a adds one."))
            for (row, line) in message.wrapped(toWidth: rect.width).enumerated() where row < rect.height {
                frame.grid.put(line, at: Point(x: rect.x, y: rect.y + row), style: Theme.dim, clip: rect)
            }
            return
        }
        switch kind {
        case .network: NetworkMapView.draw(context, in: rect, into: &frame)
        case .grid: PowerInterestGridView.draw(context, in: rect, into: &frame)
        case .salience: SalienceView.draw(context, in: rect, into: &frame)
        case .chain: ChainView.draw(context, in: rect, into: &frame)
        case .rings: RingsView.draw(context, in: rect, into: &frame)
        }
    }
}
