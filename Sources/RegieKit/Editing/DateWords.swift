/// The words for days, months and spans of time that dates are typed and shown with, in Dutch
/// and English: one table each, read by `DateInput` and written by its display.
enum DateWords {
    /// Per weekday, Monday first: Dutch name and abbreviation, English name and abbreviation.
    static let weekdays: [(nl: String, nlShort: String, en: String, enShort: String)] = [
        ("maandag", "ma", "Monday", "Mon"), ("dinsdag", "di", "Tuesday", "Tue"),
        ("woensdag", "wo", "Wednesday", "Wed"), ("donderdag", "do", "Thursday", "Thu"),
        ("vrijdag", "vr", "Friday", "Fri"), ("zaterdag", "za", "Saturday", "Sat"),
        ("zondag", "zo", "Sunday", "Sun"),
    ]

    /// Per month, January first: Dutch name and abbreviation, English name and abbreviation.
    static let months: [(nl: String, nlShort: String, en: String, enShort: String)] = [
        ("januari", "jan", "January", "Jan"), ("februari", "feb", "February", "Feb"),
        ("maart", "mrt", "March", "Mar"), ("april", "apr", "April", "Apr"), ("mei", "mei", "May", "May"),
        ("juni", "jun", "June", "Jun"), ("juli", "jul", "July", "Jul"), ("augustus", "aug", "August", "Aug"),
        ("september", "sep", "September", "Sep"), ("oktober", "okt", "October", "Oct"),
        ("november", "nov", "November", "Nov"), ("december", "dec", "December", "Dec"),
    ]

    /// Days from today that a word names.
    static let relativeDays: [String: Int] = [
        "vandaag": 0, "today": 0, "morgen": 1, "tomorrow": 1, "overmorgen": 2, "day after tomorrow": 2,
        "gisteren": -1, "yesterday": -1, "eergisteren": -2, "day before yesterday": -2,
    ]

    /// "volgende week" / "next week": the Monday that starts it.
    static let nextWeek: Set<String> = ["volgende week", "next week", "komende week"]

    /// Words before a weekday that mean the next one (as the weekday alone does) or the last one.
    static let comingWords: Set<String> = ["volgende", "komende", "aanstaande", "next", "this", "coming"]
    static let pastWords: Set<String> = ["vorige", "afgelopen", "last", "past"]

    /// Words before a span of time: "over 3 dagen", "in 2 weeks".
    static let spanWords: Set<String> = ["over", "in"]

    /// A span of time's unit, named in either language (`+3d`, `+2w`, `+2wk`, `+1m`, `+1j`).
    enum Unit { case day, week, month, year }

    static let units: [String: Unit] = [
        "d": .day, "dg": .day, "dag": .day, "dagen": .day, "day": .day, "days": .day,
        "w": .week, "wk": .week, "wkn": .week, "week": .week, "weken": .week, "weeks": .week,
        "m": .month, "mnd": .month, "maand": .month, "maanden": .month, "month": .month, "months": .month,
        "j": .year, "jr": .year, "jaar": .year, "jaren": .year, "y": .year, "yr": .year, "year": .year,
        "years": .year,
    ]

    /// Words before a time: "morgen om 9u", "Fri at 14:30".
    static let timeWords: Set<String> = ["om", "at", "@"]

    /// The weekday that `word` names: a full name, an abbreviation or the start of a name of at
    /// least two letters, in either language (`vr`, `vrij`, `fri`, `thurs`).
    static func weekday(_ word: String) -> Weekday? {
        unique(word, minimum: 2, in: weekdays).flatMap { Weekday(rawValue: $0 + 1) }
    }

    /// The month (1–12) that `word` names: a name, an abbreviation or the start of a name of at
    /// least three letters, in either language (`mrt`, `okt`, `sept`, `december`).
    static func month(_ word: String) -> Int? {
        unique(word, minimum: 3, in: months).map { $0 + 1 }
    }

    /// The one row that `word` names, by abbreviation or as the start of a full name.
    private static func unique(
        _ word: String, minimum: Int, in table: [(nl: String, nlShort: String, en: String, enShort: String)]
    ) -> Int? {
        guard word.count >= 2 else { return nil }
        let rows = table.indices.filter { row in
            let (nl, nlShort, en, enShort) = table[row]
            if word == nlShort || word == enShort.lowercased() { return true }
            return word.count >= minimum && (nl.hasPrefix(word) || en.lowercased().hasPrefix(word))
        }
        return rows.count == 1 ? rows[0] : nil
    }
}
