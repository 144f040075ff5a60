import Foundation

/// Turns a session into text for other tools: a report, a network picture, a table, the file.
///
/// Every export takes a `Disclosure` and works on `session.disclosed(disclosure)`, asking
/// `showsAssessment(of:)` per partner: with `.public` it leaves out what the one privacy rule
/// withholds (see `Disclosure`), so a public export can be handed to the partners themselves.
public enum SessionExport {
    /// The session file's canonical JSON; with `.public` the private fields are left out.
    /// The text is the same in every language, so `language` is not used.
    public static func json(_ session: Session, disclosure: Disclosure, language _: Language) -> String {
        String(decoding: SessionCodec.encode(session, disclosure: disclosure), as: UTF8.self)
    }

}

/// Looks up what an id names, so exports can show names instead of ids.
struct ExportNames {
    private var partners: [String: String] = [:]
    private var others: [String: String] = [:]

    init(_ session: Session, language: Language) {
        for partner in session.partners where partners[partner.id.rawValue] == nil {
            partners[partner.id.rawValue] = partner.name
        }
        var others: [String: String] = [:]
        for relation in session.relations {
            others[relation.id.rawValue] =
                (partners[relation.from.rawValue] ?? relation.from.rawValue) + " → "
                + (partners[relation.to.rawValue] ?? relation.to.rawValue)
        }
        for intervention in session.interventions {
            others[intervention.id.rawValue] = intervention.shownTitle(language)
        }
        for meeting in session.meetings { others[meeting.id.rawValue] = meeting.title }
        for action in session.actions { others[action.id.rawValue] = action.text }
        for perspective in session.perspectives {
            let owner = partners[perspective.partner.rawValue] ?? perspective.partner.rawValue
            others[perspective.id.rawValue] = (language == .nl ? "perspectief van " : "perspective of ") + owner
        }
        self.others = others
    }

    /// The partner's name, or the id itself when no partner has it.
    func partner(_ id: Partner.ID) -> String { partners[id.rawValue] ?? id.rawValue }

    /// The name of whatever `id` refers to: a partner, a relation (`A → B`), an intervention…
    func anything(_ id: String) -> String { partners[id] ?? others[id] ?? id }
}

extension Intervention {
    /// The title people read: its own, else the title of its catalogue entry in `language`, else
    /// the catalogue id (an entry this version does not know), else its id.
    func shownTitle(_ language: Language) -> String {
        let own = title.trimmingCharacters(in: .whitespacesAndNewlines)
        if !own.isEmpty { return title }
        if let id = catalogId { return Catalog.intervention(id: id)?.title(language) ?? id }
        return id.rawValue
    }

    /// The catalogue entry's title in `language`, or its id when this version does not know it;
    /// nil for the regisseur's own idea.
    func catalogueTitle(_ language: Language) -> String? {
        catalogId.map { Catalog.intervention(id: $0)?.title(language) ?? $0 }
    }
}
