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
    /// and the terminal take as many columns as the grid does; otherwise their cursors and the
    /// screen drift apart.
    /// - Returns: the text, and whether a space must fill the second column of a wide cell.
    static func agreeOnWidth(_ text: String, width: Int) -> (String, Bool) {
        // Most cells hold one printable ASCII character, one column wide for everybody.
        if width == 1, text.utf8.count == 1, let byte = text.utf8.first, byte >= 0x20, byte < 0x7F {
            return (text, false)
        }
        let sent = scalarsToSend(text)
        guard let first = sent.first else { return (text, false) }
        if first.value < 0x20 || (0x7F...0x9F).contains(first.value) { return ("?", width == 2) }
        let theirs = Int(wcwidth(wchar_t(bitPattern: first.value)))
        if theirs == width { return (String(String.UnicodeScalarView(sent)), false) }
        if width == 2, theirs == 1 { return (String(first), true) }
        return ("?", width == 2)
    }

    /// The base scalar of a grapheme and the combining marks that every terminal draws on top of
    /// it. The rest is left out: a zero-width joiner makes terminals such as tmux glue the next
    /// cell's character onto this one (so the rest of the row, border and all, moves a column),
    /// variation selectors change the width a terminal gives an emoji, and an emoji modifier or
    /// the next part of a ZWJ sequence is a wide character of its own. The grid counts the whole
    /// grapheme as one cell or two; the base alone keeps that promise everywhere.
    static func scalarsToSend(_ text: String) -> [Unicode.Scalar] {
        var scalars = Array(text.unicodeScalars.prefix(1))
        for scalar in text.unicodeScalars.dropFirst() where isCombiningMark(scalar) {
            scalars.append(scalar)
        }
        return scalars
    }

    /// A nonspacing or enclosing mark (U+0301, U+20E3) or a Hangul vowel or final consonant, which
    /// join the character before them; not a variation selector (U+FE00–U+FE0F, U+E0100–U+E01EF).
    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if (0xFE00...0xFE0F).contains(value) || (0xE0100...0xE01EF).contains(value) { return false }
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        default: return false
        }
    }

    private func put(_ text: String, attributes: attr_t, pair: Int16, x: Int, y: Int) {
        var cell = cchar_t()
        // One ASCII character (most cells) without making an array for it.
        if text.utf8.count == 1, let byte = text.utf8.first, byte < 0x80 {
            var character: (wchar_t, wchar_t) = (wchar_t(byte), 0)
            let made = withUnsafePointer(to: &character) {
                $0.withMemoryRebound(to: wchar_t.self, capacity: 2) { setcchar(&cell, $0, attributes, pair, nil) }
            }
            if made == OK {
                mvwadd_wch(window, Int32(y), Int32(x), &cell)
                return
            }
        }
        // A cchar_t holds one spacing character and up to four combining ones.
        var characters = text.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
        characters.append(0)
        if setcchar(&cell, characters, attributes, pair, nil) != OK {
            let fallback: [wchar_t] = [wchar_t(UInt8(ascii: "?")), 0]
            setcchar(&cell, fallback, attributes, pair, nil)
        }
        mvwadd_wch(window, Int32(y), Int32(x), &cell)
    }
}
