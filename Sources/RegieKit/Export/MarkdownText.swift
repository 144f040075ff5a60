import Foundation

/// Builds a Markdown document line by line and makes user text safe where Markdown needs it.
struct MarkdownText {
    private(set) var lines: [String] = []

    var text: String {
        var lines = self.lines
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A heading of `level` (1 is `#`), followed by a blank line.
    mutating func heading(_ level: Int, _ title: String) {
        lines.append(String(repeating: "#", count: level) + " " + Self.singleLine(title))
        lines.append("")
    }

    /// A paragraph of user text, followed by a blank line; nothing for empty text.
    mutating func paragraph(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return }
        lines.append(trimmed)
        lines.append("")
    }

    /// `- **label:** value`; nothing when the value is empty.
    mutating func field(_ label: String, _ value: String) {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return }
        item("**" + label + ":** " + trimmed)
    }

    /// A list item; later lines of multi-line text are indented so they stay inside the item.
    mutating func item(_ text: String, indent: Int = 0) {
        let pad = String(repeating: "  ", count: indent)
        lines.append(pad + "- " + Self.continued(text, indent: pad + "  "))
    }

    /// A table; the caller passes cells as plain text, escaping is done here.
    mutating func table(_ header: [String], _ rows: [[String]]) {
        lines.append(Self.row(header))
        lines.append("|" + header.map { _ in "---|" }.joined())
        for row in rows { lines.append(Self.row(row)) }
        lines.append("")
    }

    /// Appends the lines of another document.
    mutating func append(_ other: MarkdownText) {
        lines += other.lines
    }

    /// Ends a list or block with a blank line.
    mutating func blank() {
        if lines.last?.isEmpty == false { lines.append("") }
    }

    /// A table cell: `|` escaped, line breaks as `<br>`, so the row stays one line.
    static func cell(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
            .replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\r\n", with: "<br>")
            .replacingOccurrences(of: "\n", with: "<br>")
            .replacingOccurrences(of: "\r", with: "<br>")
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.map(cell).joined(separator: " | ") + " |"
    }

    private static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    private static func continued(_ text: String, indent: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
            .enumerated()
            .map { $0.offset == 0 || $0.element.isEmpty ? $0.element : indent + $0.element }
            .joined(separator: "\n")
    }
}
