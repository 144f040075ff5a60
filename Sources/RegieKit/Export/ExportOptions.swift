import Foundation

/// What an export holds and how it reads: who may read it, its language and time zone, and the
/// choices of single formats (the CSV table and dialect, the map views, one meeting's minutes).
public struct ExportOptions: Sendable {
    /// What may be shown; every export works on `session.disclosed(disclosure)`.
    public var disclosure: Disclosure
    /// The language of headings, labels and the names of values.
    public var language: Language
    /// The zone in which times are written (the file keeps UTC; people read their own clock).
    public var timeZone: TimeZone
    /// The table a CSV export holds.
    public var csvTable: CSVTable
    /// Separator and encoding of a CSV export.
    public var csvDialect: CSVDialect
    /// The map views an SVG export draws, in this order (an HTML page draws them all).
    public var mapKinds: [MapKind]
    /// When set, a Markdown or HTML export holds only this meeting's minutes; an id that names
    /// no meeting gives the whole report.
    public var meeting: Meeting.ID?

    /// Options for an export; the CSV dialect defaults to the one for `language`
    /// (`CSVDialect.preferred(for:)`), the map views to all of them.
    public init(
        disclosure: Disclosure, language: Language, timeZone: TimeZone, csvTable: CSVTable = .partners,
        csvDialect: CSVDialect? = nil, mapKinds: [MapKind] = MapKind.allCases, meeting: Meeting.ID? = nil
    ) {
        self.disclosure = disclosure
        self.language = language
        self.timeZone = timeZone
        self.csvTable = csvTable
        self.csvDialect = csvDialect ?? .preferred(for: language)
        self.mapKinds = mapKinds
        self.meeting = meeting
    }
}
