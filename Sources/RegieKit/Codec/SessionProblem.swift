/// One thing wrong with a session file: where it is and what was expected.
public struct SessionProblem: Hashable, Sendable, CustomStringConvertible {
    /// The JSON path, nil for a problem with the file as a whole.
    public var path: JSONPath?
    public var line: Int?
    public var message: Localized

    public init(path: JSONPath?, line: Int?, message: Localized) {
        self.path = path
        self.line = line
        self.message = message
    }

    /// `line 14: partners[3].scores.influence: expected …`, in `language`.
    public func text(_ language: Language) -> String {
        var parts: [String] = []
        if let line { parts.append((language == .nl ? "regel " : "line ") + String(line)) }
        if let path { parts.append(path.description) }
        parts.append(message(language))
        return parts.joined(separator: ": ")
    }

    public var description: String { text(.en) }
}

/// A session file that could not be read, with every problem found in it.
public struct SessionFileError: Error, Sendable, CustomStringConvertible {
    /// The file's path as the user gave it.
    public var file: String
    public var problems: [SessionProblem]

    public init(file: String, problems: [SessionProblem]) {
        self.file = file
        self.problems = problems
    }

    /// One line per problem, each starting with the file name: `FILE:LINE: PATH: message`.
    ///
    /// Names, keys and values from the file are quoted in it; their control characters, line
    /// breaks included, show as escapes (`TerminalText`), so each problem stays on its own line
    /// and nothing in it can steer the terminal that prints it.
    public func report(_ language: Language) -> String {
        problems.map { problem in
            var head = file
            if let line = problem.line { head += ":\(line)" }
            let place = problem.path.map { $0.description + ": " } ?? ""
            return TerminalText.visible(head + ": " + place + problem.message(language), lineBreaks: .escaped)
        }.joined(separator: "\n")
    }

    public var description: String { report(.en) }
}

/// Collects problems while a document is read, so that all of them are reported, not the first.
///
/// One place gets one problem: a second problem at the same path, or inside a value that
/// already has one (the fields of an entry that is not an object, the id that a missing `from`
/// leaves empty), follows from the first and is left out. Lines are looked up once, when the
/// problems are asked for, and only for the paths that have one.
final class ProblemLog {
    private var found: [(path: JSONPath, message: Localized)] = []
    private var reported: Set<JSONPath> = []
    /// Lines of the given paths and of the values enclosing them.
    private let lines: ([JSONPath]) -> [JSONPath: Int]
    /// Members that migration renamed: problems under `new` take their line from `old`.
    private var aliases: [(old: JSONPath, new: JSONPath)] = []

    /// A log whose lines come from a table (empty for a session that was not read from a file).
    init(lines: [JSONPath: Int]) {
        self.lines = { _ in lines }
    }

    /// A log whose lines are read from the text of `document` when needed.
    init(document: JSONParser.Document) {
        self.lines = { document.lines(for: $0) }
    }

    var isEmpty: Bool { found.isEmpty }

    /// Every problem, in the order of their lines in the file (in the order found when there are none).
    var problems: [SessionProblem] {
        let places = found.map { place(of: $0.path) }
        let table = places.isEmpty ? [:] : lines(places)
        return zip(found, places)
            .map { SessionProblem(path: $0.path, line: Self.line(for: $1, in: table), message: $0.message) }
            .enumerated()
            .sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }
            .map(\.element)
    }

    func add(_ message: Localized, at path: JSONPath) {
        for length in 0...path.components.count
        where reported.contains(JSONPath(components: Array(path.components.prefix(length)))) {
            return
        }
        reported.insert(path)
        found.append((path, message))
    }

    /// Gives the values under `new` the lines of those under `old`, for a member that migration
    /// renamed, so a problem inside it still points at the right line of the file.
    func alias(_ old: JSONPath, as new: JSONPath) {
        aliases.append((old, new))
    }

    /// Where in the file the value at `path` was written, before migration renamed it.
    private func place(of path: JSONPath) -> JSONPath {
        for (old, new) in aliases where path.components.starts(with: new.components) {
            return JSONPath(components: old.components + path.components.dropFirst(new.components.count))
        }
        return path
    }

    /// The line of `path`, or of the nearest enclosing value that has one.
    private static func line(for path: JSONPath, in lines: [JSONPath: Int]) -> Int? {
        var components = path.components
        while true {
            if let line = lines[JSONPath(components: components)] { return line }
            if components.isEmpty { return nil }
            components.removeLast()
        }
    }
}
