/// A run of text in a line of a report. The text is always text (the user's or the report's
/// own words), never markup: each rendering makes it literal for its format.
enum ReportInline: Equatable {
    case text(String)
    case strong(String)
    case emphasis(String)
}

/// `label: value`, or a label over a short list.
struct ReportField: Equatable {
    var label: String
    var value: String
    var items: [String] = []
}

/// A bullet, optionally a task that is done or open.
struct ReportItem: Equatable {
    var spans: [ReportInline]
    var done: Bool?
}

/// One block of a report, in the order it is read.
enum ReportBlock: Equatable {
    case heading(level: Int, text: String)
    case paragraph([ReportInline])
    case fields([ReportField])
    case items([ReportItem])
    case numbered([[ReportInline]])
    case table(header: [String], rows: [[String]])
    /// A picture of the map; formats that cannot hold one leave it out.
    case figure(MapPicture)
}

/// A report as blocks, written section by section and rendered as Markdown or HTML, so that
/// both formats say the same thing from one place. Empty values leave nothing behind.
struct ReportDocument {
    private(set) var blocks: [ReportBlock] = []
    /// Whether the next field or item starts a new list instead of joining the last one.
    private var listClosed = true

    mutating func heading(_ level: Int, _ text: String) {
        add(.heading(level: level, text: text))
    }

    /// A paragraph of text; nothing for empty text.
    mutating func paragraph(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return }
        add(.paragraph([.text(trimmed)]))
    }

    /// A paragraph in bold, such as a question with its answer below; nothing for empty text.
    mutating func paragraph(strong text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return }
        add(.paragraph([.strong(trimmed)]))
    }

    /// A paragraph made of runs, such as a bold lead and plain text.
    mutating func paragraph(_ spans: [ReportInline]) {
        add(.paragraph(spans))
    }

    /// A remark of the report's own, in italics.
    mutating func remark(_ text: String) {
        add(.paragraph([.emphasis(text)]))
    }

    /// `label: value`; nothing when the value is empty.
    mutating func field(_ label: String, _ value: String) {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return }
        append(field: ReportField(label: label, value: trimmed))
    }

    /// A label over a list of values; nothing when every value is empty.
    mutating func field(_ label: String, items: [String]) {
        let shown = items.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        guard !shown.isEmpty else { return }
        append(field: ReportField(label: label, value: "", items: shown))
    }

    /// A bullet of runs; `done` makes it a task that is open (false) or done (true).
    mutating func item(_ spans: [ReportInline], done: Bool? = nil) {
        let item = ReportItem(spans: spans, done: done)
        if !listClosed, case .items(let items) = blocks.last {
            blocks[blocks.count - 1] = .items(items + [item])
        } else {
            add(.items([item]))
            listClosed = false
        }
    }

    /// A numbered list; nothing when it is empty.
    mutating func numbered(_ entries: [String]) {
        let shown = entries.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        guard !shown.isEmpty else { return }
        add(.numbered(shown.map { [.text($0)] }))
    }

    /// A table of plain cells.
    mutating func table(_ header: [String], _ rows: [[String]]) {
        add(.table(header: header, rows: rows))
    }

    mutating func figure(_ picture: MapPicture) {
        add(.figure(picture))
    }

    /// Ends the current list: the next field or item starts a new one.
    mutating func blank() { listClosed = true }

    /// Appends another document's blocks.
    mutating func append(_ other: ReportDocument) {
        for block in other.blocks { add(block) }
    }

    var isEmpty: Bool { blocks.isEmpty }

    private mutating func append(field: ReportField) {
        if !listClosed, case .fields(let fields) = blocks.last {
            blocks[blocks.count - 1] = .fields(fields + [field])
        } else {
            add(.fields([field]))
            listClosed = false
        }
    }

    private mutating func add(_ block: ReportBlock) {
        blocks.append(block)
        listClosed = true
        if case .fields = block { listClosed = false }
        if case .items = block { listClosed = false }
    }
}
