import Foundation
import Testing

@testable import RegieKit
import RegieTestSupport

/// Parses `text`, expecting a failure.
private func failure(_ text: String, limits: JSONParser.Limits = .init()) -> JSONParser.Failure? {
    failure(Array(text.utf8), limits: limits)
}

private func failure(_ bytes: [UInt8], limits: JSONParser.Limits = .init()) -> JSONParser.Failure? {
    do {
        let document = try JSONParser.parse(bytes, limits: limits)
        Issue.record("parsed although it should fail: \(document.value)")
        return nil
    } catch {
        return error
    }
}

private func parse(_ text: String, limits: JSONParser.Limits = .init()) throws -> JSONValue {
    try JSONParser.parse(Array(text.utf8), limits: limits).value
}

@Suite("JSON parser")
struct JSONParserTests {
    // MARK: - Values

    @Test func parsesEveryKindOfValue() throws {
        let value = try parse(
            #" { "a" : [1, -2, 0, 3.5, -1e3, 2E+2, true, false, null], "b": {}, "c": [], "d": "x" } "#)
        #expect(
            value
                == .object([
                    "a": .array([
                        .int(1), .int(-2), .int(0), .double(3.5), .double(-1000), .double(200), .bool(true),
                        .bool(false), .null,
                    ]),
                    "b": .object([:]), "c": .array([]), "d": .string("x"),
                ]))
    }

    @Test func keepsWholeNumbersWhole() throws {
        #expect(try parse("9223372036854775807") == .int(Int.max))
        #expect(try parse("-9223372036854775808") == .int(Int.min))
        // Too big for Int: still a number, as a double.
        #expect(try parse("9223372036854775808") == .double(9.223372036854775808e18))
        #expect(try parse("1.0") == .double(1))
    }

    @Test func decodesEscapes() throws {
        let text = #""q\" b\\ s\/ \b\f\n\r\t \u00eb \u65e5\u672c \ud83d\ude00 \u0000""#
        #expect(try parse(text) == .string("q\" b\\ s/ \u{8}\u{c}\n\r\t ë 日本 😀 \u{0}"))
    }

    @Test func readsRawUTF8() throws {
        #expect(try parse("\"Zuidoëst 日本 👮🏽‍♀️\"") == .string("Zuidoëst 日本 👮🏽‍♀️"))
    }

    @Test func acceptsWindowsLineEndingsAndAByteOrderMark() throws {
        let document = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("{\r\n  \"a\": 1,\r\n  \"b\": 2\r\n}\r\n".utf8))
        #expect(document.value == .object(["a": .int(1), "b": .int(2)]))
        #expect(document.lines[JSONPath.root.appending("b")] == 3)
    }

    // MARK: - Lines

    /// Lines are found afterwards for the values asked for and those enclosing them, through
    /// escaped keys, skipped lists and objects, and line breaks between values.
    @Test func findsTheLinesOfTheValuesAskedFor() throws {
        let text = "{\n \"a\\u0022b\": [1,\n {\"c\": [\n\"x\\\"]\", {}]}],\n \"skip\": [{\n}, \"\\\\\"], \"d\":\n 2\n}"
        let document = try JSONParser.parse(Array(text.utf8))
        let root = JSONPath.root
        let list = root.appending("a\"b")
        let inner = list.appending(1).appending("c")
        #expect(
            document.lines(for: [inner.appending(1), root.appending("d"), inner.appending(7)]) == [
                root: 1, list: 2, list.appending(1): 3, inner: 3, inner.appending(1): 4, root.appending("d"): 7,
            ])
        #expect(document.lines(for: [JSONPath]()) == [:])
        // The whole table holds every value, the skipped ones too.
        #expect(document.lines[root.appending("skip").appending(1)] == 6)
        #expect(document.lines[inner.appending(0)] == 4)
        #expect(document.lines.count == 11)
    }

    @Test func remembersTheLineOfEveryValue() throws {
        let text = """
            {
              "partners": [
                {
                  "id": "a",
                  "scores": {"influence": 3,
                    "trust": 9}
                },

                "second"
              ]
            }
            """
        let lines = try JSONParser.parse(Array(text.utf8)).lines
        let partners = JSONPath.root.appending("partners")
        #expect(lines[.root] == 1)
        #expect(lines[partners] == 2)
        #expect(lines[partners.appending(0)] == 3)
        #expect(lines[partners.appending(0).appending("id")] == 4)
        #expect(lines[partners.appending(0).appending("scores")] == 5)
        #expect(lines[partners.appending(0).appending("scores").appending("influence")] == 5)
        #expect(lines[partners.appending(0).appending("scores").appending("trust")] == 6)
        #expect(lines[partners.appending(1)] == 9)
    }

    @Test func printsPathsReadably() {
        let path = JSONPath.root.appending("partners").appending(3).appending("scores").appending("influence")
        #expect(path.description == "partners[3].scores.influence")
        #expect(JSONPath.root.description == "(top level)")
        #expect(JSONPath.root.appending("reflections").appending("1").description == #"reflections["1"]"#)
        #expect(JSONPath.root.appending("a \"b\"").description == #"["a \"b\""]"#)
    }

    // MARK: - Bad input

    @Test func rejectsTextThatIsNotJSON() throws {
        let f = try #require(failure("hello"))
        #expect(f.line == 1)
        #expect(f.column == 1)
        #expect(f.message.en == "expected a value, found 'h'")
        #expect(f.message.nl == "verwacht een waarde, gevonden 'h'")
    }

    @Test func rejectsAnEmptyDocument() throws {
        #expect(failure("")?.message == Messages.emptyFile)
        #expect(failure(" \n\t\r\n ")?.message == Messages.emptyFile)
    }

    @Test func rejectsTextAfterTheValue() throws {
        let f = try #require(failure("{}\n\n{}"))
        #expect(f.message == Messages.trailingContent)
        #expect(f.line == 3)
    }

    @Test(arguments: ["NaN", "Infinity", "-Infinity", "[1, NaN]", #"{"a": Infinity}"#, "[-Infinity]"])
    func rejectsNaNAndInfinity(text: String) {
        #expect(failure(text)?.message == Messages.notANumber)
    }

    @Test(arguments: ["01", "[1.]", ".5", "[1e]", "[1e+]", "[-]", "--1", "+1", "0x10", "1e400", "-1e400"])
    func rejectsMalformedNumbers(text: String) {
        let message = failure(text)?.message
        #expect(message != nil)
        #expect(message != Messages.truncated)
    }

    @Test(arguments: [
        (#""a\x""#, Messages.badEscape), (#""\u12G4""#, Messages.badEscape),
        (#""\udc00""#, Messages.badEscape), (#""\ud83d x""#, Messages.badEscape),
        (#""\ud83d\u0041""#, Messages.badEscape), ("\"tab\there\"", Messages.controlInString),
        ("\"line\nbreak\"", Messages.controlInString), ("\"nul\u{0}\"", Messages.controlInString),
    ])
    func rejectsBadStrings(text: String, message: Localized) {
        #expect(failure(text)?.message == message)
    }

    @Test func rejectsALineBreakInAStringOnItsLine() throws {
        let f = try #require(failure("{\n  \"a\": \"not closed,\n  \"b\": 1\n}"))
        #expect(f.message == Messages.controlInString)
        #expect(f.line == 2)
    }

    @Test func rejectsDuplicateKeysNamingTheKeyAndLine() throws {
        let f = try #require(failure("{\n  \"name\": \"a\",\n  \"id\": \"x\",\n  \"name\": \"b\"\n}"))
        #expect(f.message == Messages.duplicateKey("name"))
        #expect(f.message.en.contains("\"name\""))
        #expect(f.line == 4)
        // Nested objects are checked too; the same key in sibling objects is fine.
        #expect(failure(#"[{"a": {"b": 1, "b": 2}}]"#)?.message == Messages.duplicateKey("b"))
        #expect(throws: Never.self) { try parse(#"[{"a": 1}, {"a": 2}]"#) }
    }

    @Test(arguments: [
        ("{\"a\" 1}", "expected ':', found '1'"), ("{\"a\": 1 \"b\": 2}", "expected ',' or '}', found '\"'"),
        ("[1 2]", "expected ',' or ']', found '2'"), ("{a: 1}", "expected a key in \"\", found 'a'"),
        ("[1,]", "expected a value, found ']'"), ("{\"a\": 1,}", "expected a key in \"\", found '}'"),
        ("[tru]", "expected a value, found ']'"), ("[nul1]", "expected a value, found '1'"),
        ("'a'", "expected a value, found '''"), ("\u{1}", "expected a value, found byte 0x01"),
    ])
    func rejectsBrokenSyntaxSayingWhatWasExpected(text: String, expected: String) {
        #expect(failure(text)?.message.en == expected)
    }

    @Test func reportsTheLineAndColumnOfASyntaxError() throws {
        let text = "{\n  \"a\": 1,\n  \"b\": [1, 2,, 3]\n}"
        let f = try #require(failure(text))
        #expect(f.line == 3)
        #expect(f.column == 14)
    }

    @Test func countsColumnsInCharactersNotBytes() throws {
        let f = try #require(failure("[\"ëë日\", x]"))
        #expect(f.line == 1)
        #expect(f.column == 9)
    }

    // MARK: - Invalid UTF-8

    @Test(arguments: [
        [0xFF] as [UInt8], [0xC3, 0x28], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80],
    ])
    func rejectsInvalidUTF8OnTheLineOfTheBadByte(bad: [UInt8]) throws {
        let before = Array("{\n  \"a\": \"ok\",\n  \"b\": \"".utf8)
        let f = try #require(failure(before + bad + Array("\"\n}\n".utf8)))
        #expect(f.line == 3)
        #expect(f.column == 9)
        #expect(f.message == Messages.invalidUTF8(offset: before.count))
        #expect(f.message.en.contains("UTF-8"))
    }

    // MARK: - Truncation

    /// Every way of cutting a valid document short is reported as truncation, never as some
    /// other syntax error: also inside a number, an escape, a word or a multi-byte character.
    @Test func reportsEveryCutAsTruncated() throws {
        let text = #"{"a": [-1.5e+3, true, false, null, "x\u00eb\ud83d\ude00é日本😀\n"], "b": {"c": 10}, "d": []}"#
        let bytes = Array(text.utf8)
        _ = try JSONParser.parse(bytes)
        var wrong: [String] = []
        for length in 1..<bytes.count {
            let prefix = Array(bytes[..<length])
            guard let f = failure(prefix) else { continue }
            if f.message != Messages.truncated {
                wrong.append("\(length): \(String(decoding: prefix, as: UTF8.self)) → \(f.message.en)")
            }
        }
        #expect(wrong.isEmpty, "\(wrong.joined(separator: "\n"))")
    }

    @Test func reportsTruncationOnTheLastLine() throws {
        let f = try #require(failure("{\n  \"a\": [\n    1,\n    2"))
        #expect(f.message == Messages.truncated)
        #expect(f.line == 4)
    }

    // MARK: - Limits

    @Test func acceptsNestingUpToTheLimitAndNotBeyond() throws {
        var limits = JSONParser.Limits()
        limits.maxDepth = 5
        _ = try parse("[[[[[]]]]]", limits: limits)
        _ = try parse(#"{"a":{"a":{"a":{"a":{}}}}}"#, limits: limits)
        #expect(failure("[[[[[[]]]]]]", limits: limits)?.message == Messages.tooDeep(5))
        #expect(failure(#"{"a":{"a":{"a":{"a":{"a":{}}}}}}"#, limits: limits)?.message == Messages.tooDeep(5))
        #expect(JSONParser.Limits().maxDepth == 64)
    }

    @Test(arguments: ["[", "{\"k\":"])
    func refusesTenThousandLevelsWithoutOverflowingTheStack(opener: String) throws {
        let closer = opener == "[" ? "]" : "}"
        let text = String(repeating: opener, count: 10_000) + "1" + String(repeating: closer, count: 10_000)
        let f = try #require(failure(text))
        #expect(f.message == Messages.tooDeep(64))
        #expect(f.message.en.contains("nested too deeply"))
        #expect(f.message.nl.contains("te diep genest"))
    }

    @Test func acceptsStringsUpToTheLimitAndNotBeyond() throws {
        var limits = JSONParser.Limits()
        limits.maxStringBytes = 8
        #expect(try parse("\"12345678\"", limits: limits) == .string("12345678"))
        #expect(try parse("\"ëëëë\"", limits: limits) == .string("ëëëë"))
        #expect(try parse(#"{"12345678": "abcdefgh"}"#, limits: limits) == .object(["12345678": .string("abcdefgh")]))
        #expect(failure("\"123456789\"", limits: limits)?.message == Messages.stringTooLong(8))
        #expect(failure("\"ëëëëx\"", limits: limits)?.message == Messages.stringTooLong(8))
        #expect(failure(#"{"123456789": 1}"#, limits: limits)?.message == Messages.stringTooLong(8))
    }

    @Test func acceptsValuesUpToTheLimitAndNotBeyond() throws {
        var limits = JSONParser.Limits()
        limits.maxValues = 4
        _ = try parse(#"{"a": [1, {}]}"#, limits: limits)
        let f = try #require(failure("[\n1,\n2,\n3,\n4]", limits: limits))
        #expect(f.message == Messages.tooManyValues(4))
        #expect(f.line == 5)
    }

    @Test func refusesAMillionTinyValues() throws {
        let text = "[" + String(repeating: "0,", count: 1_000_000) + "0]"
        #expect(failure(text)?.message.en == "too many values (more than 1000000)")
    }

    @Test func refusesATwoMegabyteString() throws {
        let text = "{\n  \"notes\": \"" + String(repeating: "ab", count: 1 << 20) + "\"\n}"
        let f = try #require(failure(text))
        #expect(f.message == Messages.stringTooLong(1 << 20))
        #expect(f.line == 2)
    }
}
