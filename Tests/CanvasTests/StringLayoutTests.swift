import Canvas
import Testing

@Suite struct StringLayoutTests {
    @Test func truncationAddsAnEllipsisOnlyWhenCutting() {
        #expect("Gemeente".truncated(toWidth: 8) == "Gemeente")
        #expect("Gemeente".truncated(toWidth: 5) == "Geme…")
        #expect("Gemeente".truncated(toWidth: 5, ellipsis: "...") == "Ge...")
        #expect("Gemeente".truncated(toWidth: 0) == "")
        #expect("Gemeente".truncated(toWidth: 2, ellipsis: "...") == "Ge")
    }

    @Test func truncationNeverSplitsAWideCharacter() {
        #expect("日本語".truncated(toWidth: 4) == "日…")
        #expect("日本語".truncated(toWidth: 3) == "日…")
        #expect("a日本".truncated(toWidth: 3, ellipsis: "") == "a日")
        #expect("a日本".truncated(toWidth: 2, ellipsis: "") == "a")
        #expect("e\u{301}tude".truncated(toWidth: 2) == "e\u{301}…")
    }

    @Test func paddingMakesExactWidths() {
        #expect("ab".padded(toWidth: 4) == "ab  ")
        #expect("日本".padded(toWidth: 5) == "日本 ")
        #expect("日本語".padded(toWidth: 4) == "日… ")
        #expect("Ëlst".padded(toWidth: 3) == "Ël…")
        #expect("abc".padded(toWidth: 0) == "")
    }

    @Test func wrapBreaksAtSpaces() {
        #expect("de opgave is leidend".wrapped(toWidth: 10) == ["de opgave", "is leidend"])
        #expect("een twee drie".wrapped(toWidth: 20) == ["een twee drie"])
        #expect("a  b".wrapped(toWidth: 10) == ["a  b"])
        #expect("aaa bbb".wrapped(toWidth: 3) == ["aaa", "bbb"])
    }

    @Test func wrapHardBreaksLongWords() {
        #expect("samenwerkingsverband".wrapped(toWidth: 8) == ["samenwer", "kingsver", "band"])
        #expect("zie samenwerkingsverband".wrapped(toWidth: 8) == ["zie", "samenwer", "kingsver", "band"])
        #expect("日本語です".wrapped(toWidth: 5) == ["日本", "語で", "す"])
    }

    @Test func wrapKeepsExplicitLineBreaksAndIndentation() {
        #expect("".wrapped(toWidth: 10) == [""])
        #expect("a\n".wrapped(toWidth: 10) == ["a", ""])
        #expect("a\n\nb".wrapped(toWidth: 10) == ["a", "", "b"])
        #expect("a\r\nb".wrapped(toWidth: 10) == ["a", "b"])
        #expect("  - punt een".wrapped(toWidth: 8) == ["  - punt", "een"])
    }

    @Test func wrapMeasuresDisplayWidth() {
        #expect("Ëlst é 日本 x".wrapped(toWidth: 6) == ["Ëlst é", "日本 x"])
        #expect("abc".wrapped(toWidth: 0) == ["a", "b", "c"])
    }

    @Test func spacesAreAsManySpacesAsAsked() {
        #expect(String.spaces(-3) == "")
        #expect(String.spaces(0) == "")
        for count in 1...300 {
            #expect(String.spaces(count) == String(repeating: " ", count: count))
        }
        #expect("Ëlst".padded(toWidth: 7) == "Ëlst   ")
    }
}
