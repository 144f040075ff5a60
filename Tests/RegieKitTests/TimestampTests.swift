import Foundation
import Testing

@testable import RegieKit

/// The hand-written ISO-8601 reader and writer against Foundation's, which they replace.
@Suite struct TimestampTests {
    /// What `Timestamp.date(from:)` did before: Foundation's formatters, fractions first.
    static func foundationDate(from text: String) -> Date? {
        if let day = foundationDay(text) { return day }
        let withFraction = ISO8601DateFormatter()
        withFraction.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let date = withFraction.date(from: text) { return date }
        let plain = ISO8601DateFormatter()
        plain.formatOptions = [.withInternetDateTime]
        return plain.date(from: text)
    }

    static func foundationDay(_ text: String) -> Date? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(year: y, month: m, day: d)
        guard let date = calendar.date(from: components),
            calendar.dateComponents([.year, .month, .day], from: date) == components
        else { return nil }
        return date
    }

    /// Valid date-times in every form the reader accepts. Years from 1600: before the Gregorian
    /// reform Foundation counts in the Julian calendar, ISO-8601 (and this reader) does not.
    static func validForm(_ random: inout TestRandom) -> String {
        let year = random.int(1600...9999)
        let month = random.int(1...12)
        let day = random.int(1...Day.daysIn(month: month, year: year))
        var text = Day(year: year, month: month, day: day).description
        guard random.int(0...9) > 0 else { return text }
        text +=
            "T" + [random.int(0...23), random.int(0...59), random.int(0...59)].map { pad($0) }.joined(separator: ":")
        if random.int(0...2) == 0 {
            text += "." + (0..<random.int(1...9)).map { _ in String(random.int(0...9)) }.joined()
        }
        let sign = random.int(0...1) == 0 ? "+" : "-"
        let hours = pad(random.int(0...23))
        let minutes = pad(random.int(0...59))
        switch random.int(0...4) {
        case 0: text += "Z"
        case 1: text += "z"
        case 2: text += sign + hours + ":" + minutes
        case 3: text += sign + hours + minutes
        default: text += sign + hours
        }
        return text
    }

    static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// Foundation cuts fractions to milliseconds (and loses a little more to `Double` far from
    /// 2001); the file keeps whole seconds.
    static func agree(_ a: Date?, _ b: Date?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return abs(a.timeIntervalSince1970 - b.timeIntervalSince1970) < 0.002
    }

    @Test func agreesWithFoundationOnEveryValidForm() {
        var random = TestRandom(seed: 2026)
        for _ in 0..<3000 {
            let text = Self.validForm(&random)
            let ours = Timestamp.date(from: text)
            #expect(ours != nil, "\(text)")
            #expect(Self.agree(ours, Self.foundationDate(from: text)), "\(text)")
        }
    }

    /// Valid forms with one or two characters deleted, inserted, replaced or swapped: what the
    /// new reader accepts, Foundation accepts as the same instant; nothing Foundation refuses
    /// gets through.
    @Test func refusesWhatIsNoValidForm() {
        var random = TestRandom(seed: 7)
        let alphabet = Array("0123456789-:+TZz., t\u{0663}")
        var accepted = 0
        for _ in 0..<6000 {
            var characters = Array(Self.validForm(&random))
            for _ in 0..<random.int(1...2) {
                let at = random.int(0...characters.count - 1)
                switch random.int(0...3) {
                case 0: characters.remove(at: at)
                case 1: characters.insert(alphabet[random.int(0...alphabet.count - 1)], at: at)
                case 2: characters[at] = alphabet[random.int(0...alphabet.count - 1)]
                default: if at + 1 < characters.count { characters.swapAt(at, at + 1) }
                }
                if characters.isEmpty { characters = ["0"] }
            }
            let text = String(characters)
            guard let ours = Timestamp.date(from: text) else { continue }
            // A mutated year before the Gregorian reform: Foundation counts Julian days there.
            guard let year = Int(text.prefix(4)), year >= 1600 else { continue }
            accepted += 1
            #expect(Self.agree(ours, Self.foundationDate(from: text)), "\(text)")
        }
        // Some mutations still leave a valid form (a digit for a digit), so both paths ran.
        #expect(accepted > 100)
    }

    /// Where Foundation bent bad text into another instant, the new reader says no.
    @Test(arguments: [
        "2026-11-31T10:00:00Z", "2026-02-29T10:00:00Z", "2026-11-28T24:00:00Z", " 2026-11-28T14:05:00Z",
        "2026-11-28T14:05:00Z\n", "12026-11-28T14:05:00Z", "2026-1-28T14:05:00Z", "2026-11-28T4:05:00Z",
        "2026-11-28T14:05:00+01:60", "2026-11-28T14:05:00+1:00", "2026-11-28T14:05:00+01:00:00",
        "2026-11-28T14:05:00GMT", "2026-11-28T14:05:00.-5Z", "\u{0662}\u{0660}\u{0662}\u{0666}-11-28T14:05:00Z",
        "2026-11-28T14:05:00.9999999999Z", "2026-+1-05",
    ])
    func refusesWhatFoundationBent(text: String) {
        #expect(Timestamp.date(from: text) == nil)
        #expect(Day(text) == nil)
    }

    @Test(arguments: [
        ("2026-11-28T14:05:00Z", 1_795_874_700.0), ("2026-11-28T14:05:00.5+01:00", 1_795_871_100.5),
        ("2026-11-28T14:05:00-0130", 1_795_880_100.0), ("2026-11-28T14:05:00+01", 1_795_871_100.0),
        ("1969-12-31T23:59:59.25Z", -0.75), ("2026-11-28", 1_795_824_000.0), ("2028-02-29T00:00:00z", 1_835_395_200.0),
    ])
    func readsTheForms(text: String, seconds: Double) {
        #expect(Timestamp.date(from: text)?.timeIntervalSince1970 == seconds)
    }

    /// The writer gives the bytes Foundation's formatter gave, so saved files do not change.
    @Test func writesWhatFoundationWrote() {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = TimeZone(identifier: "UTC")
        var random = TestRandom(seed: 11)
        for _ in 0..<3000 {
            // 1600-01-01 … 9999-12-31, with fractions that must be cut, never rounded up.
            let seconds = Double(random.int(-11_676_096_000...253_402_300_799)) + Double(random.int(0...999)) / 1000
            let date = Date(timeIntervalSince1970: seconds)
            #expect(Timestamp.string(from: date) == formatter.string(from: date), "\(seconds)")
            #expect(Day(date).description == String(formatter.string(from: date).prefix(10)))
            #expect(Day(date).date == Self.foundationDay(Day(date).description))
        }
    }

    @Test func daysBeforeTheEpochAndLeapYears() {
        #expect(Day(Date(timeIntervalSince1970: -1)) == Day(year: 1969, month: 12, day: 31))
        #expect(Day(Date(timeIntervalSince1970: -86_400)) == Day(year: 1969, month: 12, day: 31))
        #expect(Day(Date(timeIntervalSince1970: -86_401)) == Day(year: 1969, month: 12, day: 30))
        #expect(Day("2000-02-29")?.date.timeIntervalSince1970 == 951_782_400)
        #expect(Day("1900-02-29") == nil)
        #expect(Day(Day(year: 2400, month: 12, day: 31).date) == Day(year: 2400, month: 12, day: 31))
    }
}

/// The property tests check the same cases on every run.
typealias TestRandom = SeededGenerator
