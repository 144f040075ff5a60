extension CellGrid {
    /// Writes `text` on one row starting at `point`, clipped to the grid and to `clip`.
    ///
    /// A control character (line breaks included: this is one row) is never written raw but
    /// drawn as its escape, `\u{1B}` (see `ControlEscape`); lone zero-width characters are
    /// skipped. A wide character cut by the clip edge shows as a space, and writing over half of
    /// a wide character already there blanks its other half.
    /// - Returns: the number of columns written inside the clip.
    @discardableResult
    public mutating func put(_ text: String, at point: Point, style: Style = .plain, clip: Rect? = nil) -> Int {
        let area = (clip ?? bounds).intersection(bounds)
        let y = point.y
        guard !area.isEmpty, y >= area.y, y < area.maxY else { return 0 }
        var x = point.x
        var written = 0
        if let count = DisplayWidth.narrowScalarCount(text) {
            // Every scalar a character one column wide (most text): written as one run.
            let columns = max(x, area.x)..<max(max(x, area.x), min(x + count, area.maxX))
            writeNarrowRun(text.unicodeScalars, from: x, y: y, columns: columns, style: style)
            return columns.count
        }
        if DisplayWidth.scalarWidth(text) != nil {
            // Every scalar is a character of its own, none a control (see
            // `DisplayWidth.scalarWidth`): no breaking into characters, as most text needs.
            for scalar in text.unicodeScalars {
                guard x < area.maxX else { break }
                let width = DisplayWidth.simpleWidth(scalar) ?? 1
                if width == 0 { continue }
                written += putCharacter(String(scalar), width: width, x: x, y: y, style: style, area: area)
                x += width
            }
            return written
        }
        for character in text {
            guard x < area.maxX else { break }
            let width = character.displayWidth
            if width == 0 { continue }
            if width > 2, let escape = ControlEscape.escape(for: character) {
                written += put(escape, at: Point(x: x, y: y), style: style, clip: area)
            } else {
                written += putCharacter(String(character), width: width, x: x, y: y, style: style, area: area)
            }
            x += width
        }
        return written
    }

    /// Writes one character of `width` 1 or 2 at `x`, `y` (a row inside `area`), clipped to
    /// `area`: a wide character cut by its edge shows as a space.
    /// - Returns: the columns written.
    private mutating func putCharacter(_ text: String, width: Int, x: Int, y: Int, style: Style, area: Rect) -> Int {
        if x < area.x {
            guard x + width > area.x else { return 0 }
            writeNarrow(Cell(text: " ", style: style), x: area.x, y: y)
            return 1
        }
        if x + width > area.maxX {
            writeNarrow(Cell(text: " ", style: style), x: x, y: y)
            return 1
        }
        if width == 2 {
            writeWide(Cell(text: text, style: style), x: x, y: y)
            return 2
        }
        writeNarrow(Cell(text: text, style: style), x: x, y: y)
        return 1
    }

    /// Fills `rect` with `character` in `style`; a control character fills with spaces.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let drawn = ControlEscape.escape(for: character) == nil && character.displayWidth > 0
        let width = drawn ? character.displayWidth : 1
        let cell = Cell(text: drawn ? String(character) : " ", style: style)
        let space = Cell(text: " ", style: style)
        for y in area.y..<area.maxY {
            var x = area.x
            while x < area.maxX {
                if width == 2 {
                    if x + 1 < area.maxX {
                        writeWide(cell, x: x, y: y)
                        x += 2
                    } else {
                        writeNarrow(space, x: x, y: y)
                        x += 1
                    }
                } else {
                    writeNarrow(cell, x: x, y: y)
                    x += 1
                }
            }
        }
    }

    /// Gives every cell in `rect` the style `style`, keeping its text.
    public mutating func applyStyle(_ style: Style, to rect: Rect) {
        modifyStyle(in: rect) { _ in style }
    }

    /// Changes the style of every cell in `rect` with `transform`, keeping its text; for
    /// instance `{ $0.reversed() }` marks a selection without losing its colours.
    ///
    /// Both halves of a wide character cut by the edge of `rect` get the new style.
    public mutating func modifyStyle(in rect: Rect, _ transform: (Style) -> Style) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                restyle(x: x, y: y, transform(self[x, y].style))
            }
            let first = self[area.x, y]
            if first.text.isEmpty, area.x > 0 {
                restyle(x: area.x - 1, y: y, first.style)
            }
            let last = self[area.maxX - 1, y]
            if last.width == 2, area.maxX < size.width {
                restyle(x: area.maxX, y: y, last.style)
            }
        }
    }

    /// Draws a light box (`┌─┐│└┘`) along the edge of `rect`, with an optional title set into
    /// the top edge as `┌ Title ───┐`, truncated to fit. Boxes under 2×2 are not drawn.
    public mutating func drawBox(_ rect: Rect, style: Style = .plain, title: String? = nil, titleStyle: Style? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        hline(at: Point(x: rect.x + 1, y: rect.y), length: rect.width - 2, style: style)
        hline(at: Point(x: rect.x + 1, y: rect.maxY - 1), length: rect.width - 2, style: style)
        vline(at: Point(x: rect.x, y: rect.y + 1), length: rect.height - 2, style: style)
        vline(at: Point(x: rect.maxX - 1, y: rect.y + 1), length: rect.height - 2, style: style)
        put("┌", at: rect.origin, style: style)
        put("┐", at: Point(x: rect.maxX - 1, y: rect.y), style: style)
        put("└", at: Point(x: rect.x, y: rect.maxY - 1), style: style)
        put("┘", at: Point(x: rect.maxX - 1, y: rect.maxY - 1), style: style)
        if let title, !title.isEmpty, rect.width >= 5 {
            let text = " " + title.truncated(toWidth: rect.width - 4) + " "
            put(text, at: Point(x: rect.x + 1, y: rect.y), style: titleStyle ?? style, clip: rect)
        }
    }

    /// Draws a horizontal line `length` columns long starting at `point`.
    public mutating func hline(at point: Point, length: Int, char: Character = "─", style: Style = .plain) {
        fill(Rect(x: point.x, y: point.y, width: length, height: 1), with: char, style: style)
    }

    /// Draws a vertical line `length` rows long starting at `point`.
    public mutating func vline(at point: Point, length: Int, char: Character = "│", style: Style = .plain) {
        fill(Rect(x: point.x, y: point.y, width: 1, height: length), with: char, style: style)
    }
}
