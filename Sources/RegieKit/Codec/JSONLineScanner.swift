/// Finds the lines on which values start in a document that `JSONParser` already accepted.
///
/// The parser keeps no lines (a table for every value cost a third of the memory of opening
/// a big session); problems are rare, so their lines are found afterwards by reading the text
/// once more, descending only into the values on the way to a wanted one.
struct JSONLineScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private let wanted: Set<JSONPath>?
    private var index = 0
    private var line = 1
    private var found: [JSONPath: Int] = [:]

    /// The lines of the values at `wanted` (every value when nil) in a valid document.
    static func lines(in bytes: UnsafeBufferPointer<UInt8>, wanted: Set<JSONPath>?) -> [JSONPath: Int] {
        var scanner = JSONLineScanner(bytes: bytes, wanted: wanted)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { scanner.index = 3 }
        scanner.value(at: .root)
        return scanner.found
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, wanted: Set<JSONPath>?) {
        self.bytes = bytes
        self.wanted = wanted
    }

    private mutating func value(at path: JSONPath) {
        skipWhitespace()
        guard index < bytes.count else { return }
        let descend = wanted?.contains(path) ?? true
        if descend { found[path] = line }
        switch bytes[index] {
        case UInt8(ascii: "{") where descend:
            index += 1
            while true {
                skipWhitespace()
                guard index < bytes.count, bytes[index] != UInt8(ascii: "}") else { break }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                let key = string()
                skipWhitespace()
                index += 1  // the colon
                value(at: path.appending(key))
            }
            index += 1
        case UInt8(ascii: "[") where descend:
            index += 1
            var count = 0
            while true {
                skipWhitespace()
                guard index < bytes.count, bytes[index] != UInt8(ascii: "]") else { break }
                if bytes[index] == UInt8(ascii: ",") {
                    index += 1
                    continue
                }
                value(at: path.appending(count))
                count += 1
            }
            index += 1
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            skipContainer()
        case UInt8(ascii: "\""):
            skipString()
        default:
            while index < bytes.count, !Self.endsScalar(bytes[index]) { index += 1 }
        }
    }

    private static func endsScalar(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: " "), UInt8(ascii: "\t"),
            UInt8(ascii: "\r"), UInt8(ascii: "\n"):
            true
        default: false
        }
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): index += 1
            case UInt8(ascii: "\n"):
                index += 1
                line += 1
            default: return
            }
        }
    }

    /// Moves past the string at `index`; a valid string holds no raw line break.
    private mutating func skipString() {
        index += 1
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""):
                index += 1
                return
            default: index += 1
            }
        }
    }

    /// The key at `index`, decoded as the parser decodes it, so paths match.
    private mutating func string() -> String {
        let start = index
        skipString()
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<index])
        guard raw.contains(UInt8(ascii: "\\")) else {
            return String(decoding: UnsafeBufferPointer(rebasing: raw.dropFirst().dropLast()), as: UTF8.self)
        }
        guard case .string(let key)? = try? JSONParser.parse(Array(raw)).value else { return "" }
        return key
    }

    /// Moves past the object or list at `index`, counting the line breaks in it.
    private mutating func skipContainer() {
        var depth = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                index += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                index += 1
                if depth == 0 { return }
            case UInt8(ascii: "\""): skipString()
            case UInt8(ascii: "\n"):
                line += 1
                index += 1
            default: index += 1
            }
        }
    }
}
