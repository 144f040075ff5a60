extension CellGrid {
    /// The plain text of each row; the right halves of wide characters are left out, so each
    /// line is exactly `size.width` columns wide.
    public func lines() -> [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width { line += self[x, y].text }
            return line
        }
    }

    /// A text picture of the grid for tests: each row between `|` bars, so trailing spaces
    /// show, and then, with `styles`, a `--` line and one line per run of equal non-plain
    /// style, e.g. `row 2, x 0..<12: bold reverse fg=red`. Ends with a line break.
    public func snapshot(styles: Bool = true) -> String {
        var text = ""
        for line in lines() { text += "|\(line)|\n" }
        guard styles else { return text }
        text += "--\n"
        for run in styleRuns() {
            text += "row \(run.y), x \(run.columns.lowerBound)..<\(run.columns.upperBound): \(run.style)\n"
        }
        return text
    }

    /// Maximal runs of cells on one row that share a non-plain style, top to bottom, left to right.
    public func styleRuns() -> [(y: Int, columns: Range<Int>, style: Style)] {
        var runs: [(y: Int, columns: Range<Int>, style: Style)] = []
        for y in 0..<size.height {
            var x = 0
            while x < size.width {
                let style = self[x, y].style
                var end = x + 1
                while end < size.width, self[end, y].style == style { end += 1 }
                if style != .plain { runs.append((y, x..<end, style)) }
                x = end
            }
        }
        return runs
    }
}
