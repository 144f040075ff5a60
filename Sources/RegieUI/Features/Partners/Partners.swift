import Foundation
import RegieKit

/// The partners of the network: adding, editing, deleting and letting go (tip 1).
enum Partners {
    enum Field: String, FieldKey {
        case name, organisation, sector, chainPosition, status, engagementCurrent, engagementDesired
        case interests, values, resources, notes, privateNotes, shareScores
        case letGoExplanation, reason
    }

    static func form(_ state: AppState, editing id: Partner.ID?) -> Form {
        let p = id.flatMap { state.shown.partner($0) } ?? Partner(id: "", name: "")
        var fields: [FormField] = [
            Fields.text(Field.name, L("Naam", "Name"), p.name),
            Fields.text(Field.organisation, L("Organisatie", "Organisation"), p.organisation),
            Fields.text(Field.sector, L("Sector", "Sector"), p.sector),
            Fields.text(
                Field.chainPosition, L("Plek in de keten", "Chain position"), p.chainPosition.map(String.init) ?? "",
                hint: L("Een getal (1 = begin van de keten), of leeg", "A number (1 = start of the chain), or empty")),
            Fields.choice(Field.status, L("Status", "Status"), p.status) { $0.name(state.language) },
        ]
        for kind in ScoreKind.allCases {
            fields.append(Fields.score(kind, kind.name, p.scores[kind], range: Scores.range))
        }
        fields += [
            Fields.choice(Field.engagementCurrent, L("Betrokkenheid nu", "Engagement now"), p.engagement.current) {
                $0.name(state.language)
            },
            Fields.choice(
                Field.engagementDesired, L("Gewenste betrokkenheid", "Desired engagement"), p.engagement.desired
            ) { $0.name(state.language) },
            Fields.text(
                Field.interests, L("Belangen", "Interests"), p.interests.joined(separator: "\n"), multiline: true,
                hint: Fields.listHint),
            Fields.text(
                Field.values, L("Waarden", "Values"), p.values.joined(separator: "\n"), multiline: true,
                hint: Fields.listHint),
            Fields.text(
                Field.resources, L("Middelen", "Resources"),
                p.resources.map { $0.replaceable ? $0.name : $0.name + " !" }.joined(separator: "\n"), multiline: true,
                hint: L(
                    "Eén per regel; eindig met ! als niemand anders het heeft",
                    "One per line; end with ! if nobody else has it")),
            Fields.text(Field.notes, L("Notities (deelbaar)", "Notes (shareable)"), p.notes, multiline: true),
            Fields.text(
                Field.privateNotes, L("Privénotities", "Private notes"), p.privateNotes, multiline: true,
                hint: L(
                    "Nooit zichtbaar in presentatie of publieke export", "Never shown in presentation or public export")
            ),
            Fields.toggle(Field.shareScores, L("Scores deelbaar", "Scores shareable"), p.shareScores),
        ]
        return Form(
            kind: id.map { .editPartner($0) } ?? .addPartner,
            title: id == nil ? L("Partner toevoegen", "Add partner") : L("Partner bewerken", "Edit partner"),
            fields: fields)
    }

    static func submit(_ state: inout AppState, _ form: Form, now: Date) throws(FormRefusal) -> [Effect] {
        let name = form.trimmed(Field.name)
        guard !name.isEmpty else { throw FormRefusal(L("Vul een naam in", "Enter a name")) }
        // Two partners of one name are usually one typed twice; a second Enter says it is meant.
        let editing: Partner.ID? = if case .editPartner(let id) = form.kind { id } else { nil }
        if let twin = state.session.partners.first(where: {
            $0.id != editing && TextSearch.fold($0.name) == TextSearch.fold(name)
        }),
            form.confirmedDuplicate != TextSearch.fold(name)
        {
            throw FormRefusal(
                L(
                    "Er is al een partner “\(twin.name)”. Enter nogmaals om er toch een tweede van te maken.",
                    "There is a partner “\(twin.name)” already. Press Enter again to add a second one anyway."),
                confirming: TextSearch.fold(name))
        }
        let chainText = form.trimmed(Field.chainPosition)
        guard chainText.isEmpty || Int(chainText) != nil else {
            throw FormRefusal(L("Plek in de keten moet een getal zijn", "Chain position must be a number"))
        }
        var partner: Partner
        if case .editPartner(let id) = form.kind, let existing = state.session.partner(id) {
            partner = existing
        } else {
            partner = Partner(id: Partner.ID(state.session.newID(prefix: "", name: name)), name: name)
        }
        partner.name = name
        partner.organisation = form.trimmed(Field.organisation)
        partner.sector = form.trimmed(Field.sector)
        partner.chainPosition = Int(chainText)
        partner.status = form.choice(Field.status, as: PartnerStatus.self) ?? .active
        for kind in ScoreKind.allCases { partner.scores[kind] = form.score(kind) }
        partner.engagement.current = form.choice(Field.engagementCurrent, as: EngagementLevel.self) ?? .neutral
        partner.engagement.desired = form.choice(Field.engagementDesired, as: EngagementLevel.self) ?? .supportive
        partner.interests = form.lines(Field.interests)
        partner.values = form.lines(Field.values)
        partner.resources = form.lines(Field.resources).map { line in
            line.hasSuffix("!")
                ? Resource(name: String(line.dropLast()).trimmingCharacters(in: .whitespaces), replaceable: false)
                : Resource(name: line, replaceable: true)
        }
        partner.notes = form.text(Field.notes)
        partner.privateNotes = form.text(Field.privateNotes)
        partner.shareScores = form.toggle(Field.shareScores)
        let isNew = form.kind == .addPartner
        state.modal = nil
        let saved = partner
        if RegieUI.edit(&state, now: now, { $0.upsert(saved) }), isNew {
            state.partnerFilter = ""
            select(&state, partner: partner.id)
            state.message = StatusMessage(L("Partner \(name) toegevoegd", "Added partner \(name)"))
        }
        return []
    }

    // MARK: - Commands

    static func add(_ state: inout AppState) {
        openForm(&state, form(state, editing: nil))
    }

    static func openEdit(_ state: inout AppState) {
        guard let id = state.selectedPartner else { return noPartner(&state) }
        openForm(&state, form(state, editing: id))
    }

    static func askDelete(_ state: inout AppState) {
        guard let partner = state.selectedPartnerValue else { return noPartner(&state) }
        let relationCount = state.shown.relations.filter { $0.involves(partner.id) }.count
        state.modal = .confirm(
            Confirmation(
                subject: .deletePartner(partner.id),
                question: L(
                    "Partner \(partner.name) verwijderen, met \(relationCount) relatie(s) en het perspectief? (Loslaten met l bewaart de geschiedenis.)",
                    "Delete partner \(partner.name), with \(relationCount) relation(s) and its perspective? (Letting go with l keeps the history.)"
                )))
    }

    static func delete(_ state: inout AppState, _ id: Partner.ID, now: Date) {
        if RegieUI.edit(&state, now: now, { $0.removePartner(id) }) {
            state.comparison.removeAll { $0 == id }
            state.selectedPartner = state.visiblePartners.first?.id
            state.message = StatusMessage(L("Partner verwijderd (u maakt ongedaan)", "Partner deleted (u undoes)"))
        }
    }

    /// `l`: letting go asks why, respectfully (tip 1); a partner let go comes back with one key.
    static func toggleLetGo(_ state: inout AppState, now: Date) {
        guard let partner = state.selectedPartnerValue else { return noPartner(&state) }
        guard partner.status == .letGo else { return openForm(&state, letGoForm(state, partner)) }
        if RegieUI.edit(
            &state, now: now,
            { session in
                if let i = session.partners.firstIndex(where: { $0.id == partner.id }) {
                    session.partners[i].status = .active
                }
            })
        {
            state.message = StatusMessage(L("\(partner.name) doet weer mee", "\(partner.name) is back in"))
        }
    }

    static func letGoForm(_ state: AppState, _ partner: Partner) -> Form {
        Form(
            kind: .letGo(partner.id),
            title: L("\(partner.name) loslaten", "Let \(partner.name) go"),
            fields: [
                FormField(
                    Field.letGoExplanation, L("Wat er gebeurt", "What happens"),
                    .info(
                        state.text(
                            L(
                                "De partner blijft in de sessie, met de status losgelaten, en met de reden als notitie bij tip 1.",
                                "The partner stays in the session, with the status let go, and the reason as a note on tip 1."
                            )))),
                Fields.text(
                    Field.reason, L("Waarom", "Why"), multiline: true,
                    hint: L(
                        "Wat draagt deze partner (niet) bij, en hoe is het besproken?",
                        "What does this partner (not) add, and how was it discussed?")),
            ])
    }

    static func submitLetGo(_ state: inout AppState, _ form: Form, partner id: Partner.ID, now: Date)
        throws(FormRefusal) -> [Effect]
    {
        let reason = form.trimmed(Field.reason)
        guard !reason.isEmpty else {
            throw FormRefusal(
                L("Geef een reden: loslaten doe je met respect", "Give a reason: letting go is done with respect"))
        }
        guard let partner = state.session.partner(id) else { return [] }
        state.modal = nil
        let note = Note(
            id: Note.ID(state.session.newID(prefix: "note")), at: now,
            text: state.text(L("Losgelaten: ", "Let go: ")) + reason, links: [id.rawValue], tip: 1)
        if RegieUI.edit(
            &state, now: now,
            { session in
                if let i = session.partners.firstIndex(where: { $0.id == id }) { session.partners[i].status = .letGo }
                session.notes.append(note)
            })
        {
            state.message = StatusMessage(L("\(partner.name) losgelaten", "Let \(partner.name) go"))
        }
        return []
    }
}
