import Canvas
import RegieKit

/// Draws the partner map in one of its views, inside `rect` only.
public enum MapRenderer {
    /// The smallest rect a view draws in; below it the map says it is too small.
    static let minimumSize = Size(width: 30, height: 6)

    /// - Parameters:
    ///   - networkPending: the network's layout is computed in the background; the network view
    ///     says so rather than compute one (see `NetworkLayouts`).
    ///   - namesUnsharedPartners: whether score-based views list the partners whose scores stay
    ///     private; a slide for the room does not say who withheld them.
    ///   - relationKinds: the kinds the legend lists (the slides may leave tensions off).
    ///   - listLabelWidth: the longest name a list of partners shows whole.
    ///   - nameLines: the most lines a name may take on the network map (see `MapContext`).
    ///   - memo: where the grid, salience, chain and rings views keep their drawing for the
    ///     next frame; without one they are drawn afresh.
    public static func draw(
        _ kind: MapKind, session: Session, selected: Partner.ID?, relationStart: Partner.ID?, disclosure: Disclosure,
        language: Language, network: NetworkGraph? = nil, networkPending: Bool = false, in rect: Rect,
        namesUnsharedPartners: Bool = true,
        relationKinds: [RelationKind] = RelationKind.allCases, listLabelWidth: Int = 24, nameLines: Int = 1,
        memo: MapDrawingMemo? = nil,
        into frame: inout Frame
    ) {
        // Disclosing twice changes nothing, so a caller that passes `AppState.shown` pays little.
        let session = session.disclosed(disclosure)
        let context = MapContext(
            session: session, selected: selected, relationStart: relationStart, language: language,
            network: network, networkPending: networkPending, namesUnsharedPartners: namesUnsharedPartners,
            relationKinds: relationKinds, listLabelWidth: listLabelWidth, nameLines: nameLines)
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
        guard kind != .network, let memo else {
            drawView(kind, context, in: rect, into: &frame)
            return
        }
        // The selection only restyles the selected partner's labels (`MapLabel.style`): the
        // rest of the drawing is the same for every selection.
        let key = MapDrawing.Key(kind, context, rect: rect, frameSize: frame.grid.size)
        let base = memo.drawing(for: key) {
            var unselected = context
            unselected.selected = nil
            var scratch = Frame(size: frame.grid.size)
            drawView(kind, unselected, in: rect, into: &scratch)
            return MapDrawing(grid: scratch.grid, hits: scratch.hits)
        }
        frame.grid.copy(rect, from: base.grid)
        frame.hits += base.hits
        if let selected {
            for hit in base.hits where hit.target == .partner(selected) {
                frame.grid.applyStyle(Theme.selected, to: hit.rect)
            }
        }
    }

    private static func drawView(_ kind: MapKind, _ context: MapContext, in rect: Rect, into frame: inout Frame) {
        switch kind {
        case .network: NetworkMapView.draw(context, in: rect, into: &frame)
        case .grid: PowerInterestGridView.draw(context, in: rect, into: &frame)
        case .salience: SalienceView.draw(context, in: rect, into: &frame)
        case .chain: ChainView.draw(context, in: rect, into: &frame)
        case .rings: RingsView.draw(context, in: rect, into: &frame)
        }
    }
}
