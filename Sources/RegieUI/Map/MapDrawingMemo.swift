import Canvas
import Foundation
import RegieKit

/// A list-like map view (grid, salience, chain, rings) drawn without a selection, with what it
/// was drawn from. Selecting another partner only restyles that partner's labels, so the
/// frames after it copy this drawing instead of classifying and placing every partner again
/// (12–50 ms a key with a thousand partners or more).
struct MapDrawing: Sendable {
    /// Everything the drawing depends on: the view, where it is, and every input of the views
    /// but the selection.
    struct Key: DrawingKey {
        var kind: MapKind
        var rect: Rect
        var frameSize: Size
        var language: Language
        var relationStart: Partner.ID?
        var namesUnsharedPartners: Bool
        var relationKinds: [RelationKind]
        var listLabelWidth: Int
        var nameLines: Int
        /// Whether the session is a public view: which partners' scores may be used.
        var isPublic: Bool
        /// The partners as they were drawn (names, statuses, scores, chain positions, sharing),
        /// compared by storage first: an unchanged array shares it.
        var partners: [Partner]

        init(_ kind: MapKind, _ context: MapContext, rect: Rect, frameSize: Size) {
            self.kind = kind
            self.rect = rect
            self.frameSize = frameSize
            language = context.language
            relationStart = context.relationStart
            namesUnsharedPartners = context.namesUnsharedPartners
            relationKinds = context.relationKinds
            listLabelWidth = context.listLabelWidth
            nameLines = context.nameLines
            isPublic = context.session.isPublicExport
            partners = context.session.partners
        }

        func matches(_ other: Key) -> Bool {
            guard kind == other.kind, rect == other.rect, frameSize == other.frameSize, language == other.language,
                relationStart == other.relationStart, namesUnsharedPartners == other.namesUnsharedPartners,
                relationKinds == other.relationKinds, listLabelWidth == other.listLabelWidth,
                nameLines == other.nameLines, isPublic == other.isPublic
            else { return false }
            return sharesStorage(partners, other.partners) || partners == other.partners
        }
    }

    /// A frame-sized grid with the view drawn in `Key.rect`, nothing else.
    var grid: CellGrid
    /// The labels' click regions, in drawing order; a partner's regions are also where its
    /// label is, to restyle when it is selected.
    var hits: [HitRegion]
}

/// The last drawing of a map view, kept by `AppState` for the frames after it. A reference,
/// so that drawing (which reads a copy of the state) can keep it; the key holds everything
/// the drawing was made from, so a copy of the state that differs never gets a stale one.
public final class MapDrawingMemo: Sendable {
    private let last = LastDrawing<MapDrawing.Key, MapDrawing>()

    /// Creates an empty memo.
    public init() {}

    /// How many drawings were made rather than reused: tests count it.
    public var drawingsMade: Int { last.drawingsMade }

    /// The kept drawing when it was made for `key`, else a new one from `make`, kept instead.
    func drawing(for key: MapDrawing.Key, make: () -> MapDrawing) -> MapDrawing {
        last.drawing(for: key, make: make)
    }
}
