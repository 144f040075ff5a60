import Foundation
import RegieKit

/// Builds the forms of the workbench, filled in with what exists already.
enum FormFactory {
    static func text(
        _ id: String, _ label: Localized, _ value: String = "", multiline: Bool = false, hint: Localized? = nil
    ) -> FormField {
        FormField(id, label, .text(LineEditor(value, multiline: multiline)), hint: hint)
    }

    static func choice<E: RawRepresentable & CaseIterable>(
        _ id: String, _ label: Localized, _ value: E, labels: (E) -> String
    ) -> FormField where E.RawValue == String {
        let all = Array(E.allCases)
        let options = all.map { Choice(id: $0.rawValue, label: labels($0)) }
        let index = all.firstIndex { $0.rawValue == value.rawValue } ?? 0
        return FormField(id, label, .choice(options, index: index))
    }

    static func partnerChoice(
        _ state: AppState, _ id: String, _ label: Localized, selected: Partner.ID?, allowNone: Bool
    ) -> FormField {
        var options = allowNone ? [Choice(id: "", label: "—")] : []
        options += state.shown.partners.map { Choice(id: $0.id.rawValue, label: $0.name) }
        let index = options.firstIndex { $0.id == (selected?.rawValue ?? "") } ?? 0
        return FormField(id, label, .choice(options, index: index))
    }

    static func partnerSet(_ state: AppState, _ id: String, _ label: Localized, selected: [String]) -> FormField {
        let options = state.shown.partners.map { Choice(id: $0.id.rawValue, label: $0.name) }
        return FormField(
            id, label, .multiChoice(options, selected: Set(selected), highlighted: 0),
            hint: L("←/→ kiezen, spatie aan/uit", "←/→ to move, Space to toggle"))
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
        return FormField(
            "targets", L("Gericht op", "Aimed at"), .multiChoice(options, selected: Set(selected), highlighted: 0),
            hint: L("←/→ kiezen, spatie aan/uit", "←/→ to move, Space to toggle"))
    }

    static let listHint = L(
        "Eén per regel (Alt-Enter of Ctrl-N voor een nieuwe regel)", "One per line (Alt-Enter or Ctrl-N for a new line)"
    )

    // MARK: - Partner

    static func partner(_ state: AppState, editing id: Partner.ID?) -> Form {
        let p = id.flatMap { state.shown.partner($0) } ?? Partner(id: "", name: "")
        var fields: [FormField] = [
            text("name", L("Naam", "Name"), p.name),
            text("organisation", L("Organisatie", "Organisation"), p.organisation),
            text("sector", L("Sector", "Sector"), p.sector),
            text(
                "chainPosition", L("Plek in de keten", "Chain position"), p.chainPosition.map(String.init) ?? "",
                hint: L("Een getal (1 = begin van de keten), of leeg", "A number (1 = start of the chain), or empty")),
            choice("status", L("Status", "Status"), p.status) { $0.name(state.language) },
        ]
        for kind in ScoreKind.allCases {
            fields.append(
                FormField(
                    kind.rawValue, kind.name, .score(p.scores[kind]),
                    hint: L("0–5: ←/→ of een cijfer", "0–5: ←/→ or a digit")))
        }
        fields += [
            choice("engagementCurrent", L("Betrokkenheid nu", "Engagement now"), p.engagement.current) {
                $0.name(state.language)
            },
            choice("engagementDesired", L("Gewenste betrokkenheid", "Desired engagement"), p.engagement.desired) {
                $0.name(state.language)
            },
            text(
                "interests", L("Belangen", "Interests"), p.interests.joined(separator: "\n"), multiline: true,
                hint: listHint),
            text("values", L("Waarden", "Values"), p.values.joined(separator: "\n"), multiline: true, hint: listHint),
            text(
                "resources", L("Middelen", "Resources"),
                p.resources.map { $0.replaceable ? $0.name : $0.name + " !" }.joined(separator: "\n"), multiline: true,
                hint: L(
                    "Eén per regel; eindig met ! als niemand anders het heeft",
                    "One per line; end with ! if nobody else has it")),
            text("notes", L("Notities (deelbaar)", "Notes (shareable)"), p.notes, multiline: true),
            text(
                "privateNotes", L("Privénotities", "Private notes"), p.privateNotes, multiline: true,
                hint: L(
                    "Nooit zichtbaar in presentatie of publieke export", "Never shown in presentation or public export")
            ),
            FormField("shareScores", L("Scores deelbaar", "Scores shareable"), .toggle(p.shareScores)),
        ]
        return Form(
            kind: id.map { .editPartner($0) } ?? .addPartner,
            title: id == nil ? L("Partner toevoegen", "Add partner") : L("Partner bewerken", "Edit partner"),
            fields: fields)
    }

    // MARK: - Relation

    static func relation(_ state: AppState, from: Partner.ID, to: Partner.ID, editing id: Relation.ID?) -> Form {
        let r =
            id.flatMap { rid in state.shown.relations.first { $0.id == rid } }
            ?? Relation(id: "", from: from, to: to, kind: .collaboration)
        return Form(
            kind: id.map { .editRelation($0) } ?? .addRelation(from: from, to: to),
            title: id == nil ? L("Relatie toevoegen", "Add relation") : L("Relatie bewerken", "Edit relation"),
            fields: [
                FormField(
                    "between", L("Tussen", "Between"),
                    .info(state.shown.partnerName(r.from) + " → " + state.shown.partnerName(r.to))),
                choice("kind", L("Soort", "Kind"), r.kind) { $0.name(state.language) },
                FormField("strength", L("Sterkte", "Strength"), .score(r.strength), hint: L("1–5", "1–5")),
                text("note", L("Toelichting", "Note"), r.note, multiline: true),
            ])
    }

    // MARK: - Perspective

    static func perspective(_ state: AppState, partner: Partner.ID) -> Form {
        let p = state.shown.perspective(of: partner) ?? Perspective(id: "", partner: partner)
        return Form(
            kind: .editPerspective(partner),
            title: L(
                "Perspectief van \(state.shown.partnerName(partner))",
                "Perspective of \(state.shown.partnerName(partner))"),
            fields: [
                text("view", L("Hoe zien zij de opgave?", "How do they see the opgave?"), p.view, multiline: true),
                text(
                    "rightAbout", L("Waarin hebben zij gelijk?", "Where are they right?"), p.rightAbout, multiline: true
                ),
                text("concerns", L("Zorgen", "Concerns"), p.concerns, multiline: true),
                text(
                    "responsibility", L("Hun verantwoordelijkheid", "Their responsibility"), p.responsibility,
                    multiline: true),
                text("bridge", L("Brug", "Bridge"), p.bridge, multiline: true),
            ])
    }

    // MARK: - Intervention

    static func intervention(_ state: AppState, editing id: Intervention.ID?) -> Form {
        let v =
            id.flatMap { iid in state.shown.interventions.first { $0.id == iid } } ?? Intervention(id: "", title: "")
        var catalogOptions = [Choice(id: "", label: state.text(L("— eigen interventie —", "— own intervention —")))]
        // A diagnosis can be planned too, but it says so: it looks at the network, it changes nothing.
        catalogOptions += Catalog.interventions.map { entry in
            let title = entry.title(state.language)
            let label = entry.kind == .diagnosis ? title + " (" + entry.kind.name(state.language) + ")" : title
            return Choice(id: entry.id, label: label)
        }
        // An id the catalogue has since merged or renamed selects the entry that replaced it.
        let catalogID = v.catalogId.map { Catalog.intervention(id: $0)?.id ?? $0 } ?? ""
        let catalogIndex = catalogOptions.firstIndex { $0.id == catalogID } ?? 0
        var targets = v.targets
        if id == nil, let selected = state.selectedPartner { targets = [selected.rawValue] }
        return Form(
            kind: id.map { .editIntervention($0) } ?? .addIntervention,
            title: id == nil
                ? L("Interventie toevoegen", "Add intervention") : L("Interventie bewerken", "Edit intervention"),
            fields: [
                FormField(
                    "catalogId", L("Uit de catalogus", "From the catalogue"),
                    .choice(catalogOptions, index: catalogIndex),
                    hint: L(
                        "←/→ bladeren; laat de titel leeg om die van de catalogus te nemen",
                        "←/→ to browse; leave the title empty to take the catalogue's")),
                text("title", L("Titel", "Title"), v.title),
                FormField(
                    "tips", L("Tips", "Tips"),
                    .multiChoice(
                        (1...7).map { Choice(id: String($0), label: String($0)) },
                        selected: Set(v.tips.map(String.init)), highlighted: 0),
                    hint: L("←/→ kiezen, spatie aan/uit", "←/→ to move, Space to toggle")),
                targetSet(state, selected: targets),
                text("rationale", L("Waarom", "Rationale"), v.rationale, multiline: true),
                text("expectedEffect", L("Verwacht effect", "Expected effect"), v.expectedEffect, multiline: true),
                choice("effort", L("Inspanning", "Effort"), v.effort) { $0.name(state.language) },
                choice("status", L("Status", "Status"), v.status) { $0.name(state.language) },
                text("outcome", L("Uitkomst", "Outcome"), v.outcome, multiline: true),
                text(
                    "consequences", L("Consequenties", "Consequences"), v.consequences, multiline: true,
                    hint: L(
                        "Voor de samenwerking en voor de opgave (tip 4)",
                        "For the collaboration and for the opgave (tip 4)")),
            ])
    }

    // MARK: - Notes, meetings, actions

    static func note(_ state: AppState, editing id: Note.ID?) -> Form {
        let existing = id.flatMap { nid in state.shown.notes.first { $0.id == nid } }
        let links = existing?.links ?? defaultLinks(state)
        let linkText = links.map { state.shown.displayName(ofID: $0) }.joined(separator: ", ")
        var fields: [FormField] = [
            text(
                "text", L("Notitie", "Note"), existing?.text ?? "", multiline: true,
                hint: L(
                    "Enter bewaart; Alt-Enter of Ctrl-N voor een nieuwe regel",
                    "Enter stores it; Alt-Enter or Ctrl-N for a new line")),
            FormField("links", L("Gekoppeld aan", "Linked to"), .info(linkText.isEmpty ? "—" : linkText)),
            FormField(
                "private", L("Privé", "Private"), .toggle(existing?.isPrivate ?? false),
                hint: L(
                    "Spatie: privénotities blijven uit presentaties en publieke exports",
                    "Space: private notes stay out of presentations and public exports")),
        ]
        var meetingOptions = [Choice(id: "", label: "—")]
        meetingOptions += state.shown.meetings.map { Choice(id: $0.id.rawValue, label: $0.title) }
        let meetingID =
            existing?.meeting?.rawValue
            ?? (state.pane == .notes && state.notesSection == .meetings
                && state.shown.meetings.indices.contains(state.selectedMeeting)
                ? state.shown.meetings[state.selectedMeeting].id.rawValue : "")
        fields.append(
            FormField(
                "meeting", L("Overleg", "Meeting"),
                .choice(meetingOptions, index: meetingOptions.firstIndex { $0.id == meetingID } ?? 0)))
        var form = Form(
            kind: id == nil ? .addNote : .editNote(id!),
            title: id == nil ? L("Notitie", "Note") : L("Notitie bewerken", "Edit note"), fields: fields)
        form.context = links
        return form
    }

    /// What a new note is about: whatever is selected in the pane it is written from.
    static func defaultLinks(_ state: AppState) -> [String] {
        switch state.pane {
        case .map, .perspectives:
            return state.selectedPartner.map { [$0.rawValue] } ?? []
        case .interventions:
            return interventionIndex(state).map { [state.shown.interventions[$0].id.rawValue] } ?? []
        case .notes:
            if state.notesSection == .meetings, state.shown.meetings.indices.contains(state.selectedMeeting) {
                return [state.shown.meetings[state.selectedMeeting].id.rawValue]
            }
            return []
        case .walkthrough:
            return []
        }
    }

    static func meeting(_ state: AppState, editing id: Meeting.ID?, now: Date) -> Form {
        let m =
            id.flatMap { mid in state.shown.meetings.first { $0.id == mid } } ?? Meeting(id: "", title: "", date: now)
        var modeOptions = [Choice(id: "", label: "—")]
        modeOptions += MeetingMode.allCases.map { Choice(id: $0.rawValue, label: $0.name(state.language)) }
        return Form(
            kind: id.map { .editMeeting($0) } ?? .addMeeting,
            title: id == nil ? L("Overleg toevoegen", "Add meeting") : L("Overleg bewerken", "Edit meeting"),
            fields: [
                text("title", L("Titel", "Title"), m.title),
                text(
                    "date", L("Datum", "Date"), Timestamp.string(from: m.date),
                    hint: L("2026-03-01 of 2026-03-01T09:30:00Z", "2026-03-01 or 2026-03-01T09:30:00Z")),
                partnerSet(state, "attendees", L("Aanwezig", "Attendees"), selected: m.attendees.map(\.rawValue)),
                FormField(
                    "mode", L("Karakter", "Character"),
                    .choice(modeOptions, index: modeOptions.firstIndex { $0.id == (m.mode?.rawValue ?? "") } ?? 0),
                    hint: L("Cocreatie of onderhandeling (tip 6)", "Co-creation or negotiation (tip 6)")),
                text(
                    "decisions", L("Besluiten", "Decisions"), m.decisions.joined(separator: "\n"), multiline: true,
                    hint: listHint),
            ])
    }

    static func action(_ state: AppState, editing id: ActionItem.ID?) -> Form {
        let a =
            id.flatMap { aid in state.shown.actions.first { $0.id == aid } }
            ?? ActionItem(id: "", text: "", owner: state.selectedPartner)
        var meetingOptions = [Choice(id: "", label: "—")]
        meetingOptions += state.shown.meetings.map { Choice(id: $0.id.rawValue, label: $0.title) }
        return Form(
            kind: id.map { .editAction($0) } ?? .addAction,
            title: id == nil ? L("Actie toevoegen", "Add action") : L("Actie bewerken", "Edit action"),
            fields: [
                text("text", L("Wat", "What"), a.text),
                partnerChoice(state, "owner", L("Eigenaar", "Owner"), selected: a.owner, allowNone: true),
                text(
                    "due", L("Uiterlijk", "Due"), a.due?.description ?? "",
                    hint: L("jjjj-mm-dd, of leeg", "yyyy-mm-dd, or empty")),
                FormField(
                    "meeting", L("Uit overleg", "From meeting"),
                    .choice(
                        meetingOptions, index: meetingOptions.firstIndex { $0.id == (a.meeting?.rawValue ?? "") } ?? 0)),
                FormField("done", L("Klaar", "Done"), .toggle(a.done)),
            ])
    }

    // MARK: - Walkthrough, opgave, files

    static func answer(_ state: AppState, tip: Int, question: String) -> Form {
        let text = state.shown.reflections[tip]?.answers[question] ?? ""
        let questionText = Catalog.question(id: question)?.text(state.language) ?? question
        return Form(
            kind: .answer(tip: tip, question: question),
            title: L("Tip \(tip)", "Tip \(tip)"),
            fields: [
                FormField("question", L("Vraag", "Question"), .info(questionText)),
                Self.text(
                    "answer", L("Antwoord", "Answer"), text, multiline: true,
                    hint: L(
                        "Enter bewaart; Alt-Enter of Ctrl-N voor een nieuwe regel",
                        "Enter stores it; Alt-Enter or Ctrl-N for a new line")),
            ])
    }

    static func opgave(_ state: AppState) -> Form {
        let o = state.shown.opgave
        let w = state.shown.workForm
        return Form(
            kind: .editOpgave,
            title: L("Opgave en werkvorm", "Opgave and way of working"),
            fields: [
                text("sessionTitle", L("Sessietitel", "Session title"), state.shown.title),
                text("title", L("Opgave", "Opgave"), o.title),
                text("intent", L("Wat willen we bereiken?", "What do we want to achieve?"), o.intent, multiline: true),
                text(
                    "whyItMatters", L("Waarom doet het ertoe?", "Why does it matter?"), o.whyItMatters, multiline: true),
                text(
                    "successSignals", L("Tekenen van succes", "Signs of success"),
                    o.successSignals.joined(separator: "\n"), multiline: true, hint: listHint),
                choice("workForm", L("Werkvorm", "Way of working"), w.kind) { $0.name(state.language) },
                choice("steering", L("Sturing", "Steering"), w.steering) { $0.name(state.language) },
                text("regisseur", L("Regisseur", "Regisseur"), state.shown.regisseur.name),
            ])
    }

    /// The form of `kind` as it opens now, for a draft to be put back into; nil when what it
    /// edits is gone.
    static func form(for kind: Form.Kind, _ state: AppState, now: Date) -> Form? {
        let session = state.shown
        switch kind {
        case .addPartner: return partner(state, editing: nil)
        case .editPartner(let id): return session.partner(id) == nil ? nil : partner(state, editing: id)
        case .addRelation(let from, let to):
            return session.partner(from) == nil || session.partner(to) == nil
                ? nil : relation(state, from: from, to: to, editing: nil)
        case .editRelation(let id):
            guard let r = session.relations.first(where: { $0.id == id }) else { return nil }
            return relation(state, from: r.from, to: r.to, editing: id)
        case .editPerspective(let id): return session.partner(id) == nil ? nil : perspective(state, partner: id)
        case .addIntervention: return intervention(state, editing: nil)
        case .editIntervention(let id):
            return session.interventions.contains { $0.id == id } ? intervention(state, editing: id) : nil
        case .addNote: return note(state, editing: nil)
        case .editNote(let id): return session.notes.contains { $0.id == id } ? note(state, editing: id) : nil
        case .addMeeting: return meeting(state, editing: nil, now: now)
        case .editMeeting(let id):
            return session.meetings.contains { $0.id == id } ? meeting(state, editing: id, now: now) : nil
        case .addAction: return action(state, editing: nil)
        case .editAction(let id): return session.actions.contains { $0.id == id } ? action(state, editing: id) : nil
        case .answer(let tip, let question):
            return Catalog.question(id: question) == nil ? nil : answer(state, tip: tip, question: question)
        case .editOpgave: return opgave(state)
        case .saveAs: return saveAs(state)
        case .export(let format, let isPublic): return export(state, format, isPublic: isPublic)
        }
    }

    /// Where an export goes: beside the session, named after it, unless the user types another name.
    static func export(_ state: AppState, _ format: ExportFormat, isPublic: Bool) -> Form {
        let base = state.filePath.map { URL(fileURLWithPath: $0).deletingPathExtension().path } ?? "sessie"
        var suggested = base + (isPublic ? ".public" : "") + "." + format.fileExtension
        // A json export named after its session would be the session file itself.
        if suggested == state.filePath { suggested = base + ".export." + format.fileExtension }
        return Form(
            kind: .export(format, isPublic: isPublic),
            title: isPublic
                ? L("Publiek exporteren: \(format.rawValue)", "Public export: \(format.rawValue)")
                : L("Exporteren: \(format.rawValue)", "Export: \(format.rawValue)"),
            fields: [
                text(
                    "path", L("Bestand", "File"), suggested,
                    hint: L(
                        "Een bestaand bestand wordt pas na een vraag overschreven",
                        "An existing file is replaced only after asking"))
            ])
    }

    static func saveAs(_ state: AppState) -> Form {
        Form(
            kind: .saveAs,
            title: L("Bewaren als", "Save as"),
            fields: [text("path", L("Bestand", "File"), state.filePath ?? "sessie.json")])
    }
}
