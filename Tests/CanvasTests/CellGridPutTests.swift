import Canvas
import Testing

@Suite struct CellGridPutTests {
    @Test func putWritesOneGraphemePerCell() {
        var grid = CellGrid(size: Size(width: 8, height: 1))
        let written = grid.put("e\u{301}té", at: Point(x: 1, y: 0))
        #expect(written == 3)
        #expect(grid[1, 0].text == "e\u{301}")
        #expect(grid.lines() == [" e\u{301}té    "])
    }

    @Test func wideCharactersTakeTwoCells() {
        var grid = CellGrid(size: Size(width: 6, height: 1))
        #expect(grid.put("日本", at: Point(x: 1, y: 0)) == 4)
        #expect(grid[1, 0].text == "日")
        #expect(grid[2, 0].text == "")
        #expect(grid[3, 0].text == "本")
        #expect(grid.lines() == [" 日本 "])
    }

    @Test func putClipsToTheGrid() {
        var grid = CellGrid(size: Size(width: 5, height: 2))
        #expect(grid.put("abcdefgh", at: Point(x: 2, y: 0)) == 3)
        #expect(grid.put("xyz", at: Point(x: -1, y: 1)) == 2)
        #expect(grid.put("nope", at: Point(x: 0, y: 2)) == 0)
        #expect(grid.lines() == ["  abc", "yz   "])
    }

    @Test func putClipsToTheClipRect() {
        var grid = CellGrid(size: Size(width: 8, height: 2))
        let clip = Rect(x: 2, y: 0, width: 4, height: 1)
        #expect(grid.put("abcdefgh", at: Point(x: 0, y: 0), clip: clip) == 4)
        #expect(grid.put("abcdefgh", at: Point(x: 0, y: 1), clip: clip) == 0)
        #expect(grid.lines() == ["  cdef  ", "        "])
    }

    @Test func wideCharacterAtTheRightEdgeBecomesASpace() {
        var grid = CellGrid(size: Size(width: 5, height: 1))
        grid.fill(grid.bounds, with: ".")
        #expect(grid.put("ab日本", at: Point(x: 0, y: 0)) == 5)
        #expect(grid.lines() == ["ab日 "])
        #expect(grid[4, 0] == Cell(text: " "))
    }

    @Test func wideCharacterCutByTheClipEdgesBecomesASpace() {
        var grid = CellGrid(size: Size(width: 8, height: 1))
        grid.fill(grid.bounds, with: ".")
        let clip = Rect(x: 2, y: 0, width: 3, height: 1)
        grid.put("x日本語", at: Point(x: 0, y: 0), clip: clip)
        #expect(grid.lines() == [".. 本..."])
    }

    @Test func controlCharactersAreDrawnAsTheirEscapes() {
        var grid = CellGrid(size: Size(width: 40, height: 2))
        #expect(grid.put("a\nb\tc\u{1B}[0m", at: .zero) == 22)
        #expect(grid.lines()[0] == #"a\u{A}b\u{9}c\u{1B}[0m"# + String(repeating: " ", count: 18))
        grid.put("\u{9B}2J \u{202E}tim \r\n\u{7F}", at: Point(x: 0, y: 1))
        #expect(grid.lines()[1] == #"\u{9B}2J \u{202E}tim \u{D}\u{A}\u{7F}   "#)
    }

    @Test func noCellEverHoldsAControlCharacter() {
        var grid = CellGrid(size: Size(width: 60, height: 3))
        grid.put("x\u{1B}]52;c;UFdORUQ=\u{7}\u{2066}\u{85}\u{0}", at: Point(x: 1, y: 0))
        grid[0, 1] = Cell(text: "\u{1B}")
        grid[10, 1] = Cell(text: "\u{301}")
        grid.fill(Rect(x: 0, y: 2, width: 4, height: 1), with: "\u{7}")
        for y in 0..<3 {
            for x in 0..<60 {
                #expect(!grid[x, y].text.unicodeScalars.contains(where: ControlEscape.isEscaped), "\(x),\(y)")
            }
        }
        #expect(grid.lines()[0].hasPrefix(#" x\u{1B}]52;c;UFdORUQ=\u{7}\u{2066}\u{85}\u{0} "#))
        #expect(grid.lines()[1].hasPrefix(#"\u{1B}    "#))
        #expect(grid.lines()[2] == String(repeating: " ", count: 60))
    }

    @Test func anEscapeCutByTheClipStopsAtTheEdge() {
        var grid = CellGrid(size: Size(width: 10, height: 1))
        grid.fill(grid.bounds, with: ".")
        #expect(grid.put("ab\u{1B}c", at: .zero, clip: Rect(x: 0, y: 0, width: 5, height: 1)) == 5)
        #expect(grid.lines() == [#"ab\u{....."#])
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var grid = CellGrid(size: Size(width: 6, height: 1))
        grid.put("日本語", at: .zero)
        grid.put("x", at: Point(x: 1, y: 0))
        #expect(grid.lines() == [" x本語"])
        grid.put("y", at: Point(x: 2, y: 0))
        #expect(grid.lines() == [" xy 語"])
        #expect(grid[3, 0] == Cell(text: " "))
    }

    @Test func wideOverWideShiftedByOne() {
        var grid = CellGrid(size: Size(width: 6, height: 1))
        grid.put("日本語", at: .zero)
        grid.put("中", at: Point(x: 1, y: 0))
        #expect(grid.lines() == [" 中 語"])
    }

    @Test func subscriptKeepsWideCharactersWhole() {
        var grid = CellGrid(size: Size(width: 3, height: 1))
        grid[0, 0] = Cell(text: "日", style: Style.plain.bolded())
        #expect(grid[1, 0] == Cell(text: "", style: Style.plain.bolded()))
        grid[2, 0] = Cell(text: "本")
        #expect(grid[2, 0] == Cell(text: " "))
        grid[2, 0] = Cell(text: "")
        #expect(grid[2, 0] == Cell(text: " "))
        #expect(grid[9, 9] == .blank)
        grid[9, 9] = Cell(text: "x")
        #expect(grid.lines() == ["日 "])
    }

    @Test func fillAndLines() {
        var grid = CellGrid(size: Size(width: 5, height: 3))
        grid.fill(Rect(x: 1, y: 1, width: 3, height: 5), with: "#", style: Style(bold: true))
        grid.fill(Rect(x: 0, y: 0, width: 5, height: 1), with: "日")
        #expect(grid.lines() == ["日日 ", " ### ", " ### "])
        #expect(grid[2, 2].style.bold)
    }

    @Test func applyStyleKeepsTextAndWideCharactersWhole() {
        var grid = CellGrid(size: Size(width: 6, height: 1))
        grid.put("a日本b", at: .zero, style: Style(foreground: .green))
        grid.applyStyle(Style.plain.reversed(), to: Rect(x: 2, y: 0, width: 2, height: 1))
        #expect(grid.lines() == ["a日本b"])
        #expect(grid[1, 0].style == Style.plain.reversed())
        #expect(grid[4, 0].style == Style.plain.reversed())
        #expect(grid[5, 0].style == Style(foreground: .green))
    }

    @Test func modifyStyleTransformsEachCell() {
        var grid = CellGrid(size: Size(width: 3, height: 1))
        grid.put("abc", at: .zero, style: Style(foreground: .red))
        grid.modifyStyle(in: Rect(x: 0, y: 0, width: 2, height: 1)) { $0.reversed() }
        #expect(grid[0, 0].style == Style(foreground: .red, reverse: true))
        #expect(grid[2, 0].style == Style(foreground: .red))
    }
}
