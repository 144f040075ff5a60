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
    public func report(_ language: Language) -> String {
        problems.map { problem in
            var head = file
            if let line = problem.line { head += ":\(line)" }
            let place = problem.path.map { $0.description + ": " } ?? ""
            return head + ": " + place + problem.message(language)
        }.joined(separator: "\n")
    }

    public var description: String { report(.en) }
}

/// Collects problems while a document is read, so that all of them are reported, not the first.
final class ProblemLog {
    private(set) var problems: [SessionProblem] = []
    let lines: [JSONPath: Int]

    init(lines: [JSONPath: Int]) {
        self.lines = lines
    }

    func add(_ message: Localized, at path: JSONPath) {
        problems.append(SessionProblem(path: path, line: line(for: path), message: message))
    }

    /// The line of `path`, or of the nearest enclosing value that has one.
    func line(for path: JSONPath) -> Int? {
        var components = path.components
        while true {
            if let line = lines[JSONPath(components: components)] { return line }
            if components.isEmpty { return nil }
            components.removeLast()
        }
    }
}
