import Canvas
import Foundation
import RegieKit

/// Rows and detail of the notes list, newest first.
enum NoteRows {
    /// Notes newest first, as far as they may be shown: the same list the selection indexes.
    static func visible(_ state: AppState) -> [Note] {
        state.notesNewestFirst
    }

    static func content(_ state: AppState) -> NotesSectionContent {
        let list = state.noteList
        let notes = list.newestFirst
        let selected = notes.indices.contains(state.selectedNote) ? state.selectedNote : nil
        return NotesSectionContent(
            count: notes.count,
            rows: { width, shown in rows(list, shown, state: state, width: width) },
            selected: selected,
            detailTitle: state.text(L("Notitie", "Note")),
            detail: selected.map { index in { width in detail(notes[index], state: state, width: width) } },
            empty: state.text(L("Nog geen notities — n schrijft er een", "No notes yet — n writes one")),
            emptyDetail: state.text(
                L(
                    "n werkt in elk paneel: de notitie krijgt een tijd en wordt gekoppeld aan wat geselecteerd is.",
                    "n works in every pane: the note gets a time and is linked to whatever is selected.")))
    }

    /// `2026-03-04 16:00  De Linde wil aansluiten…   De Linde +1  tip 2  ◆ privé`
    /// `2026-03-04 16:00  De Linde wil aansluiten…   Woonstichting De Linde +1  tip 2  ◆ privé`,
    /// in columns as wide as the rows in view need, the links left out where the text would get under
    /// 32 columns; only the rows at `shown` are made, and of those only the ones not kept from the
    /// frame before (`NoteRowMemo`).
    static func rows(_ list: NoteList, _ shown: Range<Int>, state: AppState, width: Int) -> [StyledLine] {
        let notes = list.newestFirst[shown]
        let privateLabel = "◆ " + state.text(L("privé", "private"))
        let tipWidth = list.hasTip ? 5 : 0
        let privateWidth = list.hasPrivate ? privateLabel.displayWidth : 0
        let links = notes.map { note -> String in
            guard let first = note.links.first else { return "" }
            return state.linkName(first) + (note.links.count > 1 ? " +\(note.links.count - 1)" : "")
        }
        let fixed = 19 + (tipWidth > 0 ? tipWidth + 2 : 0) + (privateWidth > 0 ? privateWidth + 2 : 0) + 1
        let widest = links.map(\.displayWidth).max() ?? 0
        let linkWidth = min(widest, width >= 100 ? 30 : 20, width - fixed - 32 - 2)
        // A column as narrow as its names ("Politie"), or of at least 10 where names are cut.
        let columns = NoteRowMemo.Columns(
            width: width, language: state.language, timeZone: state.timeZone, linkWidth: linkWidth,
            showsLinks: widest > 0 && linkWidth >= min(widest, 10), tipWidth: tipWidth, privateWidth: privateWidth)
        return state.noteRows.rows(shown, notes: notes, links: links, columns: columns) { note, link in
            row(note, link: link, columns: columns, privateLabel: privateLabel, state: state)
        }
    }

    private static func row(
        _ note: Note, link: String, columns: NoteRowMemo.Columns, privateLabel: String, state: AppState
    ) -> StyledLine {
        var trailing: [Span] = []
        if columns.showsLinks { trailing += [Span(link.padded(toWidth: columns.linkWidth), Theme.dim), Span("  ")] }
        if columns.tipWidth > 0 {
            trailing += [
                Span((note.tip.map { "tip \($0)" } ?? "").padded(toWidth: columns.tipWidth), Theme.dim), Span("  "),
            ]
        }
        if columns.privateWidth > 0 {
            trailing.append(
                Span((note.isPrivate ? privateLabel : "").padded(toWidth: columns.privateWidth), Theme.privateMark))
        }
        return StyledLine.row(
            leading: [Span(" " + PaneFormat.minute(note.at, in: state.timeZone) + "  ", Theme.dim)],
            main: (note.mode.map { [Span("◇ " + state.text($0.name) + ": ", Theme.key)] } ?? [])
                + [Span(note.text.firstLine)], trailing: [trailing + [Span(" ")]], width: columns.width)
    }

    static func detail(_ note: Note, state: AppState, width: Int) -> DetailText {
        var text = DetailText(width: width)
        var head = [Span(PaneFormat.minute(note.at, in: state.timeZone), Theme.heading)]
        if note.isPrivate { head.append(Span("   ◆ " + state.text(L("privé", "private")), Theme.privateMark)) }
        text.add(head)
        text.blank()
        text.paragraph(note.text)
        let labels = [L("Over", "About"), L("Tip", "Tip"), L("Overleg", "Meeting"), L("Moment", "Moment")].map {
            state.text($0)
        }
        let labelWidth = DetailText.labelWidth(labels)
        text.blank()
        if !note.links.isEmpty {
            text.field(labels[0], PaneFormat.names(note.links, in: state), labelWidth: labelWidth)
        }
        if let tip = note.tip {
            text.field(
                labels[1], "\(tip)  " + (Catalog.tip(tip).map { state.text($0.title) } ?? ""), labelWidth: labelWidth)
        }
        if let mode = note.mode {
            text.field(state.text(L("Moment", "Moment")), state.text(mode.name) + "  (tip 6)", labelWidth: labelWidth)
        }
        if let id = note.meeting {
            let meeting = state.shown.meetings.first { $0.id == id }
            let title =
                meeting.map { $0.title + " · " + PaneFormat.dayOrMinute($0.date, in: state.timeZone) } ?? id.rawValue
            text.field(labels[2], title, labelWidth: labelWidth)
        }
        return text
    }
}
