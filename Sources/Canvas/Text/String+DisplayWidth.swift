extension Character {
    /// Columns this character takes on screen: 0, 1 or 2.
    public var displayWidth: Int { DisplayWidth.of(self) }
}

extension String {
    /// Columns this text takes on screen.
    public var displayWidth: Int { DisplayWidth.of(self) }

    /// The text cut to at most `width` columns, ending in `ellipsis` when something was cut.
    ///
    /// A wide character that would cross the limit is dropped whole. When not even the
    /// ellipsis fits, the text is cut without one.
    public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if displayWidth <= width { return self }
        let ellipsisWidth = ellipsis.displayWidth
        guard ellipsisWidth <= width else { return prefix(fittingWidth: width) }
        return prefix(fittingWidth: width - ellipsisWidth) + ellipsis
    }

    /// The text made exactly `width` columns: cut (with an ellipsis) or padded with spaces.
    public func padded(toWidth width: Int) -> String {
        guard width > 0 else { return "" }
        let cut = truncated(toWidth: width)
        return cut + String.spaces(width - cut.displayWidth)
    }

    /// `count` spaces (none for a count under one).
    ///
    /// Written as bytes at once: `String(repeating: " ", count:)` appends a string per space,
    /// and rows are padded with spaces many times a frame.
    public static func spaces(_ count: Int) -> String {
        guard count > 0 else { return "" }
        return String(unsafeUninitializedCapacity: count) { buffer in
            buffer.initialize(repeating: UInt8(ascii: " "))
            return count
        }
    }

    /// The longest leading part of the text that takes at most `width` columns.
    public func prefix(fittingWidth width: Int) -> String {
        if DisplayWidth.scalarWidth(self) != nil {
            // Every scalar is a character of its own (see `DisplayWidth.scalarWidth`): cut by
            // scalars, without breaking the text into characters.
            // Counted in UTF-8 bytes and cut once: stepping scalar indices was most of the cost.
            var used = 0
            var bytes = 0
            for scalar in unicodeScalars {
                let w = DisplayWidth.simpleWidth(scalar) ?? 1
                if used + w > width { break }
                used += w
                bytes += UTF8.width(scalar)
            }
            return bytes == utf8.count ? self : String(self[..<utf8.index(startIndex, offsetBy: bytes)])
        }
        var used = 0
        var end = startIndex
        for index in indices {
            let w = self[index].displayWidth
            if used + w > width { break }
            used += w
            end = self.index(after: index)
        }
        return String(self[..<end])
    }

    /// The text word-wrapped into lines of at most `width` columns.
    ///
    /// Breaks at spaces, which are dropped at the break; a word longer than a line is split
    /// wherever it must. Each explicit line break starts a new line, so "" gives `[""]` and
    /// "a\n" gives `["a", ""]`. Spaces inside a line, including indentation, are kept.
    public func wrapped(toWidth width: Int) -> [String] {
        let characters = Array(self)
        return Self.wrapRanges(characters, toWidth: width).map { String(characters[$0]) }
    }

    /// Where `wrapped(toWidth:)` puts each line, as ranges of positions in `Array(self)`: the
    /// one wrapping that read-only text and text fields share, so that a field being edited
    /// breaks where the same text breaks on a pane. Spaces dropped at a break and the line
    /// breaks themselves fall between the ranges.
    public func wrapRanges(toWidth width: Int) -> [Range<Int>] {
        Self.wrapRanges(Array(self), toWidth: width)
    }

    private static func wrapRanges(_ characters: [Character], toWidth width: Int) -> [Range<Int>] {
        let width = Swift.max(1, width)
        var rows: [Range<Int>] = []
        var paragraphStart = 0
        for (index, character) in characters.enumerated() where character.isNewline {
            rows += wrap(characters, paragraphStart..<index, width: width)
            paragraphStart = index + 1
        }
        rows += wrap(characters, paragraphStart..<characters.count, width: width)
        return rows
    }

    private static func wrap(_ characters: [Character], _ paragraph: Range<Int>, width: Int) -> [Range<Int>] {
        var rows: [Range<Int>] = []
        var lineStart = paragraph.lowerBound
        var lineEnd = paragraph.lowerBound
        var lineWidth = 0
        var lineUsed = false
        var spacesStart = paragraph.lowerBound
        var spaces = 0
        var wordStart = paragraph.lowerBound
        var wordLength = 0

        func place() {
            let word = wordStart..<(wordStart + wordLength)
            let wordWidth = characters[word].reduce(0) { $0 + $1.displayWidth }
            if lineUsed || spaces > 0, lineWidth + spaces + wordWidth <= width {
                if !lineUsed { lineStart = spacesStart }
                lineEnd = word.upperBound
                lineWidth += spaces + wordWidth
                lineUsed = true
            } else {
                if lineUsed { rows.append(lineStart..<lineEnd) }
                lineStart = word.lowerBound
                lineEnd = word.lowerBound
                lineWidth = 0
                lineUsed = false
                for index in word {
                    let w = characters[index].displayWidth
                    if lineWidth + w > width, lineWidth > 0 {
                        rows.append(lineStart..<index)
                        lineStart = index
                        lineWidth = 0
                    }
                    lineEnd = index + 1
                    lineWidth += w
                    lineUsed = true
                }
            }
            spaces = 0
        }

        for index in paragraph {
            if characters[index] == " " {
                if wordLength > 0 {
                    place()
                    wordLength = 0
                }
                if spaces == 0 { spacesStart = index }
                spaces += 1
            } else {
                if wordLength == 0 { wordStart = index }
                wordLength += 1
            }
        }
        if wordLength > 0 { place() }
        rows.append(lineUsed ? lineStart..<lineEnd : paragraph.lowerBound..<paragraph.lowerBound)
        return rows
    }
}
