/// The formats a session can be exported to.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// A readable report of the whole session, with the minutes of its meetings.
    case markdown
    /// The report and the partner map's pictures as one web page that prints on A4.
    case html
    /// The partner map views as a picture.
    case svg
    /// The partner network for Graphviz.
    case dot
    /// The partner network as a Mermaid flowchart.
    case mermaid
    /// One table (partners, relations, actions or interventions) for spreadsheets.
    case csv
    /// The session file itself, in its canonical form.
    case json

    /// The usual file extension, without the dot.
    public var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .html: "html"
        case .svg: "svg"
        case .dot: "dot"
        case .mermaid: "mmd"
        case .csv: "csv"
        case .json: "json"
        }
    }

    /// `session` in this format, as `options` say.
    public func render(_ session: Session, _ options: ExportOptions) -> String {
        switch self {
        case .markdown: SessionExport.markdown(session, options)
        case .html: SessionExport.html(session, options)
        case .svg: SessionExport.svg(session, options)
        case .dot: SessionExport.dot(session, disclosure: options.disclosure, language: options.language)
        case .mermaid: SessionExport.mermaid(session, disclosure: options.disclosure, language: options.language)
        case .csv: SessionExport.csv(session, options)
        case .json: SessionExport.json(session, disclosure: options.disclosure, language: options.language)
        }
    }
}
