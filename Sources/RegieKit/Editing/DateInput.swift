import Foundation

/// Reads dates as Dutch (and English) users type them, relative to an injected today and time
/// zone, so the same text always gives the same date in tests.
///
/// Accepted, case and accents folded:
/// - `2026-12-15`, `15-12-2026`, `15/12/2026`, `15.12.2026`, `15-12-26` (20xx): day, month, year;
/// - `15-12`, `15/12`, `15.12`, `15 dec`, `15 december`, `dec 15`:
///   the day nearest today, at most half a year away — `15-01` typed in December is next
///   January, `10-12` typed on 15 December is five days ago;
/// - `15 dec 2026`, `15 december 26`, `vr 15 dec 2026` (a weekday in front must be right);
/// - `vr`, `vrijdag`, `fri`, `friday`, `volgende vr`, `next fri`: the next such day, never today
///   (type `vandaag` for today); `vorige vr`, `last fri`: the one before today;
/// - `vandaag`/`today`, `morgen`/`tomorrow`, `overmorgen`, `gisteren`/`yesterday`;
/// - `+3d`, `+2w`, `+2wk`, `+1m`, `+1j`/`+1y`, `-3d`, `over 3 dagen`, `in 2 weeks`: from today; a
///   month later is the same day of the month, or the month's last day when it is shorter;
/// - `volgende week`, `next week`: the Monday of next week.
///
/// A meeting's date may end with a time: `14:30`, `14.30`, `9u`, `9u30`, `9 uur`, `om 9u`,
/// `at 14:30`; a time alone means today. A dot between two numbers after a day is a time there
/// (`vr 9.30`), while in a date-only field it joins day and month. ISO instants
/// (`2026-12-15T13:30:00Z`) are read as they are.
public struct DateInput: Sendable {
    /// The day that relative words count from.
    public var today: Day
    /// The time zone whose clocks typed times are on.
    public var timeZone: TimeZone

    /// Reads relative to `today`, on the clocks of `timeZone`.
    public init(today: Day, timeZone: TimeZone) {
        self.today = today
        self.timeZone = timeZone
    }

    /// Reads relative to the day it is at `now` in `timeZone`.
    public init(now: Date, timeZone: TimeZone) {
        self.init(today: Day(now, in: timeZone), timeZone: timeZone)
    }

    /// A date typed where only a day belongs, as an action's due date.
    public func day(_ text: String) throws(DateInputError) -> Day {
        do throws(DateInputError.Reason) {
            let tokens = Self.tokens(text)
            guard let last = tokens.last else { throw DateInputError.Reason.empty }
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.contains("T") && Timestamp.date(from: trimmed) != nil || Self.explicitTime(last) != nil
                || last == "uur"
            {
                throw DateInputError.Reason.timeNotAllowed
            }
            return try dayPart(tokens, original: text)
        } catch {
            throw DateInputError(error, allowsTime: false)
        }
    }

    /// A date typed where a time may follow, as a meeting's: the instant, and the day and time it
    /// shows on the clocks of `timeZone`. Without a time, the instant is the start of the day.
    public func moment(_ text: String) throws(DateInputError) -> Moment {
        do throws(DateInputError.Reason) {
            return try readMoment(text)
        } catch {
            throw DateInputError(error, allowsTime: true)
        }
    }

    private func readMoment(_ text: String) throws(DateInputError.Reason) -> Moment {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.contains("T"), let date = Timestamp.date(from: trimmed) {
            let reading = LocalClock(timeZone).reading(at: date)
            return Moment(day: reading.day, time: reading.time, date: date)
        }
        var tokens = Self.tokens(text)
        guard let last = tokens.last else { throw .empty }
        if tokens.count >= 2, last == "uur" {
            tokens.removeLast()
            tokens[tokens.count - 1] += "u"
        }
        var time: TimeOfDay?
        if let explicit = Self.explicitTime(tokens.last!) {
            guard let valid = explicit else { throw .badTime(tokens.last!) }
            time = valid
        } else if tokens.count >= 2 || (try? dayPart(tokens, original: text)) == nil {
            // `9.30` is a time after a day, and alone when it cannot be a date.
            time = Self.dottedTime(tokens.last!)
        }
        if time != nil {
            tokens.removeLast()
            if let word = tokens.last, DateWords.timeWords.contains(word) { tokens.removeLast() }
        }
        let day = tokens.isEmpty ? today : try dayPart(tokens, original: text)
        let clock = LocalClock(timeZone)
        if let time {
            guard let date = clock.instant(day, time) else { throw .skippedTime(day, time, zone: timeZone.identifier) }
            return Moment(day: day, time: time, date: date)
        }
        // A day whose midnight the clocks skip starts when they resume.
        let start =
            clock.instant(day, TimeOfDay(hour: 0, minute: 0)) ?? clock.instant(day, TimeOfDay(hour: 1, minute: 0))
        return Moment(day: day, time: nil, date: start ?? day.date)
    }

    /// A meeting's date as read: the day and, when typed, the time on the clocks of the zone.
    public struct Moment: Hashable, Sendable {
        /// The day on the clocks of the zone.
        public var day: Day
        /// The time typed, or nil when only a day was.
        public var time: TimeOfDay?
        /// The instant, as the session stores it.
        public var date: Date

        /// "vr 15 dec 2026 14:30" / "Fri 15 Dec 2026 14:30", to show beside the field.
        public var display: Localized {
            let day = DateInput.display(day)
            guard let time else { return day }
            return Localized(nl: day.nl + " " + time.description, en: day.en + " " + time.description)
        }
    }

    // MARK: - Showing dates

    /// "vr 15 dec 2026" / "Fri 15 Dec 2026": what a typed date became, to show beside the field.
    public static func display(_ day: Day) -> Localized {
        let weekday = DateWords.weekdays[day.weekday.rawValue - 1]
        let month = DateWords.months[day.month - 1]
        return Localized(
            nl: "\(weekday.nlShort) \(day.day) \(month.nlShort) \(day.year)",
            en: "\(weekday.enShort) \(day.day) \(month.enShort) \(day.year)")
    }

    /// The text to put in a field for editing `day`, which reads back as the same day.
    public static func editableText(_ day: Day) -> String { day.description }

    /// The text to put in a field for editing a meeting at `date`, on the clocks of `timeZone`:
    /// `2026-12-15 14:30`, or `2026-12-15` at midnight; it reads back as the same instant
    /// (to the second).
    public static func editableText(_ date: Date, in timeZone: TimeZone) -> String {
        let reading = LocalClock(timeZone).reading(at: date)
        if reading.time == TimeOfDay(hour: 0, minute: 0) { return reading.day.description }
        return reading.day.description + " " + reading.time.description
    }

    // MARK: - Reading

    /// Folded words, commas as spaces, a full stop after a word dropped (`dec.`).
    private static func tokens(_ text: String) -> [String] {
        TextSearch.fold(text).replacingOccurrences(of: ",", with: " ")
            .split(whereSeparator: \.isWhitespace)
            .map { $0.count > 1 && $0.hasSuffix(".") ? String($0.dropLast()) : String($0) }
    }

    /// The day named by `tokens` (no time among them).
    private func dayPart(_ tokens: [String], original: String) throws(DateInputError.Reason) -> Day {
        let phrase = tokens.joined(separator: " ")
        if let offset = DateWords.relativeDays[phrase] { return today.adding(days: offset) }
        if DateWords.nextWeek.contains(phrase) { return today.adding(days: 8 - today.weekday.rawValue) }
        if let day = span(tokens) { return try checked(day) }
        if tokens.count == 1, let weekday = DateWords.weekday(tokens[0]) { return next(weekday) }
        if tokens.count == 2, let weekday = DateWords.weekday(tokens[1]) {
            if DateWords.comingWords.contains(tokens[0]) { return next(weekday) }
            if DateWords.pastWords.contains(tokens[0]) { return previous(weekday) }
        }
        // A weekday in front of a date must be the date's: "vr 15 dec 2026".
        var rest = tokens
        var claimed: Weekday?
        if rest.count >= 2, let weekday = DateWords.weekday(rest[0]) {
            claimed = weekday
            rest.removeFirst()
        }
        guard let (day, month, year) = Self.calendarDate(rest) else {
            throw .unknown(original)
        }
        let found = try resolve(day: day, month: month, year: year)
        if let claimed, claimed != found.weekday { throw .wrongWeekday(found, claimed: claimed) }
        return found
    }

    /// The next `weekday` after today: one to seven days on.
    private func next(_ weekday: Weekday) -> Day {
        let ahead = (weekday.rawValue - today.weekday.rawValue + 7) % 7
        return today.adding(days: ahead == 0 ? 7 : ahead)
    }

    /// The last `weekday` before today: one to seven days back.
    private func previous(_ weekday: Weekday) -> Day {
        let back = (today.weekday.rawValue - weekday.rawValue + 7) % 7
        return today.adding(days: -(back == 0 ? 7 : back))
    }

    /// A day a file can hold: years 1000–9999.
    private func checked(_ day: Day) throws(DateInputError.Reason) -> Day {
        guard (1000...9999).contains(day.year) else { throw .outOfRange }
        return day
    }

    /// The day that `+3d`, `-2 weken`, `over 3 dagen` or `in 2 weeks` names, counted from today;
    /// a bare `+3` counts days. Nil when the words are no span of time.
    private func span(_ tokens: [String]) -> Day? {
        guard let first = tokens.first else { return nil }
        var text: Substring
        var sign = 1
        let signed = first.hasPrefix("+") || first.hasPrefix("-")
        if signed {
            text = Substring(tokens.joined())
            sign = text.removeFirst() == "-" ? -1 : 1
        } else if DateWords.spanWords.contains(first), tokens.count > 1 {
            text = Substring(tokens.dropFirst().joined())
        } else {
            return nil
        }
        let digits = text.prefix(while: \.isASCIIDigit)
        guard (1...4).contains(digits.count), let count = Int(digits) else { return nil }
        let unitWord = String(text.dropFirst(digits.count))
        guard let unit = unitWord.isEmpty && signed ? .day : DateWords.units[unitWord] else { return nil }
        switch unit {
        case .day: return today.adding(days: sign * count)
        case .week: return today.adding(days: sign * count * 7)
        case .month: return today.adding(months: sign * count)
        case .year: return today.adding(months: sign * count * 12)
        }
    }

    /// Day, month and (when given) year written with numbers or a month's name, in the orders
    /// people use: `15-12-2026`, `2026-12-15`, `15.12.26`, `15-12`, `15 dec 2026`, `dec 15`,
    /// `15-dec`. Whether the calendar has that day is checked later.
    private static func calendarDate(_ tokens: [String]) -> (day: Int, month: Int, year: Int?)? {
        var parts = tokens
        if parts.count == 1 {
            let separators: Set<Character> = ["-", "/", "."]
            let pieces = parts[0].split(whereSeparator: separators.contains)
            guard pieces.count >= 2, parts[0].filter(separators.contains).count == pieces.count - 1 else { return nil }
            parts = pieces.map(String.init)
        }
        func number(_ text: String, digits: ClosedRange<Int>) -> Int? {
            guard digits.contains(text.count), text.allSatisfy(\.isASCIIDigit) else { return nil }
            return Int(text)
        }
        func year(_ text: String) -> Int? {
            number(text, digits: 4...4) ?? number(text, digits: 2...2).map { 2000 + $0 }
        }
        func month(_ text: String) -> Int? { number(text, digits: 1...2) ?? DateWords.month(text) }
        switch parts.count {
        case 2:
            if let d = number(parts[0], digits: 1...2), let m = month(parts[1]) { return (d, m, nil) }
            if let m = DateWords.month(parts[0]), let d = number(parts[1], digits: 1...2) { return (d, m, nil) }
        case 3:
            if let y = number(parts[0], digits: 4...4), let m = number(parts[1], digits: 1...2),
                let d = number(parts[2], digits: 1...2)
            {
                return (d, m, y)
            }
            if let d = number(parts[0], digits: 1...2), let m = month(parts[1]), let y = year(parts[2]) {
                return (d, m, y)
            }
            if let m = DateWords.month(parts[0]), let d = number(parts[1], digits: 1...2), let y = year(parts[2]) {
                return (d, m, y)
            }
        default: break
        }
        return nil
    }

    /// The day `day`-`month`-`year`, or without a year the one nearest today (the later one when
    /// two are equally near); refused when the calendar has no such day.
    private func resolve(day: Int, month: Int, year: Int?) throws(DateInputError.Reason) -> Day {
        guard (1...12).contains(month) else { throw .noSuchMonth(month) }
        // Candidates are compared as day numbers, which 29 February has in every year.
        let nearest = [today.year + 1, today.year, today.year - 1].min { a, b in
            abs(Day(year: a, month: month, day: day).days(since: today))
                < abs(Day(year: b, month: month, day: day).days(since: today))
        }!
        let chosenYear = year ?? nearest
        guard Day.exists(year: chosenYear, month: month, day: day) else {
            throw .noSuchDay(day: day, month: month, year: chosenYear)
        }
        return try checked(Day(year: chosenYear, month: month, day: day))
    }

    /// `14:30`, `14:30:15`, `9u`, `9u30`, `14h`, `14:30u`: a token that can only be a time. Nil
    /// when it is not written as one; `.some(nil)` when it is, but names no time (`25:00`).
    private static func explicitTime(_ token: String) -> TimeOfDay?? {
        var text = Substring(token)
        var marked = false
        if let last = text.last, last == "u" || last == "h" {
            text.removeLast()
            marked = true
        }
        var pieces = text.split(separator: ":", omittingEmptySubsequences: false)
        if pieces.count == 1, marked, text.contains(".") {
            pieces = text.split(separator: ".", omittingEmptySubsequences: false)  // `14.30u`
        } else if pieces.count == 1, !marked, let index = text.firstIndex(where: { $0 == "u" || $0 == "h" }) {
            pieces = [text[..<index], text[text.index(after: index)...]]
            marked = true
        }
        guard marked || pieces.count > 1 else { return nil }
        guard (1...3).contains(pieces.count), pieces.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
            (1...2).contains(pieces[0].count), pieces.dropFirst().allSatisfy({ $0.count == 2 })
        else { return pieces.allSatisfy { $0.allSatisfy(\.isASCIIDigit) } ? .some(nil) : nil }
        let values = pieces.map { Int($0)! }
        let time = TimeOfDay(
            hour: values[0], minute: values.count > 1 ? values[1] : 0, second: values.count > 2 ? values[2] : 0)
        guard time.hour < 24, time.minute < 60, time.second < 60 else { return .some(nil) }
        return .some(time)
    }

    /// `9.30`, `14.05`: a time written with a dot, as Dutch often write it; nil otherwise.
    private static func dottedTime(_ token: String) -> TimeOfDay? {
        let pieces = token.split(separator: ".", omittingEmptySubsequences: false)
        guard pieces.count == 2, (1...2).contains(pieces[0].count), pieces[1].count == 2,
            pieces.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }), let hour = Int(pieces[0]),
            let minute = Int(pieces[1]),
            hour < 24, minute < 60
        else { return nil }
        return TimeOfDay(hour: hour, minute: minute)
    }
}

extension Character {
    /// `0`–`9`, and no other digit.
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
