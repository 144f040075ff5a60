import Canvas
import Foundation
import Testing

@testable import RegieKit
@testable import RegieUI
import RegieTestSupport

/// The notes pane keeps its sorted list (`NoteList`) per change of the notes and the rows in
/// view (`NoteRowMemo`) between frames: what it draws must be what a fresh drawing gives, any
/// change to what a row shows must show at once, and keys that change nothing a row shows
/// must not make rows or sort the notes again.
@Suite struct NotesPaneMemoTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)]

    /// Notes with and without tips, modes, privacy and links (one, several, to a partner, to an
    /// intervention, to nothing known), long texts and wide characters, some at the same time.
    static func session(notes count: Int) -> Session {
        var session = uiSession()
        session.partners.append(Partner(id: "zorg", name: "Zorggroep 日本 met een heel lange naam die niet past"))
        let links: [[String]] = [
            [], ["politie"], ["corporatie", "gemeente"], ["int-1"], ["zorg", "politie", "x"], ["x"],
        ]
        session.notes = (0..<count).map { index in
            Note(
                id: .init("n\(index)"), at: fixedNow.addingTimeInterval(Double(index / 3) * 3_600),
                text: index % 5 == 0
                    ? "Notitie \(index): een lange tekst over de wijkaanpak die in geen enkele rij past, ook niet op 200"
                    : "Notitie \(index) ëlst", links: links[index % links.count],
                tip: index % 4 == 0 ? index % 7 + 1 : nil,
                isPrivate: index % 6 == 1, mode: index % 9 == 0 ? .coCreation : nil)
        }
        return session
    }

    static func notesPane(_ session: Session) -> AppState {
        var state = uiState(session)
        press(&state, [.character("4")])
        return state
    }

    /// The frame as the kept rows give it, and as a memo that has made nothing yet does.
    static func keptAndFresh(_ state: AppState, _ size: Size) -> (kept: Frame, fresh: Frame) {
        let kept = AppView.render(state, size: size)
        var fresh = state
        fresh.noteRows = NoteRowMemo()
        return (kept, AppView.render(fresh, size: size))
    }

    static func expectSame(_ state: AppState, _ size: Size, _ what: String) {
        let (kept, fresh) = keptAndFresh(state, size)
        let differing = zip(kept.grid.snapshot().split(separator: "\n"), fresh.grid.snapshot().split(separator: "\n"))
            .filter { $0 != $1 }
        let same = differing.isEmpty
        #expect(same, "\(what): \(differing.prefix(2))")
    }

    static func screen(_ state: AppState, _ size: Size = Size(width: 200, height: 60)) -> String {
        AppView.render(state, size: size).grid.lines().joined(separator: "\n")
    }

    @Test func scrollingDrawsWhatAFreshFrameDraws() {
        for count in [3, 40, 150] {
            for size in Self.sizes {
                var state = Self.notesPane(Self.session(notes: count))
                let keys: [Key] = [.down, .down, .pageDown, .down, .up, .end, .up, .pageUp, .home, .down]
                for key in keys {
                    press(&state, [key])
                    Self.expectSame(state, size, "\(count) notes \(size) after \(key)")
                }
            }
        }
    }

    @Test func aMoveMakesOnlyTheRowsThatCameIntoView() {
        var state = Self.notesPane(Self.session(notes: 150))
        let size = Size(width: 200, height: 60)
        _ = AppView.render(state, size: size)
        let first = state.noteRows.rowsMade
        #expect(first > 40, "the rows in view are made once")
        // Near the top the list does not scroll: the selection moves over kept rows.
        for key in [Key.down, .down, .up, .down] {
            press(&state, [key])
            _ = AppView.render(state, size: size)
        }
        #expect(state.noteRows.rowsMade == first)
        // Further down every move scrolls the list by one row: one row comes into view.
        press(&state, Array(repeating: .down, count: 40))
        _ = AppView.render(state, size: size)
        let scrolled = state.noteRows.rowsMade
        for step in 1...5 {
            press(&state, [.down])
            _ = AppView.render(state, size: size)
            #expect(state.noteRows.rowsMade == scrolled + step)
        }
    }

    @Test func keysThatLeaveTheMeetingsAloneDoNotSortThemAgain() {
        var session = Self.session(notes: 10)
        session.meetings = (0..<60).map {
            Meeting(
                id: .init("m\($0)"), title: "Overleg \($0)", date: fixedNow.addingTimeInterval(Double($0 % 7) * 86_400))
        }
        var state = Self.notesPane(session)
        let expected = session.meetings.enumerated().sorted {
            $0.element.date != $1.element.date ? $0.element.date > $1.element.date : $0.offset > $1.offset
        }.map(\.element.id)
        #expect(state.meetingsNewestFirst.map(\.id) == expected)
        let sorted = state.meetingListsMade
        #expect(sorted == 1)
        for key: Key in [.down, .down, .up, .character("?"), .escape, .character("2"), .character("4"), .pageDown] {
            press(&state, [key])
            _ = AppView.render(state, size: Size(width: 120, height: 40))
        }
        #expect(state.meetingListsMade == sorted)
        state.session.meetings[5].date = fixedNow.addingTimeInterval(30 * 86_400)
        press(&state, [.down])
        #expect(state.meetingListsMade == sorted + 1, "a change of the meetings sorts them again")
        #expect(state.meetingsNewestFirst.first?.id == "m5")
    }

    @Test func keysThatLeaveTheNotesAloneDoNotSortThemAgain() {
        var state = Self.notesPane(Self.session(notes: 150))
        let sorted = state.noteListsMade
        #expect(sorted == 1)
        let keys: [Key] = [
            .down, .down, .end, .home, .right, .left, .character("?"), .escape, .character("2"), .character("4"),
            .up, .pageDown,
        ]
        for key in keys {
            press(&state, [key])
            _ = AppView.render(state, size: Size(width: 120, height: 40))
        }
        #expect(state.noteListsMade == sorted)
        state.session.notes[3].text = "veranderd"
        press(&state, [.down])
        #expect(state.noteListsMade == sorted + 1, "a change of the notes sorts them again")
    }

    @Test func aChangedNoteShowsAtOnce() {
        let size = Size(width: 200, height: 60)
        var state = Self.notesPane(Self.session(notes: 40))
        #expect(Self.screen(state).contains("Notitie 39 ëlst"))

        // Edited: the newest note is at the top.
        let newest = state.session.notes.count - 1
        state.session.notes[newest].text = "Afspraak met de wijkagent"
        press(&state, [.down])
        #expect(Self.screen(state).contains("Afspraak met de wijkagent"))
        #expect(!Self.screen(state).contains("Notitie 39 ëlst"))
        Self.expectSame(state, size, "edited")

        // Made private, given a tip and a moment.
        state.session.notes[newest].isPrivate = true
        state.session.notes[newest].tip = 6
        state.session.notes[newest].mode = .negotiation
        press(&state, [.up])
        // The first row of the list, cut where the moment makes the text too long.
        let row = Self.screen(state).split(separator: "\n").first { $0.contains("◇ onderhandeling: Afspraak") } ?? ""
        #expect(row.contains("◆ privé") && row.contains("tip 6"), "\(row)")
        Self.expectSame(state, size, "private, tip, moment")

        // Added, through the quick note: it comes first.
        press(&state, [.character("n")] + typing("Nieuwe notitie over de buurt") + [.enter])
        #expect(state.session.notes.count == 41)
        #expect(Self.screen(state).contains("Nieuwe notitie over de buurt"))
        Self.expectSame(state, size, "added")

        // Removed.
        state.session.notes.removeAll { $0.text == "Nieuwe notitie over de buurt" }
        press(&state, [.down])
        #expect(!Self.screen(state).contains("Nieuwe notitie over de buurt"))
        Self.expectSame(state, size, "removed")
    }

    @Test func aRenamedPartnerTheLanguageTheTimeZoneAndTheSizeShowAtOnce() {
        let size = Size(width: 200, height: 60)
        var state = Self.notesPane(Self.session(notes: 40))
        #expect(Self.screen(state).contains("Politie"))

        state.session.partners[1].name = "Wijkagent"
        press(&state, [.down])
        #expect(Self.screen(state).contains("Wijkagent"))
        #expect(!Self.screen(state).contains("Politie"))
        Self.expectSame(state, size, "renamed")

        #expect(Self.screen(state).contains("◆ privé"))
        state.language = .en
        press(&state, [.up])
        #expect(Self.screen(state).contains("◆ private"))
        #expect(!Self.screen(state).contains("◆ privé"))
        Self.expectSame(state, size, "language")

        let utcTime = PaneFormat.minute(state.notesNewestFirst[0].at, in: utc)
        #expect(Self.screen(state).contains(utcTime))
        state.timeZone = TimeZone(identifier: "Asia/Tokyo")!
        press(&state, [.down])
        let tokyoTime = PaneFormat.minute(state.notesNewestFirst[0].at, in: state.timeZone)
        #expect(tokyoTime != utcTime)
        #expect(Self.screen(state).contains(tokyoTime))
        Self.expectSame(state, size, "time zone")

        for other in Self.sizes {
            let rows = Self.screen(state, other).split(separator: "\n")
            #expect(rows.allSatisfy { $0.count <= other.width })
            Self.expectSame(state, other, "resized to \(other)")
        }
    }
}
