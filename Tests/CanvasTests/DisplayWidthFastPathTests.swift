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
}
