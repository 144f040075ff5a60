import Foundation
import RegieKit

/// Interventions (tip 3) and what came of them (tip 4).
enum Interventions {
    enum Field: String, FieldKey {
        case catalogId, title, tips, targets, rationale, expectedEffect, effort, status, outcome, consequences
    }

    static func form(_ state: AppState, editing id: Intervention.ID?) -> Form {
        let v =
            id.flatMap { iid in state.shown.interventions.first { $0.id == iid } } ?? Intervention(id: "", title: "")
        // A diagnosis can be planned too, but it says so: it looks at the network, it changes nothing.
        let catalogOptions = Catalog.interventions.map { entry in
            let title = entry.title(state.language)
            let label = entry.kind == .diagnosis ? title + " (" + entry.kind.name(state.language) + ")" : title
            // While browsing, the hint says when the highlighted entry fits.
            return Choice(id: entry.id, label: label, hint: entry.fitsWhen)
        }
        // An id the catalogue has since merged or renamed selects the entry that replaced it.
        let catalogID = v.catalogId.map { Catalog.intervention(id: $0)?.id ?? $0 }
        var targets = v.targets
        if id == nil, let selected = state.selectedPartner { targets = [selected.rawValue] }
        return Form(
            kind: id.map { .editIntervention($0) } ?? .addIntervention,
            title: id == nil
                ? L("Interventie toevoegen", "Add intervention") : L("Interventie bewerken", "Edit intervention"),
            fields: [
                Fields.list(
                    Field.catalogId, L("Uit de catalogus", "From the catalogue"), catalogOptions, selected: catalogID,
                    none: true, noneLabel: state.text(L("— eigen interventie —", "— own intervention —")),
                    hint: L(
                        "Typ om te zoeken; laat de titel leeg om die van de catalogus te nemen",
                        "Type to search; leave the title empty to take the catalogue's")),
                Fields.text(Field.title, L("Titel", "Title"), v.title),
                Fields.multiChoice(
                    Field.tips, L("Tips", "Tips"), (1...7).map { Choice(id: String($0), label: String($0)) },
                    v.tips.map(String.init)),
                targetSet(state, selected: targets),
                Fields.text(Field.rationale, L("Waarom", "Rationale"), v.rationale, multiline: true),
                Fields.text(
                    Field.expectedEffect, L("Verwacht effect", "Expected effect"), v.expectedEffect, multiline: true),
                Fields.choice(Field.effort, L("Inspanning", "Effort"), v.effort) { $0.name(state.language) },
                Fields.choice(Field.status, L("Status", "Status"), v.status) { $0.name(state.language) },
                Fields.text(Field.outcome, L("Uitkomst", "Outcome"), v.outcome, multiline: true),
                Fields.text(
                    Field.consequences, L("Consequenties", "Consequences"), v.consequences, multiline: true,
                    hint: L(
                        "Voor de samenwerking en voor de opgave (tip 4)",
                        "For the collaboration and for the opgave (tip 4)")),
            ])
    }

    /// What an intervention may aim at: partners, and relations between them.
    static func targetSet(_ state: AppState, selected: [String]) -> FormField {
        var options = state.shown.partners.map { Choice(id: $0.id.rawValue, label: $0.name) }
        options += state.shown.relations.map { relation in
            Choice(
                id: relation.id.rawValue,
                label: state.shown.partnerName(relation.from) + " – " + state.shown.partnerName(relation.to) + " ("
                    + relation.kind.name(state.language) + ")")
        }
        return Fields.listSet(Field.targets, L("Gericht op", "Aimed at"), options, selected: selected)
    }

    static func submit(_ state: inout AppState, _ form: Form, now: Date) throws(FormRefusal) -> [Effect] {
        let catalogID = form.choice(Field.catalogId)
        let entry = catalogID.flatMap(Catalog.intervention(id:))
        var title = form.trimmed(Field.title)
        if title.isEmpty, let entry { title = entry.title(state.session.language) }
        guard !title.isEmpty else {
            throw FormRefusal(
                L("Geef een titel, of kies er een uit de catalogus", "Enter a title, or pick one from the catalogue"))
        }
        var item: Intervention
        if case .editIntervention(let id) = form.kind,
            let existing = state.session.interventions.first(where: { $0.id == id })
        {
            item = existing
        } else {
            item = Intervention(id: Intervention.ID(state.session.newID(prefix: "int", name: title)), title: title)
        }
        item.catalogId = catalogID
        item.title = title
        var tips = form.selection(Field.tips).compactMap { Int($0) }.sorted()
        if tips.isEmpty, let entry { tips = entry.tips }
        item.tips = tips
        item.targets = form.selection(Field.targets)
        item.rationale = form.text(Field.rationale)
        var effect = form.text(Field.expectedEffect)
        if effect.isEmpty, let entry, form.kind == .addIntervention {
            effect = entry.expectedEffect(state.session.language)
        }
        item.expectedEffect = effect
        item.effort = form.choice(Field.effort, as: Effort.self) ?? (entry?.effort ?? .medium)
        let status = form.choice(Field.status, as: InterventionStatus.self) ?? .idea
        if status == .done, item.status != .done, item.completed == nil { item.completed = Day(now) }
        item.status = status
        item.outcome = form.text(Field.outcome)
        item.consequences = form.text(Field.consequences)
        state.modal = nil
        let isNew = form.kind == .addIntervention
        let saved = item
        if edit(&state, now: now, { $0.upsert(saved) }), isNew {
            state.selectedIntervention = state.session.interventions.count - 1
        }
        return []
    }

    // MARK: - Commands

    static func selectedIndex(_ state: AppState) -> Int? {
        state.shown.interventions.indices.contains(state.selectedIntervention) ? state.selectedIntervention : nil
    }

    static func add(_ state: inout AppState) {
        openForm(&state, form(state, editing: nil))
    }

    static func openEdit(_ state: inout AppState) {
        guard let index = selectedIndex(state) else { return add(&state) }
        openForm(&state, form(state, editing: state.shown.interventions[index].id))
    }

    static func askDelete(_ state: inout AppState) {
        guard let index = selectedIndex(state) else { return }
        let item = state.shown.interventions[index]
        state.modal = .confirm(
            Confirmation(
                subject: .deleteIntervention(item.id),
                question: L("Interventie “\(item.title)” verwijderen?", "Delete intervention “\(item.title)”?")))
    }

    /// `s`: idea → planned → done → dropped; becoming done sets the completion date.
    static func cycleStatus(_ state: inout AppState, now: Date) {
        guard let index = selectedIndex(state) else { return }
        let all = InterventionStatus.allCases
        _ = edit(&state, now: now) { session in
            let current = session.interventions[index].status
            let next = all[(all.firstIndex(of: current)! + 1) % all.count]
            session.interventions[index].status = next
            if next == .done, session.interventions[index].completed == nil {
                session.interventions[index].completed = Day(now)
            }
        }
    }
}
