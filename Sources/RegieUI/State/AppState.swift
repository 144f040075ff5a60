import Foundation
import RegieKit

/// Everything the workbench shows and edits. A value: `update` changes it, views read it.
public struct AppState: Sendable {
    public var session: Session
    /// Where the session is saved; nil for a session that has no file yet.
    public var filePath: String?
    public var readOnly: Bool
    /// Language of the interface (the session's own text stays as written).
    public var language: Language
    /// Zone in which times are shown; the file stores UTC. Injected so screens are testable.
    public var timeZone: TimeZone = .current

    public var pane: Pane = .map
    public var mapKind: MapKind = .network
    /// The partner selected anywhere; every pane follows it.
    public var selectedPartner: Partner.ID?
    /// Typed filter on partner names (`/`).
    public var partnerFilter = ""
    public var filterEditor: LineEditor?
    /// Partners shown side by side in the perspectives pane.
    public var comparison: [Partner.ID] = []
    public var selectedIntervention = 0
    public var notesSection: NotesSection = .notes
    public var selectedNote = 0
    public var selectedMeeting = 0
    public var selectedAction = 0
    public var selectedTip = 1
    public var selectedQuestion = 0
    /// Scroll offset of the right-hand detail column in the current pane.
    public var detailScroll = 0
    /// First row shown in the help overlay.
    public var helpScroll = 0

    /// An overlay that takes the keys until it closes.
    public var modal: Modal?
    /// While choosing the second partner of a new relation.
    public var relationStart: Partner.ID?
    /// Presentation mode: large, calm, and without private assessments.
    public var presenting = false

    public var dirty = false
    /// When the last edit happened; autosave waits for a quiet moment after it.
    public var lastEdit: Date?
    public var lastSaved: Date?
    public var recoveryWritten = false
    public var message: StatusMessage?

    var undoStack: [Session] = []
    var redoStack: [Session] = []
    public var canUndo: Bool { !undoStack.isEmpty }
    public var canRedo: Bool { !redoStack.isEmpty }

    /// The network view's grouped relations and layout, derived from the session's graph:
    /// `update` refreshes it after every action while the network view is on screen.
    public internal(set) var network: NetworkGraph?
    /// The notes newest first, with the array they were sorted from.
    private var sortedNotes: (from: [Note], newestFirst: [Note])?

    public var quitting = false
    /// A newer autosaved session found at start, waiting for the user's yes or no.
    public var pendingRecovery: Session?

    public init(session: Session, filePath: String?, readOnly: Bool = false, language: Language) {
        self.session = session
        self.filePath = filePath
        self.readOnly = readOnly
        self.language = language
        self.selectedPartner = session.partners.first?.id
        refreshDerivedState()
    }

    /// Brings what is derived from the session up to date; `update` calls it once at its end.
    /// The network layout is only computed while it is shown (the workbench opens on it).
    mutating func refreshDerivedState() {
        if pane == .notes, !(sortedNotes.map { sharesStorage($0.from, session.notes) } ?? false) {
            sortedNotes = (session.notes, Self.newestFirst(session.notes))
        }
        guard pane == .map, mapKind == .network else { return }
        network = network?.refreshed(for: session) ?? NetworkGraph(session)
    }

    /// Partners in list order, narrowed by the filter.
    public var visiblePartners: [Partner] {
        let query = partnerFilter.trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else { return session.partners }
        return session.partners.filter {
            $0.name.localizedCaseInsensitiveContains(query)
                || $0.organisation.localizedCaseInsensitiveContains(query)
                || $0.sector.localizedCaseInsensitiveContains(query)
        }
    }

    public var selectedPartnerValue: Partner? {
        selectedPartner.flatMap { id in session.partners.first { $0.id == id } }
    }

    /// Notes newest first, as the notes pane lists them; sorted once per change of the notes.
    public var notesNewestFirst: [Note] {
        if let sorted = sortedNotes, sharesStorage(sorted.from, session.notes) { return sorted.newestFirst }
        return Self.newestFirst(session.notes)
    }

    private static func newestFirst(_ notes: [Note]) -> [Note] {
        notes.enumerated().sorted { a, b in
            a.element.at != b.element.at ? a.element.at > b.element.at : a.offset > b.offset
        }.map(\.element)
    }

    public func text(_ localized: Localized) -> String { localized(language) }
}

/// A line in the status bar after something happened.
public struct StatusMessage: Hashable, Sendable {
    public enum Kind: Sendable { case info, warning, error }
    public var text: Localized
    public var kind: Kind

    public init(_ text: Localized, kind: Kind = .info) {
        self.text = text
        self.kind = kind
    }
}

/// An overlay that has the keyboard: help, a question, a form or the command palette.
public enum Modal: Sendable {
    case help(filter: LineEditor)
    case confirm(Confirmation)
    case form(Form)
    case palette(Palette)
    /// The relations of one partner, to edit or delete one of them.
    case relations(partner: Partner.ID, selected: Int)
}

/// A yes/no (or save/discard/cancel) question before something that cannot be taken back.
public struct Confirmation: Sendable {
    public enum Subject: Sendable {
        case deletePartner(Partner.ID)
        case deleteRelation(Relation.ID)
        case deleteIntervention(Intervention.ID)
        case deleteNote(Note.ID)
        case deleteMeeting(Meeting.ID)
        case deleteAction(ActionItem.ID)
        case quitUnsaved
        case discardForm(Form)
        case restoreRecovery(path: String)
    }

    public var subject: Subject
    public var question: Localized
    /// Offers a third answer, "save first", as when quitting with unsaved changes.
    public var offersSave: Bool

    public init(subject: Subject, question: Localized, offersSave: Bool = false) {
        self.subject = subject
        self.question = question
        self.offersSave = offersSave
    }
}
