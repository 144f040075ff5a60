import Foundation

/// A day of the week, Monday first, as weeks run in the Netherlands (ISO-8601).
public enum Weekday: Int, CaseIterable, Hashable, Sendable {
    case monday = 1, tuesday, wednesday, thursday, friday, saturday, sunday
}

/// A time of day on a clock, to the second.
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var hour: Int
    public var minute: Int
    public var second: Int

    /// `hour` 0–23, `minute` and `second` 0–59.
    public init(hour: Int, minute: Int, second: Int = 0) {
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// `14:30`, or `14:30:15` when the seconds are not zero.
    public var description: String {
        let minutes = String(format: "%02d:%02d", hour, minute)
        return second == 0 ? minutes : minutes + String(format: ":%02d", second)
    }

    /// Seconds since midnight.
    var secondsIntoDay: Int { hour * 3600 + minute * 60 + second }

    public static func < (lhs: TimeOfDay, rhs: TimeOfDay) -> Bool { lhs.secondsIntoDay < rhs.secondsIntoDay }
}

// Calendar arithmetic by hand on day numbers, proleptic Gregorian as ISO-8601 has it: exact,
// with no locale, and the same on every platform.
extension Day {
    /// The day of the week.
    public var weekday: Weekday {
        let monday0 = ((dayNumber + 3) % 7 + 7) % 7  // 1970-01-01 was a Thursday
        return Weekday(rawValue: monday0 + 1)!
    }

    /// The day `days` days later (earlier when negative).
    public func adding(days: Int) -> Day { Day(dayNumber: dayNumber + days) }

    /// The same day `months` months later (earlier when negative), or the last day of that month
    /// when it is shorter: 31 January plus one month is 28 or 29 February.
    public func adding(months: Int) -> Day {
        let index = year * 12 + (month - 1) + months
        let (newYear, newMonth) = (index.quotientRoundingDown(12), index - index.quotientRoundingDown(12) * 12 + 1)
        return Day(year: newYear, month: newMonth, day: min(day, Day.daysIn(month: newMonth, year: newYear)))
    }

    /// Whole days from `earlier` to this day; negative when `earlier` comes later.
    public func days(since earlier: Day) -> Int { dayNumber - earlier.dayNumber }

    /// The day it is at `date` on the clocks of `timeZone`.
    public init(_ date: Date, in timeZone: TimeZone) {
        self = LocalClock(timeZone).day(at: date)
    }

    /// Whether `year-month-day` is a date on the calendar.
    static func exists(year: Int, month: Int, day: Int) -> Bool {
        (1...12).contains(month) && (1...Day.daysIn(month: month, year: year)).contains(day)
    }

    /// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`); any day number for days that
    /// do not exist, such as 30 February, which is what comparing "nearest" dates needs.
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = y.quotientRoundingDown(400)
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `dayNumber` days after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = z.quotientRoundingDown(146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        self.init(year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month: month, day: day)
    }
}

/// The clocks of one time zone: which day and time an instant shows there, and which instant a
/// day and time on them name.
struct LocalClock {
    let timeZone: TimeZone

    init(_ timeZone: TimeZone) { self.timeZone = timeZone }

    /// The day on these clocks at `date`.
    func day(at date: Date) -> Day { reading(at: date).day }

    /// The day and time on these clocks at `date`.
    func reading(at date: Date) -> (day: Day, time: TimeOfDay) {
        let utc = Int(date.timeIntervalSince1970.rounded(.down))
        let local = utc + timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(utc)))
        let days = local.quotientRoundingDown(86_400)
        let seconds = local - days * 86_400
        return (Day(dayNumber: days), TimeOfDay(hour: seconds / 3600, minute: seconds / 60 % 60, second: seconds % 60))
    }

    /// The instant at which these clocks show `time` on `day`: nil when they skip it (the hour
    /// lost when summer time starts); the first of the two when they show it twice.
    func instant(_ day: Day, _ time: TimeOfDay) -> Date? {
        let local = day.dayNumber * 86_400 + time.secondsIntoDay
        // The offsets in force half a day either side cover any change of offset near `local`.
        let offsets = Set(
            [-43_200, 43_200].map {
                timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local + $0)))
            })
        let candidates = offsets.map { local - $0 }.filter { utc in
            timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(utc))) == local - utc
        }
        return candidates.min().map { Date(timeIntervalSince1970: TimeInterval($0)) }
    }
}

extension Int {
    /// Division rounding towards minus infinity, so days before 1970 fall on the right date.
    fileprivate func quotientRoundingDown(_ divisor: Int) -> Int {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
