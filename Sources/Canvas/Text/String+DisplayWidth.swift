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
        return cut + String(repeating: " ", count: width - cut.displayWidth)
    }

    /// The longest leading part of the text that takes at most `width` columns.
    public func prefix(fittingWidth width: Int) -> String {
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
        let width = max(1, width)
        var lines: [String] = []
        for paragraph in split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lines += Self.wrap(paragraph, width: width)
        }
        return lines
    }

    private static func wrap(_ paragraph: Substring, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        var spaces = ""
        var word = ""

        func place(_ word: String) {
            let wordWidth = word.displayWidth
            if lineWidth > 0 || !spaces.isEmpty, lineWidth + spaces.count + wordWidth <= width {
                line += spaces + word
                lineWidth += spaces.count + wordWidth
            } else {
                if lineWidth > 0 { lines.append(line) }
                line = ""
                lineWidth = 0
                for character in word {
                    let w = character.displayWidth
                    if lineWidth + w > width, lineWidth > 0 {
                        lines.append(line)
                        line = ""
                        lineWidth = 0
                    }
                    line.append(character)
                    lineWidth += w
                }
            }
            spaces = ""
        }

        for character in paragraph {
            if character == " " {
                if !word.isEmpty {
                    place(word)
                    word = ""
                }
                spaces.append(character)
            } else {
                word.append(character)
            }
        }
        if !word.isEmpty { place(word) }
        lines.append(line)
        return lines
    }
}
