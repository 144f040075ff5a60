import Foundation
import RegieKit

/// Small pieces of text the panes share: times, score bars, status markers, tip numbers.
enum PaneFormat {
    /// `2026-03-02 14:05`, in the user's time zone (the file keeps UTC).
    static func minute(_ date: Date, in zone: TimeZone) -> String {
        let stamp = Timestamp.string(from: date.addingTimeInterval(TimeInterval(zone.secondsFromGMT(for: date))))
        // The stamp is ASCII; swapping its bytes spares Foundation's string search, which was a
        // quarter of making a row of notes.
        let t = UInt8(ascii: "T")
        return String(decoding: stamp.utf8.prefix(16).map { $0 == t ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
    }

    /// `14:05`.
    static func clock(_ date: Date, in zone: TimeZone) -> String {
        String(minute(date, in: zone).suffix(5))
    }

    /// `2026-03-02`, or with the time when it is not midnight.
    static func dayOrMinute(_ date: Date, in zone: TimeZone) -> String {
        let text = minute(date, in: zone)
        return text.hasSuffix(" 00:00") ? String(text.prefix(10)) : text
    }

    /// `●●●○○` for 3 out of 5.
    static func bar(_ value: Int, of maximum: Int = Scores.range.upperBound) -> String {
        let filled = max(0, min(maximum, value))
        return String(repeating: "●", count: filled) + String(repeating: "○", count: maximum - filled)
    }

    /// A marker per intervention status that reads without colour.
    static func marker(_ status: InterventionStatus) -> String {
        switch status {
        case .idea: "○"
        case .planned: "◔"
        case .done: "●"
        case .dropped: "×"
        }
    }

    /// `tip 2` or `tips 2·4`; empty without tips.
    static func tips(_ tips: [Int]) -> String {
        guard !tips.isEmpty else { return "" }
        let numbers = tips.map(String.init).joined(separator: "·")
        return (tips.count == 1 ? "tip " : "tips ") + numbers
    }

    /// Names for ids, joined with commas: partners' from the state's table (`AppState.linkName`).
    static func names(_ ids: [String], in state: AppState) -> String {
        ids.map { state.linkName($0) }.joined(separator: ", ")
    }
}
