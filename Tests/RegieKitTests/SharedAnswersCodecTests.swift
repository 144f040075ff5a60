import Foundation
import Testing

@testable import RegieKit
import RegieTestSupport

/// A group's answers and discussed questions from a workshop: shared by nature, saved beside the
/// regisseur's own (private) walkthrough answers.
@Suite struct SharedAnswersCodecTests {
    private func workshop() -> Session {
        var session = Session.mock
        session.reflections[1] = Reflection(
            answers: ["t1.q1": "Mijn eigen, private antwoord"], done: true,
            sharedAnswers: ["t1.q1": "Samen: veilig opgroeien in Zuidoëst 日本", "t1.q3": "Minder uitval"],
            discussed: ["t1.q3", "t1.q1"])
        session.reflections[4] = Reflection(discussed: ["t4.q2"])
        return session
    }

    @Test func writesSharedAnswersAndDiscussedQuestionsExactly() {
        var session = Session(title: "Werksessie")
        session.reflections = [
            2: Reflection(
                answers: ["t2.q1": "privé"], sharedAnswers: ["t2.q2": "Iedereen ziet iets anders"],
                discussed: ["t2.q2", "t2.q1"])
        ]
        let text = String(decoding: SessionCodec.encode(session), as: UTF8.self)
        #expect(
            text.contains(
                """
                  "reflections": {
                    "2": {
                      "answers": {
                        "t2.q1": "privé"
                      },
                      "discussed": [
                        "t2.q1",
                        "t2.q2"
                      ],
                      "done": false,
                      "sharedAnswers": {
                        "t2.q2": "Iedereen ziet iets anders"
                      }
                    }
                  },
                """), "\(text)")
    }

    @Test func roundTripsByteForByte() throws {
        let data = SessionCodec.encode(workshop())
        let decoded = try SessionCodec.decode(data)
        #expect(decoded == workshop())
        #expect(SessionCodec.encode(decoded) == data)
    }

    @Test func aReflectionWithoutThemKeepsItsOldForm() throws {
        let json = try JSONParser.parse(Array(SessionCodec.encode(.mock))).value
        guard case .object(let members)? = json["reflections", "1"] else {
            Issue.record("no reflection 1")
            return
        }
        #expect(Set(members.keys) == ["answers", "done"])
    }

    @Test func anOlderFileLoadsWithNoSharedAnswers() throws {
        let old = """
            { "schemaVersion": 1, "title": "Oud",
              "reflections": { "3": { "answers": { "t3.q1": "Ja" }, "done": true } } }
            """
        let session = try SessionCodec.decode(Data(old.utf8))
        #expect(session.reflections == [3: Reflection(answers: ["t3.q1": "Ja"], done: true)])
        #expect(session.reflections[3]?.sharedAnswers.isEmpty == true)
        #expect(session.reflections[3]?.discussed.isEmpty == true)
    }

    @Test func aPublicEncodingKeepsWhatTheGroupSaidAndNothingOfTheRegisseurs() throws {
        let data = SessionCodec.encode(workshop(), disclosure: .public)
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("Mijn eigen, private antwoord"))
        #expect(!text.contains("Te veel onderhandelen"), "the mock's own answer to tip 6")
        let json = try JSONParser.parse(Array(data)).value
        #expect(json["reflections", "1", "sharedAnswers", "t1.q3"] == .string("Minder uitval"))
        #expect(json["reflections", "1", "answers"] == nil)
        #expect(json["reflections", "4", "discussed"] == .array([.string("t4.q2")]))
        // Tip 6 has only a private answer in the mock: nothing of it goes out.
        #expect(json["reflections", "6"] == nil)
        let back = try SessionCodec.decode(data)
        #expect(back.reflections[1]?.sharedAnswers == workshop().reflections[1]?.sharedAnswers)
        #expect(back.reflections[1]?.answers.isEmpty == true)
    }

    @Test func theDisclosureRuleShowsSharedAnswersAndHidesTheRegisseurs() {
        let shown = workshop().disclosed(.public)
        #expect(shown.reflections[1]?.answers.isEmpty == true)
        #expect(shown.reflections[1]?.sharedAnswers["t1.q1"] == "Samen: veilig opgroeien in Zuidoëst 日本")
        #expect(shown.reflections[1]?.discussed == ["t1.q1", "t1.q3"])
        #expect(shown.reflections[1]?.done == true)
    }

    @Test func unknownFieldsInAReflectionSurviveASaveButNotAPublicOne() throws {
        let data = mockData { $0["reflections", "1", "mood"] = .string("GEHEIM-STEMMING") }
        let session = try SessionCodec.decode(data)
        #expect(session.reflections[1]?.extra["mood"] == .string("GEHEIM-STEMMING"))
        #expect(SessionCodec.encode(session) == data)
        var shared = session
        shared.reflections[1]?.sharedAnswers["t1.q2"] = "Iedereen"
        let publicText = String(decoding: SessionCodec.encode(shared, disclosure: .public), as: UTF8.self)
        #expect(publicText.contains("Iedereen"))
        #expect(!publicText.contains("GEHEIM-STEMMING"))
    }

    @Test func wrongTypesAreNamedWithTheirPlace() {
        let found = problems(
            decoding: mockData {
                $0["reflections", "1", "sharedAnswers"] = .object(["t1.q1": .int(3)])
                $0["reflections", "1", "discussed"] = .string("t1.q1")
            })
        #expect(
            Set(found.compactMap { $0.path?.description }) == [
                #"reflections["1"].discussed"#, #"reflections["1"].sharedAnswers["t1.q1"]"#,
            ], "\(found)")
    }
}
