/// How the grid shows a control character: as the escape Swift writes for it, `\u{1B}`.
///
/// Nothing drawn may steer the terminal: an ESC in a partner's name, sent raw, would write to the
/// clipboard or clear the screen, and U+202E would turn the rest of the row around. So a control
/// character is never stored in a cell; it is drawn as its escape, one ASCII character a cell,
/// and `DisplayWidth` measures it as that many columns, so layout and drawing agree.
///
/// RegieKit's `TerminalText` applies the same rule to the messages and exports of the command
/// line. Canvas knows no domain and imports no module of ours, and RegieKit imports no terminal
/// code, so each keeps its own copy of the scalar list; a test in RegieUITests (which sees both)
/// checks that they agree on every scalar.
public enum ControlEscape {
    /// Whether `scalar` is drawn as an escape: the C0 controls, DEL and the C1 controls; the
    /// bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F,
    /// U+202A–U+202E, U+2066–U+2069); the line and paragraph separators U+2028, U+2029.
    public static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        case 0x2028, 0x2029: true
        default: false
        }
    }

    /// What the grid draws for `character`: `\u{1B}` for ESC, `\u{D}\u{A}` for CR LF; nil for a
    /// character that is drawn as itself.
    ///
    /// Grapheme breaking makes every one of these scalars a character of its own (only CR LF
    /// joins two), and a `Character` cannot be made otherwise, so the first scalar decides.
    public static func escape(for character: Character) -> String? {
        guard let first = character.unicodeScalars.first, isEscaped(first) else { return nil }
        var text = ""
        for scalar in character.unicodeScalars {
            text += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
        return text
    }
}
