import Canvas

/// Where the characters of an editor land on screen when wrapped to a width, and where its cursor is.
struct TextLayout {
    var rows: [String]
    var cursorRow: Int
    var cursorColumn: Int

    /// Hard-wraps by display width (so the cursor maps exactly); `\n` starts a new row.
    init(_ editor: LineEditor, width: Int) {
        let width = max(1, width)
        var rows = [""]
        var column = 0
        var cursorRow = 0
        var cursorColumn = 0
        for (index, character) in editor.characters.enumerated() {
            if index == editor.cursor {
                cursorRow = rows.count - 1
                cursorColumn = column
            }
            if character == "\n" {
                rows.append("")
                column = 0
                continue
            }
            let w = DisplayWidth.of(character)
            if column + w > width {
                rows.append("")
                column = 0
                if index == editor.cursor {
                    cursorRow = rows.count - 1
                    cursorColumn = 0
                }
            }
            rows[rows.count - 1].append(character)
            column += w
        }
        if editor.cursor >= editor.characters.count {
            if column >= width {
                rows.append("")
                column = 0
            }
            cursorRow = rows.count - 1
            cursorColumn = column
        }
        self.rows = rows
        self.cursorRow = cursorRow
        self.cursorColumn = cursorColumn
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
}
