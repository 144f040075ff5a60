import Foundation

/// ISO-8601 text for instants: written in UTC with whole seconds, read with or without offset
/// and fractional seconds.
public enum Timestamp {
    /// `2026-11-28T14:05:00Z`.
    public static func string(from date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = Day(Date(timeIntervalSince1970: TimeInterval(seconds)))
        let inDay = ((seconds % 86_400) + 86_400) % 86_400
        return String(
            format: "%@T%02d:%02d:%02dZ", day.description, inDay / 3600, inDay / 60 % 60, inDay % 60)
    }

    /// Parses ISO-8601 date-times (`…Z`, `…+01:00`, fractional seconds) and plain `yyyy-MM-dd`.
    public static func date(from text: String) -> Date? {
        if let day = Day(text) { return day.date }
        let withFraction = ISO8601DateFormatter()
        withFraction.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = withFraction.date(from: text) { return date }
        let plain = ISO8601DateFormatter()
        plain.formatOptions = [.withInternetDateTime]
        return plain.date(from: text)
    }
}
