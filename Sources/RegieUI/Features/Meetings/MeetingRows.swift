import Canvas
import Foundation
import RegieKit

/// Rows and detail of the meeting log: who came, what kind of meeting (tip 6), what was decided.
enum MeetingRows {
    static func content(_ state: AppState) -> NotesSectionContent {
        let meetings = state.meetingsNewestFirst
        let selected = meetings.indices.contains(state.selectedMeeting) ? state.selectedMeeting : nil
        return NotesSectionContent(
            count: meetings.count,
            rows: { width, shown in meetings[shown].map { row($0, state: state, width: width) } },
            selected: selected,
            detailTitle: state.text(L("Overleg", "Meeting")),
            detail: selected.map { index in { width in detail(meetings[index], state: state, width: width) } },
            empty: state.text(L("Nog geen overleggen — m start er een", "No meetings yet — m starts one")),
            emptyDetail: state.text(
                L(
                    "Leg vast wie er was, wat er besloten is en of het cocreatie of onderhandeling was (tip 6).",
                    "Record who came, what was decided and whether it was co-creation or negotiation (tip 6).")))
    }

    /// `2026-03-02 09:30  Wijktafel Ëlst                  cocreatie · 3 aanwezig`
    static func row(_ meeting: Meeting, state: AppState, width: Int) -> StyledLine {
        var trailing: [String] = []
        if meeting.id == state.shown.currentMeeting { trailing.append("● " + state.text(L("loopt", "running"))) }
        if let mode = meeting.mode { trailing.append(state.text(mode.name)) }
        if !meeting.attendees.isEmpty {
            trailing.append(
                state.text(L("\(meeting.attendees.count) aanwezig", "\(meeting.attendees.count) attending")))
        }
        return StyledLine.row(
            leading: [
                Span(
                    " " + PaneFormat.dayOrMinute(meeting.date, in: state.timeZone).padded(toWidth: 16) + "  ", Theme.dim
                )
            ],
            main: [Span(meeting.title)],
            trailing: trailing.isEmpty ? [] : [[Span(trailing.joined(separator: " · ") + " ", Theme.dim)]],
            width: width)
    }

    static func detail(_ meeting: Meeting, state: AppState, width: Int) -> DetailText {
        var text = DetailText(width: width)
        let session = state.shown
        text.paragraph(meeting.title, style: Theme.heading)
        let labels = [L("Datum", "Date"), L("Karakter", "Character"), L("Aanwezig", "Attending")].map { state.text($0) }
        let labelWidth = DetailText.labelWidth(labels)
        text.blank()
        var when = PaneFormat.dayOrMinute(meeting.date, in: state.timeZone)
        if meeting.id == session.currentMeeting {
            when += " · ● " + state.text(L("loopt — M beëindigt", "running — M ends it"))
        } else if let ended = meeting.ended {
            when += "–" + PaneFormat.clock(ended, in: state.timeZone)
        }
        text.field(labels[0], when, labelWidth: labelWidth)
        let notes = NoteRows.visible(state).filter { $0.meeting == meeting.id }.reversed()
        let moments = MeetingMode.allCases.compactMap { mode -> String? in
            let count = notes.filter { $0.mode == mode }.count
            return count == 0 ? nil : "\(count)× " + state.text(mode.name)
        }
        let momentText =
            moments.isEmpty ? "" : "  " + state.text(L("momenten: ", "moments: ")) + moments.joined(separator: ", ")
        if let mode = meeting.mode {
            text.field(labels[1], state.text(mode.name) + "  (tip 6)" + momentText, labelWidth: labelWidth)
        } else if !moments.isEmpty {
            text.field(
                labels[1], state.text(L("momenten: ", "moments: ")) + moments.joined(separator: ", ") + "  (tip 6)",
                labelWidth: labelWidth)
        } else {
            text.field(
                labels[1], state.text(L("niet aangegeven — e, of o/w per moment", "not set — e, or o/w per moment")),
                labelWidth: labelWidth, style: Theme.dim)
        }
        if !meeting.attendees.isEmpty {
            text.field(
                labels[2], meeting.attendees.map { session.partnerName($0) }.joined(separator: ", "),
                labelWidth: labelWidth)
        }

        text.section(
            state.text(L("Besluiten", "Decisions")), note: meeting.decisions.isEmpty ? "" : "\(meeting.decisions.count)"
        )
        if meeting.decisions.isEmpty {
            text.paragraph(
                state.text(L("Nog geen besluiten — e legt ze vast", "No decisions yet — e records them")),
                style: Theme.dim)
        } else {
            text.bullets(meeting.decisions)
        }

        if !notes.isEmpty {
            text.section(state.text(L("Notities", "Notes")), note: "\(notes.count)")
            let day = Day(meeting.date)
            for note in notes {
                let time =
                    Day(note.at) == day
                    ? String(PaneFormat.minute(note.at, in: state.timeZone).suffix(5))
                    : PaneFormat.minute(note.at, in: state.timeZone)
                var line = [Span(time + "  ", Theme.dim)]
                if let mode = note.mode { line.append(Span("◇ " + state.text(mode.name) + ": ", Theme.key)) }
                line.append(Span(note.text.firstLine))
                if note.isPrivate { line.append(Span("  ◆ " + state.text(L("privé", "private")), Theme.privateMark)) }
                text.add(line)
            }
        }

        let actions = session.actions.filter { $0.meeting == meeting.id }
        if !actions.isEmpty {
            text.section(state.text(L("Acties", "Actions")), note: "\(actions.count)")
            for action in actions {
                text.add(ActionRows.summary(action, state: state))
            }
        }
        return text
    }
}
