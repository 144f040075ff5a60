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
        let width = size.width
        guard let previous, previous.size == size else {
            return (0..<size.height).flatMap { y in (0..<width).map { Point(x: $0, y: y) } }
        }
        // Compared in place: indexing the arrays copied every cell (and retained its text),
        // a third of the work of a key on a big screen.
        var points: [Point] = []
        cells.withUnsafeBufferPointer { new in
            previous.cells.withUnsafeBufferPointer { old in
                for index in 0..<new.count where new[index] != old[index] {
                    points.append(Point(x: index % width, y: index / width))
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

    /// Copies columns `columns` of row `y` from `other`, a grid of the same size, as they are.
    mutating func copyRow(_ y: Int, columns: Range<Int>, from other: CellGrid) {
        let start = y * size.width
        cells.replaceSubrange(
            (start + columns.lowerBound)..<(start + columns.upperBound),
            with: other.cells[(start + columns.lowerBound)..<(start + columns.upperBound)])
    }

    /// Writes one-column characters, one per scalar of `scalars`, from column `x` of row `y` (a
    /// row inside the grid), only those in `columns`; as `writeNarrow` for each in turn would.
    /// Inside the run every cell is overwritten, so only its ends can leave half a wide
    /// character behind.
    mutating func writeNarrowRun(
        _ scalars: String.UnicodeScalarView, from x: Int, y: Int, columns: Range<Int>, style: Style
    ) {
        guard !columns.isEmpty else { return }
        detachWideCharacter(at: columns.lowerBound, y: y)
        detachWideCharacter(at: columns.upperBound - 1, y: y)
        let row = y * size.width
        cells.withUnsafeMutableBufferPointer { cells in
            var column = x
            for scalar in scalars {
                guard column < columns.upperBound else { break }
                if column >= columns.lowerBound { cells[row + column] = Cell(text: String(scalar), style: style) }
                column += 1
            }
        }
    }

    /// Blanks the half of a wide character that lies outside column `x`, if `x` holds one.
    private mutating func detachWideCharacter(at x: Int, y: Int) {
        let cell = self[x, y]
        if cell.text.isEmpty, x > 0, self[x - 1, y].width == 2 {
            write(Cell(text: " ", style: self[x - 1, y].style), x: x - 1, y: y)
        } else if Self.mayBeWide(cell), cell.width == 2, x + 1 < size.width, self[x + 1, y].text.isEmpty {
            write(Cell(text: " ", style: self[x + 1, y].style), x: x + 1, y: y)
        }
    }

    /// False for a cell that cannot hold a wide character: one of a single UTF-8 byte (wide
    /// characters start at U+1100, and no cell holds a control), told without measuring it, as
    /// every write asks of the cell it replaces.
    @inline(__always)
    private static func mayBeWide(_ cell: Cell) -> Bool { cell.text.utf8.count > 1 }
}
