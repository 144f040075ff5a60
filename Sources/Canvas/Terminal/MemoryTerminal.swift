/// A terminal for tests: it replays scripted events and keeps what was rendered.
public final class MemoryTerminal: Terminal {
    /// The current size; a `.resize` event taken from `events` updates it.
    public var size: Size
    /// The events still to come, first first.
    public var events: [InputEvent]
    /// The grid of the latest render.
    public private(set) var lastGrid: CellGrid?
    /// The cursor of the latest render; nil when it was hidden.
    public private(set) var lastCursor: Point?
    /// How many times `render` was called.
    public private(set) var renderCount: Int = 0
    /// For each render, how many cells differed from the one before (all, the first time).
    public private(set) var changedCellCounts: [Int] = []

    /// Creates a terminal of `size` that will report `events` in order.
    public init(size: Size, events: [InputEvent] = []) {
        self.size = size
        self.events = events
    }

    /// Takes the next scripted event. When none are left it returns nil, or `.terminate` when
    /// asked to wait forever, so a run loop under test ends instead of hanging.
    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
        guard !events.isEmpty else { return timeoutMilliseconds < 0 ? .terminate : nil }
        let event = events.removeFirst()
        if case .resize(let newSize) = event { size = newSize }
        return event
    }

    /// Records the grid and cursor and counts the cells a real terminal would have written.
    public func render(_ grid: CellGrid, cursor: Point?) {
        changedCellCounts.append(grid.changes(since: lastGrid).count)
        lastGrid = grid
        lastCursor = cursor
        renderCount += 1
    }

    /// The latest rendered grid as a snapshot; "" before the first render.
    public func snapshot(styles: Bool = true) -> String {
        lastGrid?.snapshot(styles: styles) ?? ""
    }
}
