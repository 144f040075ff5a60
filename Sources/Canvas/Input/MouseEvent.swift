/// A mouse button or wheel event at a cell.
public struct MouseEvent: Hashable, Sendable {
    /// What the mouse did.
    public enum Kind: Hashable, Sendable {
        /// The left button went down.
        case press
        /// The left button came up.
        case release
        /// The wheel turned away from the user.
        case scrollUp
        /// The wheel turned towards the user.
        case scrollDown
    }

    /// What the mouse did.
    public var kind: Kind
    /// The cell under the pointer.
    public var position: Point

    /// Creates a mouse event.
    public init(kind: Kind, position: Point) {
        self.kind = kind
        self.position = position
    }
}
