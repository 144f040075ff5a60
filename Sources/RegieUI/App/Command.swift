import RegieKit

/// Something the user asked for, by key or from the palette. Keys map to commands through the
/// keymap; the help overlay and the palette list the same commands, so they stay true.
public enum Command: Hashable, Sendable {
    case quit, save, saveAs, undo, redo, help, palette, presentation, switchLanguage, toggleAutosave
    /// The language the session's own texts are in (exports and new catalogue entries follow it).
    case switchSessionLanguage
    case nextPane, previousPane, showPane(Pane)
    case up, down, left, right, pageUp, pageDown, top, bottom
    case open, back
    /// Scrolls the detail column (a long perspective or intervention) without moving the selection.
    case scrollDetail(Int)
    case add, edit, delete, quickNote, filter
    case cycleMapView, showMap(MapKind)
    case addRelation, showRelations, toggleCompare, clearCompare
    case cycleStatus, toggleLetGo, toggleDone
    case nextSection
    /// The picker's search line (pane 3), where typing searches the catalogue.
    case searchCatalogue
    /// The picker narrowed to the entries for one tip; nil for every tip.
    case filterTip(Int?)
    case nextTip, previousTip, markTipDone
    case editOpgave, addMeeting, addAction
    case export(ExportRequest)
    /// The minutes of the meeting selected in pane 4, in Markdown; public or not.
    case exportSelectedMinutes(isPublic: Bool)
    /// A live meeting: start it (or, while it runs, edit it), end it; a note in a full form, a
    /// decision, a marked moment (tip 6); the selected note made a decision or an action.
    case startMeeting, endMeeting, longNote, addDecision, markMoment(MeetingMode), noteToDecision, noteToAction
    /// Tension and negotiation lines and relation notes on the presentation's slides, or not.
    case toggleTensionLines
    /// Across people and time: record a round, compare rounds, the bespreekpunten, merge conflicts.
    case recordRound, compareRounds, showBespreekpunten, resolveConflicts
}

/// The command palette (`:`): a filter line over every command.
public struct Palette: Sendable {
    public var query = LineEditor()
    public var selected = 0

    public init() {}
}
