/// A size in cells.
public struct Size: Hashable, Sendable {
    /// Columns.
    public var width: Int
    /// Rows.
    public var height: Int

    /// Creates a size of `width` columns by `height` rows.
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// No cells at all.
    public static let zero = Size(width: 0, height: 0)
}

extension Size: CustomStringConvertible {
    /// `WxH`, as terminal sizes are usually written.
    public var description: String { "\(width)x\(height)" }
}
