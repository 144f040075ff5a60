import Foundation
import RegieKit

/// Interventions (tip 3) and what came of them (tip 4).
enum Interventions {
    enum Field: String, FieldKey {
        case catalogId, title, tips, targets, rationale, expectedEffect, effort, status, outcome, consequences
    }

    static func form(_ state: AppState, editing id: Intervention.ID?) -> Form {
        let existing = id.flatMap { iid in state.shown.interventions.first { $0.id == iid } }
        var v = existing ?? Intervention(id: "", title: "")
        if id == nil, let selected = state.selectedPartner { v.targets = [selected.rawValue] }
        return form(state, editing: id, v)
    }

    /// The add form for a catalogue entry chosen in the picker: planned, with the entry's tips and
    /// expected effect in the language of the session; the title is left for the entry to give.
    static func form(_ state: AppState, entry: CatalogIntervention, now: Date) -> Form {
        var v = Intervention(
            id: "", catalogId: entry.id, title: "", tips: entry.tips,
            expectedEffect: entry.expectedEffect(state.session.language), effort: entry.effort, status: .planned)
        if let selected = state.selectedPartner { v.targets = [selected.rawValue] }
        return form(state, editing: nil, v)
    }

    /// The add form filled in with `values` (a suggestion to change before it is planned).
    static func form(_ state: AppState, prefill values: Intervention) -> Form {
        var v = values
        // The catalogue gives the title in the session's language when the field is left empty.
        if let entry = v.catalogId.flatMap(Catalog.intervention(id:)), v.title == entry.title(state.session.language) {
            v.title = ""
        }
        return form(state, editing: nil, v)
    }

    private static func form(_ state: AppState, editing id: Intervention.ID?, _ v: Intervention) -> Form {
        // A diagnosis can be planned too, but it says so: it looks at the network, it changes nothing.
        let catalogOptions = Catalog.interventions.map { entry in
            let title = entry.title(state.language)
            let label = entry.kind == .diagnosis ? title + " (" + entry.kind.name(state.language) + ")" : title
            // While browsing, the hint says when the highlighted entry fits.
            return Choice(id: entry.id, label: label, hint: entry.fitsWhen)
        }
        // An id the catalogue has since merged or renamed selects the entry that replaced it.
        let catalogID = v.catalogId.map { Catalog.intervention(id: $0)?.id ?? $0 }
        let targets = v.targets
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
        // The entry's own tips keep their order: its main tip first.
        if let entry, tips.isEmpty || Set(tips) == Set(entry.tips) { tips = entry.tips }
        item.tips = tips
        item.targets = form.selection(Field.targets)
        item.rationale = form.text(Field.rationale)
        var effect = form.text(Field.expectedEffect)
        if effect.isEmpty, let entry, form.kind == .addIntervention {
            effect = entry.expectedEffect(state.session.language)
        }
        item.expectedEffect = effect
        item.effort = form.choice(Field.effort, as: Effort.self) ?? (entry?.effort ?? .medium)
        item.setStatus(form.choice(Field.status, as: InterventionStatus.self) ?? .idea, on: state.day(at: now))
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

    /// The selected intervention of the plan; nil while the picker is the list on screen.
    static func selectedIndex(_ state: AppState) -> Int? {
        guard state.interventionsSection == .plan else { return nil }
        return state.shown.interventions.indices.contains(state.selectedIntervention) ? state.selectedIntervention : nil
    }

    /// `a`: in the picker the selected entry goes into the plan; in the plan a new one.
    static func add(_ state: inout AppState, now: Date) {
        guard state.interventionsSection == .plan else { return Picker.choose(&state, now: now) }
        openForm(&state, form(state, editing: nil))
    }

    /// `Enter`: as `a` in the picker; in the plan the selected intervention's form.
    static func open(_ state: inout AppState, now: Date) {
        guard state.interventionsSection == .plan else { return Picker.choose(&state, now: now) }
        openEdit(&state, now: now)
    }

    /// `e`: in the picker the entry in the form first; in the plan the selected intervention.
    static func openEdit(_ state: inout AppState, now: Date) {
        guard state.interventionsSection == .plan else { return Picker.editFirst(&state, now: now) }
        guard let index = selectedIndex(state) else { return add(&state, now: now) }
        openForm(&state, form(state, editing: state.shown.interventions[index].id))
    }

    /// `→`/`]`: the picker ↔ the plan.
    static func switchSection(_ state: inout AppState) {
        let all = InterventionsSection.allCases
        state.interventionsSection = all[(state.interventionsSection.rawValue + 1) % all.count]
        state.detailScroll = 0
    }

    static func move(_ state: inout AppState, by delta: Int) {
        switch state.interventionsSection {
        case .suggestions: Picker.move(&state, by: delta)
        case .plan:
            let count = state.shown.interventions.count
            state.selectedIntervention = count == 0 ? 0 : max(0, min(count - 1, state.selectedIntervention + delta))
        }
    }

    /// Says that the key works on the plan, not on the picker.
    private static func planOnly(_ state: inout AppState) {
        let key = Keymap.label(for: .nextSection, in: .interventions).map { String($0.prefix(1)) } ?? "→"
        state.message = StatusMessage(
            L(
                "Dat werkt in de lijst Interventies: \(key) wisselt",
                "That works in the list of interventions: \(key) switches"
            ), kind: .warning)
    }

    static func askDelete(_ state: inout AppState) {
        guard state.interventionsSection == .plan else { return planOnly(&state) }
        guard let index = selectedIndex(state) else { return }
        let item = state.shown.interventions[index]
        state.modal = .confirm(
            Confirmation(
                subject: .deleteIntervention(item.id),
                question: L("Interventie “\(item.title)” verwijderen?", "Delete intervention “\(item.title)”?")))
    }

    /// `s`: idea → planned → done → dropped, with the dates `Intervention.setStatus` keeps.
    static func cycleStatus(_ state: inout AppState, now: Date) {
        guard state.interventionsSection == .plan else { return planOnly(&state) }
        guard let index = selectedIndex(state) else { return }
        let id = state.shown.interventions[index].id
        let all = InterventionStatus.allCases
        let day = state.day(at: now)
        _ = edit(&state, now: now) { session in
            guard let i = session.interventions.firstIndex(where: { $0.id == id }) else { return }
            let current = session.interventions[i].status
            session.interventions[i].setStatus(all[(all.firstIndex(of: current)! + 1) % all.count], on: day)
        }
    }
}
