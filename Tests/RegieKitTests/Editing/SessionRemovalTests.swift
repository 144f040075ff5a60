import Foundation
import Testing

@testable import RegieKit

@Suite struct SessionRemovalTests {
    /// A note that links to a partner's perspective: the link must go with the perspective.
    @Test func removingAPartnerForgetsLinksToItsPerspective() {
        var session = Session.mock
        session.notes[1].links = ["p-politie"]
        session.removePartner("politie")
        #expect(session.perspectives.isEmpty)
        #expect(session.notes[1].links.isEmpty)
        #expect(SessionValidator.problems(in: session) == [])
    }

    @Test func removingAPartnerTakesWhatCannotExistWithoutItAndLeavesTheRest() {
        var session = Session.mock
        let removed = session.remove(Partner.ID("politie"))
        #expect(removed == ["politie", "r-gem-pol", "r-pol-won", "p-politie"])
        #expect(session.partners.map(\.id) == ["gemeente", "woningcorp", "school"])
        #expect(session.relations.map(\.id) == ["r-gem-sch"])
        #expect(session.perspectives.isEmpty)
        // Its relation was a target too, and the intervention stays.
        #expect(session.interventions[0].targets == [])
        #expect(session.meetings[0].attendees == ["gemeente"])
        #expect(session.notes[0].links == ["i-tafel"])
        #expect(session.notes.count == 3)
        #expect(SessionValidator.problems(in: session) == [])
    }

    @Test func removingAnOwnerClearsTheActionsOwnerAndKeepsTheAction() {
        var session = Session.mock
        session.removePartner("gemeente")
        #expect(session.actions.map(\.id) == ["a-1", "a-2"])
        #expect(session.actions[0].owner == nil)
        #expect(session.relations.map(\.id) == ["r-pol-won"])
        #expect(session.notes[2].links == [])
        #expect(SessionValidator.problems(in: session) == [])
    }

    @Test func removingAMeetingKeepsItsNotesAndActions() {
        var session = Session.mock
        session.notes[1].links = ["m-kick-off", "politie"]
        let removed = session.removeMeeting("m-kick-off")
        #expect(removed == ["m-kick-off"])
        #expect(session.notes.map(\.id) == ["n-1", "n-2", "n-geheim"])
        #expect(session.notes[0].meeting == nil)
        #expect(session.notes[1].links == ["politie"])
        #expect(session.actions[0].meeting == nil)
        #expect(session.actions[0].text == "Wijkschouw plannen")
        #expect(SessionValidator.problems(in: session) == [])
    }

    @Test func removingAnActionOrARelationDropsTheLinksToIt() {
        var session = Session.mock
        session.notes[1].links = ["a-1", "r-pol-won", "school"]
        session.removeAction("a-1")
        session.removeRelation("r-pol-won")
        #expect(session.notes[1].links == ["school"])
        #expect(session.interventions[0].targets == ["politie"])
        #expect(session.actions.map(\.id) == ["a-2"])
        #expect(SessionValidator.problems(in: session) == [])
    }

    @Test func removingAnUnknownIDChangesNothing() {
        var session = Session.mock
        #expect(session.remove(ids: ["nobody"]) == [])
        #expect(session == .mock)
    }

    @Test func removingSeveralAtOnceFollowsEachOfThem() {
        var session = Session.mock
        let removed = session.remove(ids: ["politie", "i-tafel", "n-2"])
        #expect(removed == ["politie", "r-gem-pol", "r-pol-won", "p-politie", "i-tafel", "n-2"])
        #expect(session.notes.map(\.id) == ["n-1", "n-geheim"])
        #expect(session.notes[0].links == [])
    }

    /// Every id of every bundled sample, removed on its own, leaves a valid session that lacks
    /// exactly what was removed.
    @Test(arguments: SampleSessions.names)
    func removingAnyEntityOfASampleLeavesAValidSession(name: String) throws {
        let sample = try SessionCodec.decode(try #require(SampleSessions.data(named: name)))
        #expect(!sample.allIDs.isEmpty)
        for id in sample.allIDs.sorted() {
            var session = sample
            let removed = session.remove(ids: [id])
            #expect(removed.contains(id), "\(name): \(id)")
            #expect(session.allIDs == sample.allIDs.subtracting(removed), "\(name): \(id)")
            #expect(SessionValidator.problems(in: session) == [], "\(name): removing \(id)")
        }
    }
}
