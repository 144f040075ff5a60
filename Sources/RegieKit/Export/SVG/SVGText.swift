/// Escaping for XML, as SVG and HTML need it: user text goes in as character data and comes
/// out as text, whatever it holds.
enum SVGText {
    /// `text` for an element's content or a double- or single-quoted attribute: `&`, `<`, `>`,
    /// `"` and `'` as character references, and every control character (which XML 1.0 forbids
    /// or a reader would not see, such as U+202E) as a visible escape like `\u{1B}`
    /// (`TerminalText`), so that the document stays well-formed and says what is there.
    /// Line breaks become spaces: a label is one line, and callers break lines themselves.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in TerminalText.visible(TerminalText.oneLine(text), lineBreaks: .escaped) {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // U+FFFE and U+FFFF are not characters in XML.
                if character.unicodeScalars.contains(where: { $0.value == 0xFFFE || $0.value == 0xFFFF }) {
                    out += character.unicodeScalars.map(TerminalText.escape).joined()
                } else {
                    out.append(character)
                }
            }
        }
        return out
    }

    /// A number for an attribute: whole numbers without a fraction, others to one decimal.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(format: "%.1f", rounded)
    }
}
