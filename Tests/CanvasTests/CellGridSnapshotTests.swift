import Canvas
import Testing

@Suite struct CellGridSnapshotTests {
    @Test func plainSnapshotShowsTrailingSpaces() {
        var grid = CellGrid(size: Size(width: 6, height: 2))
        grid.put("日本 é", at: .zero)
        #expect(
            grid.snapshot(styles: false) == """
                |日本 é|
                |      |

                """)
    }

    @Test func snapshotListsStyleRuns() {
        var grid = CellGrid(size: Size(width: 8, height: 3))
        grid.put("Politie", at: Point(x: 0, y: 0), style: Style(bold: true))
        grid.put("日本", at: Point(x: 2, y: 1), style: Style(foreground: .red, reverse: true))
        grid.applyStyle(Style(background: .indexed(236)), to: Rect(x: 0, y: 2, width: 8, height: 1))
        grid.put("x", at: Point(x: 7, y: 2), style: Style(underline: true))
        #expect(
            grid.snapshot() == """
                |Politie |
                |  日本  |
                |       x|
                --
                row 0, x 0..<7: bold
                row 1, x 2..<6: reverse fg=red
                row 2, x 0..<7: bg=indexed(236)
                row 2, x 7..<8: underline

                """)
    }

    @Test func snapshotOfAPlainGridStillHasTheSeparator() {
        let grid = CellGrid(size: Size(width: 2, height: 1))
        #expect(grid.snapshot() == "|  |\n--\n")
    }
}

@Suite struct ZeroWidthRowTests {
    /// Joiners, variation selectors, combining marks and bidi controls in a name: every row of
    /// the box keeps its right border in the last column.
    @Test func namesWithZeroWidthCharactersKeepTheBorderInPlace() {
        let names = [
            "👨\u{200D}👩\u{200D}👧 Fam", "a\u{200D}b zwj", "❤\u{FE0F} Hart", "Zorg\u{301} é", "x\u{200B}y",
            "\u{202E}lin", "1\u{FE0F}\u{20E3} 👍🏽",
        ]
        var grid = CellGrid(size: Size(width: 18, height: names.count + 2))
        grid.drawBox(grid.bounds)
        for (row, name) in names.enumerated() {
            grid.put(name, at: Point(x: 1, y: row + 1), clip: Rect(x: 1, y: 1, width: 16, height: names.count))
        }
        #expect(
            grid.snapshot(styles: false) == """
                |┌────────────────┐|
                |│👨‍👩‍👧 Fam          │|
                |│a‍b zwj          │|
                |│❤️ Hart         │|
                |│Zorǵ é          │|
                |│xy              │|
                |│\\u{202E}lin     │|
                |│1️⃣ 👍🏽           │|
                |└────────────────┘|

                """)
        for y in 0..<grid.size.height {
            #expect(grid[17, y].text == (y == 0 ? "┐" : y == grid.size.height - 1 ? "┘" : "│"), "row \(y)")
        }
    }
}
