/// How wide text is drawn, estimated without fonts: an SVG picture is laid out before any
/// program draws it, with whatever sans-serif font that program has. The widths per character
/// are those of a wide sans-serif (DejaVu Sans, Verdana), so text measured here fits also there.
enum TextMetrics {
    /// The estimated width of `text` at `size` (the font size, in the picture's units).
    static func width(_ text: String, size: Double, bold: Bool = false) -> Double {
        var em = 0.0
        for character in text { em += width(of: character) }
        return em * size * (bold ? 1.07 : 1)
    }

    private static func width(of character: Character) -> Double {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        switch scalar.value {
        case 0x20: return 0.32
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60, 0x1F300...0x1FAFF:
            return 1.0
        default: break
        }
        if "iljI.,:;'!|`".contains(character) { return 0.3 }
        if "frt()[]{}-\"/\\".contains(character) { return 0.42 }
        if "mwMW@%".contains(character) { return 0.92 }
        if character.isUppercase { return 0.7 }
        if character.isNumber { return 0.64 }
        return 0.6
    }

    /// `text` broken at spaces into lines of at most `maxWidth`, at most `maxLines` of them; a
    /// word longer than a line is cut, and a text that needs more lines ends in `…`.
    static func lines(_ text: String, size: Double, maxWidth: Double, maxLines: Int, bold: Bool = false) -> [String] {
        let words = TerminalText.oneLine(text).split(separator: " ").map(String.init)
        var lines: [String] = []
        var line = ""
        for word in words {
            let candidate = line.isEmpty ? word : line + " " + word
            if width(candidate, size: size, bold: bold) <= maxWidth {
                line = candidate
                continue
            }
            if !line.isEmpty { lines.append(line) }
            line = word
        }
        if !line.isEmpty { lines.append(line) }
        var shown = Array(lines.prefix(maxLines))
        if lines.count > maxLines, let last = shown.last {
            shown[shown.count - 1] = truncated(last + " …", size: size, maxWidth: maxWidth, bold: bold, forced: true)
        }
        return shown.map { truncated($0, size: size, maxWidth: maxWidth, bold: bold) }
    }

    /// `text` cut to fit `maxWidth`, ending in `…` when it was cut (or when `forced`).
    static func truncated(
        _ text: String, size: Double, maxWidth: Double, bold: Bool = false, forced: Bool = false
    ) -> String {
        guard forced || width(text, size: size, bold: bold) > maxWidth else { return text }
        var cut = forced && text.hasSuffix(" …") ? String(text.dropLast(2)) : text
        while !cut.isEmpty, width(cut + "…", size: size, bold: bold) > maxWidth { cut.removeLast() }
        while cut.last == " " { cut.removeLast() }
        return cut + "…"
    }
}
