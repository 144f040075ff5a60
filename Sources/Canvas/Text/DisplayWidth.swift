/// How many terminal columns text takes, computed in pure Swift.
///
/// Glibc's `wcwidth` depends on the process locale and its Unicode version; this does not,
/// so layout is the same in tests, under `LANG=C` and in the live terminal.
public enum DisplayWidth {
    /// Columns a character takes: 0, 1 or 2; for a control character, the columns of the escape
    /// the grid draws instead (`ControlEscape`: six for ESC, `\u{1B}`).
    ///
    /// Sums its scalars (combining marks, format characters 0; East Asian Wide and Fullwidth 2;
    /// emoji presentation 2; others 1), lets U+FE0F turn a preceding emoji wide, and caps the
    /// sum at 2, since a terminal draws one grapheme in at most two cells.
    public static func of(_ c: Character) -> Int {
        if let ascii = c.asciiValue {
            return ascii < 0x20 || ascii == 0x7F ? controlWidth(c) : 1
        }
        if let first = c.unicodeScalars.first, ControlEscape.isEscaped(first) {
            return controlWidth(c)
        }
        if let quick = quickWidth(c) { return quick }
        var total = 0
        var previousIsEmoji = false
        for scalar in c.unicodeScalars {
            if scalar.value == 0xFE0F {
                if previousIsEmoji { total = max(total, 2) }
                continue
            }
            total += width(of: scalar)
            previousIsEmoji = scalar.properties.isEmoji
        }
        return min(total, 2)
    }

    /// Columns a string takes: the sum over its characters.
    public static func of(_ s: String) -> Int {
        if let ascii = asciiWidth(s) { return ascii }
        var total = 0
        for c in s { total += of(c) }
        return total
    }

    // MARK: Controls, drawn as escapes

    /// The columns of the escape drawn for a control character: all ASCII, one column each.
    private static func controlWidth(_ c: Character) -> Int {
        ControlEscape.escape(for: c)?.unicodeScalars.count ?? 0
    }

    /// Columns one scalar takes on its own: 0, 1 or 2.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
        if value < 0x300 { return 1 }
        // Hangul medial vowels and final consonants join the preceding initial consonant.
        if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control, .lineSeparator, .paragraphSeparator:
            return 0
        default:
            break
        }
        if value >= 0x1100, isEastAsianWide(value) { return 2 }
        if scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    private static func isEastAsianWide(_ value: UInt32) -> Bool {
        var low = 0
        var high = eastAsianWideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = eastAsianWideRanges[mid]
            if value < range.lowerBound {
                high = mid - 1
            } else if value > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
