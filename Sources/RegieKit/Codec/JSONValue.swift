/// A parsed JSON document. Numbers keep whether they were whole, so scores stay integers.
///
/// Not `indirect`: lists and objects already keep their elements on the heap, and boxing every
/// value cost one allocation for each of the hundred thousands of values in a big session.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// The JSON type name, for messages ("a string", "an object").
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .int, .double: "a number"
        case .string: "a string"
        case .array: "a list"
        case .object: "an object"
        }
    }
}
