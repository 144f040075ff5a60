import Foundation

/// Reads the fields of one JSON object into typed values, logging every mismatch with its path
/// and falling back to a default, so one bad field does not hide the next one.
struct ObjectReader {
    let members: [String: JSONValue]
    let path: JSONPath
    let log: ProblemLog

    /// A reader for `value`, or nil (with a logged problem) when it is not an object.
    static func make(_ value: JSONValue, at path: JSONPath, log: ProblemLog) -> ObjectReader? {
        guard case .object(let members) = value else {
            log.add(Messages.wrongType(expected: Messages.anObject, found: value), at: path)
            return nil
        }
        return ObjectReader(members: members, path: path, log: log)
    }

    private func present(_ key: String) -> JSONValue? {
        // A pattern, not `!= .null`: the synthesized `==` of a whole value is far dearer.
        guard let value = members[key] else { return nil }
        if case .null = value { return nil }
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

    /// The text of `value`, found at `key`; logs a value of another type.
    private func string(_ value: JSONValue, at key: String) -> String? {
        guard case .string(let text) = value else {
            log.add(Messages.wrongType(expected: Messages.aString, found: value), at: path.appending(key))
            return nil
        }
        return text
    }

    func optionalInt(_ key: String, range: ClosedRange<Int>? = nil) -> Int? {
        guard let value = present(key) else { return nil }
        return Self.int(value, range: range, at: path.appending(key), log: log)
    }

    func int(_ key: String, range: ClosedRange<Int>? = nil, default fallback: Int) -> Int {
        optionalInt(key, range: range) ?? fallback
    }

    static func int(_ value: JSONValue, range: ClosedRange<Int>?, at path: JSONPath, log: ProblemLog) -> Int? {
        let number: Int
        switch value {
        case .int(let i): number = i
        case .double(let d) where d == d.rounded() && abs(d) < 1e15: number = Int(d)
        default:
            log.add(
                Messages.wrongType(expected: range.map { rangeText($0) } ?? Messages.aWholeNumber, found: value),
                at: path)
            return nil
        }
        if let range, !range.contains(number) {
            log.add(Messages.outOfRange(number, range), at: path)
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
        guard case .bool(let b) = value else {
            log.add(Messages.wrongType(expected: Messages.aBoolean, found: value), at: path.appending(key))
            return fallback
        }
        return b
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
        items(key).enumerated().map { index, value in
            guard case .string(let text) = value else {
                log.add(
                    Messages.wrongType(expected: Messages.aString, found: value),
                    at: path.appending(key).appending(index))
                return ""
            }
            return text
        }
    }

    func ints(_ key: String, range: ClosedRange<Int>) -> [Int] {
        elements(key).compactMap { value, elementPath in
            Self.int(value, range: range, at: elementPath, log: log)
        }
    }

    func tips(_ key: String) -> [Int] {
        elements(key).compactMap { value, elementPath in
            tipNumber(value, at: elementPath)
        }
    }

    /// The elements of the list at `key`; a value of another type is logged and read as none.
    private func items(_ key: String) -> [JSONValue] {
        guard let value = present(key) else { return [] }
        guard case .array(let items) = value else {
            log.add(Messages.wrongType(expected: Messages.aList, found: value), at: path.appending(key))
            return []
        }
        return items
    }

    func optionalTip(_ key: String) -> Int? {
        present(key).flatMap { tipNumber($0, at: path.appending(key)) }
    }

    private func tipNumber(_ value: JSONValue, at elementPath: JSONPath) -> Int? {
        guard let n = Self.int(value, range: nil, at: elementPath, log: log) else { return nil }
        guard (1...7).contains(n) else {
            log.add(Messages.tipNumber(n), at: elementPath)
            return nil
        }
        return n
    }

    /// Readers for the objects at `key`; an element that is no object is logged and read as an
    /// empty one, so the entities after it keep their index (and their paths stay right).
    func objects(_ key: String) -> [ObjectReader] {
        let listPath = path.appending(key)
        return items(key).enumerated().map { index, value in
            let elementPath = listPath.appending(index)
            return ObjectReader.make(value, at: elementPath, log: log)
                ?? ObjectReader(members: [:], path: elementPath, log: log)
        }
    }

    func object(_ key: String) -> ObjectReader? {
        guard let value = present(key) else { return nil }
        return ObjectReader.make(value, at: path.appending(key), log: log)
    }

    func elements(_ key: String) -> [(JSONValue, JSONPath)] {
        guard let value = present(key) else { return [] }
        guard case .array(let items) = value else {
            log.add(Messages.wrongType(expected: Messages.aList, found: value), at: path.appending(key))
            return []
        }
        return items.enumerated().map { ($1, path.appending(key).appending($0)) }
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

    /// The moment `value` (found at `key`) names; logs a value that is not a timestamp.
    private func date(_ value: JSONValue, at key: String) -> Date? {
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
