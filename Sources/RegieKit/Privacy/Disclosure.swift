import Foundation

/// How much of a session may be seen: everything (the regisseur alone), or only what the
/// partners themselves may read (presentation mode on a projector, `--public` exports).
///
/// This is the one rule for privacy. Views, selection and editing in the workbench, every
/// export and the codec's public mode all work on `Session.disclosed(_:)` and ask
/// `Session.showsAssessment(of:)`; none of them decides for itself what is private.
public enum Disclosure: Sendable {
    /// The whole session, for the owner's own file and screen.
    case full
    /// Without private assessments: no scores, engagement, interests, values or resources of a
    /// partner unless `shareScores`, no trust on relations, never `privateNotes`, no private
    /// notes, no walkthrough answers of the regisseur's own (a group's shared answers stay), no
    /// assessment rounds, assessors' sheets or merge conflicts, no fields this version does not
    /// know (they might be private).
    case `public`

    /// Whether forms that hold private fields (a partner's assessment and private notes, the
    /// walkthrough answers) may open. Such a form, built from a public view, would both show
    /// nothing and, on submit, write the blanks over what the regisseur wrote.
    public var showsPrivateFields: Bool { self == .full }
}

extension Session {
    /// Whether a partner's assessment (scores, engagement, interests, values, resources) may be
    /// shown from this session. False for partners who did not agree to share it, once the
    /// session is a public view (`disclosed(.public)`, or a file written by a public export).
    public func showsAssessment(of partner: Partner) -> Bool {
        !isPublicExport || partner.shareScores
    }

    /// The session as `disclosure` allows it to be seen. With `.full` this is the session itself
    /// (no copy is made); with `.public` private content is removed, and the result says so
    /// (`isPublicExport`), so a public view stays public when it is passed on or written. A
    /// session read from a public export is always filtered, whatever a hand edit put into it.
    /// Ids and the order of every list are kept, so a selection in the public view names the
    /// same entity in the whole session.
    public func disclosed(_ disclosure: Disclosure) -> Session {
        guard disclosure == .public || isPublicExport, !isFilteredView else { return self }
        var view = self
        view.isPublicExport = true
        view.isFilteredView = true
        view.extra = [:]
        view.partners = partners.map { partner in
            var shown = partner
            shown.extra = [:]
            shown.privateNotes = ""
            if !partner.shareScores {
                shown.scores = Scores()
                shown.engagement = Engagement()
                shown.interests = []
                shown.values = []
                shown.resources = []
            }
            return shown
        }
        view.relations = relations.map { relation in
            // How much two partners trust each other is the regisseur's assessment, like the scores.
            var shown = withoutExtra(relation)
            shown.trust = nil
            return shown
        }
        view.perspectives = perspectives.map { withoutExtra($0) }
        view.interventions = interventions.map { withoutExtra($0) }
        view.meetings = meetings.map { withoutExtra($0) }
        view.notes = notes.filter { !$0.isPrivate }.map { withoutExtra($0) }
        view.actions = actions.map { withoutExtra($0) }
        // Which tips are done is progress, not an assessment; the regisseur's own answers are
        // private. What a group answered or discussed in the room was said in public.
        view.reflections = reflections.mapValues {
            Reflection(answers: [:], done: $0.done, sharedAnswers: $0.sharedAnswers, discussed: $0.discussed)
        }
        // Rounds and assessors' sheets are copies of assessments; conflicts may hold any field.
        view.rounds = []
        view.assessments = []
        view.conflicts = []
        view.assessor = nil
        return view
    }
}

/// Entities that keep fields from other tools; those may hold anything, so a public view drops them.
protocol CarriesExtraFields {
    var extra: [String: JSONValue] { get set }
}

extension Relation: CarriesExtraFields {}
extension Perspective: CarriesExtraFields {}
extension Intervention: CarriesExtraFields {}
extension Meeting: CarriesExtraFields {}
extension Note: CarriesExtraFields {}
extension ActionItem: CarriesExtraFields {}

private func withoutExtra<T: CarriesExtraFields>(_ value: T) -> T {
    var copy = value
    copy.extra = [:]
    return copy
}
