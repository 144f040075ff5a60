import Foundation

extension SessionExport {
    /// A table for spreadsheets (RFC 4180: CRLF line ends, fields with a comma, quote or line
    /// break in double quotes). The partners table has the columns `id, name, organisation,
    /// sector, status, chainPosition` and the nine scores, left empty where the disclosure does
    /// not allow them; the relations table has `id, from, to, fromName, toName, kind, strength,
    /// note`. Column names and values are the session file's own, in every language, so
    /// `language` is not used.
    public static func csv(
        _ session: Session, disclosure: Disclosure, language _: Language, table: CSVTable = .partners
    ) -> String {
        let session = session.disclosed(disclosure)
        var rows: [[String]]
        switch table {
        case .partners:
            rows = [
                ["id", "name", "organisation", "sector", "status", "chainPosition"] + ScoreKind.allCases.map(\.rawValue)
            ]
            for p in session.partners {
                let shown = session.showsAssessment(of: p)
                rows.append(
                    [
                        p.id.rawValue, p.name, p.organisation, p.sector, p.status.rawValue,
                        p.chainPosition.map(String.init) ?? "",
                    ]
                        + ScoreKind.allCases.map { shown ? String(p.scores[$0]) : "" })
            }
        case .relations:
            let names = ExportNames(session, language: .en)
            rows = [["id", "from", "to", "fromName", "toName", "kind", "strength", "note"]]
            for r in session.relations {
                rows.append([
                    r.id.rawValue, r.from.rawValue, r.to.rawValue, names.partner(r.from), names.partner(r.to),
                    r.kind.rawValue, String(r.strength), r.note,
                ])
            }
        }
        return rows.map { $0.map(CSVText.field).joined(separator: ",") + "\r\n" }.joined()
    }
}

/// Quoting for RFC 4180, and the guard against formula injection.
enum CSVText {
    /// The field as is, or in double quotes (inner quotes doubled) when it holds `,` `"` or a line
    /// break; a text that a spreadsheet would run as a formula gets a `'` in front first.
    static func field(_ text: String) -> String {
        let text = neutralised(text)
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    /// `text` with a `'` in front when it starts with `=`, `+`, `-`, `@`, a tab or a carriage
    /// return, the characters with which Excel, LibreOffice and Google Sheets start a formula
    /// (`=HYPERLINK(…)`, `@SUM(…)`, `-2+3+cmd|…`); the usual guard (OWASP). A whole number such as
    /// `-1` stays as it is: it is a number, and no formula can be made of digits alone.
    static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        if first == "-", text.count > 1, text.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }) { return text }
        return "'" + text
    }
}
