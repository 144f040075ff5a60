import Foundation
import RegieKit

/// Applies a submitted form to the session, or reports why it cannot.
func submit(_ state: inout AppState, _ form: Form, now: Date, onError: (Localized) -> Void) -> [Effect] {
    func refuse(_ message: Localized) -> [Effect] {
        onError(message)
        return []
    }
    let nameRequired = L("Vul een naam in", "Enter a name")
    switch form.kind {
    case .addPartner, .editPartner:
        let name = form.text("name").trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty else { return refuse(nameRequired) }
        let chainText = form.text("chainPosition").trimmingCharacters(in: .whitespaces)
        guard chainText.isEmpty || Int(chainText) != nil else {
            return refuse(L("Plek in de keten moet een getal zijn", "Chain position must be a number"))
        }
        var partner: Partner
        if case .editPartner(let id) = form.kind, let existing = state.session.partner(id) {
            partner = existing
        } else {
            partner = Partner(id: Partner.ID(state.session.newID(prefix: "", name: name)), name: name)
        }
        partner.name = name
        partner.organisation = form.text("organisation").trimmingCharacters(in: .whitespaces)
        partner.sector = form.text("sector").trimmingCharacters(in: .whitespaces)
        partner.chainPosition = Int(chainText)
        partner.status = form.choice("status").flatMap(PartnerStatus.init(rawValue:)) ?? .active
        for kind in ScoreKind.allCases { partner.scores[kind] = form.score(kind.rawValue) }
        partner.engagement.current =
            form.choice("engagementCurrent").flatMap(EngagementLevel.init(rawValue:)) ?? .neutral
        partner.engagement.desired =
            form.choice("engagementDesired").flatMap(EngagementLevel.init(rawValue:)) ?? .supportive
        partner.interests = form.lines("interests")
        partner.values = form.lines("values")
        partner.resources = form.lines("resources").map { line in
            line.hasSuffix("!")
                ? Resource(name: String(line.dropLast()).trimmingCharacters(in: .whitespaces), replaceable: false)
                : Resource(name: line, replaceable: true)
        }
        partner.notes = form.text("notes")
        partner.privateNotes = form.text("privateNotes")
        partner.shareScores = form.toggle("shareScores")
        let isNew = form.kind == .addPartner
        state.modal = nil
        if edit(
            &state, now: now,
            { session in
                if let i = session.partners.firstIndex(where: { $0.id == partner.id }) {
                    session.partners[i] = partner
                } else {
                    session.partners.append(partner)
                }
            })
        {
            if isNew {
                state.partnerFilter = ""
                select(&state, partner: partner.id)
                state.message = StatusMessage(L("Partner \(name) toegevoegd", "Added partner \(name)"))
            }
        }
    case .addRelation(let from, let to):
        let kind = form.choice("kind").flatMap(RelationKind.init(rawValue:)) ?? .collaboration
        let id = Relation.ID(state.session.newID(prefix: "rel", name: from.rawValue + " " + to.rawValue))
        let relation = Relation(
            id: id, from: from, to: to, kind: kind, strength: form.score("strength"), note: form.text("note"))
        state.modal = nil
        if edit(&state, now: now, { $0.relations.append(relation) }) {
            state.message = StatusMessage(
                L(
                    "Relatie \(state.session.partnerName(from)) → \(state.session.partnerName(to)) toegevoegd",
                    "Added relation \(state.session.partnerName(from)) → \(state.session.partnerName(to))"))
        }
    case .editRelation(let id):
        state.modal = nil
        _ = edit(&state, now: now) { session in
            guard let i = session.relations.firstIndex(where: { $0.id == id }) else { return }
            session.relations[i].kind =
                form.choice("kind").flatMap(RelationKind.init(rawValue:)) ?? session.relations[i].kind
            session.relations[i].strength = form.score("strength")
            session.relations[i].note = form.text("note")
        }
    case .editPerspective(let partner):
        state.modal = nil
        let fields = ["view", "rightAbout", "concerns", "responsibility", "bridge"]
        // An empty form for a partner without a perspective adds nothing, not an empty entry.
        if state.session.perspective(of: partner) == nil,
            fields.allSatisfy({ form.text($0).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty })
        {
            return []
        }
        _ = edit(&state, now: now) { session in
            var p =
                session.perspective(of: partner)
                ?? Perspective(
                    id: Perspective.ID(session.newID(prefix: "persp", name: partner.rawValue)), partner: partner)
            p.view = form.text("view")
            p.rightAbout = form.text("rightAbout")
            p.concerns = form.text("concerns")
            p.responsibility = form.text("responsibility")
            p.bridge = form.text("bridge")
            if let i = session.perspectives.firstIndex(where: { $0.id == p.id }) {
                session.perspectives[i] = p
            } else {
                session.perspectives.append(p)
            }
        }
    case .addIntervention, .editIntervention:
        let catalogID = form.choice("catalogId").flatMap { $0.isEmpty ? nil : $0 }
        let entry = catalogID.flatMap(Catalog.intervention(id:))
        var title = form.text("title").trimmingCharacters(in: .whitespaces)
        if title.isEmpty, let entry { title = entry.title(state.session.language) }
        guard !title.isEmpty else {
            return refuse(
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
        var tips = form.selection("tips").compactMap { Int($0) }.sorted()
        if tips.isEmpty, let entry { tips = entry.tips }
        item.tips = tips
        item.targets = form.selection("targets")
        item.rationale = form.text("rationale")
        var effect = form.text("expectedEffect")
        if effect.isEmpty, let entry, form.kind == .addIntervention {
            effect = entry.expectedEffect(state.session.language)
        }
        item.expectedEffect = effect
        item.effort = form.choice("effort").flatMap(Effort.init(rawValue:)) ?? (entry?.effort ?? .medium)
        let status = form.choice("status").flatMap(InterventionStatus.init(rawValue:)) ?? .idea
        if status == .done, item.status != .done, item.completed == nil { item.completed = Day(now) }
        item.status = status
        item.outcome = form.text("outcome")
        item.consequences = form.text("consequences")
        state.modal = nil
        let isNew = form.kind == .addIntervention
        if edit(
            &state, now: now,
            { session in
                if let i = session.interventions.firstIndex(where: { $0.id == item.id }) {
                    session.interventions[i] = item
                } else {
                    session.interventions.append(item)
                }
            }), isNew
        {
            state.selectedIntervention = state.session.interventions.count - 1
        }
    case .addNote, .editNote:
        let text = form.text("text").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return refuse(L("Typ eerst de notitie", "Type the note first")) }
        let meeting = form.choice("meeting").flatMap { $0.isEmpty ? nil : Meeting.ID($0) }
        let isPrivate = form.toggle("private")
        state.modal = nil
        if case .editNote(let id) = form.kind {
            _ = edit(&state, now: now) { session in
                guard let i = session.notes.firstIndex(where: { $0.id == id }) else { return }
                session.notes[i].text = text
                session.notes[i].meeting = meeting
                session.notes[i].isPrivate = isPrivate
            }
        } else {
            let tip = state.pane == .walkthrough ? state.selectedTip : nil
            let note = Note(
                id: Note.ID(state.session.newID(prefix: "note")), at: now, text: text, links: form.context,
                tip: tip, meeting: meeting, isPrivate: isPrivate)
            if edit(&state, now: now, { $0.notes.append(note) }) {
                state.message = StatusMessage(L("Notitie bewaard", "Note stored"))
            }
        }
    case .addMeeting, .editMeeting:
        let title = form.text("title").trimmingCharacters(in: .whitespaces)
        guard !title.isEmpty else { return refuse(L("Geef het overleg een titel", "Give the meeting a title")) }
        guard let date = Timestamp.date(from: form.text("date").trimmingCharacters(in: .whitespaces)) else {
            return refuse(
                L("Datum als 2026-03-01 of 2026-03-01T09:30:00Z", "Date as 2026-03-01 or 2026-03-01T09:30:00Z"))
        }
        var meeting: Meeting
        if case .editMeeting(let id) = form.kind, let existing = state.session.meetings.first(where: { $0.id == id }) {
            meeting = existing
        } else {
            meeting = Meeting(
                id: Meeting.ID(state.session.newID(prefix: "meeting", name: title)), title: title, date: date)
        }
        meeting.title = title
        meeting.date = date
        meeting.attendees = form.selection("attendees").map { Partner.ID($0) }
        meeting.decisions = form.lines("decisions")
        meeting.mode = form.choice("mode").flatMap(MeetingMode.init(rawValue:))
        state.modal = nil
        _ = edit(&state, now: now) { session in
            if let i = session.meetings.firstIndex(where: { $0.id == meeting.id }) {
                session.meetings[i] = meeting
            } else {
                session.meetings.append(meeting)
            }
        }
    case .addAction, .editAction:
        let text = form.text("text").trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return refuse(L("Beschrijf de actie", "Describe the action")) }
        let dueText = form.text("due").trimmingCharacters(in: .whitespaces)
        guard dueText.isEmpty || Day(dueText) != nil else {
            return refuse(L("Datum als jjjj-mm-dd, bijvoorbeeld 2026-12-01", "Date as yyyy-mm-dd, e.g. 2026-12-01"))
        }
        var action: ActionItem
        if case .editAction(let id) = form.kind, let existing = state.session.actions.first(where: { $0.id == id }) {
            action = existing
        } else {
            action = ActionItem(id: ActionItem.ID(state.session.newID(prefix: "action")), text: text)
        }
        action.text = text
        action.owner = form.choice("owner").flatMap { $0.isEmpty ? nil : Partner.ID($0) }
        action.due = Day(dueText)
        action.meeting = form.choice("meeting").flatMap { $0.isEmpty ? nil : Meeting.ID($0) }
        action.done = form.toggle("done")
        state.modal = nil
        _ = edit(&state, now: now) { session in
            if let i = session.actions.firstIndex(where: { $0.id == action.id }) {
                session.actions[i] = action
            } else {
                session.actions.append(action)
            }
        }
    case .answer(let tip, let question):
        let text = form.text("answer")
        state.modal = nil
        _ = edit(&state, now: now) { session in
            var reflection = session.reflections[tip] ?? Reflection()
            if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                reflection.answers[question] = nil
            } else {
                reflection.answers[question] = text
            }
            session.reflections[tip] = reflection
        }
    case .editOpgave:
        state.modal = nil
        _ = edit(&state, now: now) { session in
            let title = form.text("sessionTitle").trimmingCharacters(in: .whitespaces)
            if !title.isEmpty { session.title = title }
            session.opgave.title = form.text("title")
            session.opgave.intent = form.text("intent")
            session.opgave.whyItMatters = form.text("whyItMatters")
            session.opgave.successSignals = form.lines("successSignals")
            session.workForm.kind =
                form.choice("workForm").flatMap(WorkFormKind.init(rawValue:)) ?? session.workForm.kind
            session.workForm.steering =
                form.choice("steering").flatMap(SteeringVariant.init(rawValue:)) ?? session.workForm.steering
            session.regisseur.name = form.text("regisseur")
        }
    case .saveAs:
        let path = form.text("path").trimmingCharacters(in: .whitespaces)
        guard !path.isEmpty else { return refuse(L("Geef een bestandsnaam", "Enter a file name")) }
        state.modal = nil
        // The session keeps its path until the new file is written: a mistyped folder must not
        // become the place every later save fails to reach.
        if path == state.filePath, !state.readOnly { return Saving.save(&state) }
        state.saving = true
        state.announceSave = true
        return [.saveAs(path: path, overwrite: false)]
    case .export(let format, let isPublic):
        let path = form.text("path").trimmingCharacters(in: .whitespaces)
        guard !path.isEmpty else { return refuse(L("Geef een bestandsnaam", "Enter a file name")) }
        state.modal = nil
        return [.export(format, isPublic: isPublic, path: path, overwrite: false)]
    }
    clampSelections(&state)
    return []
}
