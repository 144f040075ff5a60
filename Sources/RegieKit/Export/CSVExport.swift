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

/// Quoting for RFC 4180.
enum CSVText {
    /// The field as is, or in double quotes (inner quotes doubled) when it holds `,` `"` or a line break.
    static func field(_ text: String) -> String {
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}
