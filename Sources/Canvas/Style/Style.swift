/// How a cell looks: colours (nil means the terminal's default) and text attributes.
public struct Style: Hashable, Sendable {
    /// The text colour; nil keeps the terminal's default.
    public var foreground: Color?
    /// The cell colour; nil keeps the terminal's default.
    public var background: Color?
    /// Bold (or bright) text.
    public var bold: Bool
    /// Faint text.
    public var dim: Bool
    /// Italic text, where the terminal has it.
    public var italic: Bool
    /// Underlined text.
    public var underline: Bool
    /// Foreground and background swapped; stays visible without colours.
    public var reverse: Bool

    /// Creates a style; everything defaults to the terminal's plain look.
    public init(
        foreground: Color? = nil, background: Color? = nil, bold: Bool = false, dim: Bool = false,
        italic: Bool = false, underline: Bool = false, reverse: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.italic = italic
        self.underline = underline
        self.reverse = reverse
    }

    /// Default colours, no attributes.
    public static let plain = Style()

    /// Whether this is the plain style.
    public var isPlain: Bool { self == .plain }

    /// This style, bold.
    public func bolded() -> Style { with { $0.bold = true } }
    /// This style, reversed.
    public func reversed() -> Style { with { $0.reverse = true } }
    /// This style, underlined.
    public func underlined() -> Style { with { $0.underline = true } }
    /// This style, dimmed.
    public func dimmed() -> Style { with { $0.dim = true } }
    /// This style, italic.
    public func italicized() -> Style { with { $0.italic = true } }
    /// This style with text colour `c`.
    public func foreground(_ c: Color) -> Style { with { $0.foreground = c } }
    /// This style with cell colour `c`.
    public func background(_ c: Color) -> Style { with { $0.background = c } }

    /// `other` laid over this style: its colours win where set, attributes add up.
    public func patched(with other: Style) -> Style {
        Style(
            foreground: other.foreground ?? foreground, background: other.background ?? background,
            bold: bold || other.bold, dim: dim || other.dim, italic: italic || other.italic,
            underline: underline || other.underline, reverse: reverse || other.reverse)
    }

    private func with(_ change: (inout Style) -> Void) -> Style {
        var copy = self
        change(&copy)
        return copy
    }
}

extension Style: CustomStringConvertible {
    /// Attributes then colours, e.g. `bold reverse fg=red bg=blue`; `plain` when there are none.
    public var description: String {
        var parts: [String] = []
        if bold { parts.append("bold") }
        if dim { parts.append("dim") }
        if italic { parts.append("italic") }
        if underline { parts.append("underline") }
        if reverse { parts.append("reverse") }
        if let foreground { parts.append("fg=\(foreground)") }
        if let background { parts.append("bg=\(background)") }
        return parts.isEmpty ? "plain" : parts.joined(separator: " ")
    }
}
