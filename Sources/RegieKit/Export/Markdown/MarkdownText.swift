import Foundation

/// Builds a Markdown document line by line; user text goes in as text and comes out as text.
///
/// A name or note from the session must never become structure: a line break in a title must
/// not start a heading, `<iframe>` or `<img onerror=…>` must not reach a renderer as HTML, and
/// `[here](javascript:…)` must not become a link. So every method takes user text and makes it
/// literal (`literal(_:)`); only the markup this type writes itself is Markdown. For a line that
/// mixes both, `item(markup:)` takes markup whose user parts the caller made literal.
struct MarkdownText {
    private(set) var lines: [String] = []

    var text: String {
        var lines = self.lines
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A heading of `level` (1 is `#`) with `title` on one line, followed by a blank line.
    mutating func heading(_ level: Int, _ title: String) {
        lines.append(String(repeating: "#", count: level) + " " + Self.literal(Self.singleLine(title)))
        lines.append("")
    }

    /// A paragraph of user text, followed by a blank line; nothing for empty text.
    mutating func paragraph(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return }
        lines.append(Self.literal(trimmed))
        lines.append("")
    }

    /// A paragraph of user text in bold, kept on one line; nothing for empty text.
    mutating func paragraph(strong text: String) {
        let trimmed = Self.singleLine(text).trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return }
        lines.append("**" + Self.literal(trimmed) + "**")
        lines.append("")
    }

    /// A paragraph of Markdown the caller composed, its user parts made literal with
    /// `literal(_:)`, followed by a blank line; nothing when it is empty.
    mutating func paragraph(markup: String) {
        guard !markup.isEmpty else { return }
        lines.append(markup)
        lines.append("")
    }

    /// `3. …`, an item of a numbered list of Markdown the caller composed.
    mutating func numbered(_ number: Int, markup: String) {
        let marker = "\(number). "
        lines.append(marker + Self.continued(markup, indent: String(repeating: " ", count: marker.count)))
    }

    /// A remark of the report's own in italics, followed by a blank line.
    mutating func remark(_ text: String) {
        lines.append("_" + Self.literal(text) + "_")
        lines.append("")
    }

    /// `- **label:** value`; nothing when the value is empty.
    mutating func field(_ label: String, _ value: String) {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return }
        item(markup: "**" + Self.literal(Self.singleLine(label)) + ":** " + Self.literal(trimmed))
    }

    /// `- **label:**`, the head of a nested list.
    mutating func label(_ text: String) {
        item(markup: "**" + Self.literal(Self.singleLine(text)) + ":**")
    }

    /// A list item of user text; later lines of multi-line text stay inside the item.
    mutating func item(_ text: String, indent: Int = 0) {
        item(markup: Self.literal(text), indent: indent)
    }

    /// A list item of Markdown the caller composed, its user parts made literal with `literal(_:)`.
    mutating func item(markup: String, indent: Int = 0) {
        let pad = String(repeating: "  ", count: indent)
        lines.append(pad + "- " + Self.continued(markup, indent: pad + "  "))
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

    // MARK: - Making user text literal

    /// User text that reads as itself in Markdown, line breaks kept.
    ///
    /// Per line: leading and trailing blanks go (they would make code blocks and hard breaks);
    /// `\` and the characters that make emphasis, code, links, tables, strike-through and math
    /// (`` ` `` `*` `_` `[` `]` `~` `|` `$` `#`) get a backslash; `<`, `>` and `&` become entities,
    /// so no HTML and no character reference passes; a line that would start a list, a heading
    /// underline or a numbered item (`-`, `+`, `=`, `1.`, `1)`) gets its marker escaped; and
    /// control characters show as escapes (`TerminalText`).
    static func literal(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in literalLine(line.hasSuffix("\r") ? line.dropLast() : line) }
            .joined(separator: "\n")
    }

    private static let backslashed: Set<Character> = ["\\", "`", "*", "_", "[", "]", "~", "|", "$", "#"]

    private static func literalLine(_ line: Substring) -> String {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        var out = ""
        for character in TerminalText.visible(trimmed, lineBreaks: .escaped) {
            switch character {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case _ where backslashed.contains(character): out += "\\" + String(character)
            default: out.append(character)
            }
        }
        if let first = out.first, "-+=".contains(first) { return "\\" + out }
        let digits = out.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let marker = out.dropFirst(digits.count).first, marker == "." || marker == ")" {
            return digits + "\\" + out.dropFirst(digits.count)
        }
        return out
    }

    /// A table cell: literal text with line breaks as `<br>`, so the row stays one line.
    static func cell(_ text: String) -> String {
        literal(text.trimmingCharacters(in: .whitespacesAndNewlines)).replacingOccurrences(of: "\n", with: "<br>")
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.map(cell).joined(separator: " | ") + " |"
    }

    static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    private static func continued(_ text: String, indent: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
            .map { $0.offset == 0 || $0.element.isEmpty ? String($0.element) : indent + $0.element }
            .joined(separator: "\n")
    }
}
