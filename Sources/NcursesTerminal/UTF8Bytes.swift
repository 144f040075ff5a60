/// Decodes UTF-8 typed into a terminal whose locale ncurses cannot decode it in.
enum UTF8Bytes {
    /// How many bytes the sequence starting with `lead` has; 0 for a byte that cannot start one.
    static func sequenceLength(lead: UInt8) -> Int {
        switch lead {
        case 0x00..<0x80: 1
        case 0xC2..<0xE0: 2
        case 0xE0..<0xF0: 3
        case 0xF0..<0xF5: 4
        default: 0
        }
    }

    /// The scalar that `bytes` encode, or nil unless they are exactly one valid sequence.
    static func decode(_ bytes: [UInt8]) -> UInt32? {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return nil }
        guard case .emptyInput = decoder.decode(&iterator) else { return nil }
        return scalar.value
    }
}
