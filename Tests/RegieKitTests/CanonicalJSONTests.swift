import Foundation
import Testing

@testable import RegieKit
import RegieTestSupport

@Suite("Canonical JSON")
struct CanonicalJSONTests {
    @Test func writesTwoSpaceIndentSortedKeysAndAFinalNewline() {
        let value = JSONValue.object([
            "title": .string("Wijk"),
            "b": .array([.int(1), .object(["z": .bool(true), "a": .null]), .array([])]),
            "a": .object([:]),
            "n": .int(-3),
        ])
        #expect(
            CanonicalJSON.string(value) == """
                {
                  "a": {},
                  "b": [
                    1,
                    {
                      "a": null,
                      "z": true
                    },
                    []
                  ],
                  "n": -3,
                  "title": "Wijk"
                }

                """)
    }

    @Test(arguments: [
        (JSONValue.object([:]), "{}\n"), (.array([]), "[]\n"), (.string(""), "\"\"\n"), (.null, "null\n"),
        (.bool(false), "false\n"), (.int(0), "0\n"), (.double(1.5), "1.5\n"), (.double(2), "2\n"),
        (.double(-0.25), "-0.25\n"),
    ])
    func writesScalarsAndEmptyContainers(value: JSONValue, text: String) {
        #expect(CanonicalJSON.string(value) == text)
    }

    @Test func endsWithExactlyOneNewline() {
        let text = CanonicalJSON.string(.object(["a": .array([.int(1)])]))
        #expect(text.hasSuffix("}\n"))
        #expect(!text.hasSuffix("\n\n"))
    }

    @Test func putsNoSpaceBeforeTheColon() {
        let text = CanonicalJSON.string(.object(["key": .string("value"), "other": .int(1)]))
        #expect(text.contains("\"key\": \"value\""))
        #expect(!text.contains(" :"))
        #expect(!text.contains(":  "))
    }

    @Test func sortsKeysByTheirUTF8Bytes() {
        let keys = ["é", "b", "B", "a", "日", "_", "aa", "A1", "😀", "10", "9"]
        let text = CanonicalJSON.string(.object(Dictionary(uniqueKeysWithValues: keys.map { ($0, JSONValue.int(0)) })))
        let written = text.split(separator: "\n").dropFirst().dropLast().map {
            String($0.drop(while: { $0 == " " }).dropFirst().prefix(while: { $0 != "\"" }))
        }
        #expect(written == ["10", "9", "A1", "B", "_", "a", "aa", "b", "é", "日", "😀"])
    }

    @Test func writesLettersOutsideASCIIAsThemselves() {
        let text = CanonicalJSON.string(.object(["naam": .string("Zuidoëst 日本 👮🏽‍♀️ café"), "ë": .string("é")]))
        #expect(text.contains("\"naam\": \"Zuidoëst 日本 👮🏽‍♀️ café\""))
        #expect(text.contains("\"ë\": \"é\""))
        #expect(!text.contains("\\u"))
    }

    @Test func escapesQuotesBackslashesAndControlCharacters() {
        let value = JSONValue.string("a\"b\\c/d\ne\rf\tg\u{8}h\u{c}i\u{0}j\u{1}k\u{1f}l\u{7f}m")
        #expect(CanonicalJSON.string(value) == #""a\"b\\c/d\ne\rf\tg\bh\fi\u0000j\u0001k\u001fl\u007fm""# + "\n")
        // Keys are escaped the same way.
        #expect(CanonicalJSON.string(.object(["a\nb": .int(1)])) == "{\n  \"a\\nb\": 1\n}\n")
    }

    @Test func neverWritesAControlCharacterRaw() {
        let all = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init)))
        let text = CanonicalJSON.string(.string(all))
        let raw = text.unicodeScalars.dropLast().filter { $0.value < 0x20 }
        #expect(raw.isEmpty)
    }

    @Test func writesNumbersJSONCanRead() throws {
        for number in [0.1, -1e-7, 1e20, 123_456_789.125, -0.0, Double.greatestFiniteMagnitude] {
            let text = CanonicalJSON.string(.double(number))
            let back = try JSONParser.parse(Array(text.utf8)).value
            switch back {
            case .double(let d): #expect(d == number)
            case .int(let i): #expect(Double(i) == number)
            default: Issue.record("\(number) was written as \(text)")
            }
        }
    }

    @Test(arguments: [Double.nan, .infinity, -.infinity])
    func writesValidJSONEvenForNonFiniteNumbers(number: Double) throws {
        let text = CanonicalJSON.string(.array([.double(number)]))
        #expect(throws: Never.self) { try JSONParser.parse(Array(text.utf8)) }
    }

    static let samples: [JSONValue] = [
        .object([
            "list": .array([.string("ë\n\"日本\"\\😀"), .int(Int.max), .int(Int.min), .double(2.5), .bool(true), .null]),
            "nested": .object(["deeper": .object(["deepest": .array([.array([]), .object([:])])])]),
            "": .string(""),
            "control\u{1}": .string("\u{0}\u{1f}\u{7f}"),
        ]),
        .array([.object(["a": .int(1)]), .object(["a": .int(2)])]),
        .string("just a string"),
    ]

    @Test(arguments: samples)
    func parsesBackToTheSameValueAndTheSameText(value: JSONValue) throws {
        let text = CanonicalJSON.string(value)
        let parsed = try JSONParser.parse(Array(text.utf8)).value
        #expect(parsed == value)
        #expect(CanonicalJSON.string(parsed) == text)
    }

    @Test func givesTheSameTextWhateverTheInputLayout() throws {
        let messy = #"{"b":[1,2 , {"y":"\u00eb","x":null}],   "a" : "\u65e5\/"}"#
        let tidy = """
            {
              "a": "日/",
              "b": [
                1,
                2,
                {
                  "x": null,
                  "y": "ë"
                }
              ]
            }

            """
        #expect(CanonicalJSON.string(try JSONParser.parse(Array(messy.utf8)).value) == tidy)
    }
}
