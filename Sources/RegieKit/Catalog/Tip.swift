/// One of the seven tips for netwerk- en ketenregie, a step in the walkthrough.
public struct Tip: Identifiable, Hashable, Sendable {
    /// The tip's number, 1 to 7; also its id.
    public let number: Int
    /// The tip's id, equal to its number.
    public var id: Int { number }
    /// The short, recognisable title of the tip.
    public let title: Localized
    /// The idea of the tip and what to do with it, in a few sentences.
    public let summary: Localized
    /// Questions a regisseur answers about their own network in this step.
    public let questions: [ReflectionQuestion]
    /// The pane of the workbench that this step works on.
    public let workedIn: PaneHint

    /// Creates a tip.
    public init(
        number: Int,
        title: Localized,
        summary: Localized,
        questions: [ReflectionQuestion],
        workedIn: PaneHint
    ) {
        self.number = number
        self.title = title
        self.summary = summary
        self.questions = questions
        self.workedIn = workedIn
    }
}

/// A question that a regisseur answers in the walkthrough; answers are saved by `id`.
public struct ReflectionQuestion: Identifiable, Hashable, Sendable {
    /// Stable id of the form `t<tip>.q<n>`, such as `t1.q2`; session files store answers under it.
    public let id: String
    /// The question in both languages.
    public let text: Localized

    /// Creates a question.
    public init(id: String, text: Localized) {
        self.id = id
        self.text = text
    }
}

/// The pane of the workbench where the work of a walkthrough step is done.
public enum PaneHint: String, Sendable, CaseIterable {
    case partnerMap, perspectives, interventions, notes, walkthrough
}
