import Foundation

/// A parsed JSON document as one flat list of values, in the order they are written, with their
/// strings left in the file's bytes until someone asks for them.
///
/// Reading a session never needs the document as a tree: each field is looked up once and turned
/// into the model. Building a `JSONValue` for every value (a `String` for every key and text, a
/// dictionary for every object, all freed again right after) was most of the time an open took.
/// The tape holds one small node per value; an object's members follow it as key, value, key,
/// value; `JSONValue` is made only for what the model keeps as it is (members it does not know).
struct JSONTape: Sendable {
    /// What a node is. Containers know where their contents end.
    enum Kind: UInt8, Sendable {
        case null, bool, int, double, string, array, object
    }

    /// The flags of a string node.
    enum Flag {
        /// Its text is in `strings`: it had escapes, or the tape was made from a value.
        static let stored: UInt8 = 1
        /// It has bytes outside ASCII, so it is compared as a `String`, the way a dictionary would.
        static let nonASCII: UInt8 = 2
    }

    struct Node: Sendable {
        /// `int`: the number; `double`: its bit pattern; `bool`: 0 or 1; a container: its number
        /// of elements (members); a string kept in `strings`: its index there.
        var payload: Int64
        /// A string in the bytes: where its text starts (after the quote).
        var start: UInt32
        /// A string in the bytes: where its text ends (at the closing quote); a container: the
        /// index of the node after everything in it.
        var end: UInt32
        var kind: Kind
        var flags: UInt8
    }

    private(set) var nodes: [Node] = []
    private(set) var strings: [String] = []

    init(expectedNodes: Int) {
        nodes.reserveCapacity(expectedNodes)
    }

    /// A tape of `value`, for a reader over a document that was changed after parsing (migration).
    init(value: JSONValue) {
        self.init(expectedNodes: 16)
        add(value)
    }

    // MARK: - Building (the parser, and `init(value:)`)

    /// Appends a node and returns its index.
    @inline(__always)
    mutating func append(_ kind: Kind, payload: Int64 = 0, start: Int = 0, end: Int = 0, flags: UInt8 = 0) -> Int {
        nodes.append(
            Node(payload: payload, start: UInt32(truncatingIfNeeded: start), end: UInt32(end), kind: kind, flags: flags)
        )
        return nodes.count - 1
    }

    /// Appends a string whose text is not in the bytes as they are.
    mutating func appendStored(_ text: String) -> Int {
        strings.append(text)
        let ascii = text.utf8.allSatisfy { $0 < 0x80 }
        return append(.string, payload: Int64(strings.count - 1), flags: Flag.stored | (ascii ? 0 : Flag.nonASCII))
    }

    /// Closes the container at `index` once its `count` elements (members) are on the tape.
    @inline(__always)
    mutating func close(_ index: Int, count: Int) {
        nodes[index].payload = Int64(count)
        nodes[index].end = UInt32(nodes.count)
    }

    private mutating func add(_ value: JSONValue) {
        switch value {
        case .null: _ = append(.null)
        case .bool(let b): _ = append(.bool, payload: b ? 1 : 0)
        case .int(let i): _ = append(.int, payload: Int64(i))
        case .double(let d): _ = append(.double, payload: Int64(bitPattern: d.bitPattern))
        case .string(let s): _ = appendStored(s)
        case .array(let items):
            let index = append(.array)
            for item in items { add(item) }
            close(index, count: items.count)
        case .object(let members):
            let index = append(.object)
            for (key, member) in members {
                _ = appendStored(key)
                add(member)
            }
            close(index, count: members.count)
        }
    }
}

extension JSONTape {
    /// Calls `body` with a view of the tape over `bytes`, valid only during the call.
    func read<Result>(bytes: UnsafeBufferPointer<UInt8>, _ body: (JSONTapeView) -> Result) -> Result {
        nodes.withUnsafeBufferPointer { nodes in
            strings.withUnsafeBufferPointer { strings in
                body(JSONTapeView(nodes: nodes, strings: strings, bytes: bytes))
            }
        }
    }

    /// Calls `body` with a view of a tape that keeps every string itself (`init(value:)`).
    func read<Result>(_ body: (JSONTapeView) -> Result) -> Result {
        read(bytes: UnsafeBufferPointer(start: nil, count: 0), body)
    }
}

/// A tape with the bytes its strings point into, for reading it. Everything is borrowed: a view
/// lives only as long as the call that lent it (`JSONTape.read`). Pointers instead of the arrays
/// and the `Data` keep reference counting and `Data`'s checks off every read, and readers
/// (which hold a view) are copied for every entity.
struct JSONTapeView {
    let nodes: UnsafeBufferPointer<JSONTape.Node>
    let strings: UnsafeBufferPointer<String>
    let bytes: UnsafeBufferPointer<UInt8>

    /// The index of the node after the value at `index` and everything in it.
    @inline(__always)
    func after(_ index: Int) -> Int {
        let node = nodes[index]
        return node.kind == .array || node.kind == .object ? Int(node.end) : index + 1
    }

    @inline(__always)
    func kind(_ index: Int) -> JSONTape.Kind { nodes[index].kind }

    @inline(__always)
    func node(_ index: Int) -> JSONTape.Node { nodes[index] }

    /// The number of elements (members) of the container at `index`.
    @inline(__always)
    func count(_ index: Int) -> Int { Int(nodes[index].payload) }

    /// The text of the string at `index`.
    func string(_ index: Int) -> String {
        let node = nodes[index]
        if node.flags & JSONTape.Flag.stored != 0 { return strings[Int(node.payload)] }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(node.start)..<Int(node.end)]), as: UTF8.self)
    }

    /// Where the text of the string at `index` is in the bytes, when it is plain ASCII there
    /// (so that equal bytes are equal strings and nothing else is).
    @inline(__always)
    func plainBytes(_ index: Int) -> UnsafeBufferPointer<UInt8>? {
        let node = nodes[index]
        guard node.kind == .string, node.flags == 0 else { return nil }
        return UnsafeBufferPointer(rebasing: bytes[Int(node.start)..<Int(node.end)])
    }

    /// Whether `a` and `b` hold the same bytes; length and first byte first, since most names
    /// that differ differ there.
    @inline(__always)
    static func sameBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        a.count == b.count && (a.isEmpty || (a[0] == b[0] && memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0))
    }

    /// Whether the strings at `index` and `other` are equal, with `String`'s meaning of equal
    /// (which a dictionary keyed by the text would use): byte for byte when both are plain ASCII.
    func string(_ index: Int, equals other: Int) -> Bool {
        if let a = plainBytes(index), let b = plainBytes(other) { return Self.sameBytes(a, b) }
        return string(index) == string(other)
    }

    /// Whether the string at `index` is `key`, whose bytes are `keyBytes`, with `String`'s
    /// meaning of equal: byte for byte when both are plain ASCII.
    @inline(__always)
    func string(_ index: Int, equals key: String, keyBytes: UnsafeBufferPointer<UInt8>, keyIsASCII: Bool) -> Bool {
        if keyIsASCII, let text = plainBytes(index) { return Self.sameBytes(text, keyBytes) }
        return string(index) == key
    }

    /// The nodes of the elements of the list at `index`, in order.
    func elements(of index: Int) -> Children { Children(view: self, following: index + 1, left: count(index), step: 1) }

    /// The key nodes of the members of the object at `index`, in order; each one's value is the
    /// node after it.
    func keys(of index: Int) -> Children { Children(view: self, following: index + 1, left: count(index), step: 2) }

    /// The children of a container: its elements, or its members' keys (skipping their values).
    struct Children: Sequence, IteratorProtocol {
        let view: JSONTapeView
        /// The node of the next child.
        var following: Int
        var left: Int
        /// 1 for a list's elements; 2 for an object's keys, each followed by its value.
        let step: Int

        @inline(__always)
        mutating func next() -> Int? {
            guard left > 0 else { return nil }
            left -= 1
            let child = following
            following = view.after(child + step - 1)
            return child
        }
    }

    /// The value at `index` as a `JSONValue`, for what is kept as it was read.
    func value(_ index: Int) -> JSONValue {
        let node = nodes[index]
        switch node.kind {
        case .null: return .null
        case .bool: return .bool(node.payload != 0)
        case .int: return .int(Int(node.payload))
        case .double: return .double(Double(bitPattern: UInt64(bitPattern: node.payload)))
        case .string: return .string(string(index))
        case .array:
            return .array(elements(of: index).map(value))
        case .object:
            var members = [String: JSONValue](minimumCapacity: count(index))
            for key in keys(of: index) { members[string(key)] = value(key + 1) }
            return .object(members)
        }
    }
}
