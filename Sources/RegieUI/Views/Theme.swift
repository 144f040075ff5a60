import Canvas

/// The styles of the workbench. Every distinction that matters also shows without colour
/// (reverse, bold, a marker), so `NO_COLOR` and monochrome terminals stay usable.
public enum Theme {
    public static let selected = Style(reverse: true)
    public static let selectedDim = Style(underline: true)
    public static let header = Style(foreground: .cyan, bold: true)
    public static let tabActive = Style(bold: true, reverse: true)
    public static let tab = Style()
    public static let border = Style(foreground: .gray)
    public static let borderFocused = Style(foreground: .cyan, bold: true)
    public static let label = Style(foreground: .cyan)
    public static let heading = Style(bold: true)
    public static let dim = Style(foreground: .gray, dim: true)
    public static let letGo = Style(foreground: .gray, dim: true)
    public static let warning = Style(foreground: .yellow, bold: true)
    public static let error = Style(foreground: .red, bold: true)
    public static let ok = Style(foreground: .green)
    public static let statusBar = Style(reverse: true)
    public static let key = Style(foreground: .yellow, bold: true)
    public static let privateMark = Style(foreground: .magenta)
    public static let score = Style(foreground: .green)
}
