import Foundation
import Testing

@testable import RegieKit
import RegieTestSupport

/// The session's fields are written once, to a tree (`Session.json`) or straight into canonical
/// bytes (`SessionCodec.encode`). Both must give what the tree encoder gave before (kept as the
/// oracle in `LegacySessionJSON.swift`): the same tree, and the canonical text of that tree,
/// byte for byte, in full and in public.
@Suite struct CodecAgreementTests {
    static let seed: UInt64 = 20_261_201

    /// Checks `session` in both disclosures; returns whether all agreed.
    @discardableResult
    static func expectAgreement(_ session: Session, _ name: String) -> Bool {
        var agreed = true
        for disclosure in [Disclosure.full, .public] {
            let oracle = session.legacyJSON(disclosure)
            let tree = session.json(disclosure)
            if tree != oracle {
                Issue.record("\(name), \(disclosure): the tree differs from the old encoder's")
                agreed = false
            }
            let bytes = [UInt8](SessionCodec.encode(session, disclosure: disclosure))
            let expected = CanonicalJSON.bytes(oracle)
            if bytes != expected {
                let at =
                    zip(bytes, expected).enumerated().first { $1.0 != $1.1 }?.offset ?? min(bytes.count, expected.count)
                let context = String(decoding: expected[max(0, at - 80)..<min(expected.count, at + 40)], as: UTF8.self)
                Issue.record("\(name), \(disclosure): the bytes differ at \(at), expected …\(context)…")
                agreed = false
            }
        }
        return agreed
    }

    static var samples: [(String, Session)] {
        SampleSessions.names.compactMap { name in
            SampleSessions.data(named: name).flatMap { try? SessionCodec.decode($0) }.map { (name, $0) }
        } + [("mock", .mock), ("empty", Session(title: "Leeg"))]
    }

    @Test func everySampleIsWrittenAsBefore() throws {
        let samples = Self.samples
        try #require(samples.count >= 7)
        for (name, session) in samples { Self.expectAgreement(session, name) }
    }

    /// Samples with seeded changes in memory: optional fields set and cleared, kept members
    /// whose names sort before, between and after the known ones or equal one of them (known
    /// fields win), odd keys and values, reflections, rounds' neighbours at the top level.
    @Test func seededSessionsAreWrittenAsBefore() throws {
        let samples = Self.samples
        var random = SeededGenerator(seed: Self.seed)
        var failures = 0
        for number in 0..<400 {
            var session = samples[number % samples.count].1
            SessionScrambler.scramble(&session, random: &random)
            if !Self.expectAgreement(session, "seeded session \(number)") { failures += 1 }
            if failures > 3 { break }
        }
    }

    /// Whatever the fuzz cases decode to (their kept members included) is written as before.
    @Test func fuzzedFilesAreWrittenAsBefore() throws {
        let corpus = FuzzCorpus.load()
        var decoded = 0
        for number in 0..<600 {
            let fuzzCase = FuzzCase.make(seed: Self.seed, number: number, corpus: corpus)
            guard let session = try? SessionCodec.decode(Data(fuzzCase.bytes)) else { continue }
            decoded += 1
            if !Self.expectAgreement(session, "fuzz case \(number)") { break }
        }
        #expect(decoded > 50)
    }
}

/// `IDRules.isValid` takes ASCII ids byte by byte; it must agree with the rule by characters.
@Suite struct IDRulesTests {
    static func byCharacters(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 100
            && id.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
    }

    @Test func agreesWithTheRuleByCharacters() {
        let pieces = [
            "a", "Z", "0", "9", "-", "_", ".", " ", "/", ":", "@", "`", "{", "[", "\r\n", "\n", "\u{0}", "\u{7F}",
            "é", "e\u{301}", "中", "٣", "🙂", "\u{200B}",
        ]
        var random = SeededGenerator(seed: 7)
        var cases = ["", String(repeating: "a", count: 100), String(repeating: "a", count: 101), "p-1", "p 1"]
        for _ in 0..<3_000 {
            let length = [1, 2, 5, 99, 100, 101].randomElement(using: &random)!
            let plain = Bool.random(using: &random)
            cases.append(
                (0..<length).map { _ in
                    plain
                        ? "ab-_.9".map(String.init).randomElement(using: &random)!
                        : pieces.randomElement(using: &random)!
                }.joined())
        }
        for id in cases {
            #expect(IDRules.isValid(id) == Self.byCharacters(id), "\(id.debugDescription)")
        }
    }
}

/// Seeded changes to a session in memory, for the codec's agreement tests.
enum SessionScrambler {
    static func scramble(_ s: inout Session, random: inout SeededGenerator) {
        func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &random) < p }
        func extras(_ known: Set<String>) -> [String: JSONValue] {
            guard chance(0.4) else { return [:] }
            let pool = Array(known) + ["", "A", "Z", "_x", "a", "zz", "é", "id0", "\u{1}", "ïd", "tip", "mode", "~"]
            var members: [String: JSONValue] = [:]
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                members[pool.randomElement(using: &random)!] = value(depth: 0)
            }
            return members
        }
        func value(depth: Int) -> JSONValue {
            switch Int.random(in: 0..<(depth > 1 ? 6 : 8), using: &random) {
            case 0: return .null
            case 1: return .bool(chance(0.5))
            case 2: return .int(Int.random(in: -1000...1000, using: &random))
            case 3: return .double([2.5, 3.0, -0.125, 1e20].randomElement(using: &random)!)
            case 4: return .string(["", "tekst", "a\"b\\c\n\t\u{7F}\u{0}", "ë 中 🙂"].randomElement(using: &random)!)
            case 5: return .string(String(Int.random(in: 0...99, using: &random)))
            case 6: return .array((0..<Int.random(in: 0...3, using: &random)).map { _ in value(depth: depth + 1) })
            default:
                return .object(
                    Dictionary(
                        (0..<Int.random(in: 0...3, using: &random)).map { i in
                            (["b", "a", "B", "é", "a\""][i], value(depth: depth + 1))
                        }, uniquingKeysWith: { $1 }))
            }
        }
        func text() -> String {
            ["", "x", "Zorg & Welzijn", "regel\nnieuw", "\"quote\"", "中文"].randomElement(using: &random)!
        }

        s.isPublicExport = chance(0.15)
        s.extra = extras(KnownFields.session.names.union(["aaa", "walkthrough"]))
        if chance(0.3) { s.assessor = text() }
        if chance(0.3) { s.currentMeeting = s.meetings.randomElement(using: &random)?.id }
        for i in s.partners.indices {
            s.partners[i].extra = extras(KnownFields.partner.names)
            s.partners[i].chainPosition = chance(0.5) ? Int.random(in: -3...30, using: &random) : nil
            s.partners[i].shareScores = chance(0.5)
            if chance(0.2) { s.partners[i].resources.append(Resource(name: text(), replaceable: chance(0.5))) }
            if chance(0.2) { s.partners[i].interests = [] }
        }
        for i in s.relations.indices {
            s.relations[i].extra = extras(KnownFields.relation.names)
            s.relations[i].trust = chance(0.5) ? Int.random(in: 1...5, using: &random) : nil
        }
        for i in s.perspectives.indices { s.perspectives[i].extra = extras(KnownFields.perspective.names) }
        for i in s.interventions.indices {
            s.interventions[i].extra = extras(KnownFields.intervention.names)
            s.interventions[i].catalogId = chance(0.5) ? text() : nil
            s.interventions[i].planned = chance(0.5) ? Day(year: 2026, month: 3, day: 9) : nil
            s.interventions[i].completed = chance(0.5) ? Day(year: 2027, month: 12, day: 31) : nil
        }
        for i in s.meetings.indices {
            s.meetings[i].extra = extras(KnownFields.meeting.names)
            s.meetings[i].mode = chance(0.5) ? MeetingMode.allCases.randomElement(using: &random) : nil
            s.meetings[i].ended = chance(0.5) ? s.meetings[i].date.addingTimeInterval(3600.5) : nil
        }
        for i in s.notes.indices {
            s.notes[i].extra = extras(KnownFields.note.names)
            s.notes[i].tip = chance(0.5) ? Int.random(in: 1...7, using: &random) : nil
            s.notes[i].meeting = chance(0.5) ? s.meetings.randomElement(using: &random)?.id : nil
            s.notes[i].isPrivate = chance(0.5)
        }
        for i in s.actions.indices {
            s.actions[i].extra = extras(KnownFields.actionItem.names)
            s.actions[i].owner = chance(0.5) ? s.partners.randomElement(using: &random)?.id : nil
            s.actions[i].ownerName = chance(0.5) ? text() : nil
            s.actions[i].due = chance(0.5) ? Day(year: 2026, month: 1, day: 2) : nil
        }
        if chance(0.5) {
            for tip in [1, 2, 7, 10].filter({ _ in chance(0.5) }) {
                var reflection = Reflection(
                    answers: chance(0.5) ? ["q1": text(), "Q2": text(), "é": text()] : [:], done: chance(0.5),
                    sharedAnswers: chance(0.5) ? ["q1": text()] : [:],
                    discussed: chance(0.5) ? ["q2", "q1", "Z"] : [])
                reflection.extra = extras(KnownFields.reflection.names)
                s.reflections[tip] = reflection
            }
        }
    }
}
