import Canvas
import RegieKit

/// One drawn screen: the cells, where the text cursor goes, and what a mouse click would hit.
public struct Frame: Sendable {
    public var grid: CellGrid
    public var cursor: Point?
    public var hits: [HitRegion]

    public init(size: Size) {
        grid = CellGrid(size: size)
        cursor = nil
        hits = []
    }

    /// What is under `point`, the last drawn region winning (overlays are drawn last).
    public func target(at point: Point) -> HitTarget? {
        hits.last { $0.rect.contains(point) }?.target
    }
}

/// A clickable area of the screen.
public struct HitRegion: Sendable {
    public var rect: Rect
    public var target: HitTarget

    public init(_ rect: Rect, _ target: HitTarget) {
        self.rect = rect
        self.target = target
    }
}

/// What a click can select.
public enum HitTarget: Hashable, Sendable {
    case partner(Partner.ID)
    case pane(Pane)
}
