import CNcursesw
import Canvas

extension NcursesTerminal {
    /// Writes the cells of `grid` that changed since the last render, then places or hides
    /// the cursor and refreshes. Cells beyond the screen are left out.
    public func render(_ grid: CellGrid, cursor: Point?) {
        guard !isShutDown else { return }
        if needsClear || previousGrid?.size != grid.size {
            werase(window)
            clearok(window, true)
            previousGrid = nil
            needsClear = false
        }
        for point in grid.changes(since: previousGrid) where point.x < size.width && point.y < size.height {
            draw(grid[point.x, point.y], at: point)
        }
        previousGrid = grid

        if let cursor, cursor.x >= 0, cursor.y >= 0, cursor.x < size.width, cursor.y < size.height {
            if cursorShown != true { curs_set(1) }
            cursorShown = true
            wmove(window, Int32(cursor.y), Int32(cursor.x))
        } else {
            if cursorShown != false { curs_set(0) }
            cursorShown = false
        }
        leaveok(window, cursorShown != true)
        wrefresh(window)
    }

    private func draw(_ cell: Cell, at point: Point) {
        var text = cell.text
        if text.isEmpty {
            // The right half of a wide character: ncurses fills it when drawing the left half.
            guard asciiOnly else { return }
            text = " "
        }
        var trailingSpace = false
        if asciiOnly {
            text = ASCIIFallback.translate(text)
        } else {
            (text, trailingSpace) = Self.agreeOnWidth(text, width: cell.width)
        }
        let (attributes, pair) = palette.resolve(cell.style) { number, colors in
            init_pair(number, colors.foreground, colors.background)
        }
        put(text, attributes: attributes, pair: pair, x: point.x, y: point.y)
        if trailingSpace {
            put(" ", attributes: attributes, pair: pair, x: point.x + 1, y: point.y)
        }
    }

    /// The grapheme to send so that ncurses (which measures with the C library's `wcwidth`)
    /// takes as many columns as the grid does; otherwise its cursor and the screen drift apart.
    /// - Returns: the text, and whether a space must fill the second column of a wide cell.
    static func agreeOnWidth(_ text: String, width: Int) -> (String, Bool) {
        guard let first = text.unicodeScalars.first else { return (text, false) }
        let theirs = Int(wcwidth(wchar_t(bitPattern: first.value)))
        if theirs == width { return (text, false) }
        if width == 2, theirs == 1 { return (String(first), true) }
        return ("?", width == 2)
    }

    private func put(_ text: String, attributes: attr_t, pair: Int16, x: Int, y: Int) {
        // A cchar_t holds one spacing character and up to four combining ones.
        var characters = text.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
        characters.append(0)
        var cell = cchar_t()
        if setcchar(&cell, characters, attributes, pair, nil) != OK {
            let fallback: [wchar_t] = [wchar_t(UInt8(ascii: "?")), 0]
            setcchar(&cell, fallback, attributes, pair, nil)
        }
        mvwadd_wch(window, Int32(y), Int32(x), &cell)
    }
}
