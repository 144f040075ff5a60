import Foundation

/// The session as a report for the people who were not there, one section at a time; empty
/// sections are left out. Markdown and HTML render the same document (`ReportDocument`).
///
/// Each section is one method of its own, so a new one (such as the points to discuss after an
/// assessment round) takes one line in `write()` and one method.
struct SessionReport {
    /// Already disclosed: `isPublicExport` says whether this is the public version.
    let session: Session
    let language: Language
    let names: ExportNames
    let dates: ExportDates
    /// The pictures of the map, for formats that can hold them (HTML); empty for Markdown.
    let pictures: [MapPicture]
    var out = ReportDocument()

    /// The report of `session` as `options` ask: disclosed, in their language and zone, and
    /// the minutes of one meeting only when `options.meeting` names one.
    static func document(_ session: Session, _ options: ExportOptions, pictures: [MapPicture] = []) -> ReportDocument {
        let session = session.disclosed(options.disclosure)
        var report = SessionReport(
            session: session, language: options.language, names: ExportNames(session, language: options.language),
            dates: ExportDates(language: options.language, timeZone: options.timeZone), pictures: pictures)
        if let id = options.meeting, let meeting = session.meetings.first(where: { $0.id == id }) {
            report.writeMinutes(of: meeting)
        } else {
            report.write()
        }
        return report.out
    }

    func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    /// The report's title: the session's, else the opgave's.
    var title: String {
        let title = session.title.isEmpty ? session.opgave.title : session.title
        return title.isEmpty ? t("Regiesessie", "Regie session") : title
    }

    mutating func write() {
        out.heading(1, title)
        publicRemark()
        timeRemark()
        opgave()
        workForm()
        map()
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

    /// The minutes of one meeting alone, as a document of their own.
    mutating func writeMinutes(of meeting: Meeting) {
        out.heading(1, meeting.title.isEmpty ? t("Verslag", "Minutes") : meeting.title)
        out.paragraph([.emphasis(title)])
        publicRemark()
        minutes(of: meeting, level: 2, titled: false)
    }

    private mutating func publicRemark() {
        guard session.isPublicExport else { return }
        out.remark(
            t(
                "Openbare versie: persoonlijke inschattingen en privénotities zijn weggelaten.",
                "Public version: private assessments and private notes are left out."))
    }

    /// Says once which clock the times follow, when there are times to read.
    private mutating func timeRemark() {
        guard !session.meetings.isEmpty || !session.notes.isEmpty else { return }
        out.remark(t("Tijden in tijdzone \(dates.zoneName).", "Times in the \(dates.zoneName) time zone."))
    }

    // MARK: - The opgave and the way of working

    private mutating func opgave() {
        let o = session.opgave
        out.heading(2, t("Opgave", "Opgave (shared challenge)"))
        if !o.title.isEmpty, o.title != session.title { out.paragraph(strong: o.title) }
        out.paragraph(o.intent)
        out.field(t("Waarom het ertoe doet", "Why it matters"), o.whyItMatters)
        out.field(t("Signalen van succes", "Signs of success"), items: o.successSignals)
        out.blank()
    }

    private mutating func workForm() {
        let w = session.workForm
        let g = session.regisseur
        out.heading(2, t("Werkvorm en regisseur", "Way of working and regisseur"))
        out.field(t("Werkvorm", "Way of working"), w.kind.name(language))
        out.field(t("Sturing", "Steering"), w.steering.name(language))
        out.field(t("Regisseur", "Regisseur"), g.name)
        out.field(t("Stijl", "Style"), g.styles.map { $0.name(language) }.joined(separator: ", "))
        out.field(t("Toelichting", "Notes"), w.notes)
        out.blank()
    }

    // MARK: - Partners and relations

    /// A short table that fits a page (name, organisation, sector, status), then each partner
    /// with its scores on one line and what the map makes of them.
    private mutating func partners() {
        guard !session.partners.isEmpty else { return }
        out.heading(2, t("Partners", "Partners"))
        out.table(
            [t("Naam", "Name"), t("Organisatie", "Organisation"), t("Sector", "Sector"), "Status"],
            session.partners.map { [$0.name, $0.organisation, $0.sector, $0.status.name(language)] })
        if session.isPublicExport, session.partners.contains(where: { !session.showsAssessment(of: $0) }) {
            out.remark(
                t(
                    "Scores staan er alleen bij partners die ermee hebben ingestemd ze te delen.",
                    "Scores are shown only for partners who agreed to share them."))
        }
        for partner in session.partners { partnerDetails(partner) }
    }

    private mutating func partnerDetails(_ p: Partner) {
        let assessed = session.showsAssessment(of: p)
        var details = ReportDocument()
        if let position = p.chainPosition {
            details.field(t("Plaats in de keten", "Position in the chain"), String(position))
        }
        if assessed {
            details.field(
                "Scores",
                ScoreKind.allCases.map { $0.name(language) + " " + String(p.scores[$0]) }.joined(separator: " · "))
            details.field(t("Op de kaart", "On the map"), placement(p.scores))
            if p.engagement != Engagement() {
                details.field(
                    t("Betrokkenheid", "Engagement"),
                    p.engagement.current.name(language) + " → " + p.engagement.desired.name(language)
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
        guard !details.isEmpty else { return }
        out.heading(3, p.name)
        out.append(details)
        out.blank()
    }

    /// `nauw betrekken · saillantie: bepalend · kern`: the partner's quadrant, salience class and
    /// ring, as the map views draw them.
    private func placement(_ scores: Scores) -> String {
        [
            MendelowQuadrant(scores).title(language).lowercased(),
            t("saillantie: ", "salience: ") + SalienceClass(scores).title(language),
            t("ring: ", "ring: ") + CommitmentRing(scores).title(language).lowercased(),
        ].joined(separator: " · ")
    }

    /// The pictures of the map, where the format can hold them.
    private mutating func map() {
        guard !pictures.isEmpty else { return }
        out.heading(2, t("Partnerkaart", "Partner map"))
        for picture in pictures { out.figure(picture) }
    }

    private mutating func relations() {
        guard !session.relations.isEmpty else { return }
        out.heading(2, t("Relaties", "Relations"))
        out.table(
            [t("Van", "From"), t("Naar", "To"), t("Soort", "Kind"), t("Sterkte", "Strength"), t("Notitie", "Note")],
            session.relations.map {
                [names.partner($0.from), names.partner($0.to), $0.kind.name(language), String($0.strength), $0.note]
            })
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
        for point in points { out.item([.strong(point.name), .text(" — " + point.text(language))]) }
        out.blank()
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

    // MARK: - Interventions

    private mutating func interventions() {
        guard !session.interventions.isEmpty else { return }
        out.heading(2, t("Interventies", "Interventions"))
        for v in session.interventions {
            out.heading(3, v.shownTitle(language))
            out.field("Status", v.status.name(language))
            out.field(t("Tips", "Tips"), v.tips.map(String.init).joined(separator: ", "))
            out.field(t("Gericht op", "Targets"), v.targets.map(names.anything).joined(separator: ", "))
            out.field(t("Inspanning", "Effort"), v.effort.name(language))
            out.field(t("Gepland", "Planned"), v.planned.map(dates.day) ?? "")
            out.field(t("Afgerond", "Completed"), v.completed.map(dates.day) ?? "")
            out.field(t("Onderbouwing", "Rationale"), v.rationale)
            out.field(t("Verwacht effect", "Expected effect"), v.expectedEffect)
            out.field(t("Uitkomst", "Outcome"), v.outcome)
            out.field(t("Consequenties", "Consequences"), v.consequences)
            out.field(t("Uit de catalogus", "From the catalogue"), v.catalogueTitle(language) ?? "")
            out.blank()
        }
    }
}
