import Foundation
import Testing

@testable import RegieKit
import RegieTestSupport

/// Hostile and broken session files, made by mutating the samples with a fixed seed: each must
/// give a session or problems that say where, never a crash, and loading never touches the file.
///
/// The cases are the same on every run. `REGIE_FUZZ_CASES=N` runs another number of them and
/// `REGIE_FUZZ_SEED=S` another sequence, for a longer hunt by hand; a failure names the case's
/// seed and number, and `FuzzCase.make(seed:number:corpus:)` rebuilds it. A crash ends the test
/// process before it can name anything, so `REGIE_FUZZ_TRACE=1` writes each case's name to
/// standard error before it runs.
@Suite struct SessionFuzzTests {
    static let seed: UInt64 =
        ProcessInfo.processInfo.environment["REGIE_FUZZ_SEED"].flatMap { UInt64($0) } ?? 20_260_301
    static let cases = ProcessInfo.processInfo.environment["REGIE_FUZZ_CASES"].flatMap { Int($0) } ?? 2_000
    /// Every this many cases, the file also goes through `SessionFileStore` on disk.
    static let onDiskEvery = 25
    static let trace = ProcessInfo.processInfo.environment["REGIE_FUZZ_TRACE"] != nil

    @Test func mutatedSessionsDecodeOrSayWhereTheyAreWrong() throws {
        let corpus = FuzzCorpus.load()
        try #require(corpus.whole.count >= 5, "the bundled samples are missing")
        for file in corpus.small {
            try #require((try? SessionCodec.decode(Data(file))) != nil, "a cut sample is invalid")
        }
        let folder = try TemporaryFolder()
        var tally = FuzzTally()
        let start = Date()
        let startCPU = Self.threadCPUSeconds()
        for number in 0..<Self.cases {
            let fuzzCase = FuzzCase.make(seed: Self.seed, number: number, corpus: corpus)
            let name = "case \(number) (seed \(Self.seed), \(fuzzCase.mutation))"
            if Self.trace { FileHandle.standardError.write(Data((name + "\n").utf8)) }
            let outcome = check(fuzzCase.bytes, name: name)
            tally.count(outcome, fuzzCase.mutation)
            if number % Self.onDiskEvery == 0 { try checkOnDisk(fuzzCase.bytes, in: folder, name: name) }
        }
        let seconds = Date().timeIntervalSince(start)
        let cpu = Self.threadCPUSeconds() - startCPU
        print(
            "SessionFuzzTests: \(Self.cases) cases (seed \(Self.seed)) in "
                + String(format: "%.1f s (%.1f s of CPU)", seconds, cpu)
                + ": \(tally.sessions) sessions, \(tally.errors) errors; "
                + tally.mutations.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        // Most mutations must break the file, or the fuzz tests nothing but the happy path.
        #expect(tally.errors > Self.cases / 2)
        #expect(tally.sessions > 0)
    }

    enum Outcome { case session, error }

    /// Decodes `bytes`. A session must survive its own canonical round trip and export to every
    /// format, the graphs without a control character. Problems must each name a line or a path
    /// and say something in both languages, and the report holds one line per problem and no
    /// control character.
    private func check(_ bytes: [UInt8], name: String) -> Outcome {
        do {
            let session = try SessionCodec.decode(Data(bytes))
            let encoded = SessionCodec.encode(session)
            do {
                let again = try SessionCodec.decode(encoded)
                #expect(again == session, "\(name): a second round trip changes the session")
                #expect(SessionCodec.encode(again) == encoded, "\(name): encoding is not canonical")
            } catch {
                Issue.record("\(name): the canonical form of a decoded session does not decode: \(error.problems)")
            }
            for format in [ExportFormat.markdown, .dot, .mermaid, .csv] {
                let text = format.render(session, .testing(.public, .nl))
                if format == .dot || format == .mermaid {
                    #expect(!Self.holdsControls(text), "\(name): \(format) holds a control character")
                }
            }
            return .session
        } catch {
            #expect(!error.problems.isEmpty, "\(name): an error without problems")
            for problem in error.problems {
                #expect(problem.line != nil || problem.path != nil, "\(name): \(problem) names no place")
                #expect(!problem.message.nl.isEmpty && !problem.message.en.isEmpty, "\(name): empty message")
            }
            let report = SessionFileError(file: "fuzz.json", problems: error.problems).report(.nl)
            #expect(report.split(separator: "\n").count == error.problems.count, "\(name): \(report)")
            #expect(!Self.holdsControls(report), "\(name): the report holds a control character")
            return .error
        }
    }

    /// The CPU time this thread has used: on a busy machine the wall clock says more about the others.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Whether `text` holds a control character other than a line break.
    static func holdsControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0 != "\n" && TerminalText.isEscaped($0) }
    }

    /// Loads `bytes` from a file through `SessionFileStore`: the same outcome, the file untouched.
    private func checkOnDisk(_ bytes: [UInt8], in folder: TemporaryFolder, name: String) throws {
        let path = folder.file("fuzz.json")
        let data = Data(bytes)
        try data.write(to: URL(fileURLWithPath: path))
        let before = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        let loaded: Bool
        do {
            _ = try SessionFileStore.load(path: path)
            loaded = true
        } catch {
            loaded = false
            #expect(error.kind == .invalid, "\(name): \(error)")
            #expect(error.report(.en).hasPrefix(path + ":"), "\(name)")
        }
        #expect(loaded == ((try? SessionCodec.decode(data)) != nil), "\(name): the store and the codec disagree")
        #expect(FileManager.default.contents(atPath: path) == data, "\(name): the file changed")
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date == before)
        #expect(try folder.contents() == ["fuzz.json"], "\(name): files appeared")
    }
}

/// Counts of what the fuzz made and found, for the figures it prints.
struct FuzzTally {
    var sessions = 0
    var errors = 0
    var mutations: [String: Int] = [:]

    mutating func count(_ outcome: SessionFuzzTests.Outcome, _ mutation: FuzzMutation) {
        switch outcome {
        case .session: sessions += 1
        case .error: errors += 1
        }
        mutations[mutation.kind, default: 0] += 1
    }
}

/// The files that cases start from: each bundled sample whole and cut down to three partners
/// with what refers to them (still a valid session, and ten times quicker to decode), and the
/// small sessions of the tests.
struct FuzzCorpus {
    /// The whole samples, which cost the most to decode.
    var whole: [[UInt8]]
    /// Everything else.
    var small: [[UInt8]]
    var files: [[UInt8]] { whole + small }

    static func load() -> FuzzCorpus {
        let samples = SampleSessions.names.compactMap { SampleSessions.data(named: $0) }
        var small = samples.compactMap { try? SessionCodec.decode($0) }.map { [UInt8](SessionCodec.encode(cut($0))) }
        small.append([UInt8](SessionCodec.encode(.mock)))
        small.append([UInt8](SessionCodec.encode(Session(title: "Leeg"))))
        return FuzzCorpus(whole: samples.map { [UInt8]($0) }, small: small)
    }

    /// `session` with its first three partners and only what refers to them and to each other.
    static func cut(_ session: Session) -> Session {
        var cut = session
        cut.partners = Array(session.partners.prefix(3))
        let partners = Set(cut.partners.map(\.id))
        cut.relations = session.relations.filter { partners.contains($0.from) && partners.contains($0.to) }
        cut.perspectives = session.perspectives.filter { partners.contains($0.partner) }
        let targets = Set(cut.partners.map(\.id.rawValue) + cut.relations.map(\.id.rawValue))
        cut.interventions = session.interventions.prefix(2).map { intervention in
            var kept = intervention
            kept.targets = intervention.targets.filter(targets.contains)
            return kept
        }
        cut.meetings = session.meetings.prefix(2).map { meeting in
            var kept = meeting
            kept.attendees = meeting.attendees.filter(partners.contains)
            return kept
        }
        let meetings = Set(cut.meetings.map(\.id))
        cut.actions = session.actions.prefix(2).map { action in
            var kept = action
            if let owner = action.owner, !partners.contains(owner) { kept.owner = nil }
            if let meeting = action.meeting, !meetings.contains(meeting) { kept.meeting = nil }
            return kept
        }
        let linkable = targets.union(meetings.map(\.rawValue)).union(cut.interventions.map(\.id.rawValue))
            .union(cut.perspectives.map(\.id.rawValue)).union(cut.actions.map(\.id.rawValue))
        cut.notes = session.notes.prefix(3).map { note in
            var kept = note
            kept.links = note.links.filter(linkable.contains)
            if let meeting = note.meeting, !meetings.contains(meeting) { kept.meeting = nil }
            return kept
        }
        return cut
    }
}

/// One way of breaking a file.
enum FuzzMutation: CaseIterable {
    case bitFlips, truncation, splice, byteSoup, deepNesting, hugeNumber, hugeString, invalidUTF8, nul
    case valueSwap, duplicate, hostileText

    var kind: String { String(describing: self) }
}

/// One mutated file.
struct FuzzCase {
    var mutation: FuzzMutation
    var bytes: [UInt8]

    /// Case `number` of the sequence `seed`: the same bytes on every run and machine.
    static func make(seed: UInt64, number: Int, corpus: FuzzCorpus) -> FuzzCase {
        var random = SeededGenerator(seed: seed &+ UInt64(number) &* 0x2545_F491_4F6C_DD1D)
        let mutation = FuzzMutation.allCases.randomElement(using: &random)!
        // Mostly the cut-down samples: the whole ones cost ten times as much and break the same way.
        let source =
            random.next() % 16 == 0
            ? corpus.whole.randomElement(using: &random)! : corpus.small.randomElement(using: &random)!
        var bytes = source
        apply(mutation, to: &bytes, corpus: corpus, random: &random)
        // Now and then a second mutation on top of the first.
        if random.next() % 5 == 0 {
            apply(FuzzMutation.allCases.randomElement(using: &random)!, to: &bytes, corpus: corpus, random: &random)
        }
        return FuzzCase(mutation: mutation, bytes: bytes)
    }

    private static func offset(in bytes: [UInt8], _ random: inout SeededGenerator) -> Int {
        bytes.isEmpty ? 0 : Int.random(in: 0..<bytes.count, using: &random)
    }

    /// The offset of a value's start (after a `:` and its spaces), searched from a random place on.
    private static func valueOffset(in bytes: [UInt8], _ random: inout SeededGenerator) -> Int? {
        guard !bytes.isEmpty else { return nil }
        let from = offset(in: bytes, &random)
        guard var index = bytes[from...].firstIndex(of: UInt8(ascii: ":")) ?? bytes.firstIndex(of: UInt8(ascii: ":"))
        else { return nil }
        index += 1
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        return index < bytes.count ? index : nil
    }

    /// The end of the JSON value starting at `start`: a string, a number or word, or a bracketed whole.
    private static func valueEnd(in bytes: [UInt8], from start: Int) -> Int {
        var index = start
        switch bytes[start] {
        case UInt8(ascii: "\""):
            index += 1
            while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
            }
            return min(bytes.count, index + 1)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            var inString = false
            while index < bytes.count {
                let byte = bytes[index]
                if inString {
                    if byte == UInt8(ascii: "\\") { index += 1 } else if byte == UInt8(ascii: "\"") { inString = false }
                } else if byte == UInt8(ascii: "\"") {
                    inString = true
                } else if byte == UInt8(ascii: "{") || byte == UInt8(ascii: "[") {
                    depth += 1
                } else if byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]") {
                    depth -= 1
                    if depth == 0 { return index + 1 }
                }
                index += 1
            }
            return bytes.count
        default:
            while index < bytes.count, !",}] \n".utf8.contains(bytes[index]) { index += 1 }
            return index
        }
    }

    private static func replaceValue(in bytes: inout [UInt8], with new: [UInt8], _ random: inout SeededGenerator) {
        guard let start = valueOffset(in: bytes, &random) else {
            bytes.insert(contentsOf: new, at: offset(in: bytes, &random))
            return
        }
        bytes.replaceSubrange(start..<valueEnd(in: bytes, from: start), with: new)
    }

    static func apply(
        _ mutation: FuzzMutation, to bytes: inout [UInt8], corpus: FuzzCorpus, random: inout SeededGenerator
    ) {
        switch mutation {
        case .bitFlips:
            guard !bytes.isEmpty else { return }
            for _ in 0..<Int.random(in: 1...8, using: &random) {
                bytes[offset(in: bytes, &random)] ^= UInt8(1) << UInt8.random(in: 0...7, using: &random)
            }
        case .truncation:
            bytes = Array(bytes.prefix(offset(in: bytes, &random)))
        case .splice:
            let other = corpus.files.randomElement(using: &random)!
            let from = offset(in: other, &random)
            let fragment = other[from..<min(other.count, from + Int.random(in: 1...400, using: &random))]
            let at = offset(in: bytes, &random)
            let cut = min(bytes.count, at + Int.random(in: 0...200, using: &random))
            bytes.replaceSubrange(at..<cut, with: fragment)
        case .byteSoup:
            let at = offset(in: bytes, &random)
            let soup = (0..<Int.random(in: 1...32, using: &random)).map { _ in
                Array("{}[]\":,\\-+.eE0123456789tfnul ".utf8).randomElement(using: &random)!
            }
            bytes.insert(contentsOf: soup, at: at)
        case .deepNesting:
            let depth = [10, 63, 64, 65, 200, 5_000].randomElement(using: &random)!
            let open = Bool.random(using: &random) ? Array("[".utf8) : Array("{\"a\":".utf8)
            let close = open == Array("[".utf8) ? Array("]".utf8) : Array("}".utf8)
            var nested = Array(repeating: open, count: depth).flatMap { $0 } + Array("1".utf8)
            if Bool.random(using: &random) { nested += Array(repeating: close, count: depth).flatMap { $0 } }
            replaceValue(in: &bytes, with: nested, &random)
        case .hugeNumber:
            let numbers = [
                "1e999999", "-1e-999999", "123456789012345678901234567890", "9223372036854775808",
                "-9223372036854775809", "0.0000000000000000000000000001", "1" + String(repeating: "0", count: 5_000),
                "-0", "1.5", "01", "1e", "-", "2.", "NaN", "Infinity",
            ]
            replaceValue(in: &bytes, with: Array(numbers.randomElement(using: &random)!.utf8), &random)
        case .hugeString:
            // Just over the parser's limit now and then: a megabyte costs as much as a hundred cases.
            let length = random.next() % 16 == 0 ? (1 << 20) + 1 : [1_000, 10_000].randomElement(using: &random)!
            let unit = ["x", "é", "日", "\\u0000", "\\\"", "\\ud83d\\ude00", "\\ud800", "\u{202E}"].randomElement(
                using: &random)!
            var string: [UInt8] = [UInt8(ascii: "\"")]
            string.reserveCapacity(length + unit.utf8.count + 2)
            while string.count <= length { string += unit.utf8 }
            string.append(UInt8(ascii: "\""))
            replaceValue(in: &bytes, with: string, &random)
        case .invalidUTF8:
            let sequences: [[UInt8]] = [
                [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80],
                [0xF0, 0x9F, 0x98], [0xFE, 0xFF],
            ]
            bytes.insert(contentsOf: sequences.randomElement(using: &random)!, at: offset(in: bytes, &random))
        case .nul:
            if Bool.random(using: &random) {
                bytes.insert(0, at: offset(in: bytes, &random))
            } else {
                replaceValue(in: &bytes, with: Array("\"a\\u0000b\"".utf8), &random)
            }
        case .valueSwap:
            let values = [
                "null", "true", "[]", "{}", "\"\"", "0", "-1", "6", "\"x\"", "[1,2]", "{\"id\":\"p\"}",
                "\"2026-13-45\"", "\"2026-03-01T09:30:00Z\"",
            ]
            replaceValue(in: &bytes, with: Array(values.randomElement(using: &random)!.utf8), &random)
        case .hostileText:
            // Text that attacks terminals, Markdown, spreadsheets and diagrams, where any string may be.
            let texts = [
                "\\u001b]52;c;UFdORUQ=\\u0007", "\\u001b[2J\\u001b[H", "Politie \u{202E}tset", "a\\nb\\r\\nc",
                "\\u0085\\u2028\\u009b31m", "=HYPERLINK(\\\"x\\\")", "%%{init: {}}%%", "<img src=x onerror=alert(1)>",
                "# kop\\n- lijst", "👨\u{200D}👩\u{200D}👧 e\u{301}", "\\t\\u007f",
            ]
            let text = texts.randomElement(using: &random)!
            let from = offset(in: bytes, &random)
            let quote = UInt8(ascii: "\"")
            guard let start = bytes[from...].firstIndex(of: quote) ?? bytes.firstIndex(of: quote) else { return }
            bytes.replaceSubrange(start..<valueEnd(in: bytes, from: start), with: Array(("\"" + text + "\"").utf8))
        case .duplicate:
            // A value twice in a row, which duplicates an entry of a list (and its id) or breaks the syntax.
            guard let start = valueOffset(in: bytes, &random) else { return }
            let end = valueEnd(in: bytes, from: start)
            bytes.insert(contentsOf: Array(bytes[start..<end]) + Array(",".utf8), at: start)
        }
    }
}
