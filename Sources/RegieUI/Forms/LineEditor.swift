import Canvas

/// An editable piece of text with a cursor, as in a shell prompt: Home/End, word delete,
/// and line breaks when the field allows several lines.
public struct LineEditor: Hashable, Sendable {
    public private(set) var characters: [Character]
    /// Index into `characters` where the next typed character goes.
    public private(set) var cursor: Int
    public let multiline: Bool

    public init(_ text: String = "", multiline: Bool = false) {
        characters = Array(text)
        cursor = characters.count
        self.multiline = multiline
    }

    public var text: String { String(characters) }

    public var isEmpty: Bool { characters.isEmpty }

    /// Applies an editing key; returns false when the key is not an editing key.
    @discardableResult
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let c):
            if c == "\n" || c == "\r" {
                guard multiline else { return false }
                insert("\n")
            } else if c.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) {
                insert(c)
            } else {
                return false
            }
        case .alt("\r"), .alt("\n"), .ctrl("n"):
            guard multiline else { return false }
            insert("\n")
        case .backspace, .ctrl("h"):
            if cursor > 0 {
                characters.remove(at: cursor - 1)
                cursor -= 1
            }
        case .delete, .ctrl("d"):
            if cursor < characters.count { characters.remove(at: cursor) }
        case .left, .ctrl("b"):
            cursor = max(0, cursor - 1)
        case .right, .ctrl("f"):
            cursor = min(characters.count, cursor + 1)
        case .home, .ctrl("a"):
            cursor = lineStart(of: cursor)
        case .end, .ctrl("e"):
            cursor = lineEnd(of: cursor)
        case .ctrl("w"), .alt("\u{7f}"):
            deleteWordBackward()
        case .ctrl("u"):
            let start = lineStart(of: cursor)
            characters.removeSubrange(start..<cursor)
            cursor = start
        case .ctrl("k"):
            characters.removeSubrange(cursor..<lineEnd(of: cursor))
        case .alt("b"):
            cursor = previousWordStart(from: cursor)
        case .alt("f"):
            cursor = nextWordEnd(from: cursor)
        case .up where multiline:
            moveVertically(-1)
        case .down where multiline:
            moveVertically(1)
        default:
            return false
        }
        return true
    }

    /// Inserts text at the cursor; line breaks are dropped from one-line fields.
    public mutating func insert(_ text: String) {
        for c in text where multiline || (c != "\n" && c != "\r") {
            characters.insert(c == "\r" ? "\n" : c, at: cursor)
            cursor += 1
        }
    }

    public mutating func insert(_ c: Character) { insert(String(c)) }

    /// Puts the cursor at `position` (clamped to the text).
    public mutating func moveCursor(to position: Int) {
        cursor = max(0, min(characters.count, position))
    }

    public mutating func setText(_ text: String) {
        characters = Array(text)
        cursor = characters.count
    }

    private mutating func deleteWordBackward() {
        let start = previousWordStart(from: cursor)
        characters.removeSubrange(start..<cursor)
        cursor = start
    }

    private func previousWordStart(from index: Int) -> Int {
        var i = index
        while i > 0, characters[i - 1].isWhitespace { i -= 1 }
        while i > 0, !characters[i - 1].isWhitespace { i -= 1 }
        return i
    }

    private func nextWordEnd(from index: Int) -> Int {
        var i = index
        while i < characters.count, characters[i].isWhitespace { i += 1 }
        while i < characters.count, !characters[i].isWhitespace { i += 1 }
        return i
    }

    private func lineStart(of index: Int) -> Int {
        var i = index
        while i > 0, characters[i - 1] != "\n" { i -= 1 }
        return i
    }

    private func lineEnd(of index: Int) -> Int {
        var i = index
        while i < characters.count, characters[i] != "\n" { i += 1 }
        return i
    }

    private mutating func moveVertically(_ delta: Int) {
        let start = lineStart(of: cursor)
        let column = cursor - start
        if delta < 0 {
            guard start > 0 else { return }
            let previousStart = lineStart(of: start - 1)
            cursor = min(previousStart + column, start - 1)
        } else {
            let end = lineEnd(of: cursor)
            guard end < characters.count else { return }
            let nextStart = end + 1
            cursor = min(nextStart + column, lineEnd(of: nextStart))
        }
    }
}
