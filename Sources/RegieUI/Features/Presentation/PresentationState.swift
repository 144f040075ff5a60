import RegieKit

/// Where a presentation is and what the facilitator set for it. Kept while the workbench is
/// not presenting, so `p` returns to the slide that was on the wall.
public struct PresentationState: Sendable {
    /// Index into the deck (`SlideDeck.slides`); views and keys clamp it to the deck.
    public var slide = 0
    /// The question the facilitator points at on a tip slide.
    public var question = 0
    /// Rows scrolled down on a slide longer than the screen.
    public var scroll = 0
    /// Leaves tension and negotiation lines and every relation note off the slides: naming a
    /// tension between two partners in the room is a choice, not a default.
    public var hidesTensions = false
    public var timer: WorkshopTimer?
    /// What the timer shows, as last drawn; a tick that changes it asks for a new frame.
    public var clock: TimerFace?
    /// The minutes the last timer was set to, offered for the next one.
    public var minutes = 10
    /// Typing on the slide, if any.
    public var editing: Editing?

    public init() {}

    /// Text typed straight into a slide.
    public enum Editing: Hashable, Sendable {
        /// The group's answer to a question of a tip.
        case answer(tip: Int, question: String, LineEditor)
        /// The minutes of the timer.
        case minutes(LineEditor)
    }
}
