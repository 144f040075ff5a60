/// Where a session is written, member by member: into a `JSONValue` tree (`JSONTreeWriter`, for
/// merging and diffing) or straight into canonical bytes (`CanonicalByteWriter`, for saving).
///
/// The session's fields are written once (`SessionEncoding.swift`) and both writers follow the
/// same calls, so the tree and the file cannot drift apart. The members of an object must come
/// in canonical order (keys ascending by their UTF-8 bytes): the byte writer writes them as they
/// come, and a debug build checks the order.
protocol JSONWriter {
    /// The key of the next member of the open object.
    mutating func key(_ key: String)
    mutating func string(_ value: String)
    mutating func int(_ value: Int)
    mutating func bool(_ value: Bool)
    /// A value as it is, such as a member kept from the file.
    mutating func value(_ value: JSONValue)
    /// An object whose members `members` writes; `extras` go in where they sort, unless a member
    /// of the same name is written.
    mutating func object(extras: [String: JSONValue], _ members: (inout Self) -> Void)
    mutating func array<S: Sequence>(_ elements: S, _ element: (inout Self, S.Element) -> Void)
}

extension JSONWriter {
    mutating func field(_ key: String, _ value: String) {
        self.key(key)
        string(value)
    }

    /// Nothing for nil, so optional fields stay absent.
    mutating func field(_ key: String, _ value: String?) {
        if let value { field(key, value) }
    }

    mutating func field(_ key: String, _ value: Int) {
        self.key(key)
        int(value)
    }

    mutating func field(_ key: String, _ value: Int?) {
        if let value { field(key, value) }
    }

    mutating func field(_ key: String, _ value: Bool) {
        self.key(key)
        bool(value)
    }

    mutating func field(_ key: String, _ values: [String]) {
        self.key(key)
        array(values) { $0.string($1) }
    }

    mutating func field(_ key: String, _ values: [Int]) {
        self.key(key)
        array(values) { $0.int($1) }
    }

    mutating func field(_ key: String, _ value: JSONValue) {
        self.key(key)
        self.value(value)
    }

    /// An object of texts by key, its keys in canonical order.
    mutating func field(_ key: String, _ texts: [String: String]) {
        object(key) { w in
            for name in texts.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                w.field(name, texts[name] ?? "")
            }
        }
    }

    mutating func object(_ key: String, extras: [String: JSONValue] = [:], _ members: (inout Self) -> Void) {
        self.key(key)
        object(extras: extras, members)
    }

    mutating func array<S: Sequence>(_ key: String, _ elements: S, _ element: (inout Self, S.Element) -> Void) {
        self.key(key)
        array(elements, element)
    }
}

/// Builds the `JSONValue` of what is written.
struct JSONTreeWriter: JSONWriter {
    /// The value written, once the outermost value is complete.
    private(set) var result: JSONValue?
    private var members: [String: JSONValue] = [:]
    private var elements: [JSONValue] = []
    private var pendingKey: String?
    private var inArray = false
    private var depth = 0

    init() {}

    mutating func key(_ key: String) { pendingKey = key }
    mutating func string(_ value: String) { emit(.string(value)) }
    mutating func int(_ value: Int) { emit(.int(value)) }
    mutating func bool(_ value: Bool) { emit(.bool(value)) }
    mutating func value(_ value: JSONValue) { emit(value) }

    mutating func object(extras: [String: JSONValue], _ body: (inout Self) -> Void) {
        let saved = (members, elements, pendingKey, inArray)
        (members, elements, pendingKey, inArray) = ([:], [], nil, false)
        depth += 1
        body(&self)
        depth -= 1
        var built = members
        for (key, value) in extras where built[key] == nil { built[key] = value }
        (members, elements, pendingKey, inArray) = saved
        emit(.object(built))
    }

    mutating func array<S: Sequence>(_ items: S, _ element: (inout Self, S.Element) -> Void) {
        let saved = (members, elements, pendingKey, inArray)
        (members, elements, pendingKey, inArray) = ([:], [], nil, true)
        depth += 1
        for item in items { element(&self, item) }
        depth -= 1
        let built = elements
        (members, elements, pendingKey, inArray) = saved
        emit(.array(built))
    }

    private mutating func emit(_ value: JSONValue) {
        if depth == 0 {
            result = value
        } else if inArray {
            elements.append(value)
        } else if let key = pendingKey {
            members[key] = value
            pendingKey = nil
        }
    }
}

/// Writes canonical JSON (see `CanonicalJSON`) as the members come, without building a tree:
/// the same bytes as `CanonicalJSON.bytes` of the tree the same calls build.
struct CanonicalByteWriter: JSONWriter {
    /// The bytes written so far.
    private(set) var bytes: [UInt8] = []
    private var level = 0
    /// Members or elements written in the open object or list.
    private var count = 0
    private var inArray = false
    /// The open object's extras in canonical order, and how many of them are written or skipped.
    private var extras: [(key: String, value: JSONValue)] = []
    private var nextExtra = 0
    #if DEBUG
        private var lastKey: String?
    #endif

    init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func key(_ key: String) {
        if nextExtra < extras.count { writeExtras(before: key) }
        #if DEBUG
            if let lastKey {
                assert(lastKey.utf8.lexicographicallyPrecedes(key.utf8), "\(key) written after \(lastKey)")
            }
            lastKey = key
        #endif
        separate()
        CanonicalJSON.writeString(key, into: &bytes)
        CanonicalJSON.append(": ", to: &bytes)
    }

    mutating func string(_ value: String) {
        if inArray { separate() }
        CanonicalJSON.writeString(value, into: &bytes)
    }

    mutating func int(_ value: Int) {
        if inArray { separate() }
        if value >= 0 && value < 10 {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
        } else {
            bytes.append(contentsOf: String(value).utf8)
        }
    }

    mutating func bool(_ value: Bool) {
        if inArray { separate() }
        value ? CanonicalJSON.append("true", to: &bytes) : CanonicalJSON.append("false", to: &bytes)
    }

    mutating func value(_ value: JSONValue) {
        if inArray { separate() }
        CanonicalJSON.write(value, indent: level, into: &bytes)
    }

    mutating func object(extras newExtras: [String: JSONValue], _ body: (inout Self) -> Void) {
        if inArray { separate() }
        let saved = (count, inArray, extras, nextExtra)
        #if DEBUG
            let savedKey = lastKey
            lastKey = nil
        #endif
        count = 0
        inArray = false
        extras =
            newExtras.isEmpty
            ? [] : newExtras.map { ($0.key, $0.value) }.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        nextExtra = 0
        bytes.append(UInt8(ascii: "{"))
        level += 1
        body(&self)
        while nextExtra < extras.count { writeExtra() }
        level -= 1
        close(UInt8(ascii: "}"))
        (count, inArray, extras, nextExtra) = saved
        #if DEBUG
            lastKey = savedKey
        #endif
    }

    mutating func array<S: Sequence>(_ items: S, _ element: (inout Self, S.Element) -> Void) {
        if inArray { separate() }
        let saved = (count, inArray)
        count = 0
        inArray = true
        bytes.append(UInt8(ascii: "["))
        level += 1
        for item in items { element(&self, item) }
        level -= 1
        close(UInt8(ascii: "]"))
        (count, inArray) = saved
    }

    /// Before the member `key`: the extras that sort before it, and not the one it replaces.
    private mutating func writeExtras(before key: String) {
        while nextExtra < extras.count, extras[nextExtra].key.utf8.lexicographicallyPrecedes(key.utf8) {
            writeExtra()
        }
        if nextExtra < extras.count, extras[nextExtra].key == key { nextExtra += 1 }
    }

    private mutating func writeExtra() {
        let (key, value) = extras[nextExtra]
        nextExtra += 1
        separate()
        CanonicalJSON.writeString(key, into: &bytes)
        CanonicalJSON.append(": ", to: &bytes)
        CanonicalJSON.write(value, indent: level, into: &bytes)
    }

    /// The comma after the previous member or element, a new line and the indent.
    private mutating func separate() {
        if count > 0 { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\n"))
        CanonicalJSON.indent(level, into: &bytes)
        count += 1
    }

    /// `{}` or `[]` when empty, else the closing bracket on its own line.
    private mutating func close(_ bracket: UInt8) {
        if count > 0 {
            bytes.append(UInt8(ascii: "\n"))
            CanonicalJSON.indent(level, into: &bytes)
        }
        bytes.append(bracket)
    }
}
