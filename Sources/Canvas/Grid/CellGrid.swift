/// A rectangle of cells that views draw into; the terminal shows it, tests read it as text.
///
/// The grid keeps wide characters whole: every wide character is followed by its ""
/// continuation cell, and writing over either half blanks the other.
public struct CellGrid: Hashable, Sendable {
    /// The number of columns and rows.
    public private(set) var size: Size
    private var cells: [Cell]

    /// Creates a grid of blank cells.
    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    /// The whole grid as a rectangle at the origin.
    public var bounds: Rect { Rect(origin: .zero, size: size) }

    /// The cell at column `x`, row `y`: `.blank` outside the grid, where setting does nothing.
    ///
    /// Setting a wide character also sets its continuation cell (or a space, at the right edge);
    /// setting a continuation ("") anywhere but right after a wide character sets a space.
    /// Text that is not one visible character (a control, which shows as its escape over several
    /// cells, or several characters) is drawn as `put` draws it, so no cell holds a control; a
    /// lone zero-width character sets a space.
    public subscript(x: Int, y: Int) -> Cell {
        get {
            guard isInside(x: x, y: y) else { return .blank }
            return cells[y * size.width + x]
        }
        set {
            guard isInside(x: x, y: y) else { return }
            if newValue.text.count > 1 || newValue.width > 2 {
                put(newValue.text, at: Point(x: x, y: y), style: newValue.style)
            } else if !newValue.text.isEmpty, newValue.width == 0 {
                writeNarrow(Cell(text: " ", style: newValue.style), x: x, y: y)
            } else if newValue.text.isEmpty {
                if x > 0, self[x - 1, y].width == 2 {
                    write(newValue, x: x, y: y)
                } else {
                    writeNarrow(Cell(text: " ", style: newValue.style), x: x, y: y)
                }
            } else if newValue.width == 2 {
                if x + 1 < size.width {
                    writeWide(newValue, x: x, y: y)
                } else {
                    writeNarrow(Cell(text: " ", style: newValue.style), x: x, y: y)
                }
            } else {
                writeNarrow(newValue, x: x, y: y)
            }
        }
    }

    /// The cell at `point`.
    public subscript(point: Point) -> Cell {
        get { self[point.x, point.y] }
        set { self[point.x, point.y] = newValue }
    }

    /// The cells that differ from `previous`, row by row; all cells when there is no previous
    /// grid or it has another size.
    public func changes(since previous: CellGrid?) -> [Point] {
        let old = previous?.size == size ? previous?.cells : nil
        var points: [Point] = []
        for y in 0..<size.height {
            for x in 0..<size.width {
                let index = y * size.width + x
                if old?[index] != cells[index] {
                    points.append(Point(x: x, y: y))
                }
            }
        }
        return points
    }

    // MARK: - Keeping wide characters whole

    func isInside(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < size.width && y < size.height
    }

    /// Writes a one-column cell, first blanking the other half of any wide character under it.
    mutating func writeNarrow(_ cell: Cell, x: Int, y: Int) {
        detachWideCharacter(at: x, y: y)
        write(cell, x: x, y: y)
    }

    /// Writes a wide character at `x` and its continuation at `x + 1`; both must be inside.
    mutating func writeWide(_ cell: Cell, x: Int, y: Int) {
        detachWideCharacter(at: x, y: y)
        detachWideCharacter(at: x + 1, y: y)
        write(cell, x: x, y: y)
        write(Cell(text: "", style: cell.style), x: x + 1, y: y)
    }

    /// Replaces the style of the cell at `x`, `y` (inside the grid), keeping its text.
    mutating func restyle(x: Int, y: Int, _ style: Style) {
        cells[y * size.width + x].style = style
    }

    mutating func write(_ cell: Cell, x: Int, y: Int) {
        cells[y * size.width + x] = cell
    }

    /// Blanks the half of a wide character that lies outside column `x`, if `x` holds one.
    private mutating func detachWideCharacter(at x: Int, y: Int) {
        let cell = self[x, y]
        if cell.text.isEmpty, x > 0, self[x - 1, y].width == 2 {
            write(Cell(text: " ", style: self[x - 1, y].style), x: x - 1, y: y)
        } else if cell.width == 2, x + 1 < size.width, self[x + 1, y].text.isEmpty {
            write(Cell(text: " ", style: self[x + 1, y].style), x: x + 1, y: y)
        }
    }
}
