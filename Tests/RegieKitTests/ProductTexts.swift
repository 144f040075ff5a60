import Foundation

@testable import RegieKit
import RegieTestSupport

/// Every text Regie itself puts in front of a user, for the checks on wording: the catalogues
/// (tips, questions, the text about the tips, interventions, fit conditions, methods), the
/// names of the domain's values, and the human text of the five bundled samples. Not in scope:
/// the interface's own short labels and messages (`L(…)` in RegieUI and the command line),
/// which are words rather than sentences, and user data in other files.
enum ProductTexts {
    /// Catalogue texts in both languages, labelled with where they live.
    static let catalogue: [(label: String, text: Localized)] = {
        var texts: [(String, Localized)] = []
        for tip in Catalog.tips {
            texts.append(("tip \(tip.number) title", tip.title))
            texts.append(("tip \(tip.number) summary", tip.summary))
            for question in tip.questions { texts.append(("question \(question.id)", question.text)) }
        }
        let about = Catalog.aboutTips
        texts.append(("about title", about.title))
        texts.append(("about credit", about.credit))
        for (i, paragraph) in about.paragraphs.enumerated() { texts.append(("about paragraph \(i + 1)", paragraph)) }
        for intervention in Catalog.interventions {
            texts.append(("\(intervention.id) title", intervention.title))
            texts.append(("\(intervention.id) description", intervention.description))
            texts.append(("\(intervention.id) fitsWhen", intervention.fitsWhen))
            texts.append(("\(intervention.id) expectedEffect", intervention.expectedEffect))
        }
        for condition in FitCondition.allCases {
            texts.append(("condition \(condition.rawValue)", condition.description))
        }
        for method in InterventionMethod.allCases { texts.append(("method \(method.rawValue)", method.name)) }
        for kind in CatalogEntryKind.allCases { texts.append(("entry kind \(kind.rawValue)", kind.name)) }
        return texts
    }()

    /// The catalogue and the names of values: everything checked for wording in both languages.
    static let bilingual = catalogue + valueNames

    /// The names of the values in `Kinds+Names.swift`.
    static let valueNames: [(label: String, text: Localized)] = {
        var names: [(String, Localized)] = []
        func add<Value: RawRepresentable>(_ values: [Value], _ name: (Value) -> Localized)
        where Value.RawValue == String {
            for value in values { names.append(("\(Value.self).\(value.rawValue)", name(value))) }
        }
        add(PartnerStatus.allCases, \.name)
        add(ScoreKind.allCases, \.name)
        add(EngagementLevel.allCases, \.name)
        add(RelationKind.allCases, \.name)
        add(InterventionStatus.allCases, \.name)
        add(Effort.allCases, \.name)
        add(WorkFormKind.allCases, \.name)
        add(SteeringVariant.allCases, \.name)
        add(MeetingMode.allCases, \.name)
        add(RegisseurStyle.allCases, \.name)
        return names
    }()

    /// One text of a sample with the place it comes from, such as `wijkaanpak partners[2].notes`.
    struct SampleText {
        var label: String
        var text: String
    }

    /// Every piece of human text in the bundled samples (all five are in Dutch); ids, kinds and
    /// other values a program reads are left out.
    static func samples() throws -> [SampleText] {
        try SampleSessionTests.names.flatMap { name in texts(of: try SampleSessionTests.session(name), name: name) }
    }

    /// The human text of `session`, labelled with `name` and its place.
    static func texts(of session: Session, name: String) -> [SampleText] {
        var texts: [SampleText] = []
        func add(_ place: String, _ text: String) {
            if !text.isEmpty { texts.append(SampleText(label: "\(name) \(place)", text: text)) }
        }
        add("title", session.title)
        add("opgave.title", session.opgave.title)
        add("opgave.intent", session.opgave.intent)
        add("opgave.whyItMatters", session.opgave.whyItMatters)
        for (i, signal) in session.opgave.successSignals.enumerated() { add("opgave.successSignals[\(i)]", signal) }
        add("workForm.notes", session.workForm.notes)
        add("regisseur.name", session.regisseur.name)
        for (i, p) in session.partners.enumerated() {
            let at = "partners[\(i)]"
            for (field, text) in [
                ("name", p.name), ("organisation", p.organisation), ("sector", p.sector), ("notes", p.notes),
                ("privateNotes", p.privateNotes),
            ] {
                add("\(at).\(field)", text)
            }
            for (j, text) in p.interests.enumerated() { add("\(at).interests[\(j)]", text) }
            for (j, text) in p.values.enumerated() { add("\(at).values[\(j)]", text) }
            for (j, resource) in p.resources.enumerated() { add("\(at).resources[\(j)].name", resource.name) }
        }
        for (i, r) in session.relations.enumerated() { add("relations[\(i)].note", r.note) }
        for (i, p) in session.perspectives.enumerated() {
            for (field, text) in [
                ("view", p.view), ("rightAbout", p.rightAbout), ("concerns", p.concerns),
                ("responsibility", p.responsibility), ("bridge", p.bridge),
            ] {
                add("perspectives[\(i)].\(field)", text)
            }
        }
        for (i, v) in session.interventions.enumerated() {
            for (field, text) in [
                ("title", v.title), ("rationale", v.rationale), ("expectedEffect", v.expectedEffect),
                ("outcome", v.outcome), ("consequences", v.consequences),
            ] {
                add("interventions[\(i)].\(field)", text)
            }
        }
        for (i, m) in session.meetings.enumerated() {
            add("meetings[\(i)].title", m.title)
            for (j, decision) in m.decisions.enumerated() { add("meetings[\(i)].decisions[\(j)]", decision) }
        }
        for (i, n) in session.notes.enumerated() { add("notes[\(i)].text", n.text) }
        for (i, a) in session.actions.enumerated() { add("actions[\(i)].text", a.text) }
        for tip in session.reflections.keys.sorted() {
            let answers = session.reflections[tip]?.answers ?? [:]
            for id in answers.keys.sorted() { add("reflections.\(tip).\(id)", answers[id] ?? "") }
        }
        return texts
    }
}
