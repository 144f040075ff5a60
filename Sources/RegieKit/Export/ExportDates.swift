import Foundation

/// How exports write days and instants for people: in their language and on the clocks of
/// their time zone, as the workbench shows them (`donderdag 17 september 2026, 15:30`). Names
/// of days and months come from `DateWords`, the table dates are typed with.
struct ExportDates {
    let language: Language
    let timeZone: TimeZone
    private let clock: LocalClock

    init(language: Language, timeZone: TimeZone) {
        self.language = language
        self.timeZone = timeZone
        self.clock = LocalClock(timeZone)
    }

    /// The zone as people name it: `Europe/Amsterdam`, `UTC`.
    var zoneName: String { timeZone.identifier == "GMT" ? "UTC" : timeZone.identifier }

    /// `15 maart 2026` / `15 March 2026`.
    func day(_ day: Day) -> String {
        let month = DateWords.months[day.month - 1]
        return "\(day.day) " + (language == .nl ? month.nl : month.en) + " \(day.year)"
    }

    /// `donderdag 17 september 2026, 15:30`; without the time at midnight on these clocks (a
    /// meeting entered as a day, as `DateInput` reads it).
    func dateTime(_ date: Date) -> String {
        let reading = clock.reading(at: date)
        let weekday = DateWords.weekdays[reading.day.weekday.rawValue - 1]
        let day = (language == .nl ? weekday.nl : weekday.en) + " " + self.day(reading.day)
        return reading.time == TimeOfDay(hour: 0, minute: 0) ? day : day + ", " + time(date)
    }

    /// `17 september 2026, 15:30`, for a note.
    func moment(_ date: Date) -> String {
        day(clock.day(at: date)) + ", " + time(date)
    }

    /// `15:30`.
    func time(_ date: Date) -> String {
        let time = clock.reading(at: date).time
        return TimeOfDay(hour: time.hour, minute: time.minute).description
    }

    /// Whether two instants fall on the same day on these clocks.
    func sameDay(_ a: Date, _ b: Date) -> Bool { clock.day(at: a) == clock.day(at: b) }
}
