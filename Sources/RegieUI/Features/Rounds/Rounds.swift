import Canvas
import Foundation
import RegieKit

/// Assessment rounds (peilmomenten) in the workbench: recording one from the palette, and the
/// compare view that sets two rounds side by side.
enum Rounds {
    enum Field: String, FieldKey {
        case name, date
    }

    static func form(_ state: AppState, now: Date) -> Form {
        let today = today(now, in: state.timeZone)
        return Form(
            kind: .recordRound,
            title: L("Peilmoment vastleggen", "Record an assessment round"),
            fields: [
                Fields.text(
                    Field.name, L("Naam", "Name"), "",
                    hint: L("Bijv. Nulmeting, Na de werkconferentie", "E.g. Baseline, After the conference")),
                Fields.text(Field.date, L("Datum", "Date"), today.description, hint: L("2026-03-01", "2026-03-01")),
            ])
    }

    static func submit(_ state: inout AppState, _ form: Form, now: Date) throws(FormRefusal) -> [Effect] {
        let name = form.trimmed(Field.name)
        guard !name.isEmpty else { throw FormRefusal(L("Geef het peilmoment een naam", "Give the round a name")) }
        guard let day = Day(form.trimmed(Field.date)) else {
            throw FormRefusal(L("Datum als 2026-03-01", "Date as 2026-03-01"))
        }
        state.modal = nil
        if edit(&state, now: now, { $0.addRound(name: name, date: day) }) {
            state.message = StatusMessage(
                L(
                    "Peilmoment “\(name)” vastgelegd (\(state.session.rounds.count) in totaal); :vergelijk zet ze naast elkaar",
                    "Round “\(name)” recorded (\(state.session.rounds.count) in all); :compare sets them side by side"))
        }
        return []
    }

    // MARK: - Commands

    static func record(_ state: inout AppState, now: Date) {
        guard !state.readOnly else { return readOnly(&state) }
        guard !state.presenting else { return privateInPresentation(&state) }
        openForm(&state, form(state, now: now))
    }

    /// Opens the compare view on the last two rounds, or on the last round and now.
    static func openCompare(_ state: inout AppState, now: Date) {
        guard !state.presenting else { return privateInPresentation(&state) }
        guard !state.shown.rounds.isEmpty else {
            state.message = StatusMessage(
                L(
                    "Nog geen peilmomenten — :peilmoment legt het eerste vast",
                    "No rounds yet — :round records the first"), kind: .warning)
            return
        }
        let pairs = RoundPairs(state.shown, today: today(now, in: state.timeZone))
        state.modal = .compare(RoundCompareState(pair: max(0, pairs.count - 1), today: today(now, in: state.timeZone)))
    }

    static func key(_ state: inout AppState, _ view: RoundCompareState, _ key: Key) {
        let pairs = RoundPairs(state.shown, today: view.today)
        var next = view
        switch key {
        case .escape, .ctrl("c"), .character("q"), .enter:
            state.modal = nil
            return
        case .left, .character("["): next.pair = max(0, view.pair - 1)
        case .right, .character("]"): next.pair = min(pairs.count - 1, view.pair + 1)
        case .up, .character("k"): next.scroll = max(0, view.scroll - 1)
        case .down, .character("j"): next.scroll += 1
        case .pageUp: next.scroll = max(0, view.scroll - 10)
        case .pageDown, .character(" "): next.scroll += 10
        case .home, .character("g"): next.scroll = 0
        default: return
        }
        if next.pair != view.pair { next.scroll = 0 }
        state.modal = .compare(next)
    }

    /// The calendar day `now` falls on where the user is.
    static func today(_ now: Date, in zone: TimeZone) -> Day {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day], from: now)
        return Day(year: c.year!, month: c.month!, day: c.day!)
    }

    private static func privateInPresentation(_ state: inout AppState) {
        state.message = StatusMessage(
            L("Peilmomenten zijn privé: niet in de presentatiemodus", "Rounds are private: not in presentation mode"),
            kind: .warning)
    }
}

/// What the compare view shows: which pair of rounds, scrolled how far.
public struct RoundCompareState: Hashable, Sendable {
    /// Index into `RoundPairs`: consecutive rounds, then the last round against now.
    public var pair: Int
    /// The day "now" stands for, fixed when the view opened.
    public var today: Day
    public var scroll = 0
}

/// The pairs the compare view steps through: each round against the next, and the last one
/// against the session as it is now.
struct RoundPairs {
    let pairs: [(from: AssessmentRound, to: AssessmentRound)]

    init(_ session: Session, today: Day) {
        let rounds = session.rounds
        var pairs = zip(rounds, rounds.dropFirst()).map { ($0, $1) }
        if let last = rounds.last {
            let now = AssessmentRound.current(session, today: max(today, last.date))
            if now.sheet != last.sheet || pairs.isEmpty { pairs.append((last, now)) }
        }
        self.pairs = pairs
    }

    var count: Int { pairs.count }
}
