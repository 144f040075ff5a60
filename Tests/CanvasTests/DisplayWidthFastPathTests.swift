import Testing

@testable import Canvas

/// The quick widths for Latin letters and frame symbols say what the full rule says.
@Suite struct DisplayWidthFastPathTests {
    @Test func quickWidthsAgreeWithTheRule() {
        let ranges: [Range<UInt32>] = [0x0..<0x300, 0x2000..<0x2800]
        var checked = 0
        for value in ranges.joined() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(DisplayWidth.quickWidth(Character(scalar)) == DisplayWidth.width(of: scalar), "U+\(value)")
            checked += 1
        }
        #expect(checked == 0x300 + 0x800)
        // Wide and emoji shapes in the table keep their two columns; others go the long way.
        #expect(DisplayWidth.of(Character("\u{25FE}")) == 2)
        #expect(DisplayWidth.quickWidth("e\u{301}") == nil)
        #expect(DisplayWidth.quickWidth("日") == nil)
    }

    @Test func printableASCIITextIsMeasuredByItsBytes() {
        #expect(DisplayWidth.asciiWidth("Gemeente Dalstede") == 17)
        #expect(DisplayWidth.asciiWidth("tab\there") == nil)
        #expect(DisplayWidth.asciiWidth("Ëlst") == nil)
        #expect(DisplayWidth.of("tab\there") == 7 + DisplayWidth.of(Character("\t")))
    }

    /// The sum over characters, the long way, to compare the quick answer with.
    static func characterSum(_ s: String) -> Int { s.reduce(0) { $0 + DisplayWidth.of($1) } }

    @Test func latinTextIsMeasuredByItsScalarsWhereThatIsTheRule() {
        #expect(DisplayWidth.scalarWidth("Woningcorporatie Ëlst, coöperatie") == 33)
        #expect(DisplayWidth.scalarWidth("◆ privé — zie… ──▶") == 18)
        // Every scalar below U+0400 and in U+2000–U+27FF alone, between letters, before a combining
        // mark, a variation selector or a joiner: the quick answer is the rule's, or there is none.
        var answered = 0
        for value in Array(UInt32(0)..<0x400) + Array(0x2000..<0x2800) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "é" + String(scalar) + "a", String(scalar) + "\u{301}", "\r" + String(scalar)]
            {
                guard let quick = DisplayWidth.scalarWidth(text) else { continue }
                answered += 1
                #expect(quick == Self.characterSum(text), "U+\(String(value, radix: 16)) in \(text.debugDescription)")
            }
        }
        #expect(answered > 2 * (0x5F + 0x260 + 0x700), "printable Latin and most symbols alone and between letters")
        for text in ["tab\there", "e\u{301}", "日本", "a\u{85}b", "\u{200E}x", "x\r\n"] {
            #expect(DisplayWidth.scalarWidth(text) == nil, "\(text.debugDescription)")
        }
        // Seeded random text of Latin, symbols, controls and marks: `of` is the sum either way.
        var seed: UInt64 = 7
        let pool: [String] = [
            "a", "Z", " ", "é", "ë", "ĳ", "ʼ", "\u{A0}", "\u{AD}", "\u{301}", "\t", "\u{9F}", "─", "日", "\r\n",
        ]
        for _ in 0..<2000 {
            var text = ""
            for _ in 0..<Int(seed % 12) {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pool[Int(seed >> 33) % pool.count]
            }
            #expect(DisplayWidth.of(text) == Self.characterSum(text), "\(text.debugDescription)")
        }
    }
}
