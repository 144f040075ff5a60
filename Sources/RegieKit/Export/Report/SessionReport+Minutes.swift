import Foundation

/// The meetings as minutes, the notes outside them, the actions and the walkthrough.
extension SessionReport {
    /// Newest first, as the workbench lists them; each with its minutes.
    mutating func meetings() {
        guard !session.meetings.isEmpty else { return }
        out.heading(2, t("Overleggen", "Meetings"))
        for meeting in session.meetings.sorted(by: { ($0.date, $0.id) > ($1.date, $1.id) }) {
            minutes(of: meeting, level: 3, titled: true)
        }
    }

    /// A meeting's minutes: when and with whom, its notes in the order they were made, its
    /// decisions and its actions with owner and due date. `level` is the level of the meeting's
    /// heading when `titled`, and of its parts' headings otherwise.
    mutating func minutes(of meeting: Meeting, level: Int, titled: Bool) {
        if titled { out.heading(level, meeting.title.isEmpty ? meeting.id.rawValue : meeting.title) }
        let part = titled ? level + 1 : level
        out.field(t("Datum", "Date"), dates.dateTime(meeting.date))
        out.field(t("Soort overleg", "Kind of meeting"), meeting.mode.map { $0.name(language) } ?? "")
        out.field(t("Aanwezig", "Attendees"), meeting.attendees.map(names.partner).joined(separator: ", "))
        out.blank()
        // Notes of the same second in the order they were typed, as the workbench lists them;
        // by id, note-10 would come before note-9.
        let notes = session.notes.enumerated().filter { $0.element.meeting == meeting.id }
            .sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
        if !notes.isEmpty {
            out.heading(part, t("Verloop", "Notes"))
            for note in notes {
                let when = dates.sameDay(note.at, meeting.date) ? dates.time(note.at) : dates.moment(note.at)
                out.item(noteSpans(note, when: when, inMeeting: true))
            }
            out.blank()
        }
        if !meeting.decisions.isEmpty {
            out.heading(part, t("Besluiten", "Decisions"))
            out.numbered(meeting.decisions)
        }
        let actions = session.actions.filter { $0.meeting == meeting.id }
        if !actions.isEmpty {
            out.heading(part, t("Acties", "Actions"))
            for action in actions { out.item(actionSpans(action, naming: false), done: action.done) }
            out.blank()
        }
    }

    /// The notes that belong to no meeting of the session, newest first (the others are in
    /// their meeting's minutes).
    mutating func notes() {
        let meetings = Set(session.meetings.map(\.id))
        let loose = session.notes.enumerated()
            .filter { _, note in note.meeting.map { !meetings.contains($0) } ?? true }
            .sorted { ($0.element.at, $0.offset) > ($1.element.at, $1.offset) }.map(\.element)
        guard !loose.isEmpty else { return }
        let inMinutes = loose.count < session.notes.count
        out.heading(
            2,
            inMinutes
                ? t("Notities buiten overleggen (nieuwste eerst)", "Notes outside meetings (newest first)")
                : t("Notities (nieuwste eerst)", "Notes (newest first)"))
        for note in loose { out.item(noteSpans(note, when: dates.moment(note.at), inMeeting: false)) }
        out.blank()
    }

    /// Every action: open ones first by due date (those without one last), then the done ones.
    mutating func actions() {
        guard !session.actions.isEmpty else { return }
        out.heading(2, t("Acties", "Actions"))
        // Days written `yyyy-MM-dd` sort as text.
        func key(_ entry: (offset: Int, element: ActionItem)) -> (Int, Int, String, Int) {
            (
                entry.element.done ? 1 : 0, entry.element.due == nil ? 1 : 0, entry.element.due?.description ?? "",
                entry.offset
            )
        }
        let ordered = session.actions.enumerated().sorted { key($0) < key($1) }
        for (_, action) in ordered { out.item(actionSpans(action, naming: true), done: action.done) }
        out.blank()
    }

    /// `**15:40** — text _(over Politie · tip 2)_`.
    private func noteSpans(_ note: Note, when: String, inMeeting: Bool) -> [ReportInline] {
        var about: [String] = []
        let links = note.links.filter { !inMeeting || $0 != note.meeting?.rawValue }
        if !links.isEmpty { about.append(t("over ", "about ") + links.map(names.anything).joined(separator: ", ")) }
        if let tip = note.tip { about.append("tip \(tip)") }
        if !inMeeting, let meeting = note.meeting {
            about.append(t("overleg ", "meeting ") + names.anything(meeting.rawValue))
        }
        if note.isPrivate { about.append(t("privé", "private")) }
        var spans: [ReportInline] = [.strong(when), .text(" — " + note.text)]
        if !about.isEmpty { spans += [.text(" "), .emphasis("(" + about.joined(separator: " · ") + ")")] }
        return spans
    }

    /// `text — eigenaar: Politie · uiterlijk 15 november 2026`, with the meeting it came from
    /// when `naming` (outside the minutes).
    private func actionSpans(_ action: ActionItem, naming: Bool) -> [ReportInline] {
        var extra: [String] = []
        // A partner, a person, or a person at a partner: as the workbench names them.
        if let owner = Session.ownerLabel(of: action, partnerName: names.partner) {
            extra.append(t("eigenaar: ", "owner: ") + owner)
        }
        if let due = action.due { extra.append(t("uiterlijk ", "due ") + dates.day(due)) }
        if naming, let meeting = action.meeting {
            extra.append(t("uit ", "from ") + names.anything(meeting.rawValue))
        }
        return [.text(action.text + (extra.isEmpty ? "" : " — " + extra.joined(separator: " · ")))]
    }

    /// The walkthrough, tip by tip: under each question the regisseur's own answer and what the
    /// group answered in the room, and whether the group discussed it. The session is already
    /// disclosed, so a public report holds the group's answers and not the regisseur's own.
    mutating func reflections() {
        let shown = session.reflections.sorted { $0.key < $1.key }.filter { _, r in
            !Self.filled(r.answers).isEmpty || !Self.filled(r.sharedAnswers).isEmpty || !r.discussed.isEmpty
        }
        guard !shown.isEmpty else { return }
        out.heading(2, t("Reflectie per tip", "Reflection per tip"))
        for (number, reflection) in shown {
            let tip = Catalog.tip(number)
            let name = "Tip \(number)" + (tip.map { " — " + $0.title(language) } ?? "")
            out.heading(3, name + (reflection.done ? t(" (klaar)", " (done)") : ""))
            let own = Self.filled(reflection.answers)
            let group = Self.filled(reflection.sharedAnswers)
            let known = tip?.questions ?? []
            let asked = Set(own.keys).union(group.keys).union(reflection.discussed)
            let others = asked.filter { id in !known.contains { $0.id == id } }.sorted()
            let questions = known.map { ($0.id, $0.text(language)) } + others.map { ($0, $0) }
            for (id, question) in questions where asked.contains(id) {
                let discussed = reflection.discussed.contains(id)
                out.paragraph(strong: question + (discussed ? t(" (besproken)", " (discussed)") : ""))
                if let answer = own[id] { out.paragraph(answer) }
                if let answer = group[id] {
                    out.paragraph([.emphasis(t("De groep:", "The group:")), .text(" " + answer)])
                }
            }
        }
    }

    /// The answers that say something.
    private static func filled(_ answers: [String: String]) -> [String: String] {
        answers.filter { !$0.value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }
}
