import Foundation
import Testing

@testable import RegieKit
import RegieTestSupport

@Suite struct TerminalTextTests {
    @Test func controlCharactersBecomeVisibleEscapes() {
        #expect(TerminalText.visible("\u{1B}]52;c;UFdORUQ=\u{7}") == #"\u{1B}]52;c;UFdORUQ=\u{7}"#)
        #expect(TerminalText.visible("a\u{0}b\u{7F}c\u{9B}d\u{85}") == #"a\u{0}b\u{7F}c\u{9B}d\u{85}"#)
        #expect(TerminalText.visible("tab\there\rover") == #"tab\u{9}here\u{D}over"#)
        #expect(
            TerminalText.visible("\u{202E}gpj.exe \u{2066}x\u{2069} \u{200F}\u{061C}\u{2028}")
                == #"\u{202E}gpj.exe \u{2066}x\u{2069} \u{200F}\u{61C}\u{2028}"#)
    }

    @Test func lineBreaksAreKeptOnlyWhenMeant() {
        #expect(TerminalText.visible("een\ntwee\r\ndrie\n\r") == "een\ntwee\r\ndrie\n\\u{D}")
        #expect(TerminalText.visible("een\ntwee\r\n", lineBreaks: .escaped) == #"een\u{A}twee\u{D}\u{A}"#)
    }

    @Test func ordinaryTextIsLeftAlone() {
        let text = "Zorggroep Ëlst 日本 👨‍👩‍👧 e\u{301} ❤\u{FE0F} \\u{1B} \u{200B}"
        #expect(TerminalText.visible(text) == text)
        #expect(TerminalText.visible(text, lineBreaks: .escaped) == text)
    }

    @Test func aReportQuotesHostileValuesOnOneLineEach() throws {
        let data = mockData {
            $0["partners", 1, "status"] = .string("\u{1B}]52;c;UFdORUQ=\u{7}")
            $0["partners", 2, "id"] = .string("x\ny.json:1: all fine")
            $0["partners", 0, "scores", "influence\u{1B}[2J"] = .int(1)
        }
        let report = SessionFileError(file: "wijk\u{1B}[H.json", problems: problems(decoding: data)).report(.en)
        #expect(!report.unicodeScalars.contains { $0 != "\n" && TerminalText.isEscaped($0) })
        let lines = report.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == problems(decoding: data).count)
        #expect(lines.allSatisfy { $0.hasPrefix(#"wijk\u{1B}[H.json:"#) })
        #expect(report.contains(#"unknown value "\u{1B}]52;c;UFdORUQ=\u{7}"; allowed: "#))
        #expect(report.contains(#"id "x\u{A}y.json:1: all fine" may only hold"#))
    }
}
