import Foundation
import Testing

@testable import RegieKit

/// The session reader looks fields up on the parser's tape by comparing bytes. A dictionary keyed
/// by `String` (what it read before) matched names by their text, not their bytes: these pin that
/// the tape keeps that meaning for names written with escapes or outside ASCII.
@Suite struct JSONTapeTests {
    /// A small valid session as text, with `partner` as the text of its one partner's members.
    private func session(partner: String) -> Data {
        Data(
            """
            {"schemaVersion": 2, "title": "Keten", "partners": [{\(partner)}],
             "relations": [], "perspectives": [], "interventions": [], "meetings": [], "notes": [], "actions": []}
            """.utf8)
    }

    @Test func aFieldNameWrittenWithEscapesIsTheField() throws {
        let decoded = try SessionCodec.decode(session(partner: #""\u0069d": "a", "n\u0061me": "Zorgverzekeraar""#))
        #expect(decoded.partners.map(\.id) == ["a"])
        #expect(decoded.partners[0].name == "Zorgverzekeraar")
        #expect(decoded.partners[0].extra.isEmpty)
    }

    @Test func unknownNamesWithEscapesOrAccentsAreKeptByTheirText() throws {
        let decoded = try SessionCodec.decode(
            session(partner: #""id": "a", "name": "A", "\u00e9xtra": 1, "rôle": "trekker", "sector\u0021": true"#))
        #expect(
            decoded.partners[0].extra == ["éxtra": .int(1), "rôle": .string("trekker"), "sector!": .bool(true)])
    }

    @Test func namesThatAreTheSameTextAreDuplicatesHoweverTheyAreWritten() {
        // Precomposed é against e + combining acute: one name to a String, so one member.
        for text in [#"{"é": 1, "e\u0301": 2}"#, #"{"e\u0301": 1, "é": 2}"#, #"{"id": 1, "\u0069d": 2}"#] {
            #expect(throws: JSONParser.Failure.self, "\(text)") { try JSONParser.parse(Array(text.utf8)) }
        }
        #expect(throws: Never.self) { try JSONParser.parse(Array(#"{"é": 1, "e": 2, "ée": 3}"#.utf8)) }
    }

    /// Keys in byte order are known to differ without comparing each with all; a repeat must
    /// still be found wherever the order breaks.
    @Test func aRepeatedKeyIsFoundWhetherOrNotTheKeysBeforeItAreInOrder() {
        let sorted = (0..<20).map { String(format: "k%02d", $0) }
        let repeats: [[String]] = [
            ["a", "b", "a"], ["a", "b", "c", "b"], ["b", "c", "a", "d", "c"], ["a", "ab", "b", "ab"],
            sorted + ["k05"], sorted + ["a", "k19"], ["b", "a", "c", "a"], ["a", #"\u0062"#, "b"],
        ]
        for keys in repeats {
            let text = "{" + keys.enumerated().map { "\"\($1)\": \($0)" }.joined(separator: ", ") + "}"
            #expect(throws: JSONParser.Failure.self, "\(text)") { try JSONParser.parse(Array(text.utf8)) }
        }
        for keys in [sorted, sorted.reversed(), ["a", "ab", "b", "aa"], ["b", "a", "c", "d"]] {
            let text = "{" + keys.enumerated().map { "\"\($1)\": \($0)" }.joined(separator: ", ") + "}"
            #expect(throws: Never.self, "\(text)") { try JSONParser.parse(Array(text.utf8)) }
        }
    }

    @Test func aLookAlikeNameOutsideASCIIIsAnotherField() throws {
        // "name" with a fullwidth letter is another text, so another member; a decomposed "é"
        // in a value is just text.
        let decoded = try SessionCodec.decode(session(partner: #""id": "a", "name": "Caf\u0065\u0301""#))
        #expect(decoded.partners[0].name == "Café")
        let other = try SessionCodec.decode(session(partner: #""id": "a", "name": "A", "ｎame": "B""#))
        #expect(other.partners[0].name == "A")
        #expect(other.partners[0].extra == ["ｎame": .string("B")])
    }

    @Test func theTreeMadeFromTheTapeIsTheDocument() throws {
        let text = #"{"a": [1, -2.5, true, null, "x\"y", {"b": {}}], "é": [], "c": "\u00e9"}"#
        let value = try JSONParser.parse(Array(text.utf8)).value
        #expect(
            value
                == .object([
                    "a": .array([
                        .int(1), .double(-2.5), .bool(true), .null, .string("x\"y"), .object(["b": .object([:])]),
                    ]),
                    "é": .array([]), "c": .string("é"),
                ]))
    }
}
