import Foundation
import Testing

@testable import RegieKit
import RegieTestSupport

/// The one problem decoding `data` must give.
private func onlyProblem(_ data: Data, sourceLocation: SourceLocation = #_sourceLocation) throws -> SessionProblem {
    let found = problems(decoding: data)
    try #require(found.count == 1, "expected one problem, got \(found)", sourceLocation: sourceLocation)
    return found[0]
}

/// The mock's canonical text with the first `target` replaced by `replacement`.
private func mockText(replacing target: String, with replacement: String) throws -> String {
    let text = Session.mockText
    let range = try #require(text.range(of: target), "\(target) is not in the mock")
    return text.replacingCharacters(in: range, with: replacement)
}

// MARK: - Canonical output

@Suite("Session codec: canonical output")
struct SessionCodecOutputTests {
    @Test func writesAnEmptySessionExactly() {
        let text = String(decoding: SessionCodec.encode(Session(title: "Leeg")), as: UTF8.self)
        #expect(
            text == """
                {
                  "actions": [],
                  "interventions": [],
                  "language": "nl",
                  "meetings": [],
                  "notes": [],
                  "opgave": {
                    "intent": "",
                    "successSignals": [],
                    "title": "",
                    "whyItMatters": ""
                  },
                  "partners": [],
                  "perspectives": [],
                  "reflections": {},
                  "regisseur": {
                    "name": "",
                    "styles": []
                  },
                  "relations": [],
                  "schemaVersion": 2,
                  "title": "Leeg",
                  "workForm": {
                    "holdsBudget": false,
                    "kind": "network",
                    "lineAuthority": false,
                    "notes": ""
                  }
                }

                """)
    }

    @Test func writesOneOfEachEntityExactly() {
        var session = Session(title: "Één", language: .en)
        session.partners = [Partner(id: "p", name: "Zuidoëst 日本 😀", chainPosition: 2)]
        session.relations = []
        session.notes = [Note(id: "n", at: Date(timeIntervalSince1970: 1_772_357_400), text: "a\u{1}b", tip: 3)]
        session.actions = [ActionItem(id: "a", text: "Bel", owner: "p", due: Day(year: 2026, month: 3, day: 9))]
        session.reflections = [7: Reflection(answers: ["t7.q1": "Ja"], done: true)]
        let text = String(decoding: SessionCodec.encode(session), as: UTF8.self)
        #expect(
            text == """
                {
                  "actions": [
                    {
                      "done": false,
                      "due": "2026-03-09",
                      "id": "a",
                      "owner": "p",
                      "text": "Bel"
                    }
                  ],
                  "interventions": [],
                  "language": "en",
                  "meetings": [],
                  "notes": [
                    {
                      "at": "2026-03-01T09:30:00Z",
                      "id": "n",
                      "links": [],
                      "private": false,
                      "text": "a\\u0001b",
                      "tip": 3
                    }
                  ],
                  "opgave": {
                    "intent": "",
                    "successSignals": [],
                    "title": "",
                    "whyItMatters": ""
                  },
                  "partners": [
                    {
                      "chainPosition": 2,
                      "engagement": {
                        "current": "neutral",
                        "desired": "supportive"
                      },
                      "id": "p",
                      "interests": [],
                      "name": "Zuidoëst 日本 😀",
                      "notes": "",
                      "organisation": "",
                      "privateNotes": "",
                      "resources": [],
                      "scores": {
                        "commitment": 0,
                        "contribution": 0,
                        "dependency": 0,
                        "energy": 0,
                        "influence": 0,
                        "interest": 0,
                        "legitimacy": 0,
                        "trust": 0,
                        "urgency": 0
                      },
                      "sector": "",
                      "shareScores": false,
                      "status": "active",
                      "values": []
                    }
                  ],
                  "perspectives": [],
                  "reflections": {
                    "7": {
                      "answers": {
                        "t7.q1": "Ja"
                      },
                      "done": true
                    }
                  },
                  "regisseur": {
                    "name": "",
                    "styles": []
                  },
                  "relations": [],
                  "schemaVersion": 2,
                  "title": "Één",
                  "workForm": {
                    "holdsBudget": false,
                    "kind": "network",
                    "lineAuthority": false,
                    "notes": ""
                  }
                }

                """)
    }

    @Test func writesTheMockCanonically() throws {
        let text = Session.mockText
        #expect(text.hasSuffix("}\n") && !text.hasSuffix("\n\n"))
        #expect(CanonicalJSON.string(try JSONParser.parse(Array(text.utf8)).value) == text)
        for raw in ["Zuidoëst", "日本", "👮", "🎉", "één"] { #expect(text.contains(raw)) }
        #expect(!text.contains("\\u"))
        #expect(text.contains(#""notes": "Regel één\nRegel twee\t(tab) en \"aanhalingstekens\"""#))
        #expect(!text.contains(" :"))
        #expect(
            text.split(separator: "\n").allSatisfy { line in
                let indent = line.prefix(while: { $0 == " " }).count
                return indent % 2 == 0 && !line.hasSuffix(" ")
            })
    }

    @Test func leavesOptionalFieldsOutWhenTheyAreNil() throws {
        let text = Session.mockText
        #expect(!text.contains("null"))
        let json = try JSONParser.parse(Array(text.utf8)).value
        #expect(json["partners", 0, "chainPosition"] == .int(1))
        #expect(json["partners", 2, "chainPosition"] == nil)
        #expect(json["interventions", 0, "catalogId"] == .string("connect.kitchen-table"))
        #expect(json["interventions", 0, "planned"] == .string("2026-03-02"))
        #expect(json["interventions", 0, "completed"] == nil)
        #expect(json["interventions", 1, "catalogId"] == nil)
        #expect(json["interventions", 1, "planned"] == nil)
        #expect(json["notes", 0, "tip"] == .int(2))
        #expect(json["notes", 0, "meeting"] == .string("m-kick-off"))
        #expect(json["notes", 1, "tip"] == nil)
        #expect(json["notes", 1, "meeting"] == nil)
        #expect(json["actions", 0, "owner"] == .string("gemeente"))
        #expect(json["actions", 1, "owner"] == nil)
        #expect(json["actions", 1, "due"] == nil)
        #expect(json["actions", 1, "meeting"] == nil)
        #expect(json["notes", 1, "links"] == .array([]))
    }

    @Test func usesTheFieldNamesOfTheContract() throws {
        let json = try JSONParser.parse(Array(Session.mockText.utf8)).value
        func keys(_ value: JSONValue?) -> Set<String> {
            if case .object(let members)? = value { return Set(members.keys) }
            return []
        }
        #expect(
            keys(json).isSuperset(of: [
                "schemaVersion", "title", "language", "opgave", "partners", "relations", "perspectives",
                "interventions", "meetings", "notes", "actions", "reflections",
            ]))
        #expect(
            keys(json["partners", 0])
                == [
                    "id", "name", "organisation", "sector", "chainPosition", "scores", "engagement", "interests",
                    "values", "resources", "status", "notes", "privateNotes", "shareScores",
                ])
        #expect(keys(json["partners", 0, "scores"]) == Set(ScoreKind.allCases.map(\.rawValue)))
        #expect(
            keys(json["partners", 0, "scores"])
                == [
                    "influence", "interest", "commitment", "contribution", "dependency", "energy", "trust",
                    "legitimacy", "urgency",
                ])
        #expect(keys(json["partners", 0, "engagement"]) == ["current", "desired"])
        #expect(keys(json["partners", 0, "resources", 0]) == ["name", "replaceable"])
        #expect(keys(json["relations", 0]) == ["id", "from", "to", "kind", "strength", "note"])
        #expect(keys(json["relations", 1]) == ["id", "from", "to", "kind", "strength", "note", "trust"])
        #expect(
            keys(json["perspectives", 0]) == [
                "id", "partner", "view", "rightAbout", "concerns", "responsibility", "bridge",
            ])
        #expect(
            keys(json["interventions", 0]).isSuperset(of: [
                "id", "catalogId", "title", "tips", "targets", "rationale", "expectedEffect", "effort", "status",
                "outcome", "consequences",
            ]))
        #expect(keys(json["notes", 0]).isSuperset(of: ["id", "at", "text", "links", "tip", "meeting", "private"]))
        #expect(keys(json["meetings", 0]).isSuperset(of: ["id", "title", "date", "attendees", "decisions"]))
        #expect(keys(json["actions", 0]).isSuperset(of: ["id", "text", "owner", "due", "done"]))
        #expect(keys(json["reflections"]) == ["1", "6"])
        #expect(keys(json["reflections", "1"]) == ["answers", "done"])
    }

    @Test func encodesTheSameSessionToTheSameBytesEveryTime() {
        #expect(SessionCodec.encode(.mock) == SessionCodec.encode(.mock))
        // Dictionaries built in another order still give the same bytes.
        var a = Session.mock
        var b = Session.mock
        a.reflections = [:]
        b.reflections = [:]
        for tip in [1, 2, 3, 4, 5, 6, 7] { a.reflections[tip] = Reflection(answers: ["q\(tip)": "x", "r": "y"]) }
        for tip in [7, 6, 5, 4, 3, 2, 1] { b.reflections[tip] = Reflection(answers: ["r": "y", "q\(tip)": "x"]) }
        #expect(SessionCodec.encode(a) == SessionCodec.encode(b))
    }

    @Test func leavesPrivateAssessmentsOutOfAPublicEncoding() throws {
        let json = try JSONParser.parse(Array(SessionCodec.encode(.mock, disclosure: .public))).value
        let text = String(decoding: SessionCodec.encode(.mock, disclosure: .public), as: UTF8.self)
        #expect(!text.contains("privateNotes"))
        #expect(!text.contains("Wethouder twijfelt"))
        #expect(!text.contains("Spanning met de wethouder"))
        #expect(json["reflections"] == nil)
        // gemeente shares its scores; politie does not.
        #expect(json["partners", 0, "scores", "influence"] == .int(5))
        #expect(json["partners", 1, "scores"] == nil)
        #expect(json["partners", 1, "interests"] == nil)
        #expect(json["partners", 1, "engagement"] == nil)
        #expect(json["partners", 1, "name"] == .string("Politie 👮 Basisteam"))
        // Trust between two partners is an assessment too; the relation itself stays.
        #expect(json["relations", 1, "trust"] == nil)
        #expect(json["relations", 1, "kind"] == .string("tension"))
    }

    @Test func writesTheTrustOfARelationOnlyWhenItWasAssessed() throws {
        let json = try JSONParser.parse(Array(Session.mockText.utf8)).value
        #expect(json["relations", 1, "trust"] == .int(1))
        #expect(json["relations", 0, "trust"] == nil)
        var session = Session.mock
        session.relations[0].trust = 0
        let zero = try JSONParser.parse(Array(SessionCodec.encode(session))).value
        #expect(zero["relations", 0, "trust"] == .int(0))
        #expect(try SessionCodec.decode(SessionCodec.encode(session)).relations.map(\.trust) == [0, 1, nil])
    }
}

// MARK: - Round trips

@Suite("Session codec: round trips")
struct SessionCodecRoundTripTests {
    @Test func decodesWhatItEncoded() throws {
        #expect(try SessionCodec.decode(SessionCodec.encode(.mock)) == .mock)
        #expect(try SessionCodec.decode(SessionCodec.encode(Session(title: ""))) == Session(title: ""))
    }

    @Test func reencodesACanonicalFileToTheSameBytes() throws {
        let data = SessionCodec.encode(.mock)
        #expect(SessionCodec.encode(try SessionCodec.decode(data)) == data)
    }

    @Test func readsANonCanonicalFileAndWritesItCanonically() throws {
        let messy = #"""
            {"title":"Wijk Zuido\u00ebst","schemaVersion":1,
             "partners":[ {"name":"Gemeente","id":"gem","scores":{"trust":4,"influence":5.0}} ,
               {"id":"pol","name":"Politie \ud83d\udc6e","status":"watching", "chainPosition": null}],
             "relations":[{"to":"pol","from":"gem","kind":"tension","id":"r1","strength":2}],
                "notes" : [ { "text":"Overleg\/tafel", "at":"2026-03-01T10:30:00+01:00",
                              "id":"n1", "links":["pol"], "private":false } ],
             "language":"nl"   }
            """#
        var expected = Session(title: "Wijk Zuidoëst")
        expected.partners = [
            Partner(id: "gem", name: "Gemeente", scores: Scores(influence: 5, trust: 4)),
            Partner(id: "pol", name: "Politie 👮", status: .watching),
        ]
        expected.relations = [Relation(id: "r1", from: "gem", to: "pol", kind: .tension, strength: 2)]
        expected.notes = [
            Note(id: "n1", at: Date(timeIntervalSince1970: 1_772_357_400), text: "Overleg/tafel", links: ["pol"])
        ]
        let session = try SessionCodec.decode(Data(messy.utf8))
        #expect(session == expected)
        let text = String(decoding: SessionCodec.encode(session), as: UTF8.self)
        #expect(text == String(decoding: SessionCodec.encode(expected), as: UTF8.self))
        #expect(text.contains(#""at": "2026-03-01T09:30:00Z""#))
        #expect(text.contains(#""title": "Wijk Zuidoëst""#))
        #expect(text.contains(#""name": "Politie 👮""#))
        #expect(text.contains(#""influence": 5,"#))
        #expect(!text.contains("\\u") && !text.contains("\\/") && !text.contains("null"))
    }

    @Test(arguments: [
        ("2026-03-01T10:30:00+01:00", "2026-03-01T09:30:00Z"),
        ("2026-03-01T09:30:00.750Z", "2026-03-01T09:30:00Z"),
        ("2026-03-01T04:30:00-05:00", "2026-03-01T09:30:00Z"),
        ("2026-03-01", "2026-03-01T00:00:00Z"),
    ])
    func writesEveryAcceptedTimestampInUTCWholeSeconds(written: String, canonical: String) throws {
        let data = mockData { $0["notes", 1, "at"] = .string(written) }
        let once = SessionCodec.encode(try SessionCodec.decode(data))
        #expect(try JSONParser.parse(Array(once)).value["notes", 1, "at"] == .string(canonical))
        #expect(SessionCodec.encode(try SessionCodec.decode(once)) == once)
    }

    @Test func acceptsADueDateWrittenAsATimestamp() throws {
        let data = mockData { $0["actions", 0, "due"] = .string("2026-03-15T23:30:00-02:00") }
        #expect(try SessionCodec.decode(data).actions[0].due == Day(year: 2026, month: 3, day: 16))
    }
}

// MARK: - Versions

@Suite("Session codec: schema versions")
struct SessionCodecVersionTests {
    @Test func refusesANewerSchemaWithOneClearProblem() throws {
        let problem = try onlyProblem(mockData { $0["schemaVersion"] = .int(99) })
        #expect(problem.path == path("schemaVersion"))
        #expect(problem.line == line(of: "\"schemaVersion\"", in: utf8Text(mockData())))
        #expect(problem.message == Messages.futureSchema(99, supported: 2))
        #expect(problem.message.en.contains("99") && problem.message.en.contains("newer"))
        #expect(problem.message.nl.contains("99") && problem.message.nl.contains("nieuwer"))
    }

    @Test func saysOnlyThatItIsNewerEvenWhenTheRestWouldNotLoad() throws {
        let data = mockData {
            $0["schemaVersion"] = .int(99)
            $0["partners"] = .object([:])
            $0["relations", 0, "to"] = .string("nobody")
            $0["spaceship"] = .string("a field from the future")
        }
        #expect(try onlyProblem(data).message == Messages.futureSchema(99, supported: 2))
    }

    @Test func migratesAFileWithoutSchemaVersion() throws {
        let old = """
            {
              "title": "Oud",
              "opgave": { "title": "Veilig", "why": "Omdat het moet" },
              "walkthrough": { "1": { "answers": { "t1.q1": "Ja" }, "done": true } },
              "partners": [ { "id": "a", "name": "A" } ]
            }
            """
        let session = try SessionCodec.decode(Data(old.utf8))
        #expect(session.schemaVersion == Session.currentSchemaVersion)
        #expect(session.opgave.title == "Veilig")
        #expect(session.opgave.whyItMatters == "Omdat het moet")
        #expect(session.reflections == [1: Reflection(answers: ["t1.q1": "Ja"], done: true)])
        let text = String(decoding: SessionCodec.encode(session), as: UTF8.self)
        #expect(text.contains(#""schemaVersion": 2"#))
        #expect(text.contains(#""whyItMatters": "Omdat het moet""#))
        #expect(!text.contains("walkthrough") && !text.contains(#""why""#))
    }

    /// Before the set-up was split into budget and line authority, a file named one steering variant.
    @Test(arguments: [
        ("hierarchical", SteeringVariant.hierarchical, true, true), ("regie", .regie, false, false),
        ("facilitating", .regie, false, false), ("contractual", .budget, true, false),
    ])
    func migratesTheOldSteeringVariant(old: String, expected: SteeringVariant, budget: Bool, line: Bool) throws {
        let file = """
            { "schemaVersion": 1, "title": "Oud", "workForm": { "kind": "programme", "steering": "\(old)" } }
            """
        let session = try SessionCodec.decode(Data(file.utf8))
        #expect(session.workForm.steering == expected)
        #expect(session.workForm.steering.holdsBudget == budget && session.workForm.steering.lineAuthority == line)
        let text = String(decoding: SessionCodec.encode(session), as: UTF8.self)
        #expect(text.contains(#""holdsBudget": \#(budget)"#) && text.contains(#""lineAuthority": \#(line)"#))
        #expect(!text.contains("steering"))
    }

    @Test func readsBudgetAndLineAuthorityAndPrefersThemToAnOldSteeringName() throws {
        let file = """
            { "schemaVersion": 1, "title": "Nieuw",
              "workForm": { "kind": "line", "lineAuthority": true, "steering": "contractual" } }
            """
        #expect(try SessionCodec.decode(Data(file.utf8)).workForm.steering == .line)
    }

    @Test func namesTheOldSteeringValuesWhenOneIsUnknown() throws {
        let file = #"{ "schemaVersion": 1, "title": "Oud", "workForm": { "steering": "anarchy" } }"#
        let error = try #require(throws: SessionDecodingError.self) { try SessionCodec.decode(Data(file.utf8)) }
        #expect(error.problems.count == 1)
        #expect(error.problems.first?.path == path("workForm", "steering"))
        #expect(error.problems.first?.message.en.contains("contractual") == true)
    }

    @Test func pointsAtTheLineOfAProblemInsideAMigratedMember() throws {
        let old = """
            {
              "title": "Oud",
              "opgave": {
                "title": "Veilig",
                "why": 42
              },
              "walkthrough": {
                "1": {
                  "done": "ja"
                }
              }
            }
            """
        let found = problems(decoding: Data(old.utf8))
        #expect(found.map(\.line) == [5, 9])
        #expect(
            found.map(\.message.en) == ["expected a string, found a number", "expected true or false, found a string"])
    }

    @Test func migratesAnExplicitVersionZero() throws {
        let old = #"{"schemaVersion": 0, "title": "Oud", "opgave": {"why": "W"}}"#
        #expect(try SessionCodec.decode(Data(old.utf8)).opgave.whyItMatters == "W")
    }

    @Test func doesNotMigrateACurrentFile() throws {
        let current =
            #"{"schemaVersion": 1, "title": "Nu", "opgave": {"why": "W"}, "walkthrough": {"1": {"done": true}}}"#
        let session = try SessionCodec.decode(Data(current.utf8))
        #expect(session.opgave.whyItMatters == "")
        #expect(session.reflections.isEmpty)
    }

    @Test(arguments: [JSONValue.string("1"), .double(1.5), .bool(true)])
    func reportsASchemaVersionOfTheWrongTypeOnce(version: JSONValue) throws {
        let problem = try onlyProblem(mockData { $0["schemaVersion"] = version })
        #expect(problem.path == path("schemaVersion"))
    }
}

// MARK: - Bad documents

@Suite("Session codec: bad documents")
struct SessionCodecDocumentTests {
    @Test(arguments: [
        ("hello", 1, "column 1: expected a value, found 'h'"),
        ("", 1, "column 1: the file is empty"),
        ("{\"title\": \"a\"}\n\n]", 3, "column 1: there is more text after the end of the JSON"),
    ])
    func reportsTextThatIsNotJSON(input: String, line: Int, message: String) throws {
        let problem = try onlyProblem(Data(input.utf8))
        #expect(problem.path == nil)
        #expect(problem.line == line)
        #expect(problem.message.en == message)
        #expect(problem.message.nl != problem.message.en)
    }

    @Test(arguments: ["[]", "3", "\"session\"", "null", "true"])
    func reportsATopLevelThatIsNotAnObject(input: String) throws {
        let problem = try onlyProblem(Data(input.utf8))
        #expect(problem.path == .root)
        #expect(problem.line == 1)
        #expect(problem.message.en.hasPrefix("expected an object {…}, found "))
        #expect(problem.text(.en).hasPrefix("line 1: (top level): expected an object"))
    }

    @Test(arguments: [0.1, 0.25, 0.5, 0.75, 0.9, 0.999])
    func reportsATruncatedFileOnItsLastLine(fraction: Double) throws {
        let data = SessionCodec.encode(.mock)
        let cut = data.prefix(Int(Double(data.count) * fraction))
        let problem = try onlyProblem(cut)
        #expect(problem.message.en.hasSuffix("the file ends unexpectedly (truncated?)"))
        #expect(problem.message.nl.hasSuffix("het bestand houdt onverwacht op (afgebroken?)"))
        #expect(problem.line == cut.filter { $0 == UInt8(ascii: "\n") }.count + 1)
    }

    @Test func reportsAFileCutInsideALetterAsTruncated() throws {
        let data = SessionCodec.encode(.mock)
        let e = try #require(data.firstRange(of: Data("ë".utf8)))
        let problem = try onlyProblem(data.prefix(e.lowerBound + 1))
        #expect(problem.message.en.hasSuffix("(truncated?)"))
    }

    @Test func reportsInvalidUTF8OnTheLineOfTheBadByte() throws {
        var data = SessionCodec.encode(.mock)
        let name = try #require(data.firstRange(of: Data("Woonstichting".utf8)))
        data.insert(0xFF, at: name.upperBound)
        let problem = try onlyProblem(data)
        #expect(problem.line == line(of: "Woonstichting", in: Session.mockText))
        #expect(problem.message.en.contains("not valid UTF-8"))
        #expect(problem.message.nl.contains("geen geldige UTF-8"))
    }

    @Test(arguments: ["NaN", "Infinity", "-Infinity"])
    func reportsNaNAndInfinityWithTheirLine(word: String) throws {
        let text = try mockText(replacing: #""influence": 5"#, with: #""influence": "# + word)
        let problem = try onlyProblem(Data(text.utf8))
        #expect(problem.line == line(of: #""influence": "# + word, in: text))
        #expect(problem.message.en.contains("NaN and Infinity are not JSON numbers"))
    }

    @Test func refusesTenThousandLevelsOfNesting() throws {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        let text = try mockText(replacing: #""title": "Wijkaanpak Zuidoëst""#, with: #""title": "# + deep)
        let problem = try onlyProblem(Data(text.utf8))
        #expect(problem.message.en.contains("nested too deeply"))
        #expect(problem.line == line(of: #""title": [[["#, in: text))
    }

    @Test func refusesATwoMegabyteString() throws {
        let data = mockData { $0["partners", 0, "privateNotes"] = .string(String(repeating: "ë", count: 1 << 20)) }
        let problem = try onlyProblem(data)
        #expect(problem.message.en.contains("string is too long"))
        #expect(problem.line == line(of: #""privateNotes": "ëëë"#, in: utf8Text(data)))
    }

    @Test func refusesAFileOverTheSizeLimitBeforeParsingIt() throws {
        let problem = try onlyProblem(Data(count: SessionCodec.maxFileBytes + 1))
        #expect(problem.path == nil && problem.line == nil)
        #expect(
            problem.message == Messages.fileTooLarge(SessionCodec.maxFileBytes + 1, limit: SessionCodec.maxFileBytes))
    }

    @Test func reportsADuplicateKeyWithItsLine() throws {
        let text = try mockText(
            replacing: #""title": "Wijkaanpak Zuidoëst""#, with: "\"title\": \"A\",\n  \"title\": \"B\"")
        let problem = try onlyProblem(Data(text.utf8))
        #expect(problem.message.en.contains(#"key "title" appears twice"#))
        #expect(problem.line == line(of: #""title": "B""#, in: text))
    }

    @Test func acceptsAByteOrderMark() throws {
        #expect(try SessionCodec.decode(Data([0xEF, 0xBB, 0xBF]) + SessionCodec.encode(.mock)) == .mock)
    }
}

// MARK: - Bad fields

/// One edit of the mock that makes one field wrong, and the problem that must come of it.
struct FieldCase: Sendable, CustomTestStringConvertible {
    var at: [JSONPathComponent]
    var value: JSONValue?
    var english: String
    var testDescription: String { "\(at) = \(value.map { CanonicalJSON.string($0) } ?? "(removed)")" }

    init(_ at: [JSONPathComponent], _ value: JSONValue?, _ english: String) {
        self.at = at
        self.value = value
        self.english = english
    }
}

@Suite("Session codec: bad fields")
struct SessionCodecFieldTests {
    static let wrongTypes: [FieldCase] = [
        .init(["perspectives"], .object([:]), "expected a list […], found an object"),
        .init(["partners", 0, "name"], .int(3), "expected a string, found a number"),
        .init(["perspectives", 0], .int(3), "expected an object {…}, found a number"),
        .init(["title"], .array([]), "expected a string, found a list"),
        .init(["opgave"], .string("x"), "expected an object {…}, found a string"),
        .init(["partners", 0, "shareScores"], .string("yes"), "expected true or false, found a string"),
        .init(["partners", 0, "scores"], .array([]), "expected an object {…}, found a list"),
        .init(["partners", 0, "scores", "trust"], .string("3"), "expected a whole number 0–5, found a string"),
        .init(["partners", 0, "chainPosition"], .double(1.5), "expected a whole number, found a number"),
        .init(["partners", 0, "interests", 1], .bool(true), "expected a string, found a boolean"),
        .init(["relations", 0, "strength"], .double(2.5), "expected a whole number 1–5, found a number"),
        .init(["relations", 1, "trust"], .string("1"), "expected a whole number 0–5, found a string"),
        .init(["notes", 0, "links"], .string("politie"), "expected a list […], found a string"),
        .init(
            ["notes", 0, "at"], .string("gisteren"),
            #""gisteren" is not an ISO-8601 date (e.g. 2026-03-01 or 2026-03-01T09:30:00Z)"#),
        .init(
            ["actions", 0, "due"], .string("15-03-2026"),
            #""15-03-2026" is not an ISO-8601 date (e.g. 2026-03-01 or 2026-03-01T09:30:00Z)"#),
        .init(
            ["meetings", 0, "date"], .string("2026-02-30"),
            #""2026-02-30" is not an ISO-8601 date (e.g. 2026-03-01 or 2026-03-01T09:30:00Z)"#),
        .init(["reflections", "1", "done"], .string("ja"), "expected true or false, found a string"),
        .init(["reflections", "1", "answers", "t1.q1"], .int(1), "expected a string, found a number"),
        .init(["reflections", "8"], .object([:]), #"unknown value "8"; allowed: 1, 2, 3, 4, 5, 6, 7"#),
        .init(["reflections", "01"], .object([:]), #"unknown value "01"; allowed: 1, 2, 3, 4, 5, 6, 7"#),
        .init(["language"], .string("de"), #"unknown value "de"; allowed: nl, en"#),
        .init(
            ["regisseur", "styles", 0], .string("boss"),
            #"unknown value "boss"; allowed: strategist, connector, driver, guardian, expert"#),
    ]

    static let missingAndEmpty: [FieldCase] = [
        .init(["notes", 1, "id"], nil, "missing: expected a string"),
        .init(["notes", 1, "id"], .null, "missing: expected a string"),
        .init(["notes", 1, "id"], .string(""), "id must not be empty"),
        .init(["actions", 1, "id"], .string("a 2"), #"id "a 2" may only hold letters, digits, '-', '_' and '.'"#),
        .init(["actions", 1, "id"], .int(2), "expected a string, found a number"),
        .init(["notes", 1, "at"], nil, "missing: expected an ISO-8601 date such as 2026-03-01T09:30:00Z"),
        .init(["meetings", 0, "date"], nil, "missing: expected an ISO-8601 date such as 2026-03-01T09:30:00Z"),
        .init(["partners", 2, "name"], nil, "missing: expected a string"),
        .init(
            ["relations", 0, "kind"], nil,
            "missing: expected collaboration/dependency/information/funding/tension/negotiation"),
        .init(["perspectives", 0, "partner"], nil, "missing: expected a string"),
        .init(["perspectives", 0, "partner"], .string(""), "must not be empty"),
        .init(["relations", 1, "from"], .string(""), "must not be empty"),
        .init(["interventions", 0, "targets", 0], .string(""), "must not be empty"),
    ]

    static let outOfRange: [FieldCase] = [
        .init(["partners", 1, "scores", "influence"], .int(6), "expected a whole number 0–5, found 6"),
        .init(["partners", 1, "scores", "urgency"], .int(-1), "expected a whole number 0–5, found -1"),
        .init(["partners", 3, "scores", "trust"], .int(100), "expected a whole number 0–5, found 100"),
        .init(["relations", 0, "strength"], .int(0), "expected a whole number 1–5, found 0"),
        .init(["relations", 2, "strength"], .int(6), "expected a whole number 1–5, found 6"),
        .init(["relations", 1, "trust"], .int(6), "expected a whole number 0–5, found 6"),
        .init(["relations", 0, "trust"], .int(-1), "expected a whole number 0–5, found -1"),
        .init(["interventions", 0, "tips", 1], .int(9), "expected a tip number 1–7, found 9"),
        .init(["interventions", 1, "tips", 0], .int(0), "expected a tip number 1–7, found 0"),
        .init(["notes", 0, "tip"], .int(9), "expected a tip number 1–7, found 9"),
    ]

    static let unknownValues: [FieldCase] = [
        .init(
            ["relations", 1, "kind"], .string("friendship"),
            #"unknown value "friendship"; allowed: collaboration, dependency, information, funding, tension, negotiation"#
        ),
        .init(["partners", 0, "status"], .string("gone"), #"unknown value "gone"; allowed: active, watching, letGo"#),
        .init(
            ["interventions", 0, "status"], .string("maybe"),
            #"unknown value "maybe"; allowed: idea, planned, done, dropped"#),
        .init(["interventions", 0, "effort"], .string("huge"), #"unknown value "huge"; allowed: low, medium, high"#),
        .init(
            ["partners", 1, "engagement", "current"], .string("eager"),
            #"unknown value "eager"; allowed: unaware, resistant, neutral, supportive, leading"#),
        .init(
            ["workForm", "kind"], .string("team"),
            #"unknown value "team"; allowed: programme, project, process, line, network"#),
        .init(
            ["meetings", 0, "mode"], .string("fight"),
            #"unknown value "fight"; allowed: coCreation, negotiation, information"#),
    ]

    static let danglingReferences: [FieldCase] = [
        .init(["relations", 0, "to"], .string("nobody"), #"refers to "nobody", but there is no partner with that id"#),
        .init(
            ["relations", 1, "from"], .string("nobody"), #"refers to "nobody", but there is no partner with that id"#),
        .init(
            ["perspectives", 0, "partner"], .string("nobody"),
            #"refers to "nobody", but there is no partner with that id"#),
        .init(
            ["interventions", 0, "targets", 1], .string("nobody"),
            #"refers to "nobody", but there is no partner or relation with that id"#),
        .init(
            ["interventions", 0, "targets", 0], .string("m-kick-off"),
            #"refers to "m-kick-off", but there is no partner or relation with that id"#),
        .init(
            ["meetings", 0, "attendees", 1], .string("nobody"),
            #"refers to "nobody", but there is no partner with that id"#),
        .init(
            ["notes", 0, "links", 0], .string("nobody"),
            #"refers to "nobody", but there is no partner, relation, perspective, intervention, meeting or action with that id"#
        ),
        .init(
            ["notes", 0, "meeting"], .string("nobody"), #"refers to "nobody", but there is no meeting with that id"#),
        .init(
            ["notes", 1, "meeting"], .string("politie"), #"refers to "politie", but there is no meeting with that id"#),
        .init(
            ["actions", 0, "owner"], .string("nobody"), #"refers to "nobody", but there is no partner with that id"#),
        .init(
            ["actions", 1, "owner"], .string("i-tafel"), #"refers to "i-tafel", but there is no partner with that id"#),
        .init(
            ["actions", 0, "meeting"], .string("nobody"), #"refers to "nobody", but there is no meeting with that id"#),
        .init(["relations", 0, "to"], .string("gemeente"), "a relation must connect two different partners"),
    ]

    /// Applies `field`, expects exactly its one problem at its path, on the line of the value
    /// (or of the enclosing object when the value was removed), in both languages.
    private func check(_ field: FieldCase) throws {
        let data = mockData { $0[path: field.at] = field.value }
        let problem = try onlyProblem(data)
        #expect(problem.path == path(field.at))
        #expect(problem.message.en.hasSuffix(field.english), "\(problem.message.en)")
        #expect(problem.message.nl != problem.message.en)
        let lines = try JSONParser.parse(Array(data)).lines
        var enclosing = field.at
        while lines[path(enclosing)] == nil { enclosing.removeLast() }
        #expect(problem.line == lines[path(enclosing)])
    }

    @Test(arguments: wrongTypes) func reportsAFieldOfTheWrongType(field: FieldCase) throws { try check(field) }
    @Test(arguments: missingAndEmpty) func reportsAMissingOrEmptyField(field: FieldCase) throws { try check(field) }
    @Test(arguments: outOfRange) func reportsANumberOutOfRange(field: FieldCase) throws { try check(field) }
    @Test(arguments: unknownValues) func reportsAnUnknownValueListingTheAllowedOnes(field: FieldCase) throws {
        try check(field)
    }
    @Test(arguments: danglingReferences) func reportsADanglingReference(field: FieldCase) throws { try check(field) }

    @Test func putsAScoreOutOfRangeOnItsOwnLine() throws {
        let data = mockData { $0["partners", 1, "scores", "influence"] = .int(6) }
        let text = utf8Text(data)
        let politie = try #require(line(of: #""id": "politie""#, in: text))
        let influence = try #require(line(of: #""influence": 6"#, in: text))
        #expect(influence > politie)
        let problem = try onlyProblem(data)
        #expect(problem.line == influence)
        #expect(
            problem.text(.en) == "line \(influence): partners[1].scores.influence: expected a whole number 0–5, found 6"
        )
        #expect(
            problem.text(.nl)
                == "regel \(influence): partners[1].scores.influence: verwacht een geheel getal 0–5, gevonden 6")
    }

    @Test func givesATipWrittenAsAFractionTheTipMessage() throws {
        let text = try mockText(replacing: #""tip": 2"#, with: #""tip": 9.0"#)
        let problem = try onlyProblem(Data(text.utf8))
        #expect(problem.path == path("notes", 0, "tip"))
        #expect(problem.message == Messages.tipNumber(9))
    }

    @Test func keepsTheIndexOfEntriesAfterOneOfTheWrongType() throws {
        let data = mockData {
            guard case .array(let relations)? = $0["relations"] else { return }
            var edited = [JSONValue.int(3)] + relations
            edited[2]["to"] = .string("nobody")
            $0["relations"] = .array(edited)
            $0["notes", 0, "links"] = .array([.int(3), .string("nobody")])
        }
        let found = problems(decoding: data)
        #expect(
            found.map(\.path) == [
                path("notes", 0, "links", 0), path("notes", 0, "links", 1), path("relations", 0),
                path("relations", 2, "to"),
            ])
        #expect(
            found.map(\.message.en) == [
                "expected a string, found a number",
                #"refers to "nobody", but there is no partner, relation, perspective, intervention, meeting or action with that id"#,
                "expected an object {…}, found a number",
                #"refers to "nobody", but there is no partner with that id"#,
            ])
    }

    @Test func namesTheRightFirstPlaceOfADuplicateAfterAnEntryOfTheWrongType() throws {
        let data = mockData {
            guard case .array(let partners)? = $0["partners"] else { return }
            $0["partners"] = .array([.string("gemeente")] + partners)
            $0["notes", 1, "id"] = .string("politie")
        }
        let found = problems(decoding: data)
        #expect(found.map(\.path) == [path("notes", 1, "id"), path("partners", 0)])
        #expect(found.first?.message.en == #"id "politie" is already used at partners[2]"#)
    }

    @Test func namesBothPlacesOfADuplicateID() throws {
        let data = mockData { $0["notes", 1, "id"] = .string("politie") }
        let problem = try onlyProblem(data)
        #expect(problem.path == path("notes", 1, "id"))
        #expect(problem.message.en == #"id "politie" is already used at partners[1]"#)
        #expect(problem.message.nl == #"id "politie" is al gebruikt bij partners[1]"#)
        // Notes come before partners in the file, so the note's id is the first one on screen.
        let note = try #require(line(of: #""id": "politie""#, in: utf8Text(data)))
        #expect(line(of: #""id": "politie""#, in: utf8Text(data), after: note) != nil)
        #expect(problem.line == note)
    }

    @Test func reportsAMissingPartnerIDAndTheReferencesItLeavesDangling() throws {
        let data = mockData { $0["partners", 3, "id"] = nil }
        let found = problems(decoding: data)
        #expect(found.map(\.path) == [path("partners", 3, "id"), path("relations", 2, "to")])
        #expect(
            found.map(\.message.en) == [
                "missing: expected a string", #"refers to "school", but there is no partner with that id"#,
            ])
    }

    @Test func reportsPartnersThatAreNoListAndWhatThatLeavesDangling() throws {
        let found = problems(decoding: mockData { $0["partners"] = .object([:]) })
        let partners = try #require(found.first { $0.path == path("partners") })
        #expect(partners.message.en == "expected a list […], found an object")
        let rest = found.filter { $0.path != path("partners") }
        // 6 relation ends, a perspective, a target, 2 attendees, 2 note links and an owner.
        #expect(rest.count == 13)
        #expect(rest.allSatisfy { $0.message.en.hasPrefix("refers to ") })
    }

    @Test func reportsEveryProblemInAFile() throws {
        let data = mockData {
            $0["partners", 0, "name"] = .int(3)
            $0["partners", 1, "scores", "influence"] = .int(9)
            $0["relations", 1, "kind"] = .string("friendship")
            $0["relations", 2, "strength"] = .int(0)
            $0["interventions", 0, "targets", 0] = .string("nobody")
            $0["notes", 1, "id"] = .string("gemeente")
            $0["notes", 0, "tip"] = .int(9)
            $0["title"] = .int(1)
        }
        let found = problems(decoding: data)
        #expect(
            Set(found.compactMap(\.path))
                == [
                    path("partners", 0, "name"), path("partners", 1, "scores", "influence"),
                    path("relations", 1, "kind"),
                    path("relations", 2, "strength"), path("interventions", 0, "targets", 0), path("notes", 1, "id"),
                    path("notes", 0, "tip"), path("title"),
                ])
        #expect(found.count == 8)
        #expect(Set(found.compactMap(\.line)).count == 8)
        for problem in found {
            #expect(problem.text(.nl) != problem.text(.en))
            #expect(problem.text(.nl).hasPrefix("regel "))
            #expect(problem.text(.en).hasPrefix("line "))
        }
    }

    @Test func reportsProblemsInTheSameOrderEveryTime() throws {
        let data = mockData {
            for tip in ["0", "8", "9", "x", "10", "-1"] { $0["reflections", .key(tip)] = .object([:]) }
            $0["reflections", "1", "answers"] = .object(
                Dictionary(uniqueKeysWithValues: (0..<20).map { ("q\($0)", JSONValue.int($0)) }))
        }
        let first = problems(decoding: data)
        #expect(first.count == 26)
        #expect(first.map(\.path) == first.sorted { ($0.line ?? 0) < ($1.line ?? 0) }.map(\.path))
    }

    @Test func formatsAReportWithTheFileNameLineAndPath() throws {
        let data = mockData {
            $0["partners", 1, "scores", "influence"] = .int(6)
            $0["relations", 0, "to"] = .string("nobody")
        }
        let report = SessionFileError(file: "wijk.json", problems: problems(decoding: data)).report(.en)
        let influence = try #require(line(of: #""influence": 6"#, in: utf8Text(data)))
        let nobody = try #require(line(of: #""nobody""#, in: utf8Text(data)))
        #expect(
            report.split(separator: "\n")
                == [
                    "wijk.json:\(influence): partners[1].scores.influence: expected a whole number 0–5, found 6",
                    #"wijk.json:\#(nobody): relations[0].to: refers to "nobody", but there is no partner with that id"#,
                ])
        let parse = SessionFileError(file: "x.json", problems: problems(decoding: "hello")).report(.nl)
        #expect(parse == "x.json:1: kolom 1: verwacht een waarde, gevonden 'h'")
    }
}
