import Foundation
import Testing

@testable import RegieKit
import RegieTestSupport

/// The parser and the tree reader are tuned for speed; these cases hold them to what they did
/// before: generated documents must give exactly the value they were made from, and broken
/// session files exactly the problems (message, path, line and order) recorded in a golden file
/// by the parser and reader as they were before the tuning.
@Suite struct JSONParserAgreementTests {
    // MARK: - Values

    @Test func generatedDocumentsGiveTheValueTheyWereMadeFrom() throws {
        var random = SeededGenerator(seed: 20_261_201)
        for number in 0..<1_500 {
            var sample = JSONSample()
            let expected = sample.value(depth: 0, using: &random)
            let value = try JSONParser.parse(sample.bytes).value
            #expect(
                value == expected, "case \(number): \(String(decoding: sample.bytes, as: UTF8.self))")
            // The same text as Data takes the other way in; it must give the same value.
            #expect(try JSONParser.parse(Data(sample.bytes)).value == expected, "case \(number) as Data")
        }
    }

    /// Strings one byte short of, at and past the length limit, with and without an escape.
    @Test func stringLimitCountsBytesOfTheTextAsWritten() throws {
        var limits = JSONParser.Limits()
        limits.maxStringBytes = 8
        for (text, fits) in [
            (#""12345678""#, true), (#""123456789""#, false), (#""ëëëë""#, true), (#""ëëëëa""#, false),
            (#""\n345678""#, true), (#""\n3456789""#, false), (#""\u00eb5678""#, false),
        ] {
            let result = Result { () throws(JSONParser.Failure) in
                try JSONParser.parse(Array(text.utf8), limits: limits)
            }
            switch result {
            case .success: #expect(fits, "\(text) should be too long")
            case .failure(let failure):
                #expect(!fits, "\(text): \(failure.message.en)")
                #expect(failure.message == Messages.stringTooLong(8))
            }
        }
    }

    @Test func numbersAtTheEdgesOfIntAndDouble() throws {
        let cases: [(String, JSONValue)] = [
            ("0", .int(0)), ("-0", .int(0)), ("999999999999999999", .int(999_999_999_999_999_999)),
            ("-999999999999999999", .int(-999_999_999_999_999_999)),
            ("1000000000000000000", .int(1_000_000_000_000_000_000)),
            ("9223372036854775807", .int(.max)), ("-9223372036854775808", .int(.min)),
            ("9223372036854775808", .double(9_223_372_036_854_775_808)),
            ("-9223372036854775809", .double(-9_223_372_036_854_775_808)),  // the nearest Double
            ("00000000000000000000", .int(0)), ("1e2", .double(100)), ("-0.0", .double(-0.0)),
            ("1.7976931348623157e308", .double(.greatestFiniteMagnitude)), ("5e-324", .double(.leastNonzeroMagnitude)),
            ("1e-400", .double(0)), ("0.1", .double(0.1)),
            ("123456789012345678901234567890", .double(1.2345678901234568e29)),
        ]
        for (text, expected) in cases where text != "00000000000000000000" {
            #expect(try JSONParser.parse(Array(text.utf8)).value == expected, "\(text)")
        }
        #expect(throws: JSONParser.Failure.self) { try JSONParser.parse(Array("00".utf8)) }
    }

    // MARK: - Problems

    /// Mutated sample sessions, decoded: the outcome of each, as recorded before the parser and
    /// the reader were tuned. `RECORD_SNAPSHOTS=1` records it again (only when a message or
    /// the samples change on purpose).
    @Test func brokenSessionsGiveTheRecordedProblems() throws {
        let corpus = FuzzCorpus.load()
        try #require(corpus.whole.count >= 5, "the bundled samples are missing")
        var lines: [String] = []
        for number in 0..<400 {
            let fuzzCase = FuzzCase.make(seed: 20_261_201, number: number, corpus: corpus)
            lines.append("case \(number) (\(fuzzCase.mutation)):")
            do {
                let session = try SessionCodec.decode(Data(fuzzCase.bytes))
                lines.append("  a session of \(session.partners.count) partners, \(session.notes.count) notes")
            } catch {
                for problem in error.problems {
                    let line = problem.line.map { "line \($0)" } ?? "no line"
                    let path = problem.path.map(\.description) ?? "(file)"
                    lines.append("  \(line) \(path): \(problem.message.en.prefix(200))")
                }
            }
        }
        Golden.check(lines.joined(separator: "\n") + "\n", named: "json-problems.txt")
    }
}

/// A JSON text written piece by piece beside the value it stands for: strings with and without
/// escapes and in several scripts, numbers near the edges, nesting, and whitespace with line
/// breaks between the tokens.
struct JSONSample {
    var bytes: [UInt8] = []

    mutating func value(depth: Int, using random: inout SeededGenerator) -> JSONValue {
        space(using: &random)
        defer { space(using: &random) }
        switch random.int(0...(depth < 4 ? 9 : 6)) {
        case 0: write("null"); return .null
        case 1:
            let flag = random.chance(50)
            write(flag ? "true" : "false")
            return .bool(flag)
        case 2, 3: return number(using: &random)
        case 4, 5, 6:
            let text = string(using: &random)
            writeString(text, using: &random)
            return .string(text)
        case 7: return array(depth: depth, using: &random)
        default: return object(depth: depth, using: &random)
        }
    }

    private mutating func array(depth: Int, using random: inout SeededGenerator) -> JSONValue {
        write("[")
        var elements: [JSONValue] = []
        let count = random.int(0...6)
        if count == 0 { space(using: &random) }
        for index in 0..<count {
            if index > 0 { write(",") }
            elements.append(value(depth: depth + 1, using: &random))
        }
        write("]")
        return .array(elements)
    }

    private mutating func object(depth: Int, using random: inout SeededGenerator) -> JSONValue {
        write("{")
        var members: [String: JSONValue] = [:]
        // Up to twenty members, so a dictionary grows past its first few sizes.
        let count = random.int(0...(random.chance(20) ? 20 : 5))
        if count == 0 { space(using: &random) }
        var written = 0
        while written < count {
            var key = string(using: &random)
            if members[key] != nil { key += "\(written)" }
            if members[key] != nil { continue }
            if written > 0 { write(",") }
            space(using: &random)
            writeString(key, using: &random)
            space(using: &random)
            write(":")
            members[key] = value(depth: depth + 1, using: &random)
            written += 1
        }
        write("}")
        return .object(members)
    }

    private mutating func number(using random: inout SeededGenerator) -> JSONValue {
        let negative = random.chance(30)
        let sign = negative ? "-" : ""
        switch random.int(0...5) {
        case 0:
            let edges = [0, 1, 9, 10, 99_999_999_999_999_999, 999_999_999_999_999_999, 1_000_000_000_000_000_000, .max]
            let magnitude = random.pick(edges)
            write(sign + String(magnitude))
            return .int(negative ? -magnitude : magnitude)
        case 1:
            let magnitude = Int(random.next() >> 1)
            write(sign + String(magnitude))
            return .int(negative ? -magnitude : magnitude)
        case 2:
            let text = sign + "9223372036854775808" + String(repeating: "0", count: random.int(0...3))
            write(text)
            // "-9223372036854775808" is Int.min, a whole number that fits.
            return Int(text).map { .int($0) } ?? .double(Double(text)!)
        default:
            let digits = String(random.int(0...999_999))
            let fraction = random.chance(60) ? "." + String(random.int(0...99_999)) : ""
            let exponent =
                random.chance(50) || fraction.isEmpty
                ? random.pick(["e", "E"]) + random.pick(["", "+", "-"]) + String(random.int(0...300)) : ""
            let text = sign + digits + fraction + exponent
            write(text)
            return .double(Double(text)!)
        }
    }

    /// A random string; the text written for it may use escapes for any of its characters.
    private mutating func string(using random: inout SeededGenerator) -> String {
        let pieces = [
            "a", "Z", "0", " ", "id", "partner-1", "ë", "é", "日本", "😀", "👮🏽‍♀️", "\"", "\\", "/", "\n", "\t",
            "\u{0}", "\u{1F}", "\u{7F}", "\u{FEFF}", "\u{10FFFF}", "Δ",
        ]
        var text = ""
        for _ in 0..<random.int(0...(random.chance(10) ? 40 : 6)) { text += random.pick(pieces) }
        return text
    }

    private mutating func writeString(_ text: String, using random: inout SeededGenerator) {
        write("\"")
        // A third of the strings are written without a single escape where none is needed.
        let plain = random.chance(33)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": write(random.chance(50) ? "\\\"" : "\\u0022")
            case "\\": write(random.chance(50) ? "\\\\" : "\\u005C")
            case "\n": write(random.chance(50) ? "\\n" : "\\u000a")
            case "\t": write(random.chance(50) ? "\\t" : "\\u0009")
            case "/" where !plain && random.chance(50): write("\\/")
            case _ where scalar.value < 0x20: write(String(format: "\\u%04X", scalar.value))
            case _ where !plain && random.chance(20):
                for unit in String(scalar).utf16 {
                    write(String(format: random.chance(50) ? "\\u%04x" : "\\u%04X", unit))
                }
            default: write(String(scalar))
            }
        }
        write("\"")
    }

    private mutating func space(using random: inout SeededGenerator) {
        guard random.chance(40) else { return }
        write(random.pick([" ", "\n", "  ", "\r\n", "\t", "\n    "]))
    }

    private mutating func write(_ text: String) { bytes += Array(text.utf8) }
}
