import Canvas

/// Where the characters of an editor land on screen when wrapped to a width, and where its
/// cursor is. Wraps at words exactly as the read-only panes do (`String.wrapRanges`).
struct TextLayout {
    var rows: [String]
    /// The characters of each row, as positions in the editor.
    var ranges: [Range<Int>]
    var cursorRow: Int
    var cursorColumn: Int
    let width: Int

    init(_ editor: LineEditor, width: Int) {
        let width = max(1, width)
        self.width = width
        let characters = editor.characters
        var ranges = String(characters).wrapRanges(toWidth: width)
        var rows = ranges.map { String(characters[$0]) }
        // The cursor sits in the last row that starts at or before it; spaces dropped at a
        // break still count, so typing a space at the end of a row shows where the cursor went.
        let cursor = editor.cursor
        var row = ranges.lastIndex { $0.lowerBound <= cursor } ?? 0
        var column = characters[ranges[row].lowerBound..<min(cursor, characters.count)].reduce(0) {
            $0 + ($1.isNewline ? 0 : $1.displayWidth)
        }
        if column >= width {
            // A full row: the cursor waits at the start of the next one, as it will when typing on.
            if row == ranges.count - 1 {
                ranges.append(cursor..<cursor)
                rows.append("")
            }
            row += 1
            column = 0
        }
        self.rows = rows
        self.ranges = ranges
        self.cursorRow = row
        self.cursorColumn = column
    }

    /// The editor position nearest to `column` in `row`: where Up or Down moves the cursor.
    func position(row: Int, column: Int, in editor: LineEditor) -> Int {
        let row = max(0, min(rows.count - 1, row))
        let range = ranges[row]
        var used = 0
        for index in range {
            let w = editor.characters[index].displayWidth
            if used + w > column { return index }
            used += w
        }
        return range.upperBound
    }

    /// One line that keeps the cursor in view, scrolling sideways as a shell prompt does.
    static func singleLine(_ editor: LineEditor, width: Int) -> (text: String, cursorColumn: Int) {
        let width = max(1, width)
        let before = editor.characters.prefix(editor.cursor)
        var start = 0
        var beforeWidth = String(before).displayWidth
        while beforeWidth > width - 1, start < before.count {
            beforeWidth -= DisplayWidth.of(before[before.startIndex + start])
            start += 1
        }
        let visible = String(editor.characters[start...]).replacingOccurrences(of: "\n", with: "⏎")
        return (visible.prefix(fittingWidth: width), beforeWidth)
    }

    /// An unfocused one-line field: its beginning, with `…` when it goes on.
    static func start(of editor: LineEditor, width: Int) -> String {
        editor.text.replacingOccurrences(of: "\n", with: " ").truncated(toWidth: max(1, width))
    }
}
