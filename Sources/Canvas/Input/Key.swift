/// A key press, as the keymap sees it.
public enum Key: Hashable, Sendable {
    /// A printable character, with Shift already applied (`"A"`, `"?"`, `"é"`).
    case character(Character)
    /// Ctrl with a lowercase letter (`.ctrl("s")`); Ctrl-Space arrives as `.ctrl(" ")`.
    case ctrl(Character)
    /// Alt (Meta) with a character, sent by terminals as Esc and then the character.
    case alt(Character)
    case enter, tab, backTab, backspace, delete, escape
    case up, down, left, right, home, end, pageUp, pageDown, insert
    /// Function key F*n*, from 1.
    case function(Int)
}

extension Key: CustomStringConvertible {
    /// How help screens name the key: `a`, `Ctrl-S`, `Alt-x`, `Shift-Tab`, `PgDn`, `F1`.
    public var description: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .ctrl(" "): "Ctrl-Space"
        case .ctrl(let c): "Ctrl-\(c.uppercased())"
        case .alt(let c): "Alt-\(c)"
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .escape: "Esc"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .insert: "Insert"
        case .function(let n): "F\(n)"
        }
    }
}
