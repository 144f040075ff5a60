import Foundation

/// ISO-8601 text for instants: written in UTC with whole seconds, read with or without offset
/// and fractional seconds.
///
/// Parsed and written by hand: the layout is fixed, and Foundation's `ISO8601DateFormatter`
/// cost two formatter constructions (ICU) per timestamp, most of the time it took to open a
/// big session.
public enum Timestamp {
    /// `2026-11-28T14:05:00Z`.
    public static func string(from date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let inDay = seconds - seconds.floorDivided(by: 86_400) * 86_400
        var text = Day(date).description
        text += "T"
        text += ISO8601Text.padded(inDay / 3600, 2)
        text += ":"
        text += ISO8601Text.padded(inDay / 60 % 60, 2)
        text += ":"
        text += ISO8601Text.padded(inDay % 60, 2)
        text += "Z"
        return text
    }

    /// Parses `yyyy-MM-ddTHH:mm:ss` with 1–9 fractional digits or none and `Z`, `z`, `±HH:mm`,
    /// `±HHmm` or `±HH`, and plain `yyyy-MM-dd` (midnight UTC). Refuses anything else,
    /// including impossible dates and times and surrounding spaces, which Foundation's
    /// formatter silently bent into another instant.
    public static func date(from text: String) -> Date? {
        var text = text
        return text.withUTF8 { ISO8601Text.instant(in: $0) }
    }
}

/// The byte-level reading and writing behind `Timestamp` and `Day`.
enum ISO8601Text {
    private static let zero = UInt8(ascii: "0")

    /// `value` in decimal, zero-padded to `width` digits (a minus sign goes before the padding).
    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value.magnitude)
        let padding = String(repeating: "0", count: max(0, width - digits.count))
        return (value < 0 ? "-" : "") + padding + digits
    }

    /// The number written by `count` ASCII digits at `offset`, or nil.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int, count: Int) -> Int? {
        guard offset + count <= bytes.count else { return nil }
        var value = 0
        for index in offset..<(offset + count) {
            let digit = bytes[index] &- zero
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        return value
    }

    /// The date `yyyy-MM-dd` in the first ten bytes, or nil when it is not one.
    static func day(in bytes: UnsafeBufferPointer<UInt8>) -> Day? {
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = number(bytes, at: 0, count: 4), let month = number(bytes, at: 5, count: 2),
            let day = number(bytes, at: 8, count: 2), (1...12).contains(month),
            (1...Day.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        return Day(year: year, month: month, day: day)
    }

    /// The instant written in `bytes` (see `Timestamp.date(from:)`), or nil.
    static func instant(in bytes: UnsafeBufferPointer<UInt8>) -> Date? {
        guard let day = day(in: bytes) else { return nil }
        let midnight = day.daysSinceEpoch * 86_400
        if bytes.count == 10 { return Date(timeIntervalSince1970: TimeInterval(midnight)) }
        guard bytes.count >= 20, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
            bytes[16] == UInt8(ascii: ":"), let hour = number(bytes, at: 11, count: 2), hour < 24,
            let minute = number(bytes, at: 14, count: 2), minute < 60,
            let second = number(bytes, at: 17, count: 2), second < 60
        else { return nil }
        var index = 19
        var fraction = 0.0
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            let start = index
            var digits = 0
            while index < bytes.count, bytes[index] &- zero < 10, index - start < 9 {
                digits = digits * 10 + Int(bytes[index] &- zero)
                index += 1
            }
            guard index > start else { return nil }
            var scale = 1.0
            for _ in start..<index { scale *= 10 }
            fraction = Double(digits) / scale
        }
        guard index < bytes.count else { return nil }
        var offset = 0
        switch bytes[index] {
        case UInt8(ascii: "Z"), UInt8(ascii: "z"):
            index += 1
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            let sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
            guard let hours = number(bytes, at: index + 1, count: 2), hours < 24 else { return nil }
            index += 3
            var minutes = 0
            if index < bytes.count {
                if bytes[index] == UInt8(ascii: ":") { index += 1 }
                guard let value = number(bytes, at: index, count: 2), value < 60 else { return nil }
                minutes = value
                index += 2
            }
            offset = sign * (hours * 3600 + minutes * 60)
        default:
            return nil
        }
        guard index == bytes.count else { return nil }
        let seconds = midnight + hour * 3600 + minute * 60 + second - offset
        return Date(timeIntervalSince1970: TimeInterval(seconds) + fraction)
    }
}
