import Testing

@testable import NcursesTerminal

@Suite struct ASCIIFallbackTests {
    @Test(arguments: [
        ("a", "a"), ("─", "-"), ("━", "-"), ("│", "|"), ("┌", "+"), ("┘", "+"), ("┼", "+"), ("╭", "+"),
        ("→", ">"), ("▶", ">"), ("←", "<"), ("↑", "^"), ("↓", "v"), ("…", "."), ("█", "#"), ("✓", "v"),
        ("e\u{301}", "e"), ("é", "?"), ("日", "?"), ("😀", "?"),
    ])
    func translation(text: String, ascii: String) {
        #expect(ASCIIFallback.translate(text) == ascii)
    }
}
