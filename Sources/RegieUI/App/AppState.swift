import Canvas
import Foundation
import RegieKit

/// Everything the workbench shows and edits. A value: `update` changes it, views read it.
public struct AppState: Sendable {
    /// The whole session, as it is saved. Views draw `shown`, never this.
    public var session: Session {
        didSet { shown = session.disclosed(disclosure) }
    }
    /// The session as the screen may show it (see `Disclosure`): in presentation mode without
    /// private assessments. Views draw it and selections index its lists, so what can be
    /// selected, edited or deleted is always what can be seen.
    public private(set) var shown: Session
    /// Where the session is saved; nil for a session that has no file yet.
    public var filePath: String?
    public var readOnly: Bool
    /// Language of the interface (the session's own text stays as written).
    public var language: Language
    /// Zone in which times are shown; the file stores UTC. Injected so screens are testable.
    public var timeZone: TimeZone

    /// The time of the last action (from the injected clock): what "today" and "morgen" mean
    /// to a date being typed.
    public var now = Date(timeIntervalSince1970: 0)
    /// The terminal's size, for the little that `update` must know of the screen: where a
    /// wrapped text's rows are when Up or Down moves through them.
    public var screenSize = Size(width: 80, height: 24)
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
    /// What the actions list is narrowed to: owners holding every word typed (`/` in the list).
    public var actionOwnerFilter = ""
    public var selectedTip = 1
    public var selectedQuestion = 0
    /// The list pane 3 shows: the picker's suggestions and catalogue, or the session's interventions.
    public var interventionsSection: InterventionsSection = .suggestions
    /// Search, tip filter and selection of the picker.
    public var picker = PickerState()
    /// In the walkthrough, the line of "in this session" that is selected; nil while a question is.
    public var selectedFinding: Int? = 0
    /// Suggestions and the walkthrough's lines, as last computed off the key loop; views use
    /// `currentInsights`, which is nil while they describe an older version of the session.
    public var insights: SessionInsights?
    /// The computation on its way, so that it is asked for once.
    public var insightsRequested: SessionInsights.Key?
    /// The user's day, as the clock last said (suggestions measure "since last contact" against it).
    public var today: Day?
    /// The clock's day in `timeZone`, what "overdue" is measured against: `today` as the last tick
    /// noted it, or before the first tick the day of the last action.
    public var clockDay: Day { today ?? Day(now, in: timeZone) }
    /// Scroll offset of the right-hand detail column in the current pane.
    public var detailScroll = 0
    /// First row shown in the help overlay.
    public var helpScroll = 0

    /// An overlay that takes the keys until it closes.
    public var modal: Modal?
    /// While choosing the second partner of a new relation.
    public var relationStart: Partner.ID?
    /// Presentation mode: large, calm, and without private assessments.
    public var presenting = false {
        didSet { shown = session.disclosed(disclosure) }
    }
    /// What the screen may show: everything, or in presentation mode only what partners may read.
    public var disclosure: Disclosure { presenting ? .public : .full }
    /// The slide on the wall, the timer and what the facilitator set for the slides.
    public var presentation = PresentationState()

    public var dirty = false
    /// When the last edit happened.
    public var lastEdit: Date?
    /// When the first edit that is not on disk yet happened; autosave writes within seconds of it.
    public var dirtySince: Date?
    public var lastSaved: Date?
    /// Autosave writes the session file itself (the default); false with `--no-autosave`, when
    /// only a recovery copy is written beside it and saving is left to the user.
    public var autosave = true
    /// Counts edits. A save reports the revision it wrote, so edits made while it was on its
    /// way stay unsaved.
    public var revision = 0
    /// A save of the session file is on its way; autosave waits for it.
    public var saving = false
    /// The next save was asked for (Ctrl-S, save-as, quit), so its result is said in the status bar.
    public var announceSave = false
    public var recoveryWritten = false
    /// Since when the open form has typing that is not in its draft file yet.
    public var draftDueSince: Date?
    /// Whether a draft of the open form lies beside the session file.
    public var draftOnDisk = false
    /// Where this run keeps the draft of an open form (`FormDraft.path`, or another name when
    /// the user kept an older draft for later); nil without a session file.
    public var draftPath: String?
    /// Copies found at start that were restored: removed once the session is safely saved.
    public var removeAfterSave: [String] = []
    /// Stopping after a signal or a closed terminal: the last save must land, or go elsewhere.
    public var terminating = false
    /// Where the work went when stopping could not write it to its file; told after exit.
    public var emergencyCopy: String?
    public var message: StatusMessage?
    /// Questions waiting their turn after the one on screen (copies found at start).
    public var questions: [Confirmation] = []

    var undoStack: [Session] = []
    var redoStack: [Session] = []
    public var canUndo: Bool { !undoStack.isEmpty }
    public var canRedo: Bool { !redoStack.isEmpty }

    /// The network view's grouped relations and layout, derived from the graph of `shown`:
    /// `update` refreshes it after every action while the network view is on screen.
    public internal(set) var network: NetworkGraph?
    /// The graph of `shown` waits for its layout, which is computed in the background (a session
    /// with more partners than `NetworkLayouts.inlinePartners`); the map says so meanwhile.
    public internal(set) var networkPending = false
    /// The graph whose layout was asked for last, so one is asked for once.
    var networkRequested: NetworkGraph.Source?
    /// The grid, salience, chain or rings view as last drawn, for the frames after it (see
    /// `MapDrawing`): shared by copies of the state, and keyed by all it was drawn from.
    public internal(set) var mapDrawings = MapDrawingMemo()
    /// The rows of the notes list as last made, for the frames after it (see `NoteRowMemo`).
    var noteRows = NoteRowMemo()
    /// The notes as their pane lists them, with the array they were derived from.
    private var sortedNotes: (from: [Note], list: NoteList)?
    /// How often the notes were sorted for their pane: tests count that a key which leaves
    /// the notes alone does not sort them again.
    public private(set) var noteListsMade = 0
    /// The meetings newest first, with the array they were sorted from; counted likewise.
    private var sortedMeetings: (from: [Meeting], list: [Meeting])?
    public private(set) var meetingListsMade = 0
    /// Partner names by id, with the partners they were read from.
    private var partnerNames: (from: [Partner], names: [String: String])?
    /// Where in `shown.relations` each partner's relations are (by partner id), with the
    /// relations they were found in.
    private var partnerRelations: (from: [Relation], positions: [String: [Int]])?
    /// How often that table was made: tests count that keys which leave the relations alone
    /// do not make it again.
    public private(set) var relationTablesMade = 0

    public var quitting = false

    public init(
        session: Session, filePath: String?, readOnly: Bool = false, language: Language, timeZone: TimeZone
    ) {
        self.timeZone = timeZone
        self.session = session
        self.shown = session.disclosed(.full)
        self.filePath = filePath
        self.draftPath = filePath.map(FormDraft.path(for:))
        self.readOnly = readOnly
        self.language = language
        self.selectedPartner = session.partners.first?.id
        refreshDerivedState()
    }

    /// Brings what is derived from the session up to date; `update` calls it once at its end.
    /// The network layout is only computed while it is shown (the workbench opens on it), the
    /// notes sorted while their pane is.
    mutating func refreshDerivedState() {
        if pane == .notes, !(sortedNotes.map { sharesStorage($0.from, shown.notes) } ?? false) {
            sortedNotes = (shown.notes, NoteList(shown.notes))
            noteListsMade += 1
        }
        if pane == .notes, !(sortedMeetings.map { sharesStorage($0.from, shown.meetings) } ?? false) {
            sortedMeetings = (shown.meetings, Self.newestFirst(shown.meetings))
            meetingListsMade += 1
        }
        if !(partnerNames.map { sharesStorage($0.from, shown.partners) } ?? false) {
            partnerNames = (
                shown.partners,
                Dictionary(shown.partners.map { ($0.id.rawValue, $0.name) }, uniquingKeysWith: { a, _ in a })
            )
        }
        if pane == .perspectives, !(partnerRelations.map { sharesStorage($0.from, shown.relations) } ?? false) {
            partnerRelations = (shown.relations, Self.positionsByPartner(shown.relations))
            relationTablesMade += 1
        }
        // The map pane's network view, and the slides, which show every map view.
        guard (pane == .map && mapKind == .network) || presenting else { return }
        if let network, network.matches(shown) {
            self.network = network.refreshed(for: shown)
            networkPending = false
        } else if shown.partners.count > NetworkLayouts.inlinePartners {
            networkPending = true
        } else {
            network = NetworkGraph.laidOut(NetworkGraph.Source(shown), previous: network)
            networkPending = false
        }
    }

    /// The name of an id a note links to, as the session names it; a partner's from a table kept
    /// per change of the partners, so a list of notes or the capture line does not search the
    /// partners for every link on every frame.
    public func linkName(_ id: String) -> String {
        if let table = partnerNames, sharesStorage(table.from, shown.partners), let name = table.names[id] {
            return name
        }
        return shown.displayName(ofID: id)
    }

    /// A partner's name by id, or the raw id when it is unknown (as `Session.partnerName`), from
    /// the table kept per change of the partners.
    public func partnerName(_ id: Partner.ID) -> String {
        if let table = partnerNames, sharesStorage(table.from, shown.partners) {
            return table.names[id.rawValue] ?? id.rawValue
        }
        return shown.partnerName(id)
    }

    /// The relations `partner` is an end of, in session order: from a table kept per change of
    /// the relations while the perspectives pane is shown (a partner's detail lists them on
    /// every frame, and a big network holds tens of thousands), else found by searching.
    public func relations(of partner: Partner.ID) -> [Relation] {
        if let table = partnerRelations, sharesStorage(table.from, shown.relations) {
            return (table.positions[partner.rawValue] ?? []).map { shown.relations[$0] }
        }
        return shown.relations.filter { $0.involves(partner) }
    }

    private static func positionsByPartner(_ relations: [Relation]) -> [String: [Int]] {
        var positions: [String: [Int]] = [:]
        for (index, relation) in relations.enumerated() {
            positions[relation.from.rawValue, default: []].append(index)
            if relation.to != relation.from { positions[relation.to.rawValue, default: []].append(index) }
        }
        return positions
    }

    /// Partners in list order, narrowed by the filter.
    public var visiblePartners: [Partner] {
        let query = partnerFilter.trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else { return shown.partners }
        // Case and accents fold, so /cooperatieve finds Coöperatieve.
        let search = TextSearch.Query(query)
        return shown.partners.filter { search.matches([$0.name, $0.organisation, $0.sector]) }
    }

    public var selectedPartnerValue: Partner? {
        selectedPartner.flatMap { id in shown.partners.first { $0.id == id } }
    }

    /// Meetings newest first, as the meetings list shows them and its selection indexes them;
    /// sorted once per change of the meetings while pane 4 is shown.
    public var meetingsNewestFirst: [Meeting] {
        if let sorted = sortedMeetings, sharesStorage(sorted.from, shown.meetings) { return sorted.list }
        return Self.newestFirst(shown.meetings)
    }

    private static func newestFirst(_ meetings: [Meeting]) -> [Meeting] {
        meetings.enumerated().sorted { a, b in
            a.element.date != b.element.date ? a.element.date > b.element.date : a.offset > b.offset
        }.map(\.element)
    }

    /// The meeting being held now (`m` started it), as far as it may be shown.
    public var currentMeeting: Meeting? {
        shown.currentMeeting.flatMap { id in shown.meetings.first { $0.id == id } }
    }

    /// Notes newest first, as the notes pane lists them (only those that may be shown); sorted
    /// once per change of the notes.
    public var notesNewestFirst: [Note] { noteList.newestFirst }

    /// The notes as their pane lists them: kept per change of the notes while the pane is shown,
    /// else derived on the spot.
    var noteList: NoteList {
        if let sorted = sortedNotes, sharesStorage(sorted.from, shown.notes) { return sorted.list }
        return NoteList(shown.notes)
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
    /// The one-line capture of a note, decision or moment at the bottom of the screen.
    case capture(Capture)
    /// Two assessment rounds compared (`:vergelijk`).
    case compare(RoundCompareState)
    /// The merge conflicts recorded in the session, one to be resolved at a time.
    case conflicts(selected: Int)
    /// Where the merged assessors differ by two or more (`:bespreekpunten`).
    case bespreekpunten(scroll: Int)
}
