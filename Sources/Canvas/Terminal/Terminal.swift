/// A screen that shows cell grids and reports input; the app's run loop talks only to this.
///
/// Implementations are not thread-safe: use one from a single thread (the main actor).
public protocol Terminal: AnyObject {
    /// The current size; changes after a `.resize` event.
    var size: Size { get }

    /// Waits for the next input event for up to `timeoutMilliseconds` (negative: no limit).
    /// - Returns: the event, or nil when the time ran out.
    func nextEvent(timeoutMilliseconds: Int) -> InputEvent?

    /// An event that is waiting already, without waiting for one; nil when none is.
    func nextPendingEvent() -> InputEvent?

    /// Shows `grid`, sending only the cells that changed since the last render; shows the
    /// cursor at `cursor` (for text fields) or hides it when nil.
    func render(_ grid: CellGrid, cursor: Point?)
}

extension Terminal {
    /// A wait of no time at all.
    public func nextPendingEvent() -> InputEvent? { nextEvent(timeoutMilliseconds: 0) }
}
