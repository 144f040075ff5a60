import Foundation
import Testing

@testable import RegieKit

@Suite struct DayCalendarTests {
    /// Day numbers and weekdays agree with Foundation's Gregorian calendar from 1900 to 2100.
    @Test func agreesWithFoundationsCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var number = Day(year: 1900, month: 1, day: 1).dayNumber
        let end = Day(year: 2100, month: 12, day: 31).dayNumber
        while number <= end {
            let date = Date(timeIntervalSince1970: TimeInterval(number) * 86_400)
            let c = calendar.dateComponents([.year, .month, .day, .weekday], from: date)
            let day = Day(dayNumber: number)
            #expect(day == Day(year: c.year!, month: c.month!, day: c.day!))
            #expect(day.dayNumber == number)
            // Foundation counts Sunday as 1.
            #expect(day.weekday.rawValue == (c.weekday! + 5) % 7 + 1)
            number += 13
        }
    }

    @Test func knowsItsWeekday() {
        #expect(Day(year: 1970, month: 1, day: 1).weekday == .thursday)
        #expect(Day(year: 2026, month: 12, day: 10).weekday == .thursday)
        #expect(Day(year: 2028, month: 2, day: 29).weekday == .tuesday)
        #expect(Day(year: 1969, month: 12, day: 29).weekday == .monday)
    }

    @Test func addsDaysAcrossMonthsYearsAndLeapDays() {
        let day = Day(year: 2027, month: 12, day: 31)
        #expect(day.adding(days: 1) == Day(year: 2028, month: 1, day: 1))
        #expect(day.adding(days: 60) == Day(year: 2028, month: 2, day: 29))
        #expect(day.adding(days: -365) == Day(year: 2026, month: 12, day: 31))
        #expect(Day(year: 2028, month: 3, day: 1).days(since: Day(year: 2028, month: 2, day: 1)) == 29)
    }

    @Test func addsMonthsKeepingTheDayOrTheMonthsEnd() {
        #expect(Day(year: 2026, month: 11, day: 30).adding(months: 3) == Day(year: 2027, month: 2, day: 28))
        #expect(Day(year: 2026, month: 1, day: 15).adding(months: -1) == Day(year: 2025, month: 12, day: 15))
        #expect(Day(year: 2026, month: 1, day: 15).adding(months: -13) == Day(year: 2024, month: 12, day: 15))
        #expect(Day(year: 2026, month: 5, day: 31).adding(months: 24) == Day(year: 2028, month: 5, day: 31))
    }

    @Test func readsTheLocalClock() throws {
        let amsterdam = try #require(TimeZone(identifier: "Europe/Amsterdam"))
        let clock = LocalClock(amsterdam)
        let reading = clock.reading(at: Timestamp.date(from: "2026-06-30T22:15:09Z")!)
        #expect(reading.day == Day(year: 2026, month: 7, day: 1))
        #expect(reading.time == TimeOfDay(hour: 0, minute: 15, second: 9))
        #expect(Day(Timestamp.date(from: "2026-06-30T21:59:59Z")!, in: amsterdam) == Day(year: 2026, month: 6, day: 30))
        #expect(TimeOfDay(hour: 9, minute: 5).description == "09:05")
        #expect(TimeOfDay(hour: 9, minute: 5, second: 3).description == "09:05:03")
    }
}
