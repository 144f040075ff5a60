import Testing

@testable import Canvas

@Suite struct CellGridCopyTests {
    static func grid(_ rows: [String]) -> CellGrid {
        var grid = CellGrid(size: Size(width: 6, height: rows.count))
        for (y, row) in rows.enumerated() { grid.put(row, at: Point(x: 0, y: y)) }
        return grid
    }

    @Test func copiesTheCellsOfTheRectOnly() {
        var target = Self.grid(["abcdef", "ghijkl"])
        let source = Self.grid(["ABCDEF", "GHIJKL"])
        target.copy(Rect(x: 1, y: 1, width: 3, height: 1), from: source)
        #expect(target.lines() == ["abcdef", "gHIJkl"])
    }

    /// Wide characters cut by the edge of the rect, in the source or in the target, leave spaces.
    @Test func keepsWideCharactersWhole() {
        var target = Self.grid(["日本語", "日本語"])
        let source = Self.grid(["abcdef", "x日本yz"])
        target.copy(Rect(x: 1, y: 0, width: 2, height: 1), from: source)
        #expect(target.lines()[0] == " bc 語")
        target.copy(Rect(x: 0, y: 1, width: 2, height: 1), from: source)
        #expect(target.lines()[1] == "x 本語")
        for y in 0..<2 {
            for x in 0..<6 where target[x, y].width == 2 { #expect(target[x + 1, y].isContinuation) }
            for x in 0..<6 where target[x, y].isContinuation { #expect(x > 0 && target[x - 1, y].width == 2) }
        }
    }
}
