/// Quick answers for the characters a frame is made of, so measuring them does not look up
/// Unicode properties each time: a frame of the big network map measured some hundred
/// thousand box-drawing characters, and the property lookups were most of its cost.
extension DisplayWidth {
    /// Punctuation, arrows, box drawing, blocks and shapes (U+2000–U+27FF): the characters of
    /// borders, edges and markers, with their widths as `width(of:)` gives them, computed once.
    static let symbolRange: Range<UInt32> = 0x2000..<0x2800
    static let symbolTable: [UInt8] = symbolRange.map { value in
        Unicode.Scalar(value).map { UInt8(width(of: $0)) } ?? 1
    }

    /// The width of `c` when it is a single scalar below U+0300 or in `symbolRange`; nil
    /// when the full rule must decide.
    @inline(__always)
    static func quickWidth(_ c: Character) -> Int? {
        let scalars = c.unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else {
            return nil
        }
        let value = first.value
        // The first two rules of `width(of:)`: controls take none, the rest of Latin one.
        if value < 0x300 { return value < 0x20 || (value >= 0x7F && value < 0xA0) ? 0 : 1 }
        guard symbolRange.contains(value) else { return nil }
        return Int(symbolTable[Int(value - symbolRange.lowerBound)])
    }

    /// The width of `s` when each of its scalars is a character of its own whose width the
    /// tables know: printable Latin below U+0300 (Dutch text with its accents) and the
    /// punctuation, arrows, box drawing and shapes of U+2010–U+27FF that neither join nor
    /// combine (`…`, `—`, `◆`). Then the width is the sum over the scalars, with no breaking
    /// into characters. Nil otherwise.
    @inline(__always)
    static func scalarWidth(_ s: String) -> Int? {
        var total = 0
        for scalar in s.unicodeScalars {
            guard let width = simpleWidth(scalar) else { return nil }
            total += width
        }
        return total
    }

    /// The number of scalars of `s` when each is a character of its own one column wide (as
    /// `scalarWidth` tells them): then the text is drawn a scalar a cell. Nil otherwise.
    @inline(__always)
    static func narrowScalarCount(_ s: String) -> Int? {
        var count = 0
        for scalar in s.unicodeScalars {
            guard simpleWidth(scalar) == 1 else { return nil }
            count += 1
        }
        return count
    }

    /// The width of `scalar` when it is one that `scalarWidth` knows, else nil.
    @inline(__always)
    static func simpleWidth(_ scalar: Unicode.Scalar) -> Int? {
        let value = scalar.value
        switch value {
        case 0x20..<0x7F, 0xA0..<0x300: return 1
        // Left out: zero-width, joiners and format (U+2000–U+200F, U+2060–U+206F), separators
        // and bidirectional controls (U+2028–U+202F) and the combining marks for symbols
        // (U+20D0–U+20FF).
        case 0x2010..<0x2028, 0x2030..<0x2060, 0x2070..<0x20D0, 0x2100..<0x2800:
            return Int(symbolTable[Int(value - symbolRange.lowerBound)])
        default: return nil
        }
    }

    /// The width of `s` when it is all printable ASCII (one column a byte); nil otherwise.
    @inline(__always)
    static func asciiWidth(_ s: String) -> Int? {
        var count = 0
        for byte in s.utf8 {
            guard byte >= 0x20, byte < 0x7F else { return nil }
            count += 1
        }
        return count
    }
}
