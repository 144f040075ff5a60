import Canvas
import Testing

@Suite struct DisplayWidthTests {
    @Test(
        arguments: [
            ("a", 1), ("~", 1), (" ", 1),
            ("é", 1), ("e\u{301}", 1), ("E\u{308}", 1), ("ë", 1),
            ("日", 2), ("本", 2), ("한", 2), ("Ａ", 2), ("ｱ", 1),
            ("😀", 2), ("👍🏽", 2), ("👨‍👩‍👧", 2), ("🇳🇱", 2),
            ("❤", 1), ("❤\u{FE0F}", 2), ("1\u{FE0F}\u{20E3}", 2),
            ("─", 1), ("→", 1), ("…", 1),
            ("\u{200B}", 0), ("\u{301}", 0), ("\u{200D}", 0), ("\u{FE0F}", 0),
            // Controls are drawn as their escapes, `\u{1B}`, and measured so.
            ("\n", 5), ("\t", 5), ("\u{1B}", 6), ("\u{7F}", 6), ("\u{9B}", 6), ("\u{202E}", 8), ("\r\n", 10),
        ] as [(Character, Int)])
    func characterWidth(character: Character, width: Int) {
        #expect(DisplayWidth.of(character) == width)
    }

    @Test func stringWidthSumsCharacters() {
        #expect("Zorggroep Ëlst 日本".displayWidth == 19)
        #expect("".displayWidth == 0)
        #expect("a\u{0}b".displayWidth == 7)
        #expect(DisplayWidth.of("cafe\u{301} 😀") == 7)
    }

    @Test func wideTableCoversTheCJKPlanes() {
        #expect(DisplayWidth.width(of: "\u{20000}") == 2)
        #expect(DisplayWidth.width(of: "\u{3000}") == 2)
        #expect(DisplayWidth.width(of: "\u{FF01}") == 2)
        #expect(DisplayWidth.width(of: "\u{1100}") == 2)
        #expect(DisplayWidth.width(of: "\u{1160}") == 0)
        #expect(DisplayWidth.width(of: "\u{A4D0}") == 1)
    }
}
