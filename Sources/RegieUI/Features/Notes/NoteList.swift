import RegieKit

/// The notes as the notes pane lists them, derived once per change of the notes: newest first,
/// and which of the optional columns (tip, private) any row needs. A session can hold tens of
/// thousands of notes; sorting and scanning them on every key was most of the pane's cost.
struct NoteList {
    /// Newest first; of equal times, the one later in the session first.
    let newestFirst: [Note]
    /// Whether any note has a tip, so the rows keep a tip column.
    let hasTip: Bool
    /// Whether any note is private, so the rows keep a column for the mark.
    let hasPrivate: Bool

    init(_ notes: [Note]) {
        newestFirst = notes.enumerated().sorted { a, b in
            a.element.at != b.element.at ? a.element.at > b.element.at : a.offset > b.offset
        }.map(\.element)
        hasTip = notes.contains { $0.tip != nil }
        hasPrivate = notes.contains(where: \.isPrivate)
    }
}
