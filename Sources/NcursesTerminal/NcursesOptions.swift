/// What the ncurses terminal may use besides plain text.
public struct NcursesOptions: Sendable {
    /// Use colours when the terminal has them and `NO_COLOR` is not set.
    public var color: Bool
    /// Report mouse clicks and wheel turns.
    public var mouse: Bool

    /// Creates options; both colour and mouse are on by default.
    public init(color: Bool = true, mouse: Bool = true) {
        self.color = color
        self.mouse = mouse
    }
}
