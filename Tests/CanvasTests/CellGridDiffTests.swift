import Canvas
import Testing

@Suite struct CellGridDiffTests {
    @Test func everythingChangedWithoutAPreviousGrid() {
        let grid = CellGrid(size: Size(width: 3, height: 2))
        #expect(grid.changes(since: nil).count == 6)
        #expect(grid.changes(since: CellGrid(size: Size(width: 2, height: 3))).count == 6)
    }

    @Test func onlyChangedCellsInReadingOrder() {
        let before = CellGrid(size: Size(width: 4, height: 2))
        var after = before
        after.put("a", at: Point(x: 3, y: 0))
        after.put("b", at: Point(x: 0, y: 1), style: Style(bold: true))
        #expect(after.changes(since: before) == [Point(x: 3, y: 0), Point(x: 0, y: 1)])
        #expect(after.changes(since: after).isEmpty)
    }

    @Test func styleOnlyChangesCount() {
        var before = CellGrid(size: Size(width: 2, height: 1))
        before.put("ab", at: .zero)
        var after = before
        after.applyStyle(Style.plain.reversed(), to: Rect(x: 1, y: 0, width: 1, height: 1))
        #expect(after.changes(since: before) == [Point(x: 1, y: 0)])
    }

    @Test func replacingAWideCharacterChangesBothHalves() {
        var before = CellGrid(size: Size(width: 3, height: 1))
        before.put("日", at: .zero)
        var after = before
        after.put("ab", at: .zero)
        #expect(after.changes(since: before) == [Point(x: 0, y: 0), Point(x: 1, y: 0)])
    }
}
