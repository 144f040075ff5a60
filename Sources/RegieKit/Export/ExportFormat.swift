/// The formats a session can be exported to.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// A readable report of the whole session.
    case markdown
    /// The partner network for Graphviz.
    case dot
    /// The partner network as a Mermaid flowchart.
    case mermaid
    /// The partners (or the relations) as a spreadsheet table.
    case csv
    /// The session file itself, in its canonical form.
    case json

    /// The usual file extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .dot: "dot"
        case .mermaid: "mmd"
        case .csv: "csv"
        case .json: "json"
        }
    }

    /// `session` in this format; `csvTable` picks the table for `.csv` and is ignored otherwise.
    public func render(
        _ session: Session, disclosure: Disclosure, language: Language, csvTable: CSVTable = .partners
    ) -> String {
        switch self {
        case .markdown: SessionExport.markdown(session, disclosure: disclosure, language: language)
        case .dot: SessionExport.dot(session, disclosure: disclosure, language: language)
        case .mermaid: SessionExport.mermaid(session, disclosure: disclosure, language: language)
        case .csv: SessionExport.csv(session, disclosure: disclosure, language: language, table: csvTable)
        case .json: SessionExport.json(session, disclosure: disclosure, language: language)
        }
    }
}

/// Which table a CSV export holds.
public enum CSVTable: String, CaseIterable, Sendable {
    /// One row per partner, with scores where they may be shown.
    case partners
    /// One row per relation, with the names of both ends.
    case relations
}
