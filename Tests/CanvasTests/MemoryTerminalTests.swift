import Canvas
import Testing

@Suite struct MemoryTerminalTests {
    @Test func replaysEventsThenWaitsAsOftenAsToldThenEndsTheScript() {
        let terminal = MemoryTerminal(
            size: Size(width: 10, height: 3), events: [.key(.character("q")), .key(.ctrl("s"))],
            idleWaitsAfterScript: 2)
        #expect(terminal.nextEvent(timeoutMilliseconds: 100) == .key(.character("q")))
        #expect(terminal.nextEvent(timeoutMilliseconds: 100) == .key(.ctrl("s")))
        #expect(terminal.nextEvent(timeoutMilliseconds: 100) == nil)
        #expect(terminal.nextEvent(timeoutMilliseconds: 100) == nil)
        // The script is over: a run loop that keeps waiting is told to stop instead of spinning.
        #expect(terminal.nextEvent(timeoutMilliseconds: 100) == .terminate)
        #expect(terminal.nextEvent(timeoutMilliseconds: 100) == .terminate)
    }

    @Test func waitingForeverAfterTheScriptEndsItAtOnce() {
        let terminal = MemoryTerminal(size: Size(width: 10, height: 3), idleWaitsAfterScript: 5)
        #expect(terminal.nextEvent(timeoutMilliseconds: -1) == .terminate)
    }

    @Test func resizeEventUpdatesTheSize() {
        let terminal = MemoryTerminal(size: Size(width: 10, height: 3), events: [.resize(Size(width: 40, height: 12))])
        _ = terminal.nextEvent(timeoutMilliseconds: 0)
        #expect(terminal.size == Size(width: 40, height: 12))
    }

    @Test func keepsRendersAndCountsChangedCells() {
        let terminal = MemoryTerminal(size: Size(width: 4, height: 2))
        var grid = CellGrid(size: terminal.size)
        grid.put("ab", at: .zero)
        terminal.render(grid, cursor: Point(x: 2, y: 0))
        grid.put("c", at: Point(x: 0, y: 1))
        terminal.render(grid, cursor: nil)
        terminal.render(grid, cursor: nil)
        #expect(terminal.renderCount == 3)
        #expect(terminal.changedCellCounts == [8, 1, 0])
        #expect(terminal.lastGrid == grid)
        #expect(terminal.lastCursor == nil)
        #expect(terminal.snapshot(styles: false) == "|ab  |\n|c   |\n")
    }

    @Test func keyDescriptionsForHelpScreens() {
        #expect(Key.ctrl("s").description == "Ctrl-S")
        #expect(Key.backTab.description == "Shift-Tab")
        #expect(Key.character("?").description == "?")
        #expect(Key.function(5).description == "F5")
    }
}
