extension SessionExport {
    /// The report and the map's pictures as one self-contained web page (no scripts, no files or
    /// fonts from elsewhere) whose print style fits A4, for handouts; with `options.meeting`,
    /// one meeting's minutes without pictures.
    public static func html(_ session: Session, _ options: ExportOptions) -> String {
        var mapOptions = options
        mapOptions.mapKinds = MapKind.allCases
        let pictures = options.meeting == nil ? MapPictures.draw(session, mapOptions, skippingEmpty: true) : []
        let document = SessionReport.document(session, options, pictures: pictures)
        return HTMLText.page(document, language: options.language)
    }
}

/// Renders a report as HTML; every text is escaped (`SVGText.escaped`, the same XML rules), so
/// no name or note becomes markup.
enum HTMLText {
    static func page(_ document: ReportDocument, language: Language) -> String {
        var title = "Regie"
        if case .heading(_, let text) = document.blocks.first { title = text }
        var out = [
            "<!DOCTYPE html>",
            "<html lang=\"\(language.rawValue)\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            // Even if some text slipped through as markup, nothing could load or run.
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">",
            "<title>" + SVGText.escaped(title) + "</title>",
            "<style>", style, "</style>",
            "</head>",
            "<body>",
        ]
        for block in document.blocks { out.append(html(block)) }
        out += ["</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    /// Text with its line breaks kept as `<br>`.
    static func text(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { SVGText.escaped($0.hasSuffix("\r") ? String($0.dropLast()) : String($0)) }
            .joined(separator: "<br>\n")
    }

    private static func inline(_ spans: [ReportInline]) -> String {
        spans.map { span in
            switch span {
            case .text(let value): text(value)
            case .strong(let value): "<strong>" + text(value) + "</strong>"
            case .emphasis(let value): "<em>" + text(value) + "</em>"
            }
        }.joined()
    }

    private static func html(_ block: ReportBlock) -> String {
        switch block {
        case .heading(let level, let title):
            let h = "h\(min(max(level, 1), 6))"
            return "<\(h)>" + SVGText.escaped(title) + "</\(h)>"
        case .paragraph(let spans):
            return "<p>" + inline(spans) + "</p>"
        case .fields(let fields):
            var out = "<dl class=\"fields\">\n"
            for field in fields {
                out += "<dt>" + SVGText.escaped(field.label) + "</dt>"
                if field.items.isEmpty {
                    out += "<dd>" + text(field.value) + "</dd>\n"
                } else {
                    out += "<dd><ul>" + field.items.map { "<li>" + text($0) + "</li>" }.joined() + "</ul></dd>\n"
                }
            }
            return out + "</dl>"
        case .items(let items):
            let tasks = items.contains { $0.done != nil }
            var out = tasks ? "<ul class=\"tasks\">\n" : "<ul>\n"
            for item in items {
                let box = item.done.map { $0 ? "<span class=\"box\">☑</span> " : "<span class=\"box\">☐</span> " } ?? ""
                out += "<li>" + box + inline(item.spans) + "</li>\n"
            }
            return out + "</ul>"
        case .numbered(let entries):
            return "<ol>\n" + entries.map { "<li>" + inline($0) + "</li>\n" }.joined() + "</ol>"
        case .table(let header, let rows):
            var out = "<table>\n<thead><tr>" + header.map { "<th>" + SVGText.escaped($0) + "</th>" }.joined()
            out += "</tr></thead>\n<tbody>\n"
            for row in rows { out += "<tr>" + row.map { "<td>" + text($0) + "</td>" }.joined() + "</tr>\n" }
            return out + "</tbody>\n</table>"
        case .figure(let picture):
            return "<figure class=\"map\">\n" + picture.svgElement + "</figure>"
        }
    }

    /// Print first: A4 with margins, headings kept with what follows, rows and pictures never
    /// split over pages, table headers repeated; on screen a column of the same width.
    static let style = """
        @page { size: A4; margin: 16mm 15mm 18mm; }
        html { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; font-size: 10pt; line-height: 1.4; color: #000; background: #fff; }
        body { max-width: 180mm; margin: 0 auto; padding: 10mm 4mm; }
        h1 { font-size: 19pt; margin: 0 0 3mm; }
        h2 { font-size: 14pt; margin: 8mm 0 2mm; padding-bottom: 1mm; border-bottom: 0.8pt solid #000; }
        h3 { font-size: 11.5pt; margin: 5mm 0 1.5mm; }
        h4 { font-size: 10pt; margin: 3mm 0 1mm; }
        h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
        p { margin: 0 0 2.5mm; }
        dl.fields { display: grid; grid-template-columns: minmax(25mm, max-content) 1fr; gap: 0.6mm 4mm; margin: 0 0 3mm; }
        dl.fields dt { font-weight: bold; }
        dl.fields dd { margin: 0; }
        dl.fields ul { margin: 0; padding-left: 4.5mm; }
        ul, ol { margin: 0 0 3mm; padding-left: 6mm; }
        li { margin-bottom: 1mm; break-inside: avoid; page-break-inside: avoid; }
        ul.tasks { list-style: none; padding-left: 1mm; }
        .box { font-size: 11pt; }
        table { width: 100%; border-collapse: collapse; margin: 0 0 4mm; font-size: 8.5pt; }
        th, td { border: 0.5pt solid #666; padding: 0.8mm 1.5mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
        th { background: #eee; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        figure.map { margin: 0 0 6mm; break-inside: avoid; page-break-inside: avoid; }
        figure.map svg { display: block; width: 100%; height: auto; max-height: 245mm; }
        @media print { body { max-width: none; padding: 0; } th { background: none; } }
        """
}
