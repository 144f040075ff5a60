import Foundation

extension SessionExport {
    /// A readable report of the session in Markdown, headings and labels in `language`.
    public static func markdown(_ session: Session, disclosure: Disclosure, language: Language) -> String {
        let session = session.disclosed(disclosure)
        var report = MarkdownReport(
            session: session, language: language, names: ExportNames(session, language: language))
        report.write()
        return report.out.text
    }
}

/// Writes the Markdown report one section at a time; empty sections are left out.
private struct MarkdownReport {
    /// Already disclosed: `isPublicExport` says whether this is the public version.
    let session: Session
    let language: Language
    let names: ExportNames
    var out = MarkdownText()

    private func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    private static func capitalized(_ word: String) -> String { word.prefix(1).uppercased() + word.dropFirst() }

    mutating func write() {
        let title = session.title.isEmpty ? session.opgave.title : session.title
        out.heading(1, title.isEmpty ? t("Regiesessie", "Regie session") : title)
        if session.isPublicExport {
            out.remark(
                t(
                    "Openbare versie: persoonlijke inschattingen en privénotities zijn weggelaten.",
                    "Public version: private assessments and private notes are left out."))
        }
        opgave()
        workForm()
        partners()
        relations()
        bespreekpunten()
        perspectives()
        interventions()
        meetings()
        notes()
        actions()
        reflections()
    }

    /// Where assessors differ by two or more points: the agenda of a consolidation workshop. Only
    /// in the full report (a public view holds no assessors' sheets).
    private mutating func bespreekpunten() {
        let points = session.bespreekpunten
        guard !points.isEmpty else { return }
        out.heading(2, t("Bespreekpunten", "Points to discuss"))
        out.paragraph(
            t(
                "Partners en relaties waarop de beoordelaars \(Bespreekpunt.threshold) of meer punten verschillen, het grootste verschil eerst.",
                "Partners and relations on which the assessors are \(Bespreekpunt.threshold) or more points apart, the widest first."
            ))
        for point in points {
            out.item(
                markup: "**" + MarkdownText.literal(point.name) + "** — " + MarkdownText.literal(point.text(language)))
        }
        out.blank()
    }

    private mutating func opgave() {
        let o = session.opgave
        out.heading(2, t("Opgave", "Opgave (shared challenge)"))
        if !o.title.isEmpty, o.title != session.title { out.paragraph(strong: o.title) }
        out.paragraph(o.intent)
        out.field(t("Waarom het ertoe doet", "Why it matters"), o.whyItMatters)
        let signals = o.successSignals.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        if !signals.isEmpty {
            out.label(t("Signalen van succes", "Signs of success"))
            for signal in signals { out.item(signal, indent: 1) }
        }
        out.blank()
    }

    private mutating func workForm() {
        let w = session.workForm
        let g = session.regisseur
        out.heading(2, t("Werkvorm en regisseur", "Way of working and regisseur"))
        out.field(t("Werkvorm", "Way of working"), w.kind.name(language))
        out.field(t("Sturing", "Steering"), w.steering.name(language))
        out.field(t("Regisseur", "Regisseur"), g.name)
        out.field(
            t("Stijl", "Style"), g.styles.map { $0.name(language) }.joined(separator: ", "))
        out.field(t("Toelichting", "Notes"), w.notes)
        out.blank()
    }

    private mutating func partners() {
        guard !session.partners.isEmpty else { return }
        out.heading(2, t("Partners", "Partners"))
        let withScores = session.partners.contains { session.showsAssessment(of: $0) }
        var header = [t("Naam", "Name"), t("Organisatie", "Organisation"), t("Sector", "Sector"), "Status"]
        if withScores { header += ScoreKind.allCases.map { Self.capitalized($0.name(language)) } }
        let rows = session.partners.map { p -> [String] in
            var row = [p.name, p.organisation, p.sector, p.status.name(language)]
            if withScores {
                let shown = session.showsAssessment(of: p)
                row += ScoreKind.allCases.map { shown ? String(p.scores[$0]) : "" }
            }
            return row
        }
        out.table(header, rows)
        if withScores, session.partners.contains(where: { !session.showsAssessment(of: $0) }) {
            out.remark(
                t(
                    "Scores staan er alleen bij partners die ermee hebben ingestemd ze te delen.",
                    "Scores are shown only for partners who agreed to share them."))
        }
        for partner in session.partners { partnerDetails(partner) }
    }

    private mutating func partnerDetails(_ p: Partner) {
        let assessed = session.showsAssessment(of: p)
        var details = MarkdownText()
        if let position = p.chainPosition {
            details.field(t("Plaats in de keten", "Position in the chain"), String(position))
        }
        if assessed {
            if p.engagement != Engagement() {
                details.field(
                    t("Betrokkenheid", "Engagement"),
                    p.engagement.current.name(language) + " → "
                        + p.engagement.desired.name(language)
                        + t(" (nu → gewenst)", " (now → desired)"))
            }
            details.field(t("Belangen", "Interests"), p.interests.joined(separator: "; "))
            details.field(t("Waarden", "Values"), p.values.joined(separator: "; "))
            details.field(
                t("Middelen", "Resources"),
                p.resources.map { $0.replaceable ? $0.name : $0.name + t(" (onvervangbaar)", " (irreplaceable)") }
                    .joined(separator: "; "))
        }
        details.field(t("Notities", "Notes"), p.notes)
        details.field(t("Privénotities", "Private notes"), p.privateNotes)
        guard !details.lines.isEmpty else { return }
        out.heading(3, p.name)
        out.append(details)
        out.blank()
    }

    private mutating func relations() {
        guard !session.relations.isEmpty else { return }
        out.heading(2, t("Relaties", "Relations"))
        out.table(
            [t("Van", "From"), t("Naar", "To"), t("Soort", "Kind"), t("Sterkte", "Strength"), t("Notitie", "Note")],
            session.relations.map {
                [
                    names.partner($0.from), names.partner($0.to), $0.kind.name(language),
                    String($0.strength), $0.note,
                ]
            })
    }

    private mutating func perspectives() {
        guard !session.perspectives.isEmpty else { return }
        out.heading(2, t("Perspectieven", "Perspectives"))
        for p in session.perspectives {
            out.heading(3, names.partner(p.partner))
            out.field(t("Hoe zij de opgave zien", "How they see the opgave"), p.view)
            out.field(t("Waar zij gelijk in hebben", "Where they are right"), p.rightAbout)
            out.field(t("Zorgen", "Concerns"), p.concerns)
            out.field(t("Verantwoordelijkheid", "Responsibility"), p.responsibility)
            out.field(t("Brug", "Bridge"), p.bridge)
            out.blank()
        }
    }

    private mutating func interventions() {
        guard !session.interventions.isEmpty else { return }
        out.heading(2, t("Interventies", "Interventions"))
        for v in session.interventions {
            out.heading(3, v.title.isEmpty ? v.catalogId ?? v.id.rawValue : v.title)
            out.field("Status", v.status.name(language))
            out.field(t("Tips", "Tips"), v.tips.map(String.init).joined(separator: ", "))
            out.field(t("Gericht op", "Targets"), v.targets.map(names.anything).joined(separator: ", "))
            out.field(t("Inspanning", "Effort"), v.effort.name(language))
            out.field(t("Gepland", "Planned"), v.planned?.description ?? "")
            out.field(t("Afgerond", "Completed"), v.completed?.description ?? "")
            out.field(t("Onderbouwing", "Rationale"), v.rationale)
            out.field(t("Verwacht effect", "Expected effect"), v.expectedEffect)
            out.field(t("Uitkomst", "Outcome"), v.outcome)
            out.field(t("Consequenties", "Consequences"), v.consequences)
            out.field(t("Uit de catalogus", "From the catalogue"), v.catalogId ?? "")
            out.blank()
        }
    }

    private mutating func meetings() {
        guard !session.meetings.isEmpty else { return }
        out.heading(2, t("Overleggen", "Meetings"))
        for m in session.meetings.sorted(by: { ($0.date, $0.id) < ($1.date, $1.id) }) {
            out.heading(3, ExportDate.text(m.date) + " — " + m.title)
            out.field(t("Soort overleg", "Kind of meeting"), m.mode.map { $0.name(language) } ?? "")
            out.field(t("Aanwezig", "Attendees"), m.attendees.map(names.partner).joined(separator: ", "))
            if !m.decisions.isEmpty {
                out.label(t("Besluiten", "Decisions"))
                for decision in m.decisions { out.item(decision, indent: 1) }
            }
            out.blank()
        }
    }

    private mutating func notes() {
        let shown = session.notes.sorted { ($0.at, $0.id) > ($1.at, $1.id) }
        guard !shown.isEmpty else { return }
        out.heading(2, t("Notities (nieuwste eerst)", "Notes (newest first)"))
        for note in shown {
            var about: [String] = []
            if !note.links.isEmpty {
                about.append(t("over ", "about ") + note.links.map(names.anything).joined(separator: ", "))
            }
            if let tip = note.tip { about.append("tip \(tip)") }
            if let meeting = note.meeting { about.append(t("overleg ", "meeting ") + names.anything(meeting.rawValue)) }
            if note.isPrivate { about.append(t("privé", "private")) }
            let suffix = about.isEmpty ? "" : " _(" + MarkdownText.literal(about.joined(separator: " · ")) + ")_"
            out.item(markup: "**" + ExportDate.text(note.at) + "** — " + MarkdownText.literal(note.text) + suffix)
        }
        out.blank()
    }

    private mutating func actions() {
        guard !session.actions.isEmpty else { return }
        out.heading(2, t("Acties", "Actions"))
        for a in session.actions {
            var extra: [String] = []
            if let owner = a.owner { extra.append(t("eigenaar: ", "owner: ") + names.partner(owner)) }
            if let due = a.due { extra.append(t("uiterlijk ", "due ") + due.description) }
            let suffix = extra.isEmpty ? "" : " — " + extra.joined(separator: ", ")
            out.item(markup: (a.done ? "[x] " : "[ ] ") + MarkdownText.literal(a.text + suffix))
        }
        out.blank()
    }

    private mutating func reflections() {
        guard !session.isPublicExport else { return }
        let answered = session.reflections.sorted { $0.key < $1.key }.filter { _, r in
            r.done || r.answers.values.contains { !$0.isEmpty }
        }
        guard !answered.isEmpty else { return }
        out.heading(2, t("Reflectie per tip", "Reflection per tip"))
        for (tip, r) in answered {
            out.heading(3, "Tip \(tip)" + (r.done ? t(" (klaar)", " (done)") : ""))
            for (question, answer) in r.answers.sorted(by: { $0.key < $1.key }) {
                out.field(question, answer)
            }
            out.blank()
        }
    }
}
