import Foundation

@testable import RegieKit

extension TimeZone {
    /// The zone the export tests write times in: an hour ahead of UTC in winter, two in summer.
    static let amsterdam = TimeZone(identifier: "Europe/Amsterdam")!
}

extension ExportOptions {
    /// Options for a test: times in Amsterdam, the CSV dialect the language prefers unless given.
    static func testing(
        _ disclosure: Disclosure, _ language: Language, table: CSVTable = .partners, dialect: CSVDialect? = nil,
        views: [MapKind] = MapKind.allCases, meeting: Meeting.ID? = nil
    ) -> ExportOptions {
        ExportOptions(
            disclosure: disclosure, language: language, timeZone: .amsterdam, csvTable: table, csvDialect: dialect,
            mapKinds: views, meeting: meeting)
    }
}
