/// Text from a session file made safe to print: nothing in it can steer the terminal or hide itself.
///
/// A name such as `"\u{1B}]52;c;UFdORUQ=\u{7}"` sent raw to a terminal writes to the clipboard,
/// retitles the window or clears the screen; U+202E turns the rest of a line around so that a
/// message says something else than it seems. Every such scalar is written as the escape Swift
/// itself uses, `\u{1B}` (hexadecimal, upper case, no leading zeros), so a reader sees that it is
/// there and which one it is. The escape is meant for the eye; a backslash in the text itself is
/// left as it is.
///
/// The same rule, per character, is in Canvas (`ControlEscape`), which draws the workbench: Canvas
/// may not import RegieKit and RegieKit may not import Canvas, so each module has its copy, and a
/// test in RegieUITests checks that both agree on every scalar.
public enum TerminalText {
    /// What happens to a line break (`\n`, or `\r\n` as CSV writes it) in the text.
    public enum LineBreaks: Sendable {
        /// Kept, for text of several lines: an export, a list of messages.
        case kept
        /// Escaped like any other control, for text that must stay on one line: a value quoted
        /// in a message, a file name.
        case escaped
    }

    /// `text` with every control character (C0, DEL, C1), bidirectional control and line or
    /// paragraph separator written as a visible escape such as `\u{1B}`.
    public static func visible(_ text: String, lineBreaks: LineBreaks = .kept) -> String {
        let scalars = Array(text.unicodeScalars)
        func kept(_ index: Int) -> Bool {
            guard lineBreaks == .kept else { return false }
            return scalars[index] == "\n"
                || (scalars[index] == "\r" && index + 1 < scalars.count && scalars[index + 1] == "\n")
        }
        guard scalars.indices.contains(where: { isEscaped(scalars[$0]) && !kept($0) }) else { return text }
        var out = String.UnicodeScalarView()
        for index in scalars.indices {
            if isEscaped(scalars[index]), !kept(index) {
                out.append(contentsOf: escape(scalars[index]).unicodeScalars)
            } else {
                out.append(scalars[index])
            }
        }
        return String(out)
    }

    /// `text` with each line break (`\n`, `\r\n`, `\r`, U+2028, U+2029, U+0085) as a space: for
    /// a label that is one line, whatever the user typed.
    public static func oneLine(_ text: String) -> String {
        guard text.contains(where: \.isNewline) else { return text }
        var out = ""
        for character in text {
            switch character {
            case "\n", "\r\n", "\r", "\u{2028}", "\u{2029}", "\u{85}": out += " "
            default: out.append(character)
            }
        }
        return out
    }

    /// Whether `scalar` is never sent to a terminal as it is: the C0 controls, DEL and the C1
    /// controls; the bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E,
    /// U+200F, U+202A–U+202E, U+2066–U+2069); the line and paragraph separators U+2028, U+2029.
    public static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        case 0x2028, 0x2029: true
        default: false
        }
    }

    /// The visible form of one scalar: `\u{1B}`.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
    }
}
