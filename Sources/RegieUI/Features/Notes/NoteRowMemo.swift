import Foundation
import RegieKit

/// The rows of the notes list as last made, by position, each with the note and link text it
/// was made from, and the columns all of them were laid out in. A key that moves the selection
/// (the list scrolls by a row at most) reuses every row still in view instead of formatting,
/// laying out and cutting each again. A reference, so that drawing (which reads a copy of the
/// state) can keep it; a row is reused only when its note, its link text and the columns are
/// equal to what it was made from, so a copy of the state that differs never gets a stale one.
final class NoteRowMemo: @unchecked Sendable {
    /// What every row of the list depends on besides its note and link: the list's width,
    /// the language and time zone, and the columns of the rows in view.
    struct Columns: Equatable {
        var width: Int
        var language: Language
        var timeZone: TimeZone
        var linkWidth: Int
        var showsLinks: Bool
        var tipWidth: Int
        var privateWidth: Int
    }

    private struct Row {
        var note: Note
        var link: String
        var line: StyledLine
    }

    private let lock = NSLock()
    private var columns: Columns?
    /// The rows last in view, by position in the list; only those, so the memo stays small.
    private var kept: [Int: Row] = [:]
    private var made = 0

    /// How many rows were made rather than reused: tests count it.
    var rowsMade: Int {
        lock.lock()
        defer { lock.unlock() }
        return made
    }

    /// The rows for `notes` (the list's positions `positions`) with their `links`, reused where
    /// one was made from the same note, link and columns, else made by `make`.
    func rows(
        _ positions: Range<Int>, notes: ArraySlice<Note>, links: [String], columns: Columns,
        make: (Note, String) -> StyledLine
    ) -> [StyledLine] {
        lock.lock()
        let reusable = self.columns == columns ? kept : [:]
        lock.unlock()
        var rows: [Int: Row] = [:]
        var lines: [StyledLine] = []
        lines.reserveCapacity(positions.count)
        var newRows = 0
        for (position, (note, link)) in zip(positions, zip(notes, links)) {
            if let row = reusable[position], row.link == link, row.note == note {
                rows[position] = row
                lines.append(row.line)
            } else {
                let line = make(note, link)
                rows[position] = Row(note: note, link: link, line: line)
                lines.append(line)
                newRows += 1
            }
        }
        lock.lock()
        self.columns = columns
        kept = rows
        made += newRows
        lock.unlock()
        return lines
    }
}
