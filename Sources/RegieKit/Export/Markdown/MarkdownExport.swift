import Foundation

extension SessionExport {
    /// The report in Markdown: the session as a report and its meetings as minutes, or one
    /// meeting's minutes when `options.meeting` names one; headings, labels and dates in
    /// `options.language`, times in `options.timeZone`.
    public static func markdown(_ session: Session, _ options: ExportOptions) -> String {
        MarkdownText.render(SessionReport.document(session, options))
    }
}

extension MarkdownText {
    /// The document in Markdown; figures are left out (Markdown cannot hold them).
    static func render(_ document: ReportDocument) -> String {
        var out = MarkdownText()
        for block in document.blocks {
            switch block {
            case .heading(let level, let text): out.heading(level, text)
            case .paragraph(let spans): out.paragraph(markup: spans.map(markup).joined())
            case .fields(let fields):
                for field in fields {
                    if field.items.isEmpty {
                        out.field(field.label, field.value)
                    } else {
                        out.label(field.label)
                        for item in field.items { out.item(item, indent: 1) }
                    }
                }
                out.blank()
            case .items(let items):
                for item in items {
                    let box = item.done.map { $0 ? "[x] " : "[ ] " } ?? ""
                    out.item(markup: box + item.spans.map(markup).joined())
                }
                out.blank()
            case .numbered(let entries):
                for (index, spans) in entries.enumerated() {
                    out.numbered(index + 1, markup: spans.map(markup).joined())
                }
                out.blank()
            case .table(let header, let rows): out.table(header, rows)
            case .figure: break
            }
        }
        return out.text
    }

    /// A run as Markdown, its text made literal. Spaces around a plain run stay (they join it
    /// to its neighbours); emphasis and strong text are trimmed, since `_ x_` is no emphasis, and kept on one line.
    private static func markup(_ span: ReportInline) -> String {
        switch span {
        case .text(let text):
            let lead = text.prefix { $0 == " " }
            let trail = text.count > lead.count ? String(text.reversed().prefix { $0 == " " }) : ""
            return lead + literal(text) + trail
        case .strong(let text): return "**" + literal(singleLine(text)) + "**"
        case .emphasis(let text): return "_" + literal(singleLine(text)) + "_"
        }
    }
}
