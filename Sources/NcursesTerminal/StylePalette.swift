import CNcursesw
import Canvas

/// Maps styles to ncurses attributes and colour pairs, allocating each pair the first time
/// a style needs it.
struct StylePalette {
    /// What the terminal can show.
    enum Mode: Equatable {
        /// No colours: only bold, underline and reverse, with any background shown as reverse
        /// so that selections and bars stay visible.
        case monochrome
        /// `count` colours and `pairs` colour pairs; `defaultColors` when -1 means the
        /// terminal's own foreground or background (`use_default_colors` worked).
        case colors(count: Int, pairs: Int, defaultColors: Bool)
    }

    /// What the terminal can show.
    let mode: Mode
    private var pairNumbers: [ColorPair: Int16] = [:]

    /// Creates a palette with no pairs allocated yet.
    init(mode: Mode) {
        self.mode = mode
    }

    /// A foreground and background as terminal colour numbers, -1 for the default.
    struct ColorPair: Hashable {
        var foreground: Int16
        var background: Int16
    }

    /// The attributes and colour pair that show `style`; calls `definePair` (`init_pair`)
    /// for a pair not used before. Pair 0 (the default colours) needs no definition.
    mutating func resolve(_ style: Style, definePair: (Int16, ColorPair) -> Void) -> (attributes: attr_t, pair: Int16) {
        var attributes = regie_a_normal()
        if style.bold { attributes |= regie_a_bold() }
        if style.underline { attributes |= regie_a_underline() }
        guard case .colors(let count, let pairs, let defaultColors) = mode else {
            if style.reverse || style.background != nil { attributes |= regie_a_reverse() }
            return (attributes, 0)
        }
        if style.dim { attributes |= regie_a_dim() }
        if style.italic { attributes |= regie_a_italic() }
        if style.reverse { attributes |= regie_a_reverse() }

        let foreground = Self.number(of: style.foreground, colors: count)
        let background = Self.number(of: style.background, colors: count)
        if foreground.brighten { attributes |= regie_a_bold() }
        let fallback = ColorPair(foreground: 7, background: 0)
        let pair = ColorPair(
            foreground: foreground.number ?? (defaultColors ? -1 : fallback.foreground),
            background: background.number ?? (defaultColors ? -1 : fallback.background))
        if pair == ColorPair(foreground: -1, background: -1) || (!defaultColors && pair == fallback) {
            return (attributes, 0)
        }
        if let number = pairNumbers[pair] { return (attributes, number) }
        let number = pairNumbers.count + 1
        guard number < min(pairs, Int(Int16.max)) else { return (attributes, 0) }
        pairNumbers[pair] = Int16(number)
        definePair(Int16(number), pair)
        return (attributes, Int16(number))
    }

    /// The number of `color` on a terminal with `colors` colours (nil: the default), and
    /// whether bold must stand in for a bright colour the terminal lacks.
    static func number(of color: Color?, colors: Int) -> (number: Int16?, brighten: Bool) {
        guard let color else { return (nil, false) }
        let index = color.paletteIndex
        if index < colors { return (Int16(index), false) }
        if index < 16 { return (Int16(index - 8), true) }
        return (Int16(nearestBasicColor(index, colors: colors)), false)
    }

    /// The closest of the first 8 (or 16) colours to an entry of the xterm 256-colour palette.
    static func nearestBasicColor(_ index: Int, colors: Int) -> Int {
        if index >= 232 {
            let level = index - 232
            if level < 6 { return 0 }
            if level < 14 { return colors >= 16 ? 8 : 0 }
            return colors >= 16 && level >= 20 ? 15 : 7
        }
        let cube = index - 16
        let red = cube / 36, green = (cube / 6) % 6, blue = cube % 6
        let basic = (red >= 3 ? 1 : 0) | (green >= 3 ? 2 : 0) | (blue >= 3 ? 4 : 0)
        let bright = max(red, green, blue) >= 5 && colors >= 16
        return basic == 0 ? 0 : basic + (bright ? 8 : 0)
    }
}
