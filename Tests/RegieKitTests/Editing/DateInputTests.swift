import Foundation
import Testing

@testable import RegieKit

/// Thursday 10 December 2026 in Amsterdam (CET, UTC+1), the today of most tests.
private let thursday = Day(year: 2026, month: 12, day: 10)
private let amsterdam = TimeZone(identifier: "Europe/Amsterdam")!
private let input = DateInput(today: thursday, timeZone: amsterdam)

private func day(_ text: String) -> Day? { try? input.day(text) }

private func d(_ iso: String) -> Day { Day(iso)! }

private func instant(_ iso: String) -> Date { Timestamp.date(from: iso)! }

@Suite struct DateInputDayTests {
    @Test(arguments: [
        ("2026-12-15", "2026-12-15"), ("2026-1-5", "2026-01-05"), ("15-12-2026", "2026-12-15"),
        ("15/12/2026", "2026-12-15"), ("15.12.2026", "2026-12-15"), ("15-12-26", "2026-12-15"),
        ("5-1-27", "2027-01-05"), ("15-dec-2026", "2026-12-15"),
        ("  15-12-2026 ", "2026-12-15"),
    ])
    func readsDayMonthYear(text: String, expected: String) {
        #expect(day(text) == d(expected), "\(text)")
    }

    /// Without a year: the day nearest today, at most half a year away.
    @Test(arguments: [
        ("15-12", "2026-12-15"), ("15/12", "2026-12-15"), ("15.12", "2026-12-15"), ("10-12", "2026-12-10"),
        ("5-12", "2026-12-05"), ("15-01", "2027-01-15"), ("15-1", "2027-01-15"), ("1-6", "2027-06-01"),
        ("15 mrt", "2027-03-15"), ("3 okt", "2026-10-03"), ("3 oct", "2026-10-03"), ("1 mei", "2027-05-01"),
        ("1 May", "2027-05-01"),
    ])
    func readsADayWithoutAYearAsTheNearest(text: String, expected: String) {
        #expect(day(text) == d(expected), "\(text)")
    }

    @Test(arguments: [
        "15 dec", "15 december", "15 December 2026", "15 dec 26", "dec 15", "December 15, 2026", "15 dec.",
        "15 DEC", "15 decem", "di 15 dec 2026", "Tue 15 Dec 2026", "dinsdag 15 december", "Tuesday, December 15",
    ])
    func readsMonthNamesInBothLanguages(text: String) {
        #expect(day(text) == d("2026-12-15"), "\(text)")
    }

    /// Today is Thursday: its own name means next week's Thursday, never today.
    @Test(arguments: [
        ("vr", "2026-12-11"), ("vrijdag", "2026-12-11"), ("VR", "2026-12-11"), ("vrij", "2026-12-11"),
        ("fri", "2026-12-11"), ("Friday", "2026-12-11"), ("vr.", "2026-12-11"), ("za", "2026-12-12"),
        ("zo", "2026-12-13"), ("zondag", "2026-12-13"), ("sun", "2026-12-13"), ("ma", "2026-12-14"),
        ("mon", "2026-12-14"), ("di", "2026-12-15"), ("tues", "2026-12-15"), ("wo", "2026-12-16"),
        ("wed", "2026-12-16"), ("do", "2026-12-17"), ("donderdag", "2026-12-17"), ("thu", "2026-12-17"),
        ("thursday", "2026-12-17"), ("volgende vr", "2026-12-11"), ("next fri", "2026-12-11"),
        ("komende donderdag", "2026-12-17"), ("vorige vr", "2026-12-04"), ("afgelopen maandag", "2026-12-07"),
        ("last thu", "2026-12-03"), ("vorige do", "2026-12-03"),
    ])
    func readsWeekdaysAsTheNextOne(text: String, expected: String) {
        #expect(day(text) == d(expected), "\(text)")
    }

    @Test(arguments: [
        ("vandaag", "2026-12-10"), ("today", "2026-12-10"), ("Vandaag", "2026-12-10"), ("morgen", "2026-12-11"),
        ("tomorrow", "2026-12-11"), ("overmorgen", "2026-12-12"), ("day after tomorrow", "2026-12-12"),
        ("gisteren", "2026-12-09"), ("yesterday", "2026-12-09"), ("eergisteren", "2026-12-08"),
        ("volgende week", "2026-12-14"), ("next week", "2026-12-14"), ("komende week", "2026-12-14"),
    ])
    func readsWordsForDaysNearToday(text: String, expected: String) {
        #expect(day(text) == d(expected), "\(text)")
    }

    @Test(arguments: [
        ("+3d", "2026-12-13"), ("+3", "2026-12-13"), ("+ 3 d", "2026-12-13"), ("+3 dagen", "2026-12-13"),
        ("+1 dag", "2026-12-11"), ("+3 days", "2026-12-13"), ("-3d", "2026-12-07"), ("+2w", "2026-12-24"),
        ("+2wk", "2026-12-24"), ("+2 weken", "2026-12-24"), ("+4w", "2027-01-07"), ("+1m", "2027-01-10"),
        ("+1mnd", "2027-01-10"), ("+2 maanden", "2027-02-10"), ("+1j", "2027-12-10"), ("+1y", "2027-12-10"),
        ("over 3 dagen", "2026-12-13"), ("over 2 weken", "2026-12-24"), ("in 2 weeks", "2026-12-24"),
        ("in 1 month", "2027-01-10"),
    ])
    func readsSpansFromToday(text: String, expected: String) {
        #expect(day(text) == d(expected), "\(text)")
    }

    @Test func aMonthLaterIsTheLastDayOfAShorterMonth() throws {
        let january31 = DateInput(today: d("2027-01-31"), timeZone: amsterdam)
        #expect(try january31.day("+1m") == d("2027-02-28"))
        #expect(try january31.day("+3m") == d("2027-04-30"))
        #expect(try DateInput(today: d("2028-01-31"), timeZone: amsterdam).day("+1m") == d("2028-02-29"))
        #expect(try DateInput(today: d("2028-02-29"), timeZone: amsterdam).day("+1j") == d("2029-02-28"))
        #expect(try DateInput(today: d("2027-03-31"), timeZone: amsterdam).day("-1m") == d("2027-02-28"))
    }

    @Test func rollsOverTheYearBothWays() throws {
        let december28 = DateInput(today: d("2026-12-28"), timeZone: amsterdam)  // a Monday
        #expect(try december28.day("15-01") == d("2027-01-15"))
        #expect(try december28.day("15 jan") == d("2027-01-15"))
        #expect(try december28.day("vr") == d("2027-01-01"))
        #expect(try december28.day("volgende week") == d("2027-01-04"))
        #expect(try december28.day("+1w") == d("2027-01-04"))
        #expect(try december28.day("ma") == d("2027-01-04"))
        let january3 = DateInput(today: d("2027-01-03"), timeZone: amsterdam)  // a Sunday
        #expect(try january3.day("20-12") == d("2026-12-20"))
        #expect(try january3.day("vorige vr") == d("2027-01-01"))
        #expect(try january3.day("volgende week") == d("2027-01-04"))
        #expect(try january3.day("gisteren") == d("2027-01-02"))
    }

    @Test func readsLeapDays() throws {
        #expect(day("29-02-2028") == d("2028-02-29"))
        #expect(day("29 feb 2024") == d("2024-02-29"))
        #expect(try DateInput(today: d("2027-12-10"), timeZone: amsterdam).day("29-02") == d("2028-02-29"))
        #expect(try DateInput(today: d("2028-02-28"), timeZone: amsterdam).day("morgen") == d("2028-02-29"))
        #expect(try DateInput(today: d("2028-02-28"), timeZone: amsterdam).day("+2d") == d("2028-03-01"))
    }

    @Test func refusesImpossibleDatesSayingWhy() {
        #expect(failure("31-02") == .noSuchDay(day: 31, month: 2, year: 2027))
        #expect(
            message("31-02")
                == Localized(
                    nl: "31 februari 2027 bestaat niet: februari heeft 28 dagen. " + DateInputError.dayHint.nl,
                    en: "31 February 2027 does not exist: February has 28 days. " + DateInputError.dayHint.en))
        #expect(
            message("29-02-2027")
                == Localized(
                    nl: "29 februari 2027 bestaat niet: 2027 is geen schrikkeljaar. " + DateInputError.dayHint.nl,
                    en: "29 February 2027 does not exist: 2027 is not a leap year. " + DateInputError.dayHint.en))
        // The nearest 29 February to December 2026 would be in 2027, which has none.
        #expect(failure("29-02") == .noSuchDay(day: 29, month: 2, year: 2027))
        #expect(message("31-04-2026").en.hasPrefix("31 April 2026 does not exist: April has 30 days. Type for"))
        #expect(failure("0-12-2026") == .noSuchDay(day: 0, month: 12, year: 2026))
        #expect(failure("15-13") == .noSuchMonth(13))
        #expect(failure("12/15/2026") == .noSuchMonth(15))
        #expect(
            message("15-13").nl
                == "Er is geen maand 13: een datum is dag-maand-jaar. Typ bijvoorbeeld 15-12-2026, 15-12, 15 dec, vr, "
                + "morgen, +2w of volgende week.")
    }

    @Test func refusesAWeekdayThatIsNotTheDates() {
        #expect(failure("vr 15 dec 2026") == .wrongWeekday(d("2026-12-15"), claimed: .friday))
        #expect(
            message("vr 15-12-2026")
                == Localized(
                    nl: "15 dec 2026 is een dinsdag, geen vrijdag.", en: "15 Dec 2026 is a Tuesday, not a Friday."))
    }

    @Test func refusesWhatIsNoDate() {
        #expect(failure("") == .empty)
        #expect(failure("   ") == .empty)
        #expect(message(" ").en == "No date yet. " + DateInputError.dayHint.en)
        for text in [
            "xyz", "15-12-202", "15--12", "1-1-999", "ma di", "+99999d", "+3x", "over drie dagen", "morgen vr",
            "15", "2026", "volgende", "in", "+", "12/15/2026/1",
        ] {
            #expect(failure(text) == .unknown(text), "\(text)")
        }
        #expect(
            message("xyz")
                == Localized(
                    nl:
                        "„xyz” is geen datum die Regie kan lezen. Typ bijvoorbeeld 15-12-2026, 15-12, 15 dec, vr, morgen, "
                        + "+2w of volgende week.",
                    en:
                        "“xyz” is not a date Regie can read. Type for example 15-12-2026, 15-12, 15 Dec, Fri, tomorrow, "
                        + "+2w or next week."))
        #expect(message(String(repeating: "lang ", count: 20)).nl.hasPrefix("„lang lang lang lang lan…” is geen"))
        #expect(failure("+9000j") == .outOfRange)
    }

    @Test func refusesATimeWhereOnlyADayBelongs() {
        for text in ["15-12-2026 14:30", "morgen 9u", "morgen 9 uur", "14:30", "2026-12-15T09:00:00Z", "vr 9u30"] {
            #expect(failure(text) == .timeNotAllowed, "\(text)")
        }
        #expect(message("morgen 9u").nl.hasPrefix("Hier hoort alleen een datum, zonder tijd. Typ bijvoorbeeld"))
    }

    /// In a field that takes no time, a dot between two numbers joins day and month.
    @Test func readsDottedDayAndMonthAfterAWeekday() {
        #expect(day("vr 11.12") == d("2026-12-11"))
        #expect(day("do 31.12") == d("2026-12-31"))
    }

    @Test func showsWhatTheTextBecame() {
        #expect(DateInput.display(d("2026-12-11")) == Localized(nl: "vr 11 dec 2026", en: "Fri 11 Dec 2026"))
        #expect(DateInput.display(d("2027-03-01")) == Localized(nl: "ma 1 mrt 2027", en: "Mon 1 Mar 2027"))
        #expect(DateInput.display(d("2027-10-03")) == Localized(nl: "zo 3 okt 2027", en: "Sun 3 Oct 2027"))
        #expect(DateInput.display(d("2027-05-05")) == Localized(nl: "wo 5 mei 2027", en: "Wed 5 May 2027"))
    }

    /// What the field shows beside it reads back as the same day, in both languages.
    @Test func everyDisplayReadsBackAsItsDay() throws {
        var day = d("2026-01-01")
        while day < d("2029-01-01") {
            let shown = DateInput.display(day)
            #expect(try input.day(shown.nl) == day, "\(shown.nl)")
            #expect(try input.day(shown.en) == day, "\(shown.en)")
            #expect(try input.day(DateInput.editableText(day)) == day)
            day = day.adding(days: 1)
        }
    }

    private func failure(_ text: String) -> DateInputError.Reason? {
        do {
            _ = try input.day(text)
            return nil
        } catch {
            #expect(!error.allowsTime)
            return error.reason
        }
    }

    private func message(_ text: String) -> Localized {
        do {
            let found = try input.day(text)
            Issue.record("\(text) read as \(found)")
            return Localized(nl: "", en: "")
        } catch {
            return error.message
        }
    }
}

@Suite struct DateInputMomentTests {
    private func moment(_ text: String, in zone: TimeZone = amsterdam, today: Day = thursday) -> DateInput.Moment? {
        try? DateInput(today: today, timeZone: zone).moment(text)
    }

    @Test(arguments: [
        ("15-12-2026 14:30", "2026-12-15T13:30:00Z"), ("15-12 9.30", "2026-12-15T08:30:00Z"),
        ("15 dec 14.05", "2026-12-15T13:05:00Z"), ("morgen 9u", "2026-12-11T08:00:00Z"),
        ("morgen om 9u", "2026-12-11T08:00:00Z"), ("morgen 9 uur", "2026-12-11T08:00:00Z"),
        ("morgen 14.30 uur", "2026-12-11T13:30:00Z"), ("vr 9u30", "2026-12-11T08:30:00Z"),
        ("vr 14h", "2026-12-11T13:00:00Z"), ("vr 14:30u", "2026-12-11T13:30:00Z"),
        ("tomorrow at 14:30", "2026-12-11T13:30:00Z"), ("Fri 11 Dec 2026 14:30", "2026-12-11T13:30:00Z"),
        ("vr 15.12", "2026-12-11T14:12:00Z"), ("+1w 10:00", "2026-12-17T09:00:00Z"),
        ("volgende week 9u", "2026-12-14T08:00:00Z"), ("2026-12-15 14:30:15", "2026-12-15T13:30:15Z"),
        ("2026-12-15 0:00", "2026-12-14T23:00:00Z"), ("15-12 23:59", "2026-12-15T22:59:00Z"),
    ])
    func readsADayWithATime(text: String, expected: String) throws {
        let found = try #require(moment(text), "\(text)")
        #expect(found.date == instant(expected), "\(text)")
        #expect(found.time != nil)
    }

    @Test(arguments: [
        ("14:30", "2026-12-10T13:30:00Z"), ("9u", "2026-12-10T08:00:00Z"), ("9.30", "2026-12-10T08:30:00Z"),
        ("om 16u", "2026-12-10T15:00:00Z"),
    ])
    func readsATimeAloneAsToday(text: String, expected: String) throws {
        #expect(moment(text)?.date == instant(expected), "\(text)")
    }

    @Test func aDayWithoutATimeStartsAtMidnightOnTheLocalClock() throws {
        let found = try #require(moment("15-12-2026"))
        #expect(found == DateInput.Moment(day: d("2026-12-15"), time: nil, date: instant("2026-12-14T23:00:00Z")))
        #expect(found.display == Localized(nl: "di 15 dec 2026", en: "Tue 15 Dec 2026"))
        // `15.12` alone can be a date, so it is one.
        #expect(moment("15.12") == found)
    }

    @Test func showsTheDayAndTime() throws {
        let found = try #require(moment("15-12-2026 14:30"))
        #expect(found.day == d("2026-12-15"))
        #expect(found.time == TimeOfDay(hour: 14, minute: 30))
        #expect(found.display == Localized(nl: "di 15 dec 2026 14:30", en: "Tue 15 Dec 2026 14:30"))
    }

    @Test func readsSummerTimeWithItsOwnOffset() throws {
        // 15 June nearest to 10 December 2026 is the one past; Amsterdam is then UTC+2.
        #expect(moment("15-06 14:30")?.date == instant("2026-06-15T12:30:00Z"))
        #expect(moment("15-06-2027 14:30")?.date == instant("2027-06-15T12:30:00Z"))
    }

    @Test func theSameTextIsAnotherInstantInAnotherZone() throws {
        let zones = [
            ("America/New_York", "2026-12-15T19:30:00Z"), ("Asia/Tokyo", "2026-12-15T05:30:00Z"),
            ("UTC", "2026-12-15T14:30:00Z"), ("Asia/Kolkata", "2026-12-15T09:00:00Z"),
        ]
        for (name, expected) in zones {
            let zone = try #require(TimeZone(identifier: name))
            #expect(moment("15-12-2026 14:30", in: zone)?.date == instant(expected), "\(name)")
        }
    }

    @Test func refusesATimeTheClocksSkip() {
        do {
            _ = try input.moment("29-03-2026 02:30")
            Issue.record("read a time that does not exist")
        } catch {
            #expect(
                error.reason == .skippedTime(d("2026-03-29"), TimeOfDay(hour: 2, minute: 30), zone: "Europe/Amsterdam"))
            #expect(
                error.message
                    == Localized(
                        nl: "Op zo 29 mrt 2026 bestaat 02:30 niet in Europe/Amsterdam: de klok springt dan vooruit.",
                        en: "On Sun 29 Mar 2026 there is no 02:30 in Europe/Amsterdam: the clocks go forward then."))
        }
        #expect(moment("29-03-2026 03:00")?.date == instant("2026-03-29T01:00:00Z"))
        #expect(moment("29-03-2026 01:59")?.date == instant("2026-03-29T00:59:00Z"))
    }

    @Test func takesTheFirstOfATimeTheClocksShowTwice() {
        #expect(moment("25-10-2026 02:30")?.date == instant("2026-10-25T00:30:00Z"))
        #expect(moment("25-10-2026 03:30")?.date == instant("2026-10-25T02:30:00Z"))
    }

    @Test func readsISOInstantsAsTheyAre() throws {
        let found = try #require(moment("2026-12-15T13:30:00Z"))
        #expect(
            found
                == DateInput.Moment(
                    day: d("2026-12-15"), time: TimeOfDay(hour: 14, minute: 30), date: instant("2026-12-15T13:30:00Z")))
        #expect(moment("2026-12-15T23:30:00Z")?.day == d("2026-12-16"))
        #expect(moment("2026-12-15T14:30:00+01:00")?.date == instant("2026-12-15T13:30:00Z"))
    }

    @Test func refusesWhatIsNoTime() {
        for (text, token) in [
            ("morgen 25:00", "25:00"), ("morgen 9:75", "9:75"), ("morgen 24u", "24u"), ("vr 9:5", "9:5"),
        ] {
            #expect(reason(text) == .badTime(token), "\(text)")
        }
        #expect(
            message("morgen 25:00")
                == Localized(
                    nl: "„25:00” is geen tijd: typ uren en minuten, zoals 14:30, 9.30 of 9u.",
                    en: "“25:00” is not a time: type hours and minutes, such as 14:30, 9.30 or 9u."))
        #expect(reason("morgen xyz") == .unknown("morgen xyz"))
        #expect(message("xyz").en.hasSuffix("with a time after it if you like: Fri 14:30, tomorrow 9u."))
        #expect(reason("31-02 14:30") == .noSuchDay(day: 31, month: 2, year: 2027))
    }

    @Test func todayIsTheDayOnTheLocalClock() throws {
        let lateInAmsterdam = instant("2026-12-10T23:30:00Z")
        #expect(DateInput(now: lateInAmsterdam, timeZone: amsterdam).today == d("2026-12-11"))
        #expect(try DateInput(now: lateInAmsterdam, timeZone: amsterdam).day("morgen") == d("2026-12-12"))
        let losAngeles = try #require(TimeZone(identifier: "America/Los_Angeles"))
        #expect(DateInput(now: instant("2026-12-11T05:00:00Z"), timeZone: losAngeles).today == d("2026-12-10"))
        let kiritimati = try #require(TimeZone(identifier: "Pacific/Kiritimati"))
        #expect(DateInput(now: instant("2026-12-10T12:00:00Z"), timeZone: kiritimati).today == d("2026-12-11"))
    }

    /// The text a form puts in the field for an existing meeting reads back as the same instant.
    @Test func editableTextReadsBackAsTheSameInstant() throws {
        #expect(DateInput.editableText(instant("2026-12-15T13:30:00Z"), in: amsterdam) == "2026-12-15 14:30")
        #expect(DateInput.editableText(instant("2026-12-14T23:00:00Z"), in: amsterdam) == "2026-12-15")
        #expect(DateInput.editableText(instant("2026-12-15T13:30:15Z"), in: amsterdam) == "2026-12-15 14:30:15")
        let tokyo = try #require(TimeZone(identifier: "Asia/Tokyo"))
        for zone in [amsterdam, tokyo, TimeZone(identifier: "UTC")!] {
            var date = instant("2026-01-01T00:00:00Z")
            while date < instant("2027-01-01T00:00:00Z") {
                let text = DateInput.editableText(date, in: zone)
                #expect(try DateInput(today: thursday, timeZone: zone).moment(text).date == date, "\(text)")
                date += 86_400 * 3 + 3_607
            }
        }
    }

    private func reason(_ text: String) -> DateInputError.Reason? {
        do {
            _ = try input.moment(text)
            return nil
        } catch {
            #expect(error.allowsTime)
            return error.reason
        }
    }

    private func message(_ text: String) -> Localized {
        do {
            _ = try input.moment(text)
            return Localized(nl: "", en: "")
        } catch {
            return error.message
        }
    }
}
