import Canvas
import Foundation

/// Large letters for slide titles and the workshop timer, five rows high, drawn with the full
/// block `█`. One character is enough: a terminal whose locale is not UTF-8 gets `#` for it
/// (`ASCIIFallback` in NcursesTerminal), so the letters stay letters there too.
enum BlockFont {
    /// Rows of every glyph.
    static let height = 5
    /// The character a filled pixel is drawn with.
    static let ink: Character = "█"

    /// The pixels of each glyph, `#` filled; glyphs differ in width, one blank column between them.
    static let glyphs: [Character: [String]] = [
        "A": [" # ", "# #", "###", "# #", "# #"],
        "B": ["## ", "# #", "## ", "# #", "## "],
        "C": [" ##", "#  ", "#  ", "#  ", " ##"],
        "D": ["## ", "# #", "# #", "# #", "## "],
        "E": ["###", "#  ", "## ", "#  ", "###"],
        "F": ["###", "#  ", "## ", "#  ", "#  "],
        "G": [" ## ", "#   ", "# ##", "#  #", " ## "],
        "H": ["# #", "# #", "###", "# #", "# #"],
        "I": ["###", " # ", " # ", " # ", "###"],
        "J": ["  #", "  #", "  #", "# #", " # "],
        "K": ["# #", "# #", "## ", "# #", "# #"],
        "L": ["#  ", "#  ", "#  ", "#  ", "###"],
        "M": ["#   #", "## ##", "# # #", "#   #", "#   #"],
        "N": ["#  #", "## #", "# ##", "#  #", "#  #"],
        "O": [" ## ", "#  #", "#  #", "#  #", " ## "],
        "P": ["## ", "# #", "## ", "#  ", "#  "],
        "Q": [" ## ", "#  #", "#  #", "# ##", " ###"],
        "R": ["## ", "# #", "## ", "# #", "# #"],
        "S": [" ##", "#  ", " # ", "  #", "## "],
        "T": ["###", " # ", " # ", " # ", " # "],
        "U": ["# #", "# #", "# #", "# #", "###"],
        "V": ["# #", "# #", "# #", "# #", " # "],
        "W": ["#   #", "#   #", "# # #", "## ##", "#   #"],
        "X": ["# #", "# #", " # ", "# #", "# #"],
        "Y": ["# #", "# #", " # ", " # ", " # "],
        "Z": ["###", "  #", " # ", "#  ", "###"],
        "0": ["###", "# #", "# #", "# #", "###"],
        "1": [" # ", "## ", " # ", " # ", "###"],
        "2": ["###", "  #", "###", "#  ", "###"],
        "3": ["###", "  #", " ##", "  #", "###"],
        "4": ["# #", "# #", "###", "  #", "  #"],
        "5": ["###", "#  ", "###", "  #", "###"],
        "6": ["###", "#  ", "###", "# #", "###"],
        "7": ["###", "  #", "  #", "  #", "  #"],
        "8": ["###", "# #", "###", "# #", "###"],
        "9": ["###", "# #", "###", "  #", "###"],
        ":": [" ", "#", " ", "#", " "],
        ".": [" ", " ", " ", " ", "#"],
        ",": [" ", " ", " ", "#", "#"],
        "!": ["#", "#", "#", " ", "#"],
        "'": ["#", "#", " ", " ", " "],
        "?": ["###", "  #", " ##", "   ", " # "],
        "-": ["   ", "   ", "###", "   ", "   "],
        "+": ["   ", " # ", "###", " # ", "   "],
        "/": ["  #", "  #", " # ", "#  ", "#  "],
        "(": [" #", "# ", "# ", "# ", " #"],
        ")": ["# ", " #", " #", " #", "# "],
        "&": [" # ", "# #", " # ", "# #", " ##"],
        " ": ["  ", "  ", "  ", "  ", "  "],
    ]

    /// The glyph for `character`: capitals for small letters, the base letter for one with an
    /// accent (`ë` is drawn as `E`), `?` for anything the font lacks.
    static func glyph(_ character: Character) -> [String] {
        let folded = String(character).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .uppercased()
        if folded.count == 1, let glyph = glyphs[Character(folded)] { return glyph }
        return glyphs["?"]!
    }

    /// Columns `text` takes at `scale` (each pixel `scale` columns wide).
    static func width(_ text: String, scale: Int = 1) -> Int {
        guard !text.isEmpty else { return 0 }
        let pixels = text.reduce(0) { $0 + glyph($1)[0].count } + text.count - 1
        return pixels * scale
    }

    /// The five rows of `text` in block letters, each exactly `width(text, scale:)` columns.
    static func rows(_ text: String, scale: Int = 1) -> [String] {
        (0..<height).map { row in
            text.map { character in
                String(glyph(character)[row].map { $0 == "#" ? ink : " " }.flatMap { repeatElement($0, count: scale) })
            }.joined(separator: String(repeating: " ", count: scale))
        }
    }

    /// Draws `text` with its top left at `origin`, clipped to `clip`.
    static func draw(
        _ text: String, scale: Int = 1, at origin: Point, style: Style, clip: Rect, into frame: inout Frame
    ) {
        for (row, line) in rows(text, scale: scale).enumerated() {
            // Only the ink is written: the cells between keep what is under them, so letters drawn
            // reversed over a reversed band show as cut out of it.
            for (column, character) in line.enumerated() where character == ink {
                frame.grid.put(
                    String(ink), at: Point(x: origin.x + column, y: origin.y + row), style: style, clip: clip)
            }
        }
    }
}
