/// Stand-ins for terminals whose locale is not UTF-8, where anything else would print as garbage.
enum ASCIIFallback {
    /// The ASCII character to show for a cell's grapheme: lines and arrows become `-|+<>^v`,
    /// a few marks their look-alikes, a decomposed letter keeps its base, anything else is `?`.
    static func translate(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        if first.isASCII { return String(first) }
        switch first.value {
        case 0x2500, 0x2501, 0x2504...0x2509, 0x254C, 0x254D, 0x2550, 0x2574, 0x2576, 0x2578, 0x257A, 0x257C, 0x257E,
            0x2010...0x2015, 0x2212, 0x2194, 0x21D4:
            return "-"
        case 0x2502, 0x2503, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551, 0x2575, 0x2577, 0x2579, 0x257B, 0x257D, 0x257F,
            0x2195:
            return "|"
        case 0x250C...0x254B, 0x2552...0x2570:
            return "+"
        case 0x2571: return "/"
        case 0x2572: return "\\"
        case 0x2573, 0x00D7, 0x2717, 0x2718: return "x"
        case 0x2192, 0x21D2, 0x25B6, 0x25B8, 0x25BA, 0x279C, 0x27F6, 0x203A, 0x00BB: return ">"
        case 0x2190, 0x21D0, 0x25C0, 0x25C2, 0x25C4, 0x27F5, 0x2039, 0x00AB: return "<"
        case 0x2191, 0x21D1, 0x25B2, 0x25B4: return "^"
        case 0x2193, 0x21D3, 0x25BC, 0x25BE: return "v"
        case 0x2026, 0x00B7: return "."
        case 0x2022, 0x25CF, 0x25CB, 0x2605, 0x2606: return "*"
        case 0x2713, 0x2714: return "v"
        case 0x2018, 0x2019: return "'"
        case 0x201C, 0x201D: return "\""
        case 0x00A0, 0x2002...0x200A: return " "
        case 0x2588...0x2593: return "#"
        default: return "?"
        }
    }
}
