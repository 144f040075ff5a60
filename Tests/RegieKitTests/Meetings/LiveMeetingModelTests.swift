import Foundation
import Testing

@testable import RegieKit

/// What a meeting held live adds to the model: the meeting that runs, when it ended, moments
/// marked on notes, an owner who is a person, and the rule for "overdue".
@Suite struct LiveMeetingModelTests {
    static let start = Timestamp.date(from: "2026-09-17T13:30:00Z")!

    static func session() -> Session {
        var session = Session(
            title: "Wijktafel",
            partners: [Partner(id: "gemeente", name: "Gemeente Dalstede"), Partner(id: "ggz", name: "GGZ Ëlst")],
            meetings: [
                Meeting(id: "m1", title: "Wijktafel", date: start),
                Meeting(
                    id: "m0", title: "Vorige", date: start.addingTimeInterval(-86_400 * 30),
                    ended: start.addingTimeInterval(-86_400 * 30 + 3_600)),
            ],
            notes: [
                Note(
                    id: "n1", at: start.addingTimeInterval(600), text: "Budget verdelen", meeting: "m1",
                    mode: .negotiation)
            ],
            actions: [
                ActionItem(id: "a1", text: "Bellen", ownerName: "Jolanda", due: Day("2026-09-19"), meeting: "m1"),
                ActionItem(id: "a2", text: "Verslag", owner: "gemeente", ownerName: "Piet", meeting: "m1"),
            ])
        session.currentMeeting = "m1"
        return session
    }

    @Test func theNewFieldsSurviveASaveByteForByte() throws {
        let data = SessionCodec.encode(Self.session())
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(#""currentMeeting": "m1""#))
        #expect(text.contains(#""ended": "2026-08-18T14:30:00Z""#))
        #expect(text.contains(#""mode": "negotiation""#))
        #expect(text.contains(#""ownerName": "Jolanda""#))
        let decoded = try SessionCodec.decode(data)
        #expect(decoded == Self.session())
        #expect(SessionCodec.encode(decoded) == data)
    }

    @Test func aFileWithoutThemReadsAsBeforeAndWritesNoneOfThem() throws {
        var session = Self.session()
        session.currentMeeting = nil
        session.meetings = session.meetings.map {
            var m = $0; m.ended = nil; return m
        }
        session.notes = session.notes.map {
            var n = $0; n.mode = nil; return n
        }
        session.actions = session.actions.map {
            var a = $0; a.ownerName = nil; return a
        }
        let text = String(decoding: SessionCodec.encode(session), as: UTF8.self)
        for field in ["currentMeeting", "ended", "\"mode\"", "ownerName"] {
            #expect(!text.contains(field), "\(field) written without a value")
        }
    }

    @Test func aRunningMeetingThatIsNotInTheFileIsAProblem() {
        var session = Self.session()
        session.currentMeeting = "weg"
        let problems = SessionValidator.problems(in: session)
        #expect(problems.map { $0.path?.description } == ["currentMeeting"])
        #expect(SessionValidator.problems(in: Self.session()).isEmpty)
    }

    @Test func removingTheRunningMeetingEndsIt() {
        var session = Self.session()
        session.removeMeeting("m0")
        #expect(session.currentMeeting == "m1")
        session.removeMeeting("m1")
        #expect(session.currentMeeting == nil)
        #expect(session.notes[0].meeting == nil)
    }

    @Test func anOwnerReadsAsPersonAtPartnerPartnerOrPerson() {
        let session = Self.session()
        #expect(session.ownerLabel(of: session.actions[0]) == "Jolanda")
        #expect(session.ownerLabel(of: session.actions[1]) == "Piet (Gemeente Dalstede)")
        #expect(session.ownerLabel(of: ActionItem(id: "x", text: "", owner: "ggz")) == "GGZ Ëlst")
        #expect(session.ownerLabel(of: ActionItem(id: "x", text: "")) == nil)
    }

    /// Overdue is measured against the clock's day: due yesterday is overdue, due today is not,
    /// done never is.
    @Test func overdueIsBeforeTodayAndNeverWhenDone() {
        let today = Day("2026-09-20")!
        #expect(ActionItem(id: "a", text: "", due: Day("2026-09-19")).status(on: today) == .overdue)
        #expect(ActionItem(id: "a", text: "", due: today).status(on: today) == .open)
        #expect(ActionItem(id: "a", text: "").status(on: today) == .open)
        #expect(ActionItem(id: "a", text: "", due: Day("2026-01-01"), done: true).status(on: today) == .done)
    }

    @Test func theOverviewListsWhatIsToDoByDueDateThenWhatIsDone() {
        var session = Self.session()
        session.actions = [
            ActionItem(id: "later", text: "", owner: "ggz", due: Day("2026-10-01")),
            ActionItem(id: "done", text: "", owner: "gemeente", due: Day("2026-09-01"), done: true),
            ActionItem(id: "undated", text: "", ownerName: "Jolanda"),
            ActionItem(id: "late", text: "", owner: "gemeente", due: Day("2026-09-10")),
            ActionItem(id: "soon", text: "", ownerName: "Jolanda", due: Day("2026-09-25")),
        ]
        let overview = ActionOverview(session, today: Day("2026-09-20")!)
        #expect(overview.rows.map(\.action.id.rawValue) == ["late", "soon", "later", "undated", "done"])
        #expect(overview.rows.map(\.status) == [.overdue, .open, .open, .open, .done])
        #expect(overview.counts == [.overdue: 1, .open: 3, .done: 1])

        // Accents and case do not matter; a person counts as well as a partner.
        let ggz = ActionOverview(session, today: Day("2026-09-20")!, owner: "elst")
        #expect(ggz.rows.map(\.action.id.rawValue) == ["later"])
        let jolanda = ActionOverview(session, today: Day("2026-09-20")!, owner: "JOL")
        #expect(jolanda.rows.map(\.action.id.rawValue) == ["soon", "undated"])
    }
}

/// Tip 6 per meeting: moments marked on notes count for their meeting when it has no mode of its own.
@Suite struct MomentShareTests {
    static func note(_ id: String, _ meeting: Meeting.ID?, _ mode: MeetingMode?) -> Note {
        Note(id: Note.ID(id), at: Date(timeIntervalSince1970: 0), text: id, meeting: meeting, mode: mode)
    }

    @Test func aMeetingWithoutAModeCountsAsMostOfItsMoments() {
        let date = Date(timeIntervalSince1970: 0)
        let session = Session(
            title: "Momenten",
            meetings: [
                Meeting(id: "recorded", title: "A", date: date, mode: .coCreation),
                Meeting(id: "moments", title: "B", date: date),
                Meeting(id: "tie", title: "C", date: date),
                Meeting(id: "none", title: "D", date: date),
            ],
            notes: [
                Self.note("n1", "recorded", .negotiation), Self.note("n2", "moments", .negotiation),
                Self.note("n3", "moments", .negotiation), Self.note("n4", "moments", .coCreation),
                Self.note("n5", "tie", .negotiation),
                Self.note("n6", "tie", .coCreation), Self.note("n7", "none", nil), Self.note("n8", nil, .negotiation),
            ])
        let share = NegotiationShare(session)
        #expect(share.markedMeetings.map(\.id.rawValue) == ["recorded", "moments"])
        #expect(share.markedMeetings.map(\.mode) == [.coCreation, .negotiation])
        #expect(share.markedMeetings.map(\.recorded) == [true, false])
        #expect(share.markedMeetings[1].moments == [.negotiation: 2, .coCreation: 1])
        #expect(share.negotiationMeetings.map(\.rawValue) == ["moments"])
        #expect(share.meetingShare == 0.5)
        #expect(share.markedMoments.count == 7)
        #expect(share.negotiationMoments.map(\.rawValue) == ["n1", "n2", "n3", "n5", "n8"])
        #expect(share.momentShare == 5.0 / 7)
    }

    @Test func theWalkthroughSaysHowManyMomentsWereNegotiation() {
        let session = Session(
            title: "Momenten", meetings: [Meeting(id: "m", title: "Stuurgroep", date: Date(timeIntervalSince1970: 0))],
            notes: [
                Self.note("n1", "m", .negotiation), Self.note("n2", "m", .negotiation),
                Self.note("n3", "m", .coCreation),
            ])
        let lines = SessionAnalysis(session, today: Day("2026-01-01")!).findings(forTip: 6).map(\.text.nl)
        #expect(
            lines.contains(
                "Overleg ‘Stuurgroep’ (1970-01-01): onderhandeling — 2 van de 3 gemarkeerde momenten onderhandeling."))
    }
}
