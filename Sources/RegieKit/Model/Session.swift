/// What the network is for (tip 1): the shared challenge, why it matters, how success shows.
public struct Opgave: Hashable, Sendable {
    public var title: String
    public var intent: String
    public var whyItMatters: String
    public var successSignals: [String]

    public init(
        title: String = "", intent: String = "", whyItMatters: String = "",
        successSignals: [String] = []
    ) {
        self.title = title
        self.intent = intent
        self.whyItMatters = whyItMatters
        self.successSignals = successSignals
    }
}

/// The way of working (werkvorm) and mode of steering the regie happens in (tip 7).
public struct WorkForm: Hashable, Sendable {
    public var kind: WorkFormKind
    public var steering: SteeringVariant
    public var notes: String

    public init(kind: WorkFormKind = .network, steering: SteeringVariant = .regie, notes: String = "") {
        self.kind = kind
        self.steering = steering
        self.notes = notes
    }
}

/// The person doing the regie, and the styles that suit them (tip 3).
public struct Regisseur: Hashable, Sendable {
    public var name: String
    /// Styles in order of preference, strongest first.
    public var styles: [RegisseurStyle]

    public init(name: String = "", styles: [RegisseurStyle] = []) {
        self.name = name
        self.styles = styles
    }
}

/// What was said about one tip's reflection questions: the regisseur's own answers, and what
/// a group said in a workshop.
public struct Reflection: Hashable, Sendable {
    /// The regisseur's own answer per question id (`t1.q2`), from the walkthrough: private.
    public var answers: [String: String]
    public var done: Bool
    /// The answer a group agreed on per question id, typed into a presentation slide. Said in the
    /// room, so shared by nature: presentations and public exports show it.
    public var sharedAnswers: [String: String]
    /// The question ids a group has discussed in a workshop.
    public var discussed: Set<String>
    /// Fields this version does not know, kept so that another tool's additions survive a save.
    public var extra: [String: JSONValue] = [:]

    public init(
        answers: [String: String] = [:], done: Bool = false, sharedAnswers: [String: String] = [:],
        discussed: Set<String> = []
    ) {
        self.answers = answers
        self.done = done
        self.sharedAnswers = sharedAnswers
        self.discussed = discussed
    }
}

/// One regie session: the opgave, the partner network and everything captured about it.
public struct Session: Hashable, Sendable {
    /// Fields this version does not know, kept so that another tool's additions survive a save.
    public var extra: [String: JSONValue] = [:]
    /// The schema version this build writes and the newest it reads.
    public static let currentSchemaVersion = 2

    public var schemaVersion: Int
    public var title: String
    public var language: Language
    public var opgave: Opgave
    public var workForm: WorkForm
    public var regisseur: Regisseur
    public var partners: [Partner]
    public var relations: [Relation]
    public var perspectives: [Perspective]
    public var interventions: [Intervention]
    public var meetings: [Meeting]
    public var notes: [Note]
    public var actions: [ActionItem]
    /// The meeting being held now: new notes, decisions and actions belong to it until it is
    /// ended. In the file, so that a crash or a restart in the middle of a meeting goes on in it.
    public var currentMeeting: Meeting.ID?
    /// Walkthrough answers per tip number 1…7.
    public var reflections: [Int: Reflection]
    /// Assessment rounds (peilmomenten), oldest first. Private, like the assessments they copy.
    public var rounds: [AssessmentRound] = []
    /// Each assessor's scores side by side, as `regie merge` brought them in. Private.
    public var assessments: [AssessorSheet] = []
    /// Fields that two copies changed in different ways, waiting for the user to pick a side.
    public var conflicts: [MergeConflict] = []
    /// In an assessor's copy (`regie assess`): whose assessment the file holds.
    public var assessor: String?
    /// True for a file written by a public export: its private assessments were left out, so
    /// the zeros in it are not real scores.
    public var isPublicExport = false
    /// Set by `disclosed(.public)`, so that disclosing a public view again costs nothing. Never saved.
    var isFilteredView = false

    public init(
        title: String, language: Language = .nl, opgave: Opgave = Opgave(),
        workForm: WorkForm = WorkForm(), regisseur: Regisseur = Regisseur(),
        partners: [Partner] = [], relations: [Relation] = [], perspectives: [Perspective] = [],
        interventions: [Intervention] = [], meetings: [Meeting] = [], notes: [Note] = [],
        actions: [ActionItem] = [], reflections: [Int: Reflection] = [:]
    ) {
        self.schemaVersion = Session.currentSchemaVersion
        self.title = title
        self.language = language
        self.opgave = opgave
        self.workForm = workForm
        self.regisseur = regisseur
        self.partners = partners
        self.relations = relations
        self.perspectives = perspectives
        self.interventions = interventions
        self.meetings = meetings
        self.notes = notes
        self.actions = actions
        self.reflections = reflections
    }
}
