import Foundation
import RegieKit

/// What the analysis says about one version of the session, for the picker (pane 3) and the
/// walkthrough (pane 5): the ranked suggestions and each tip's lines.
///
/// Ranking takes seconds on a session of a thousand partners, so it never runs on the key loop:
/// a tick asks for it with `Effect.analyze`, the run loop computes it on a queue of its own, and
/// `update` keeps the result only while its key still describes the session on screen.
public struct SessionInsights: Sendable {
    /// Which version of the session a result describes.
    public struct Key: Hashable, Sendable {
        /// `AppState.revision`: the edit count.
        public var revision: Int
        /// The day "since last contact" and "overdue" are measured against.
        public var today: Day
        /// Presentation mode analyses only what may be shown (`SessionAnalysis`).
        public var disclosure: Disclosure

        public init(revision: Int, today: Day, disclosure: Disclosure) {
            self.revision = revision
            self.today = today
            self.disclosure = disclosure
        }
    }

    public let key: Key
    /// Ranked, best first.
    public let suggestions: [Suggestion]
    /// Per tip (1–7) what the analysis says about this session, each line with where it leads.
    let walkthrough: [Int: [WalkthroughFinding]]
    /// Per suggestion, the text the picker's search looks in, folded once.
    let searchTexts: [String]

    /// Analyses `session` as `key` says; the work `Effect.analyze` stands for.
    public static func compute(_ session: Session, key: Key) -> SessionInsights {
        let analysis = SessionAnalysis(session, today: key.today, disclosure: key.disclosure)
        let ranked = RegieKit.suggestions(for: analysis)
        let texts = ranked.map { suggestion in
            PickerSearch.fold(
                (PickerSearch.texts(of: suggestion.intervention) + [suggestion.reason.nl, suggestion.reason.en])
                    .joined(separator: "\n"))
        }
        return SessionInsights(
            key: key, suggestions: ranked,
            walkthrough: WalkthroughFindings.lines(analysis, suggestions: ranked), searchTexts: texts)
    }
}

extension AppState {
    /// The day it is for the user at `now`, in their time zone (the file keeps plain days).
    func day(at now: Date) -> Day {
        Day(now.addingTimeInterval(TimeInterval(timeZone.secondsFromGMT(for: now))))
    }

    /// The key the session on screen has now; nil before the clock first ticked.
    var insightsKey: SessionInsights.Key? {
        today.map { SessionInsights.Key(revision: revision, today: $0, disclosure: disclosure) }
    }

    /// The insights, if they describe the session as it is on screen now; nil while computing.
    var currentInsights: SessionInsights? {
        guard let insights, insights.key == insightsKey else { return nil }
        return insights
    }
}

/// Asking for the insights and taking them in.
enum Insights {
    /// On every tick: notes the day, and asks for insights when the session, the day or what
    /// may be shown changed since the last ones — one computation at a time, never per frame.
    static func tick(_ state: inout AppState, now: Date) -> [Effect] {
        state.today = state.day(at: now)
        return request(&state)
    }

    static func request(_ state: inout AppState) -> [Effect] {
        guard let key = state.insightsKey, state.insights?.key != key, state.insightsRequested == nil else {
            return []
        }
        state.insightsRequested = key
        return [.analyze(state.session, key)]
    }

    /// A computation came back: kept when it still describes the session, else dropped and the
    /// current one asked for.
    static func computed(_ state: inout AppState, _ insights: SessionInsights) -> [Effect] {
        if state.insightsRequested == insights.key { state.insightsRequested = nil }
        guard insights.key == state.insightsKey else { return request(&state) }
        state.insights = insights
        return []
    }
}
