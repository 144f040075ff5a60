import CNcursesw
import Canvas
import Testing

@testable import NcursesTerminal

@Suite struct StylePaletteTests {
    typealias ColorPair = StylePalette.ColorPair

    @Test func pairsAreAllocatedOnceInOrderOfUse() {
        var palette = StylePalette(mode: .colors(count: 256, pairs: 256, defaultColors: true))
        var defined: [(Int16, ColorPair)] = []
        let red = palette.resolve(Style(foreground: .red)) { defined.append(($0, $1)) }
        let blue = palette.resolve(Style(background: .indexed(24), bold: true)) { defined.append(($0, $1)) }
        let redAgain = palette.resolve(Style(foreground: .red).reversed()) { defined.append(($0, $1)) }
        #expect(red.pair == 1)
        #expect(blue.pair == 2)
        #expect(redAgain.pair == 1)
        #expect(defined.map(\.0) == [1, 2])
        #expect(
            defined.map(\.1) == [ColorPair(foreground: 1, background: -1), ColorPair(foreground: -1, background: 24)])
        #expect(blue.attributes == regie_a_bold())
        #expect(redAgain.attributes == regie_a_reverse())
    }

    @Test func plainNeedsNoPair() {
        var palette = StylePalette(mode: .colors(count: 8, pairs: 64, defaultColors: true))
        let plain = palette.resolve(.plain) { _, _ in Issue.record("no pair needed") }
        #expect(plain.pair == 0)
        #expect(plain.attributes == regie_a_normal())
    }

    @Test func eightColoursUseBoldForBrightForegrounds() {
        var palette = StylePalette(mode: .colors(count: 8, pairs: 64, defaultColors: true))
        var defined: [ColorPair] = []
        let bright = palette.resolve(Style(foreground: .brightRed)) { defined.append($1) }
        #expect(bright.attributes == regie_a_bold())
        #expect(defined == [ColorPair(foreground: 1, background: -1)])
        #expect(StylePalette.number(of: .indexed(196), colors: 8).number == 1)
        #expect(StylePalette.number(of: .indexed(255), colors: 8).number == 7)
    }

    @Test func monochromeKeepsSelectionsVisible() {
        var palette = StylePalette(mode: .monochrome)
        let noPair: (Int16, ColorPair) -> Void = { _, _ in Issue.record("monochrome defines no pairs") }
        #expect(palette.resolve(Style(background: .blue), definePair: noPair).attributes == regie_a_reverse())
        #expect(
            palette.resolve(Style(foreground: .red, dim: true, italic: true), definePair: noPair).attributes
                == regie_a_normal())
        let all = palette.resolve(Style(bold: true, underline: true, reverse: true), definePair: noPair)
        #expect(all.attributes == regie_a_bold() | regie_a_underline() | regie_a_reverse())
        #expect(all.pair == 0)
    }

    @Test func runningOutOfPairsFallsBackToDefaultColours() {
        var palette = StylePalette(mode: .colors(count: 256, pairs: 3, defaultColors: true))
        let pairs = (1...4).map { palette.resolve(Style(foreground: .indexed(UInt8($0)))) { _, _ in }.pair }
        #expect(pairs == [1, 2, 0, 0])
    }
}
