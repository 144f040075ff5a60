import CNcursesw
import Canvas

/// Turns what `get_wch` returns into keys; pure, so tests can cover every case.
enum KeyMapping {
    /// The key for a character `get_wch` returned with `OK`, or nil for one to ignore.
    static func key(fromCharacter code: UInt32) -> Key? {
        switch code {
        case 10, 13: return .enter
        case 9: return .tab
        case 8, 127: return .backspace
        case 27: return .escape
        case 0: return .ctrl(" ")
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        case 28: return .ctrl("\\")
        case 29: return .ctrl("]")
        case 30: return .ctrl("^")
        case 31: return .ctrl("_")
        case 0x80..<0xA0: return nil
        default: return Unicode.Scalar(code).map { .character(Character($0)) }
        }
    }

    /// The key for a key code `get_wch` returned with `KEY_CODE_YES`, or nil for one to ignore.
    ///
    /// `KEY_RESIZE` and `KEY_MOUSE` are not keys; the terminal handles them itself.
    static func key(fromKeyCode code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME, KEY_FIND, KEY_A1: return .home
        case KEY_END, KEY_SELECT, KEY_C1: return .end
        case KEY_PPAGE, KEY_A3: return .pageUp
        case KEY_NPAGE, KEY_C3: return .pageDown
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_ENTER: return .enter
        case regie_key_f(1)...regie_key_f(63): return .function(Int(code - regie_key_f(0)))
        default: return nil
        }
    }
}
