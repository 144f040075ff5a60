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

    /// Creates a terminal of `size` that will report `events` in order, then wait
    /// `idleWaitsAfterScript` times, then report `.terminate`.
    public init(size: Size, events: [InputEvent] = [], idleWaitsAfterScript: Int = 0) {
        self.size = size
        self.events = events
        self.idleWaitsAfterScript = idleWaitsAfterScript
    }

    /// Whether the scripted events arrive at once, as a paste does: then `nextPendingEvent`
    /// finds the next one already there. When false (the default) they come one at a time, as
    /// typed, and nothing is ever waiting.
    public var arriveAtOnce = false
    /// How many more waits, once the script is used up, end with nothing (a tick) before the
    /// terminal reports `.terminate`.
    public var idleWaitsAfterScript: Int

    /// Takes the next scripted event. When none are left it lets `idleWaitsAfterScript` waits
    /// run out (nil), then returns `.terminate`, so a run loop under test always ends.
    public func nextEvent(timeoutMilliseconds: Int) -> InputEvent? {
        guard !events.isEmpty else {
            guard idleWaitsAfterScript > 0, timeoutMilliseconds >= 0 else { return .terminate }
            idleWaitsAfterScript -= 1
            return nil
        }
        let event = events.removeFirst()
        if case .resize(let newSize) = event { size = newSize }
        return event
    }

    /// The next scripted event when they arrive at once; otherwise nothing is waiting yet.
    public func nextPendingEvent() -> InputEvent? {
        guard arriveAtOnce, !events.isEmpty else { return nil }
        return nextEvent(timeoutMilliseconds: 0)
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
