import Foundation
import RegieKit

/// An export the user asked for in the workbench: the format, whether it is for the partners,
/// and for a CSV table or one meeting's minutes which. The run loop adds the language and the
/// time zone when it writes (`options`), so the file reads as the screen does.
public struct ExportRequest: Hashable, Sendable {
    public var format: ExportFormat
    /// Whether the export follows the public disclosure (`Disclosure.public`).
    public var isPublic: Bool
    /// The table of a CSV export.
    public var table: CSVTable
    /// The meeting whose minutes alone a Markdown or HTML export holds.
    public var meeting: Meeting.ID?

    /// A request; `table` counts only for CSV, `meeting` only for Markdown and HTML.
    public init(_ format: ExportFormat, isPublic: Bool, table: CSVTable = .partners, meeting: Meeting.ID? = nil) {
        self.format = format
        self.isPublic = isPublic
        self.table = table
        self.meeting = meeting
    }

    /// The options of the export, in `language` and on the clocks of `timeZone`; the CSV dialect
    /// follows the language (Dutch Excel for Dutch), as on the command line.
    public func options(language: Language, timeZone: TimeZone) -> ExportOptions {
        ExportOptions(
            disclosure: isPublic ? .public : .full, language: language, timeZone: timeZone,
            csvTable: format == .csv ? table : .partners,
            meeting: format == .markdown || format == .html ? meeting : nil)
    }

    /// What the export holds, as the palette and the export form name it; `meetingTitle` names
    /// the meeting of a request for minutes.
    func title(meetingTitle: String? = nil) -> Localized {
        if format == .csv {
            let table = Self.tableNames(table)
            return L("tabel van \(table.nl) (csv)", "table of \(table.en) (csv)")
        }
        if meeting != nil, format == .markdown || format == .html {
            let name = meetingTitle ?? ""
            return L("notulen van \(name) (\(format.rawValue))", "minutes of \(name) (\(format.rawValue))")
        }
        return format.title
    }

    /// The part of the suggested file name that tells this export from the others of its format.
    var fileNamePart: String {
        if format == .csv, table != .partners { return "." + table.rawValue }
        if let meeting, format == .markdown || format == .html { return "." + meeting.rawValue }
        return ""
    }

    private static func tableNames(_ table: CSVTable) -> Localized {
        switch table {
        case .partners: L("partners", "partners")
        case .relations: L("relaties", "relations")
        case .actions: L("acties", "actions")
        case .interventions: L("interventies", "interventions")
        }
    }
}
