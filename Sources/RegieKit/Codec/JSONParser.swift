import Foundation

/// A strict JSON parser whose documents can name the line of any value, so problems can name a line.
///
/// Foundation's parser gives neither lines nor paths and recurses without a limit; a session
/// file comes from people and other tools, so this one bounds depth and sizes. Lines are not
/// kept while parsing (a table of every value's line was a third of the memory a big session
/// took to open): the document keeps its bytes, and `lines(for:)` reads them again for the
/// few values that get a message.
public struct JSONParser {
    /// Limits that keep a hostile or broken file from exhausting the stack or memory.
    public struct Limits: Sendable {
        public var maxDepth = 64
        public var maxStringBytes = 1 << 20
        /// Each value costs up to a few hundred bytes in memory, so a file of millions of tiny
        /// values (`[0,0,0,…]`) within the file size limit could still exhaust memory; a real
        /// session holds some hundred thousands.
        public var maxValues = 1_000_000
        public init() {}
    }

    /// Why a document is not acceptable JSON, with the line and column where that shows.
    public struct Failure: Error, Hashable, Sendable {
        public var line: Int
        public var column: Int
        public var message: Localized
    }

    /// The parsed document, with the text it came from for finding the lines of values.
    public struct Document: Sendable {
        /// Every value, flat, with its strings still in `source` (see `JSONTape`).
        let tape: JSONTape
        let source: Source

        /// The document as a tree; made afresh on each use (reading a session does not need it).
        public var value: JSONValue { read { $0.value(0) } }

        /// Calls `body` with a view of the tape over the bytes, valid only during the call.
        func read<Result>(_ body: (JSONTapeView) -> Result) -> Result {
            source.withBytes { tape.read(bytes: $0, body) }
        }

        /// The line on which each value starts, for every value of the document. Reads the
        /// text again; for a few values `lines(for:)` is cheaper.
        public var lines: [JSONPath: Int] {
            source.withBytes { JSONLineScanner.lines(in: $0, wanted: nil) }
        }

        /// The lines of the values at `paths` and of every value enclosing them, for those
        /// that exist in the document: one pass over the text, skipping what is not wanted.
        public func lines(for paths: some Sequence<JSONPath>) -> [JSONPath: Int] {
            var wanted: Set<JSONPath> = []
            for path in paths {
                for length in 0...path.components.count {
                    wanted.insert(JSONPath(components: Array(path.components.prefix(length))))
                }
            }
            guard !wanted.isEmpty else { return [:] }
            return source.withBytes { JSONLineScanner.lines(in: $0, wanted: wanted) }
        }
    }

    /// The bytes a document was parsed from, held as the caller gave them (never copied).
    enum Source: Sendable {
        case array([UInt8])
        case data(Data)

        func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
            switch self {
            case .array(let bytes): bytes.withUnsafeBufferPointer(body)
            case .data(let data): data.withUnsafeBytes { body($0.bindMemory(to: UInt8.self)) }
            }
        }
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private let limits: Limits
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var valueCount = 0
    /// Reused for strings with escapes; plain strings stay in the input until they are read.
    private var scratch: [UInt8] = []
    /// The key nodes of the objects being parsed, innermost last, for finding duplicates.
    private var pendingKeys: [Int] = []
    private var tape: JSONTape

    private init(bytes: UnsafeBufferPointer<UInt8>, limits: Limits) {
        self.bytes = bytes
        self.limits = limits
        // A session file holds about one value (or key) for every 14 bytes.
        tape = JSONTape(expectedNodes: min(bytes.count / 12 + 4, 2 * limits.maxValues + 4))
    }

    /// Parses UTF-8 `bytes` as one JSON value.
    public static func parse(_ bytes: [UInt8], limits: Limits = Limits()) throws(Failure) -> Document {
        Document(tape: try parseTape(of: .array(bytes), limits: limits), source: .array(bytes))
    }

    /// Parses UTF-8 `data` as one JSON value; the document shares the bytes of `data`.
    public static func parse(_ data: Data, limits: Limits = Limits()) throws(Failure) -> Document {
        Document(tape: try parseTape(of: .data(data), limits: limits), source: .data(data))
    }

    private static func parseTape(of source: Source, limits: Limits) throws(Failure) -> JSONTape {
        let result: Result<JSONTape, Failure> = source.withBytes { bytes in
            var parser = JSONParser(bytes: bytes, limits: limits)
            do throws(Failure) {
                try parser.parseDocument()
                return .success(parser.tape)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private mutating func parseDocument() throws(Failure) {
        if let bad = Self.firstInvalidUTF8(bytes) {
            moveTo(bad)
            if Self.isCutShort(bytes[bad...]) { throw failure(Messages.truncated) }
            throw failure(Messages.invalidUTF8(offset: bad))
        }
        skipByteOrderMark()
        skipWhitespace()
        if index == bytes.count { throw failure(Messages.emptyFile) }
        try parseValue(depth: 0)
        skipWhitespace()
        if index < bytes.count { throw failure(Messages.trailingContent) }
    }

    // MARK: - Values

    private mutating func parseValue(depth: Int) throws(Failure) {
        guard depth < limits.maxDepth else { throw failure(Messages.tooDeep(limits.maxDepth)) }
        valueCount += 1
        guard valueCount <= limits.maxValues else { throw failure(Messages.tooManyValues(limits.maxValues)) }
        guard let byte = peek() else { throw failure(Messages.truncated) }
        switch byte {
        case UInt8(ascii: "{"): try parseObject(depth: depth)
        case UInt8(ascii: "["): try parseArray(depth: depth)
        case UInt8(ascii: "\""): _ = try parseString()
        case UInt8(ascii: "t"): try expectWord("true"); _ = tape.append(.bool, payload: 1)
        case UInt8(ascii: "f"): try expectWord("false"); _ = tape.append(.bool, payload: 0)
        case UInt8(ascii: "n"): try expectWord("null"); _ = tape.append(.null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try parseNumber()
        case UInt8(ascii: "N"), UInt8(ascii: "I"): throw failure(Messages.notANumber)
        default: throw failure(Messages.unexpected(describe(byte), expected: Messages.aValue))
        }
    }

    private mutating func parseObject(depth: Int) throws(Failure) {
        index += 1
        let object = tape.append(.object)
        skipWhitespace()
        if peek() == UInt8(ascii: "}") {
            index += 1
            tape.close(object, count: 0)
            return
        }
        let first = pendingKeys.count
        defer { pendingKeys.removeSubrange(first...) }
        var keys: Set<String> = []
        // While every key is plain ASCII and comes after the one before it, byte for byte (as
        // Regie writes them), they all differ, and a new key need only be compared with the last.
        var ascending = true
        while true {
            skipWhitespace()
            guard let byte = peek() else { throw failure(Messages.truncated) }
            guard byte == UInt8(ascii: "\"") else {
                throw failure(Messages.unexpected(describe(byte), expected: Messages.aKey))
            }
            let key = try parseString()
            let inOrder = ascending && comesAfterTheLastKey(key, since: first)
            if !inOrder, isDuplicate(key, since: first, seen: &keys) {
                throw failure(Messages.duplicateKey(tape.read(bytes: bytes) { $0.string(key) }))
            }
            ascending = inOrder
            pendingKeys.append(key)
            skipWhitespace()
            try expect(":", or: Messages.aColon)
            skipWhitespace()
            try parseValue(depth: depth + 1)
            skipWhitespace()
            guard let next = peek() else { throw failure(Messages.truncated) }
            index += 1
            if next == UInt8(ascii: "}") {
                tape.close(object, count: pendingKeys.count - first)
                return
            }
            guard next == UInt8(ascii: ",") else {
                index -= 1
                throw failure(Messages.unexpected(describe(next), expected: Messages.commaOrBrace))
            }
        }
    }

    /// Whether the object whose keys start at `pendingKeys[first]` already has the key at node
    /// `key`, with `String`'s meaning of equal. Small objects compare the keys one by one (plain
    /// ASCII ones as bytes); from the sixteenth member on, `seen` holds them, so a huge object
    /// is not quadratic.
    /// Whether the key at node `key` and the last key of the object whose keys start at
    /// `pendingKeys[first]` are both plain ASCII and `key` sorts after it by bytes (or is the first).
    private func comesAfterTheLastKey(_ key: Int, since first: Int) -> Bool {
        tape.read(bytes: bytes) { view in
            guard let text = view.plainBytes(key) else { return false }
            guard pendingKeys.count > first, let last = pendingKeys.last else { return true }
            guard let before = view.plainBytes(last) else { return false }
            return before.lexicographicallyPrecedes(text)
        }
    }

    private func isDuplicate(_ key: Int, since first: Int, seen: inout Set<String>) -> Bool {
        tape.read(bytes: bytes) { view in
            if pendingKeys.count - first < 16 { return pendingKeys[first...].contains { view.string(key, equals: $0) } }
            if seen.isEmpty { seen = Set(pendingKeys[first...].lazy.map(view.string)) }
            return !seen.insert(view.string(key)).inserted
        }
    }

    private mutating func parseArray(depth: Int) throws(Failure) {
        index += 1
        let array = tape.append(.array)
        var count = 0
        skipWhitespace()
        if peek() == UInt8(ascii: "]") {
            index += 1
            tape.close(array, count: 0)
            return
        }
        while true {
            skipWhitespace()
            try parseValue(depth: depth + 1)
            count += 1
            skipWhitespace()
            guard let next = peek() else { throw failure(Messages.truncated) }
            index += 1
            if next == UInt8(ascii: "]") {
                tape.close(array, count: count)
                return
            }
            guard next == UInt8(ascii: ",") else {
                index -= 1
                throw failure(Messages.unexpected(describe(next), expected: Messages.commaOrBracket))
            }
        }
    }

    /// A string from the opening quote at `index`, appended to the tape; returns its node. A
    /// plain string stays in the input (which is valid UTF-8, checked first); one with escapes
    /// is decoded through `scratch` and kept on the tape.
    private mutating func parseString() throws(Failure) -> Int {
        index += 1
        let start = index
        var escaped = false
        var allBytes: UInt8 = 0
        while true {
            // Plain bytes up to the next quote, backslash or control character, no further than
            // one byte past the limit, where the check below stops.
            let runStart = index
            let end = min(bytes.count, start + limits.maxStringBytes + 1)
            // Eight bytes at a time while none of them ends the run (most text is long runs).
            if let base = bytes.baseAddress {
                while index + 8 <= end {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    if Self.mayEndARun(word) { break }
                    if word & 0x8080_8080_8080_8080 != 0 { allBytes |= 0x80 }
                    index += 8
                }
            }
            while index < end {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
                allBytes |= byte
                index += 1
            }
            if escaped { scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index])) }
            if index - start > limits.maxStringBytes { throw failure(Messages.stringTooLong(limits.maxStringBytes)) }
            guard let byte = peek() else { throw failure(Messages.truncated) }
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                if escaped { return tape.appendStored(String(decoding: scratch, as: UTF8.self)) }
                return tape.append(
                    .string, start: start, end: index - 1, flags: allBytes >= 0x80 ? JSONTape.Flag.nonASCII : 0)
            case UInt8(ascii: "\\"):
                if !escaped {
                    escaped = true
                    scratch.removeAll(keepingCapacity: true)
                    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<index]))
                }
                index += 1
                guard let escape = peek() else { throw failure(Messages.truncated) }
                index += 1
                let scalar: Unicode.Scalar
                switch escape {
                case UInt8(ascii: "\""): scalar = "\""
                case UInt8(ascii: "\\"): scalar = "\\"
                case UInt8(ascii: "/"): scalar = "/"
                case UInt8(ascii: "b"): scalar = "\u{8}"
                case UInt8(ascii: "f"): scalar = "\u{c}"
                case UInt8(ascii: "n"): scalar = "\n"
                case UInt8(ascii: "r"): scalar = "\r"
                case UInt8(ascii: "t"): scalar = "\t"
                case UInt8(ascii: "u"): scalar = try parseUnicodeEscape()
                default:
                    index -= 1
                    throw failure(Messages.badEscape)
                }
                UTF8.encode(scalar) { scratch.append($0) }
            default:
                throw failure(Messages.controlInString)
            }
        }
    }

    /// Whether one of the eight bytes of `word` is a quote, a backslash or a control character
    /// (below 0x20); may say yes for a byte that is none (then the bytes are looked at one by
    /// one), never no for one that is.
    @inline(__always)
    private static func mayEndARun(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        /// A byte of `x` that is zero shows as its high bit (exactly, for the lowest such byte).
        func zeroByte(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }
        let quote = zeroByte(word ^ (ones &* 0x22))
        let backslash = zeroByte(word ^ (ones &* 0x5C))
        // A byte below 0x20: subtracting 0x20 borrows into its high bit; bytes of 0x80 and up
        // are taken out with `~word`.
        let control = (word &- ones &* 0x20) & ~word & highs
        return quote | backslash | control != 0
    }

    private mutating func parseUnicodeEscape() throws(Failure) -> Unicode.Scalar {
        let high = try parseHex4()
        if (0xD800...0xDBFF).contains(high) {
            if peek() == nil || (peek() == UInt8(ascii: "\\") && peek(1) == nil) { throw failure(Messages.truncated) }
            guard peek() == UInt8(ascii: "\\"), peek(1) == UInt8(ascii: "u") else {
                throw failure(Messages.badEscape)
            }
            index += 2
            let low = try parseHex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw failure(Messages.badEscape) }
            return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
        }
        guard let scalar = Unicode.Scalar(high) else { throw failure(Messages.badEscape) }
        return scalar
    }

    private mutating func parseHex4() throws(Failure) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek() else { throw failure(Messages.truncated) }
            guard let digit = hexValue(byte) else { throw failure(Messages.badEscape) }
            value = value * 16 + digit
            index += 1
        }
        return value
    }

    private mutating func parseNumber() throws(Failure) {
        let start = index
        if peek() == UInt8(ascii: "-") { index += 1 }
        if peek() == UInt8(ascii: "I") { throw failure(Messages.notANumber) }
        try expectDigit()
        let first = bytes[index]
        index += 1
        if first != UInt8(ascii: "0") { while let b = peek(), isDigit(b) { index += 1 } }
        var whole = true
        if peek() == UInt8(ascii: ".") {
            whole = false
            index += 1
            try expectDigit()
            while let b = peek(), isDigit(b) { index += 1 }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            whole = false
            index += 1
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
            try expectDigit()
            while let b = peek(), isDigit(b) { index += 1 }
        }
        let negative = bytes[start] == UInt8(ascii: "-")
        let digitsStart = negative ? start + 1 : start
        // Scores and strengths: up to 18 digits cannot overflow, so no text is made for them.
        if whole, index - digitsStart <= 18 {
            var value = 0
            for i in digitsStart..<index { value = value * 10 + Int(bytes[i] &- UInt8(ascii: "0")) }
            _ = tape.append(.int, payload: Int64(negative ? -value : value))
            return
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        if whole, let value = Int(text) {
            _ = tape.append(.int, payload: Int64(value))
            return
        }
        guard let value = Double(text), value.isFinite else { throw failure(Messages.badNumber) }
        _ = tape.append(.double, payload: Int64(bitPattern: value.bitPattern))
    }

    // MARK: - Bytes

    private func peek(_ offset: Int = 0) -> UInt8? {
        index + offset < bytes.count ? bytes[index + offset] : nil
    }

    private mutating func skipWhitespace() {
        while let byte = peek() {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): index += 1
            case UInt8(ascii: "\n"):
                index += 1
                line += 1
                lineStart = index
            default: return
            }
        }
    }

    private mutating func expectWord(_ word: String) throws(Failure) {
        for expected in word.utf8 {
            guard let byte = peek() else { throw failure(Messages.truncated) }
            guard byte == expected else {
                throw failure(Messages.unexpected(describe(byte), expected: Messages.aValue))
            }
            index += 1
        }
    }

    private mutating func expect(_ character: Unicode.Scalar, or expected: Localized) throws(Failure) {
        guard let byte = peek() else { throw failure(Messages.truncated) }
        guard byte == UInt8(ascii: character) else {
            throw failure(Messages.unexpected(describe(byte), expected: expected))
        }
        index += 1
    }

    /// Editors on Windows may start a UTF-8 file with U+FEFF; it is no part of the JSON.
    private mutating func skipByteOrderMark() {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            index = 3
            lineStart = 3
        }
    }

    private mutating func moveTo(_ offset: Int) {
        for i in 0..<offset where bytes[i] == UInt8(ascii: "\n") {
            line += 1
            lineStart = i + 1
        }
        index = offset
    }

    private func failure(_ message: Localized) -> Failure {
        let column = String(decoding: bytes[lineStart..<min(index, bytes.count)], as: UTF8.self).count + 1
        return Failure(line: line, column: column, message: message)
    }

    private func describe(_ byte: UInt8) -> String {
        if byte >= 0x20 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return String(format: "byte 0x%02X", byte)
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// The next byte, which must be a digit: truncation at the end of the input, a bad number otherwise.
    private func expectDigit() throws(Failure) {
        guard let byte = peek() else { throw failure(Messages.truncated) }
        guard isDigit(byte) else { throw failure(Messages.badNumber) }
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case 0x30...0x39: UInt32(byte - 0x30)
        case 0x41...0x46: UInt32(byte - 0x41 + 10)
        case 0x61...0x66: UInt32(byte - 0x61 + 10)
        default: nil
        }
    }

    /// Whether `tail`, which starts at an invalid byte, is the start of a multi-byte character
    /// that the end of the input cut short: then the file was truncated, not badly encoded.
    static func isCutShort(_ tail: some Collection<UInt8>) -> Bool {
        guard let lead = tail.first, let (length, second) = utf8Sequence(startingWith: lead) else { return false }
        guard tail.count < length else { return false }
        return tail.dropFirst().enumerated().allSatisfy { i, byte in (i == 0 ? second : 0x80...0xBF).contains(byte) }
    }

    /// The length of a well-formed UTF-8 sequence that starts with `lead` (not ASCII) and the
    /// bytes its second byte may be (Unicode 3.9, table 3-7); nil when no sequence starts so.
    @inline(__always)
    static func utf8Sequence(startingWith lead: UInt8) -> (length: Int, second: ClosedRange<UInt8>)? {
        switch lead {
        case 0xC2...0xDF: (2, 0x80...0xBF)
        case 0xE0: (3, 0xA0...0xBF)
        case 0xED: (3, 0x80...0x9F)
        case 0xE1...0xEF: (3, 0x80...0xBF)
        case 0xF0: (4, 0x90...0xBF)
        case 0xF4: (4, 0x80...0x8F)
        case 0xF1...0xF3: (4, 0x80...0xBF)
        default: nil
        }
    }

    /// Byte offset of the first byte that is not valid UTF-8, or nil when all of it is.
    ///
    /// Checked byte by byte against the table of well-formed sequences (Unicode 3.9, table
    /// 3-7), with a fast path for ASCII: the same answer as Swift's `UTF8` decoder, quicker.
    static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var i = 0
        let count = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        while i < count {
            // Eight ASCII bytes at a time: most of a session file is ASCII.
            while i + 8 <= count, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                i += 8
            }
            guard i < count else { break }
            let lead = bytes[i]
            if lead < 0x80 {
                i += 1
                continue
            }
            guard let (length, second) = utf8Sequence(startingWith: lead) else { return i }
            guard i + length <= count, second.contains(bytes[i + 1]) else { return i }
            for k in 2..<length where !(0x80...0xBF).contains(bytes[i + k]) { return i }
            i += length
        }
        return nil
    }

    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { firstInvalidUTF8($0) }
    }
}
