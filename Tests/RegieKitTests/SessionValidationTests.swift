import Foundation
import Testing

@testable import RegieKit
import RegieTestSupport

@Suite("Session validation in memory")
struct SessionValidationTests {
    @Test func findsNothingWrongWithTheMock() {
        #expect(SessionValidator.problems(in: .mock).isEmpty)
        #expect(SessionValidator.problems(in: Session(title: "")).isEmpty)
    }

    @Test func findsADanglingRelation() throws {
        var session = Session.mock
        session.relations[1].to = "verdwenen"
        let found = SessionValidator.problems(in: session)
        try #require(found.count == 1)
        #expect(found[0].path == path("relations", 1, "to"))
        #expect(found[0].line == nil)
        #expect(found[0].message == Messages.dangling("verdwenen", expected: EntityKind.partner.singular))
        #expect(found[0].text(.en) == #"relations[1].to: refers to "verdwenen", but there is no partner with that id"#)
    }

    @Test func findsAPartnerRemovedWithoutItsReferences() {
        var session = Session.mock
        session.partners.removeAll { $0.id == "politie" }
        let found = SessionValidator.problems(in: session).map(\.path)
        #expect(
            found == [
                path("relations", 0, "to"), path("relations", 1, "from"), path("perspectives", 0, "partner"),
                path("interventions", 0, "targets", 0), path("meetings", 0, "attendees", 1),
                path("notes", 0, "links", 0),
            ])
    }

    /// One change to the mock in memory and the place the validator must name.
    struct Case: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var at: [JSONPathComponent]
        var change: @Sendable (inout Session) -> Void
    }

    static let references: [Case] = [
        Case(testDescription: "relation from", at: ["relations", 0, "from"]) { $0.relations[0].from = "x" },
        Case(testDescription: "perspective", at: ["perspectives", 0, "partner"]) { $0.perspectives[0].partner = "x" },
        Case(testDescription: "target", at: ["interventions", 0, "targets", 1]) {
            $0.interventions[0].targets[1] = "x"
        },
        Case(testDescription: "target meeting", at: ["interventions", 1, "targets", 0]) {
            $0.interventions[1].targets = ["m-kick-off"]
        },
        Case(testDescription: "attendee", at: ["meetings", 0, "attendees", 0]) { $0.meetings[0].attendees[0] = "x" },
        Case(testDescription: "note link", at: ["notes", 0, "links", 1]) { $0.notes[0].links[1] = "x" },
        Case(testDescription: "note meeting", at: ["notes", 1, "meeting"]) { $0.notes[1].meeting = "gemeente" },
        Case(testDescription: "action owner", at: ["actions", 1, "owner"]) { $0.actions[1].owner = "m-kick-off" },
        Case(testDescription: "action meeting", at: ["actions", 0, "meeting"]) { $0.actions[0].meeting = "x" },
        Case(testDescription: "self relation", at: ["relations", 2, "to"]) { $0.relations[2].to = "gemeente" },
        Case(testDescription: "empty relation end", at: ["relations", 2, "to"]) { $0.relations[2].to = "" },
        Case(testDescription: "empty target", at: ["interventions", 0, "targets", 0]) {
            $0.interventions[0].targets[0] = ""
        },
        Case(testDescription: "empty owner", at: ["actions", 0, "owner"]) { $0.actions[0].owner = "" },
    ]

    static let values: [Case] = [
        Case(testDescription: "duplicate id", at: ["actions", 1, "id"]) { $0.actions[1].id = "i-tafel" },
        Case(testDescription: "duplicate partner", at: ["perspectives", 0, "id"]) {
            $0.perspectives[0].id = "gemeente"
        },
        Case(testDescription: "empty id", at: ["notes", 1, "id"]) { $0.notes[1].id = "" },
        Case(testDescription: "bad id", at: ["notes", 1, "id"]) { $0.notes[1].id = "n 2" },
        Case(testDescription: "score", at: ["partners", 1, "scores", "trust"]) { $0.partners[1].scores.trust = 6 },
        Case(testDescription: "negative score", at: ["partners", 0, "scores", "urgency"]) {
            $0.partners[0].scores.urgency = -1
        },
        Case(testDescription: "strength", at: ["relations", 0, "strength"]) { $0.relations[0].strength = 0 },
        Case(testDescription: "relation trust", at: ["relations", 2, "trust"]) { $0.relations[2].trust = 6 },
        Case(testDescription: "tip", at: ["interventions", 0, "tips", 1]) { $0.interventions[0].tips[1] = 9 },
        Case(testDescription: "note tip", at: ["notes", 1, "tip"]) { $0.notes[1].tip = 0 },
        Case(testDescription: "reflection", at: ["reflections", "8"]) { $0.reflections[8] = Reflection() },
    ]

    @Test(arguments: references + values)
    func findsOneProblemAtThePlaceOfTheChange(change: Case) throws {
        var session = Session.mock
        change.change(&session)
        let found = SessionValidator.problems(in: session)
        try #require(found.count == 1, "\(found)")
        #expect(found[0].path == path(change.at))
        #expect(found[0].message.nl != found[0].message.en)
    }

    /// What the validator says about a session in memory is what loading its file would say, so
    /// a session that passes can always be saved and opened again.
    @Test(arguments: references + values)
    func agreesWithWhatLoadingTheSavedFileReports(change: Case) throws {
        var session = Session.mock
        change.change(&session)
        let data = SessionCodec.encode(session)
        let loaded = problems(decoding: data)
        let lines = try JSONParser.parse(Array(data)).lines
        #expect(loaded == SessionValidator.problems(in: session, lines: lines))
    }

    @Test func namesTheFirstPlaceOfADuplicateID() throws {
        var session = Session.mock
        session.meetings[0].id = "r-pol-won"
        let found = SessionValidator.problems(in: session)
        // The meeting's id is now also taken away from the notes and action that referred to it.
        #expect(found.first?.path == path("meetings", 0, "id"))
        #expect(found.first?.message.en == #"id "r-pol-won" is already used at relations[1]"#)
    }

    @Test func usesTheLinesItIsGiven() throws {
        var session = Session.mock
        session.relations[0].to = "x"
        let lines = [path("relations", 0): 40, path("relations"): 39]
        let found = SessionValidator.problems(in: session, lines: lines)
        #expect(found.map(\.line) == [40])
    }
}
