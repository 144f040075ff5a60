import Foundation
import Testing

@testable import RegieKit
import RegieTestSupport

// MARK: - Decoding helpers

/// Decodes `text`, expecting it to fail, and returns the problems.
func problems(decoding text: String) -> [SessionProblem] {
    problems(decoding: Data(text.utf8))
}

/// Decodes `data`, expecting it to fail, and returns the problems (none when it loads).
func problems(decoding data: Data) -> [SessionProblem] {
    do {
        _ = try SessionCodec.decode(data)
        return []
    } catch {
        return error.problems
    }
}

extension JSONValue {
    /// The element at `path` (keys and indices), for reading and editing documents in tests.
    /// Setting nil removes the member or element.
    subscript(_ components: JSONPathComponent...) -> JSONValue? {
        get { self[path: components[...]] }
        set { self[path: components[...]] = newValue }
    }

    subscript(path components: [JSONPathComponent]) -> JSONValue? {
        get { self[path: components[...]] }
        set { self[path: components[...]] = newValue }
    }

    private subscript(path components: ArraySlice<JSONPathComponent>) -> JSONValue? {
        get {
            guard let first = components.first else { return self }
            switch (self, first) {
            case (.object(let members), .key(let key)): return members[key]?[path: components.dropFirst()]
            case (.array(let items), .index(let i)) where items.indices.contains(i):
                return items[i][path: components.dropFirst()]
            default: return nil
            }
        }
        set {
            guard let first = components.first else {
                if let newValue { self = newValue }
                return
            }
            switch (self, first) {
            case (.object(var members), .key(let key)):
                if components.count == 1 {
                    members[key] = newValue
                } else {
                    var child = members[key] ?? .object([:])
                    child[path: components.dropFirst()] = newValue
                    members[key] = child
                }
                self = .object(members)
            case (.array(var items), .index(let i)) where items.indices.contains(i):
                if components.count == 1 {
                    if let newValue { items[i] = newValue } else { items.remove(at: i) }
                } else {
                    items[i][path: components.dropFirst()] = newValue
                }
                self = .array(items)
            default:
                Issue.record("no element at \(Array(components))")
            }
        }
    }
}

/// One step of a path into a test document: `"partners"`, `1`.
enum JSONPathComponent: Hashable, Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    CustomStringConvertible
{
    case key(String)
    case index(Int)
    init(stringLiteral value: String) { self = .key(value) }
    init(integerLiteral value: Int) { self = .index(value) }

    var description: String {
        switch self {
        case .key(let key): key
        case .index(let index): "[\(index)]"
        }
    }
}

/// The `JSONPath` of `components`, as the codec names places: `path("partners", 1, "name")`.
func path(_ components: JSONPathComponent...) -> JSONPath { path(components) }

func path(_ components: [JSONPathComponent]) -> JSONPath {
    components.reduce(JSONPath.root) { path, component in
        switch component {
        case .key(let key): path.appending(key)
        case .index(let index): path.appending(index)
        }
    }
}

/// The mock session's JSON with `edit` applied, as canonical bytes.
func mockData(_ edit: (inout JSONValue) -> Void = { _ in }) -> Data {
    var json = Session.mock.json()
    edit(&json)
    return Data(CanonicalJSON.string(json).utf8)
}

/// `data` as text, for finding lines.
func utf8Text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

/// The 1-based line in `text` of the first line containing `needle`, after `after` lines.
func line(of needle: String, in text: String, after: Int = 0) -> Int? {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    for (i, line) in lines.enumerated() where i >= after && line.contains(needle) { return i + 1 }
    return nil
}
