/// A rectangle of cells; layout code splits and insets these to find where each view draws.
///
/// Widths and heights are never negative: every initializer and operation clamps them at
/// zero, so layout arithmetic on a tiny terminal yields empty rectangles instead of nonsense.
public struct Rect: Hashable, Sendable {
    /// The top-left cell.
    public var origin: Point
    /// The number of columns and rows.
    public var size: Size

    /// Creates a rectangle; a negative width or height becomes zero.
    public init(x: Int, y: Int, width: Int, height: Int) {
        origin = Point(x: x, y: y)
        size = Size(width: max(0, width), height: max(0, height))
    }

    /// Creates a rectangle from its corner and size; a negative width or height becomes zero.
    public init(origin: Point, size: Size) {
        self.init(x: origin.x, y: origin.y, width: size.width, height: size.height)
    }

    /// The empty rectangle at the top left.
    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    /// The leftmost column.
    public var x: Int { origin.x }
    /// The top row.
    public var y: Int { origin.y }
    /// The number of columns.
    public var width: Int { size.width }
    /// The number of rows.
    public var height: Int { size.height }
    /// The first column to the right of the rectangle (`x + width`).
    public var maxX: Int { origin.x + size.width }
    /// The first row below the rectangle (`y + height`).
    public var maxY: Int { origin.y + size.height }

    /// Whether the rectangle holds no cell.
    public var isEmpty: Bool { size.width <= 0 || size.height <= 0 }

    /// Whether the cell `p` lies inside.
    public func contains(_ p: Point) -> Bool {
        p.x >= x && p.x < maxX && p.y >= y && p.y < maxY
    }

    /// The rectangle shrunk by `n` cells on every side.
    public func inset(by n: Int) -> Rect {
        inset(top: n, left: n, bottom: n, right: n)
    }

    /// The rectangle shrunk by the given number of cells on each side; never negative.
    public func inset(top: Int, left: Int, bottom: Int, right: Int) -> Rect {
        let width = max(0, self.width - left - right)
        let height = max(0, self.height - top - bottom)
        return Rect(x: x + min(left, self.width), y: y + min(top, self.height), width: width, height: height)
    }

    /// The cells both rectangles hold; empty (with zero size) when they do not overlap.
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        let right = min(maxX, other.maxX)
        let bottom = min(maxY, other.maxY)
        guard right > left, bottom > top else { return Rect(x: left, y: top, width: 0, height: 0) }
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }

    /// Splits into a left part `leftWidth` columns wide (clamped to the width) and the rest.
    public func splitColumns(leftWidth: Int) -> (left: Rect, right: Rect) {
        let leftWidth = min(max(0, leftWidth), width)
        return (
            Rect(x: x, y: y, width: leftWidth, height: height),
            Rect(x: x + leftWidth, y: y, width: width - leftWidth, height: height)
        )
    }

    /// Splits into a top part `topHeight` rows high (clamped to the height) and the rest.
    public func splitRows(topHeight: Int) -> (top: Rect, bottom: Rect) {
        let topHeight = min(max(0, topHeight), height)
        return (
            Rect(x: x, y: y, width: width, height: topHeight),
            Rect(x: x, y: y + topHeight, width: width, height: height - topHeight)
        )
    }

    /// The one-row rectangle of row `i`, counted from the top of this rectangle; empty if outside.
    public func row(_ i: Int) -> Rect {
        guard i >= 0, i < height else { return Rect(x: x, y: y + i, width: 0, height: 0) }
        return Rect(x: x, y: y + i, width: width, height: 1)
    }
}

extension Rect: CustomStringConvertible {
    /// `(x, y) WxH`.
    public var description: String { "\(origin) \(size)" }
}
