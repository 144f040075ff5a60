/// One terminal cell: a single grapheme and its style.
///
/// A wide character fills two cells: the left one holds it, the right one holds "" so the
/// grid's columns stay aligned with the screen's.
public struct Cell: Hashable, Sendable {
    /// One grapheme, or "" for the right half of a wide character.
    public var text: String
    /// How the cell looks.
    public var style: Style

    /// Creates a cell.
    public init(text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    /// A space in the plain style.
    public static let blank = Cell(text: " ")

    /// Whether this is the right half of a wide character.
    public var isContinuation: Bool { text.isEmpty }

    /// Columns the text takes on screen: 0 for a continuation, else 1 or 2.
    public var width: Int { text.isEmpty ? 0 : DisplayWidth.of(text) }
}
