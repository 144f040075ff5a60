import Foundation

/// Reads the fields of one JSON object into typed values, logging every mismatch with its path
/// and falling back to a default, so one bad field does not hide the next one.
///
/// It reads the object where it is on the document's tape (`JSONTape`): a field is found by
/// comparing its name with the object's keys, and its text is made only when it is read.
struct ObjectReader {
    let tape: JSONTapeView
    /// The object's node; nil for an element that was no object, read as an empty one.
    let node: Int?
    /// Where the object is: `base`, or element `element` of the list at `base`. The path of a
    /// list's element is made only when asked for (a problem, a nested object), since a big
    /// session has tens of thousands of entities and most have neither.
    private let base: JSONPath
    private let element: Int?
    let log: ProblemLog

    var path: JSONPath { element.map { base.appending($0) } ?? base }

    init(tape: JSONTapeView, node: Int?, path: JSONPath, element: Int? = nil, log: ProblemLog) {
        self.tape = tape
        self.node = node
        base = path
        self.element = element
        self.log = log
    }

    /// A reader for the value at node `index` of `tape`, or nil (with a logged problem) when it is not an object.
    static func make(_ tape: JSONTapeView, _ index: Int, at path: JSONPath, log: ProblemLog) -> ObjectReader? {
        guard tape.kind(index) == .object else {
            log.add(Messages.wrongType(expected: Messages.anObject, found: tape.value(index)), at: path)
            return nil
        }
        return ObjectReader(tape: tape, node: index, path: path, log: log)
    }

    /// What `read` makes of a reader for `value` (nil, with a logged problem, when it is not an
    /// object): for a document that migration changed. Its tape keeps every string itself.
    static func reading<Result>(
        _ value: JSONValue, at path: JSONPath, log: ProblemLog, _ read: (ObjectReader?) -> Result
    ) -> Result {
        JSONTape(value: value).read { read(make($0, 0, at: path, log: log)) }
    }

    /// The node of the value of member `key`, null included.
    func member(_ key: String) -> Int? {
        guard let node else { return nil }
        var utf8 = key
        return utf8.withUTF8 { keyBytes in
            let ascii = keyBytes.allSatisfy { $0 < 0x80 }
            return tape.keys(of: node).first { tape.string($0, equals: key, keyBytes: keyBytes, keyIsASCII: ascii) }
                .map { $0 + 1 }
        }
    }

    /// Whether the object has a member `key`, even a null one.
    func has(_ key: String) -> Bool { member(key) != nil }

    /// The value of member `key` as it was written, null included.
    func rawValue(_ key: String) -> JSONValue? { member(key).map { tape.value($0) } }

    /// The members' names and value nodes, in the order of the file.
    var members: [(key: String, node: Int)] {
        guard let node else { return [] }
        return tape.keys(of: node).map { (tape.string($0), $0 + 1) }
    }

    /// The whole object as a value, for migration to change.
    var value: JSONValue { node.map { tape.value($0) } ?? .object([:]) }

    private func present(_ key: String) -> Int? {
        guard let value = member(key), tape.kind(value) != .null else { return nil }
        return value
    }

    func string(_ key: String, default fallback: String = "") -> String {
        optionalString(key) ?? fallback
    }

    func optionalString(_ key: String) -> String? {
        present(key).flatMap { string($0, at: key) }
    }

    func requiredString(_ key: String) -> String? {
        guard let value = present(key) else {
            log.add(Messages.missing(Messages.aString), at: path.appending(key))
            return nil
        }
        return string(value, at: key)
    }

    /// The text of the value at node `value`, found at `key`; logs a value of another type.
    private func string(_ value: Int, at key: String) -> String? {
        guard tape.kind(value) == .string else {
            log.add(
                Messages.wrongType(expected: Messages.aString, found: tape.value(value)), at: path.appending(key))
            return nil
        }
        return tape.string(value)
    }

    func optionalInt(_ key: String, range: ClosedRange<Int>? = nil) -> Int? {
        guard let value = present(key) else { return nil }
        return int(value, range: range, at: path.appending(key))
    }

    func int(_ key: String, range: ClosedRange<Int>? = nil, default fallback: Int) -> Int {
        optionalInt(key, range: range) ?? fallback
    }

    /// The whole number at node `value`, logged at `path` when it is none or out of `range`.
    func int(_ value: Int, range: ClosedRange<Int>?, at path: @autoclosure () -> JSONPath) -> Int? {
        let number: Int
        let node = tape.node(value)
        let double = node.kind == .double ? Double(bitPattern: UInt64(bitPattern: node.payload)) : .nan
        switch node.kind {
        case .int: number = Int(node.payload)
        case .double where double == double.rounded() && abs(double) < 1e15: number = Int(double)
        default:
            log.add(
                Messages.wrongType(
                    expected: range.map { Self.rangeText($0) } ?? Messages.aWholeNumber, found: tape.value(value)),
                at: path())
            return nil
        }
        if let range, !range.contains(number) {
            log.add(Messages.outOfRange(number, range), at: path())
            return nil
        }
        return number
    }

    private static func rangeText(_ range: ClosedRange<Int>) -> Localized {
        Localized(
            nl: "een geheel getal \(range.lowerBound)–\(range.upperBound)",
            en: "a whole number \(range.lowerBound)–\(range.upperBound)")
    }

    func bool(_ key: String, default fallback: Bool) -> Bool {
        guard let value = present(key) else { return fallback }
        guard tape.kind(value) == .bool else {
            log.add(
                Messages.wrongType(expected: Messages.aBoolean, found: tape.value(value)), at: path.appending(key))
            return fallback
        }
        return tape.node(value).payload != 0
    }

    func enumeration<E: RawRepresentable & CaseIterable>(_ key: String, default fallback: E) -> E
    where E.RawValue == String {
        optionalEnumeration(key) ?? fallback
    }

    func optionalEnumeration<E: RawRepresentable & CaseIterable>(_ key: String) -> E?
    where E.RawValue == String {
        guard let text = optionalString(key) else { return nil }
        guard let value = E(rawValue: text) else {
            log.add(
                Messages.unknownValue(text, allowed: E.allCases.map(\.rawValue)), at: path.appending(key))
            return nil
        }
        return value
    }

    /// The strings at `key`; an element of another type is logged and read as "", so the
    /// elements after it keep their index (and problems found later name the right one).
    func strings(_ key: String) -> [String] {
        // The elements' paths are made only for a problem: lists of ids are long and many.
        var result: [String] = []
        forEachItem(key) { index, value in
            guard tape.kind(value) == .string else {
                log.add(
                    Messages.wrongType(expected: Messages.aString, found: tape.value(value)),
                    at: path.appending(key).appending(index))
                result.append("")
                return
            }
            result.append(tape.string(value))
        }
        return result
    }

    func ints(_ key: String, range: ClosedRange<Int>) -> [Int] {
        var result: [Int] = []
        forEachItem(key) { index, value in
            if let n = int(value, range: range, at: path.appending(key).appending(index)) { result.append(n) }
        }
        return result
    }

    func tips(_ key: String) -> [Int] {
        var result: [Int] = []
        forEachItem(key) { index, value in
            if let n = tipNumber(value, at: path.appending(key).appending(index)) { result.append(n) }
        }
        return result
    }

    /// Calls `body` with the index and node of each element of the list at `key`; a value of
    /// another type is logged and read as none.
    func forEachItem(_ key: String, _ body: (Int, Int) -> Void) {
        guard let value = present(key) else { return }
        guard tape.kind(value) == .array else {
            log.add(Messages.wrongType(expected: Messages.aList, found: tape.value(value)), at: path.appending(key))
            return
        }
        for (index, element) in tape.elements(of: value).enumerated() { body(index, element) }
    }

    func optionalTip(_ key: String) -> Int? {
        present(key).flatMap { tipNumber($0, at: path.appending(key)) }
    }

    private func tipNumber(_ value: Int, at elementPath: @autoclosure () -> JSONPath) -> Int? {
        guard let n = int(value, range: nil, at: elementPath()) else { return nil }
        guard (1...7).contains(n) else {
            log.add(Messages.tipNumber(n), at: elementPath())
            return nil
        }
        return n
    }

    /// What `read` makes of each object at `key`; an element that is no object is logged and
    /// read as an empty one, so the entities after it keep their index (and their paths stay right).
    func objects<Entity>(_ key: String, _ read: (ObjectReader) -> Entity) -> [Entity] {
        let listPath = path.appending(key)
        // Every element that is no object first, then the entities: the order problems are found
        // in, which is the order they are shown in when the file has them on one line.
        var nodes: [Int?] = []
        forEachItem(key) { index, value in
            guard tape.kind(value) == .object else {
                log.add(
                    Messages.wrongType(expected: Messages.anObject, found: tape.value(value)),
                    at: listPath.appending(index))
                nodes.append(nil)
                return
            }
            nodes.append(value)
        }
        return nodes.enumerated().map { index, node in
            read(ObjectReader(tape: tape, node: node, path: listPath, element: index, log: log))
        }
    }

    func object(_ key: String) -> ObjectReader? {
        guard let value = present(key) else { return nil }
        return ObjectReader.make(tape, value, at: path.appending(key), log: log)
    }

    func date(_ key: String) -> Date? {
        present(key).flatMap { date($0, at: key) }
    }

    func requiredDate(_ key: String) -> Date? {
        guard let value = present(key) else {
            log.add(Messages.missing(Messages.invalidDateExample), at: path.appending(key))
            return nil
        }
        return date(value, at: key)
    }

    /// The moment the value at node `value` (found at `key`) names; logs a value that is not a timestamp.
    private func date(_ value: Int, at key: String) -> Date? {
        guard let text = string(value, at: key) else { return nil }
        guard let date = Timestamp.date(from: text) else {
            log.add(Messages.invalidDate(text), at: path.appending(key))
            return nil
        }
        return date
    }

    func day(_ key: String) -> Day? {
        guard let text = optionalString(key) else { return nil }
        if let day = Day(text) { return day }
        if let date = Timestamp.date(from: text) { return Day(date) }
        log.add(Messages.invalidDate(text), at: path.appending(key))
        return nil
    }

    /// The entity id at `key`; logs a missing, empty or malformed one.
    func id(_ key: String = "id") -> String {
        guard let text = requiredString(key) else { return "" }
        if text.isEmpty {
            log.add(Messages.emptyID, at: path.appending(key))
        } else if !IDRules.isValid(text) {
            log.add(Messages.badID(text), at: path.appending(key))
        }
        return text
    }
}

/// What an entity id may look like: letters, digits, `-`, `_` and `.`, at most 100 characters.
public enum IDRules {
    public static func isValid(_ id: String) -> Bool {
        // Almost every id is ASCII, where each byte is a character of its own and the rule is
        // a byte test; anything else goes the way of characters.
        var ascii = true
        var allowed = true
        for byte in id.utf8 {
            if byte >= 0x80 {
                ascii = false
                break
            }
            if !isAllowedASCII(byte) { allowed = false }
        }
        if ascii { return allowed && !id.isEmpty && id.utf8.count <= 100 }
        return !id.isEmpty && id.count <= 100
            && id.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
    }

    @inline(__always)
    private static func isAllowedASCII(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."):
            true
        default: false
        }
    }
}
