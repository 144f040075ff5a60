/// Writes JSON in the one canonical form of a session file: two-space indent, `"key": value`,
/// keys sorted by their UTF-8 bytes, letters such as ë written as themselves, a final newline.
/// The same value always gives the same bytes, so files diff well and round-trip exactly.
public enum CanonicalJSON {
    /// The canonical text of `value`.
    public static func string(_ value: JSONValue) -> String {
        String(decoding: bytes(value), as: UTF8.self)
    }

    /// The canonical text of `value` as UTF-8, written straight into bytes: a session file
    /// is mostly text, and copying its UTF-8 is much cheaper than building a `String`.
    public static func bytes(_ value: JSONValue) -> [UInt8] {
        var out: [UInt8] = []
        write(value, indent: 0, into: &out)
        out.append(UInt8(ascii: "\n"))
        return out
    }

    static func append(_ text: StaticString, to out: inout [UInt8]) {
        text.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    static func indent(_ level: Int, into out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    static func write(_ value: JSONValue, indent level: Int, into out: inout [UInt8]) {
        switch value {
        case .null: append("null", to: &out)
        case .bool(let b): b ? append("true", to: &out) : append("false", to: &out)
        case .int(let i): out.append(contentsOf: String(i).utf8)
        // JSON has no NaN or Infinity; null keeps the output readable (the parser never makes them).
        case .double(let d) where !d.isFinite: append("null", to: &out)
        case .double(let d): out.append(contentsOf: (d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : "\(d)").utf8)
        case .string(let s): writeString(s, into: &out)
        case .array(let elements):
            if elements.isEmpty {
                append("[]", to: &out)
                return
            }
            append("[\n", to: &out)
            for (i, element) in elements.enumerated() {
                indent(level + 1, into: &out)
                write(element, indent: level + 1, into: &out)
                i == elements.count - 1 ? append("\n", to: &out) : append(",\n", to: &out)
            }
            indent(level, into: &out)
            append("]", to: &out)
        case .object(let members):
            if members.isEmpty {
                append("{}", to: &out)
                return
            }
            append("{\n", to: &out)
            let sorted = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (i, member) in sorted.enumerated() {
                indent(level + 1, into: &out)
                writeString(member.key, into: &out)
                append(": ", to: &out)
                write(member.value, indent: level + 1, into: &out)
                i == sorted.count - 1 ? append("\n", to: &out) : append(",\n", to: &out)
            }
            indent(level, into: &out)
            append("}", to: &out)
        }
    }

    /// A quoted string: UTF-8 copied as it is, escapes only for quotes, backslashes and
    /// control characters (U+0000–U+001F and U+007F, all single bytes in UTF-8).
    static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { utf8 in
            var runStart = 0
            for i in 0..<utf8.count {
                let byte = utf8[i]
                guard byte < 0x20 || byte == 0x7F || byte == 0x22 || byte == 0x5C else { continue }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
                runStart = i + 1
                switch byte {
                case 0x22: append("\\\"", to: &out)
                case 0x5C: append("\\\\", to: &out)
                case 0x0A: append("\\n", to: &out)
                case 0x0D: append("\\r", to: &out)
                case 0x09: append("\\t", to: &out)
                case 0x08: append("\\b", to: &out)
                case 0x0C: append("\\f", to: &out)
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), 0x30, 0x30])
                    out.append(hex[Int(byte >> 4)])
                    out.append(hex[Int(byte & 0xF)])
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        out.append(UInt8(ascii: "\""))
    }
}
