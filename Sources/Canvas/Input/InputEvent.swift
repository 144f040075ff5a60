/// Something the terminal reports to the run loop.
public enum InputEvent: Hashable, Sendable {
    /// A key press.
    case key(Key)
    /// A mouse click or wheel turn.
    case mouse(MouseEvent)
    /// The terminal now has this size; the app should lay out and draw everything again.
    case resize(Size)
    /// SIGTERM, SIGHUP or SIGINT asked the program to stop: save and leave the loop.
    case terminate
}
