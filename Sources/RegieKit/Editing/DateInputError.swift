import Foundation

/// Why typed text is not a date, with a message for the user in both languages that says what
/// is accepted.
public struct DateInputError: Error, Hashable, Sendable {
    /// What was wrong with the text.
    public enum Reason: Error, Hashable, Sendable {
        /// Nothing but white space.
        case empty
        /// Not a form of date that `DateInput` reads.
        case unknown(String)
        /// A month number outside 1–12: `15-13`.
        case noSuchMonth(Int)
        /// A day the month does not have: `31-02`, `29-02-2027`.
        case noSuchDay(day: Int, month: Int, year: Int)
        /// A weekday in front of a date that falls on another: `vr 15 dec 2026`.
        case wrongWeekday(Day, claimed: Weekday)
        /// Written as a time but not one: `25:00`, `9:75`.
        case badTime(String)
        /// A time where only a day belongs.
        case timeNotAllowed
        /// A time the clocks skip that day (summer time starting), in the zone named.
        case skippedTime(Day, TimeOfDay, zone: String)
        /// A year before 1000 or after 9999.
        case outOfRange
    }

    /// What was wrong.
    public var reason: Reason
    /// Whether the field takes a time as well, which the examples in the message then show.
    public var allowsTime: Bool

    /// Wraps `reason` for a field that does or does not take a time.
    public init(_ reason: Reason, allowsTime: Bool) {
        self.reason = reason
        self.allowsTime = allowsTime
    }

    /// The message for the user: what is wrong, and for most reasons what would be read.
    public var message: Localized {
        let problem = reason.text
        switch reason {
        case .wrongWeekday, .badTime, .skippedTime: return problem
        default:
            let hint = allowsTime ? Self.momentHint : Self.dayHint
            return Localized(nl: problem.nl + " " + hint.nl, en: problem.en + " " + hint.en)
        }
    }

    /// The forms a date-only field reads, as examples.
    public static let dayHint = Localized(
        nl: "Typ bijvoorbeeld 15-12-2026, 15-12, 15 dec, vr, morgen, +2w of volgende week.",
        en: "Type for example 15-12-2026, 15-12, 15 Dec, Fri, tomorrow, +2w or next week.")

    /// The forms a field with a date and a time reads, as examples.
    public static let momentHint = Localized(
        nl: "Typ bijvoorbeeld 15-12-2026, 15-12, 15 dec, vr, morgen, +2w of volgende week, "
            + "eventueel met een tijd erachter: vr 14:30, morgen 9u.",
        en: "Type for example 15-12-2026, 15-12, 15 Dec, Fri, tomorrow, +2w or next week, "
            + "with a time after it if you like: Fri 14:30, tomorrow 9u.")
}

extension DateInputError.Reason {
    /// What is wrong, in both languages.
    var text: Localized {
        switch self {
        case .empty:
            return Localized(nl: "Nog geen datum.", en: "No date yet.")
        case .unknown(let text):
            let shown = Self.shortened(text)
            return Localized(
                nl: "„\(shown)” is geen datum die Regie kan lezen.", en: "“\(shown)” is not a date Regie can read.")
        case .noSuchMonth(let month):
            return Localized(
                nl: "Er is geen maand \(month): een datum is dag-maand-jaar.",
                en: "There is no month \(month): a date is day-month-year.")
        case .noSuchDay(let day, let month, let year):
            let names = DateWords.months[month - 1]
            if month == 2, day == 29 {
                return Localized(
                    nl: "29 februari \(year) bestaat niet: \(year) is geen schrikkeljaar.",
                    en: "29 February \(year) does not exist: \(year) is not a leap year.")
            }
            let length = Day.daysIn(month: month, year: year)
            return Localized(
                nl: "\(day) \(names.nl) \(year) bestaat niet: \(names.nl) heeft \(length) dagen.",
                en: "\(day) \(names.en) \(year) does not exist: \(names.en) has \(length) days.")
        case .wrongWeekday(let day, let claimed):
            let date = DateInput.display(day)
            let actual = DateWords.weekdays[day.weekday.rawValue - 1]
            let typed = DateWords.weekdays[claimed.rawValue - 1]
            return Localized(
                nl: "\(date.nl.drop { $0 != " " }.dropFirst()) is een \(actual.nl), geen \(typed.nl).",
                en: "\(date.en.drop { $0 != " " }.dropFirst()) is a \(actual.en), not a \(typed.en).")
        case .badTime(let text):
            let shown = Self.shortened(text)
            return Localized(
                nl: "„\(shown)” is geen tijd: typ uren en minuten, zoals 14:30, 9.30 of 9u.",
                en: "“\(shown)” is not a time: type hours and minutes, such as 14:30, 9.30 or 9u.")
        case .timeNotAllowed:
            return Localized(
                nl: "Hier hoort alleen een datum, zonder tijd.", en: "Only a date goes here, without a time.")
        case .skippedTime(let day, let time, let zone):
            let date = DateInput.display(day)
            return Localized(
                nl: "Op \(date.nl) bestaat \(time) niet in \(zone): de klok springt dan vooruit.",
                en: "On \(date.en) there is no \(time) in \(zone): the clocks go forward then.")
        case .outOfRange:
            return Localized(
                nl: "Die datum valt buiten de jaren 1000–9999.", en: "That date falls outside the years 1000–9999.")
        }
    }

    /// Typed text as a message quotes it: trimmed, and cut with `…` when long.
    private static func shortened(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.count <= 24 ? trimmed : String(trimmed.prefix(23)) + "…"
    }
}
