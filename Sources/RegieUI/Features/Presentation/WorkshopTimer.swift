import Foundation

/// A countdown for a round of a workshop: set in minutes, started, paused and started again. It
/// keeps counting past zero, so the room sees how far over time it is. A value: the clock comes
/// in as `now`, so tests say exactly when time passes.
public struct WorkshopTimer: Hashable, Sendable {
    /// How long the round lasts.
    public var duration: TimeInterval
    /// When it was last started; nil while paused.
    public private(set) var startedAt: Date?
    /// Time run before the last start.
    public private(set) var banked: TimeInterval = 0

    public init(minutes: Int) {
        duration = TimeInterval(minutes * 60)
    }

    public var isRunning: Bool { startedAt != nil }

    public func elapsed(at now: Date) -> TimeInterval {
        banked + (startedAt.map { max(0, now.timeIntervalSince($0)) } ?? 0)
    }

    /// Seconds left; negative once the time is up.
    public func remaining(at now: Date) -> TimeInterval { duration - elapsed(at: now) }

    public mutating func start(at now: Date) {
        guard startedAt == nil else { return }
        startedAt = now
    }

    public mutating func pause(at now: Date) {
        banked = elapsed(at: now)
        startedAt = nil
    }

    /// What the timer shows at `now`.
    public func face(at now: Date) -> TimerFace {
        let remaining = remaining(at: now)
        if remaining > 0 {
            // Rounded up: a ten-minute round starts at 10:00 and shows 0:00 only at its end.
            return TimerFace(text: Self.clock(Int(remaining.rounded(.up))), over: nil, running: isRunning)
        }
        return TimerFace(text: Self.clock(0), over: "+" + Self.clock(Int(-remaining)), running: isRunning)
    }

    /// `12:05` for 725 seconds.
    static func clock(_ seconds: Int) -> String {
        "\(seconds / 60):" + (seconds % 60 < 10 ? "0" : "") + "\(seconds % 60)"
    }
}

/// The timer as the slides draw it; it changes at most once a second, which is when the run loop
/// needs a new frame.
public struct TimerFace: Hashable, Sendable {
    /// `9:59`; `0:00` once the time is up.
    public var text: String
    /// How far past the end, `+1:20`; nil before the end.
    public var over: String?
    public var running: Bool

    /// Whether the time is up.
    public var ended: Bool { over != nil }
}
