import Foundation
import Testing

@testable import RegieUI

/// The quick first line of a note or reason is the one splitting into characters gives.
@Suite struct FirstLineTests {
    static func slowFirstLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).first.map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }
            ?? ""
    }

    @Test func agreesWithSplittingIntoLines() {
        let pool = [
            "a", "é", " ", "\t", "\u{A0}", "\u{2003}", "\n", "\r", "\r\n", "\u{85}", "\u{2028}", "\u{2029}", "\u{B}",
            "\u{C}", "日", "e\u{301}", "x",
        ]
        var seed: UInt64 = 3
        var texts = ["", " ", "\n", "Overleg met de wijkagent", "  ingesprongen", "regel\nnog een", "\n\n tweede \n"]
        for _ in 0..<3000 {
            var text = ""
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for _ in 0..<Int(seed >> 60) {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pool[Int(seed >> 33) % pool.count]
            }
            texts.append(text)
        }
        for text in texts {
            #expect(text.firstLine == Self.slowFirstLine(text), "\(text.debugDescription)")
            #expect(text.trimmedForDisplay == text.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }
}
