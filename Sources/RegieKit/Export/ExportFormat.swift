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

    /// What the export holds, as the workbench's palette names it.
    public var title: Localized {
        switch self {
        case .markdown: Localized(nl: "verslag en notulen (markdown)", en: "report and minutes (markdown)")
        case .html: Localized(nl: "verslag en kaarten voor A4 (html)", en: "report and maps for A4 (html)")
        case .svg: Localized(nl: "kaarten als plaatje (svg)", en: "maps as a picture (svg)")
        case .dot: Localized(nl: "netwerk voor Graphviz (dot)", en: "network for Graphviz (dot)")
        case .mermaid: Localized(nl: "netwerk voor Mermaid (mermaid)", en: "network for Mermaid (mermaid)")
        case .csv: Localized(nl: "tabel (csv)", en: "table (csv)")
        case .json: Localized(nl: "sessiebestand (json)", en: "session file (json)")
        }
    }

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
