import Testing

@testable import Canvas

/// Drawing and cutting text by its scalars (when each is a character of its own) gives what
/// going character by character gives. A zero-width space at the end sends the same text the
/// long way, and adds nothing to it on screen.
@Suite struct ScalarFastPathTests {
    static func texts() -> [String] {
        let pool = ["a", "Z", " ", "é", "Ë", "ĳ", "…", "—", "◆", "─", "▶", "⌚", "☀", "\u{A0}", "ʼ"]
        var seed: UInt64 = 21
        var texts = ["", "Woningcorporatie Ëlst", "⌚⌚⌚", "── ◆ privé …"]
        for _ in 0..<1500 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            var text = ""
            for _ in 0..<Int(seed >> 59) {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pool[Int(seed >> 33) % pool.count]
            }
            texts.append(text)
        }
        return texts
    }

    @Test func putDrawsWhatTheCharacterPathDraws() {
        for (index, text) in Self.texts().enumerated() {
            #expect(DisplayWidth.scalarWidth(text) != nil)
            let x = index % 9 - 3
            let clip = Rect(x: index % 4, y: 0, width: 3 + index % 11, height: 2)
            var quick = CellGrid(size: Size(width: 16, height: 2))
            var slow = quick
            quick.put("日本", at: Point(x: 2, y: 1))
            slow.put("日本", at: Point(x: 2, y: 1))
            let a = quick.put(text, at: Point(x: x, y: 1), style: Style(bold: true), clip: clip)
            let b = slow.put(text + "\u{200B}", at: Point(x: x, y: 1), style: Style(bold: true), clip: clip)
            #expect(a == b, "\(text.debugDescription)")
            #expect(quick == slow, "\(text.debugDescription) at \(x) in \(clip)")
        }
    }

    @Test func prefixCutsWhereTheCharacterPathCuts() {
        for text in Self.texts() {
            for width in 0..<12 {
                var slow = (text + "\u{200B}").prefix(fittingWidth: width)
                if slow.hasSuffix("\u{200B}") { slow.removeLast() }
                #expect(text.prefix(fittingWidth: width) == slow, "\(text.debugDescription) in \(width)")
            }
        }
    }
}
