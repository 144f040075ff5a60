import Foundation

/// How exports write days and instants for people: in their language and in their time zone,
/// as the workbench shows them (`donderdag 17 september 2026, 15:30`).
///
/// The names of months and days are written out here rather than taken from the system's
/// locale data, so an export reads the same on every machine.
struct ExportDates {
    let language: Language
    let timeZone: TimeZone
    private let calendar: Calendar

    init(language: Language, timeZone: TimeZone) {
        self.language = language
        self.timeZone = timeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    /// The zone as people name it: `Europe/Amsterdam`, `UTC`.
    var zoneName: String { timeZone.identifier == "GMT" ? "UTC" : timeZone.identifier }

    /// `15 maart 2026` / `15 March 2026`.
    func day(_ day: Day) -> String {
        "\(day.day) " + Self.months(language)[day.month - 1] + " \(day.year)"
    }

    /// `donderdag 17 september 2026, 15:30`; without the time when it is midnight in the zone (a
    /// meeting entered as a day).
    func dateTime(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day, .weekday, .hour, .minute], from: date)
        let weekday = Self.weekdays(language)[(c.weekday ?? 1) - 1]
        let day = weekday + " " + self.day(Day(year: c.year ?? 0, month: c.month ?? 1, day: c.day ?? 1))
        return c.hour == 0 && c.minute == 0 ? day : day + ", " + time(date)
    }

    /// `17 september 2026, 15:30`, for a note: the day matters less than when it was written.
    func moment(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return day(Day(year: c.year ?? 0, month: c.month ?? 1, day: c.day ?? 1)) + ", " + time(date)
    }

    /// `15:30`.
    func time(_ date: Date) -> String {
        let c = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
    }

    /// Whether two instants fall on the same day in the zone.
    func sameDay(_ a: Date, _ b: Date) -> Bool { calendar.isDate(a, inSameDayAs: b) }

    private static func months(_ language: Language) -> [String] {
        switch language {
        case .nl:
            [
                "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                "oktober", "november", "december",
            ]
        case .en:
            [
                "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                "November", "December",
            ]
        }
    }

    /// Sunday first, as `Calendar`'s weekday numbers count.
    private static func weekdays(_ language: Language) -> [String] {
        switch language {
        case .nl: ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"]
        case .en: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        }
    }
}
