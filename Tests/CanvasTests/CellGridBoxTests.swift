import Canvas
import Testing

@Suite struct CellGridBoxTests {
    @Test func boxWithTitle() {
        var grid = CellGrid(size: Size(width: 14, height: 4))
        grid.drawBox(grid.bounds, title: "Partners")
        #expect(
            grid.lines() == [
                "┌ Partners ──┐",
                "│            │",
                "│            │",
                "└────────────┘",
            ])
    }

    @Test func longTitleIsTruncatedInsideTheCorners() {
        var grid = CellGrid(size: Size(width: 10, height: 2))
        grid.drawBox(grid.bounds, title: "Interventies")
        #expect(grid.lines() == ["┌ Inter… ┐", "└────────┘"])
    }

    @Test func wideTitle() {
        var grid = CellGrid(size: Size(width: 9, height: 2))
        grid.drawBox(grid.bounds, title: "日本語です")
        #expect(grid.lines() == ["┌ 日本… ┐", "└───────┘"])
    }

    @Test func titleStyleAndBoxStyle() {
        var grid = CellGrid(size: Size(width: 8, height: 2))
        grid.drawBox(grid.bounds, style: Style(foreground: .blue), title: "A", titleStyle: Style(bold: true))
        #expect(grid[0, 0].style == Style(foreground: .blue))
        #expect(grid[1, 0].style == Style(bold: true))
        #expect(grid[2, 0] == Cell(text: "A", style: Style(bold: true)))
        #expect(grid[4, 0].style == Style(foreground: .blue))
    }

    @Test func boxIsClippedByTheGrid() {
        var grid = CellGrid(size: Size(width: 4, height: 3))
        grid.drawBox(Rect(x: 1, y: 1, width: 10, height: 10))
        #expect(grid.lines() == ["    ", " ┌──", " │  "])
    }

    @Test func tooSmallBoxIsNotDrawn() {
        var grid = CellGrid(size: Size(width: 4, height: 3))
        grid.drawBox(Rect(x: 0, y: 0, width: 1, height: 3))
        #expect(grid == CellGrid(size: Size(width: 4, height: 3)))
    }

    @Test func lines() {
        var grid = CellGrid(size: Size(width: 5, height: 3))
        grid.hline(at: Point(x: 1, y: 0), length: 9)
        grid.vline(at: Point(x: 0, y: 0), length: 3, char: "┃")
        grid.hline(at: Point(x: 1, y: 2), length: 3, char: "=")
        #expect(grid.lines() == ["┃────", "┃    ", "┃=== "])
    }
}
