import Foundation

extension SessionExport {
    /// A table for spreadsheets, in `options.csvDialect`: one row per partner, relation, action or
    /// intervention (`options.csvTable`). Column names and most values are the session file's
    /// own, in every language (`active`, `tension`), so other tools can read them back; titles
    /// of catalogue interventions are in `options.language`. Every cell that a spreadsheet would
    /// run as a formula gets a `'` in front (`CSVText.neutralised`).
    ///
    /// - partners: `id, name, organisation, sector, status, chainPosition` and the nine scores,
    ///   left empty where the disclosure does not allow them;
    /// - relations: `id, from, to, fromName, toName, kind, strength, note`;
    /// - actions: `id, text, owner, ownerName, due, done, meeting, meetingTitle`;
    /// - interventions: `id, title, catalogId, status, tips, targets, targetNames, effort, planned,
    ///   completed, rationale, expectedEffect, outcome, consequences` (lists joined with ` ` for
    ///   ids and numbers, `; ` for names).
    public static func csv(_ session: Session, _ options: ExportOptions) -> String {
        let session = session.disclosed(options.disclosure)
        let rows = CSVTableRows.rows(options.csvTable, of: session, language: options.language)
        return options.csvDialect.write(rows)
    }
}

/// Which table a CSV export holds.
public enum CSVTable: String, CaseIterable, Sendable {
    /// One row per partner, with scores where they may be shown.
    case partners
    /// One row per relation, with the names of both ends.
    case relations
    /// One row per action, with its owner, due date and meeting.
    case actions
    /// One row per intervention, with its status, targets and outcome.
    case interventions
}

/// How a CSV file is written: RFC 4180 for other tools, or what a spreadsheet set to Dutch
/// (Excel, LibreOffice) opens by a double click.
public enum CSVDialect: String, CaseIterable, Sendable {
    /// RFC 4180: `,` between fields, CRLF line ends, UTF-8 without byte order mark.
    case rfc4180
    /// Dutch Excel: `;` between fields (`,` is the decimal comma there), CRLF line ends, UTF-8
    /// with a byte order mark, without which Excel reads `é` as `Ã©`.
    case excel

    /// The dialect an export in `language` gets unless asked otherwise: Excel's for Dutch, the
    /// standard one for English.
    public static func preferred(for language: Language) -> CSVDialect {
        language == .nl ? .excel : .rfc4180
    }

    /// The separator between fields.
    public var separator: Character { self == .excel ? ";" : "," }

    /// The rows as a file: fields quoted where needed, each row ended by CRLF.
    func write(_ rows: [[String]]) -> String {
        let body = rows.map { row in
            row.map { CSVText.field($0, separator: separator) }.joined(separator: String(separator)) + "\r\n"
        }.joined()
        return self == .excel ? "\u{FEFF}" + body : body
    }
}

/// The header and rows of each table.
enum CSVTableRows {
    static func rows(_ table: CSVTable, of session: Session, language: Language) -> [[String]] {
        let names = ExportNames(session, language: language)
        switch table {
        case .partners:
            var rows = [
                ["id", "name", "organisation", "sector", "status", "chainPosition"] + ScoreKind.allCases.map(\.rawValue)
            ]
            for p in session.partners {
                let shown = session.showsAssessment(of: p)
                rows.append(
                    [
                        p.id.rawValue, p.name, p.organisation, p.sector, p.status.rawValue,
                        p.chainPosition.map(String.init) ?? "",
                    ] + ScoreKind.allCases.map { shown ? String(p.scores[$0]) : "" })
            }
            return rows
        case .relations:
            return [["id", "from", "to", "fromName", "toName", "kind", "strength", "note"]]
                + session.relations.map { r in
                    [
                        r.id.rawValue, r.from.rawValue, r.to.rawValue, names.partner(r.from), names.partner(r.to),
                        r.kind.rawValue, String(r.strength), r.note,
                    ]
                }
        case .actions:
            return [["id", "text", "owner", "ownerName", "due", "done", "meeting", "meetingTitle"]]
                + session.actions.map { a in
                    [
                        a.id.rawValue, a.text, a.owner?.rawValue ?? "", a.owner.map(names.partner) ?? "",
                        a.due?.description ?? "", a.done ? "true" : "false", a.meeting?.rawValue ?? "",
                        a.meeting.map { names.anything($0.rawValue) } ?? "",
                    ]
                }
        case .interventions:
            return [
                [
                    "id", "title", "catalogId", "status", "tips", "targets", "targetNames", "effort", "planned",
                    "completed", "rationale", "expectedEffect", "outcome", "consequences",
                ]
            ]
                + session.interventions.map { v in
                    [
                        v.id.rawValue, v.shownTitle(language), v.catalogId ?? "", v.status.rawValue,
                        v.tips.map(String.init).joined(separator: " "), v.targets.joined(separator: " "),
                        v.targets.map(names.anything).joined(separator: "; "), v.effort.rawValue,
                        v.planned?.description ?? "", v.completed?.description ?? "", v.rationale,
                        v.expectedEffect, v.outcome, v.consequences,
                    ]
                }
        }
    }
}

/// Quoting for RFC 4180 (and Excel's `;` variant), and the guard against formula injection.
enum CSVText {
    /// The field as is, or in double quotes (inner quotes doubled) when it holds the separator,
    /// `"` or a line break; a text that a spreadsheet would run as a formula gets a `'` in
    /// front first.
    static func field(_ text: String, separator: Character = ",") -> String {
        let text = neutralised(text)
        let separator = separator.unicodeScalars.first!
        let needsQuotes = text.unicodeScalars.contains {
            $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r"
        }
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
