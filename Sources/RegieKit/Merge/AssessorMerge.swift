import Foundation

/// What merging one assessor's copy into the team's session did, for the regisseur to check.
public struct AssessorMergeReport: Sendable {
    public var assessor: String
    /// Every partner of the copy and how it was matched, in the copy's order.
    public var partners: [PartnerMatch]
    /// Relations the assessor added, as they now stand in the team's session.
    public var relationsAdded: [Relation]
    /// Relations of the copy that were found in the team's session.
    public var relationsMatched: Int

    /// The matches the regisseur should look at: every one that is not exact or new.
    public var forReview: [PartnerMatch] { partners.filter(\.needsReview) }
    /// Partners added because nobody in the team's session matched them (near misses among them).
    public var partnersAdded: [PartnerMatch] { partners.filter { !$0.merged } }
}

extension Session {
    /// The copy an assessor works on (`regie assess`): the opgave, the work form, the partners and
    /// the relations, without anyone's assessment — scores 0, engagement, interests, values,
    /// resources, private notes and relation trust left out — and marked with whose it is.
    /// Relations keep their kind and strength as the team mapped them: change what you see differently.
    public func assessorCopy(for assessor: String) -> Session {
        var copy = Session(title: title, language: language, opgave: opgave, workForm: workForm, regisseur: regisseur)
        copy.assessor = assessor
        copy.partners = partners.map { partner in
            Partner(
                id: partner.id, name: partner.name, organisation: partner.organisation, sector: partner.sector,
                chainPosition: partner.chainPosition, status: partner.status, notes: partner.notes,
                shareScores: partner.shareScores)
        }
        copy.relations = relations.map { relation in
            Relation(
                id: relation.id, from: relation.from, to: relation.to, kind: relation.kind,
                strength: relation.strength, note: relation.note)
        }
        return copy
    }

    /// Brings one assessor's copy into this (the team's) session: partners matched by id, else by
    /// folded name and organisation (`PartnerMatch`), never by a guess; the assessor's readings kept
    /// as their own sheet beside the others (replacing an earlier sheet of the same assessor), the
    /// team's own scores untouched. Partners and relations only the assessor has are added, with
    /// the assessor's scores as their first ones, and marked as added by them.
    @discardableResult
    public mutating func mergeAssessment(_ copy: Session, assessor: String) -> AssessorMergeReport {
        var report = AssessorMergeReport(assessor: assessor, partners: [], relationsAdded: [], relationsMatched: 0)
        var sheet = ScoreSheet()
        var mapped: [Partner.ID: Partner.ID] = [:]
        for incoming in copy.partners {
            let match = PartnerMatch.match(incoming, in: partners)
            report.partners.append(match)
            var reading = PartnerReading(incoming)
            if match.merged, let team = match.team {
                reading.partner = team.id
            } else {
                var added = incoming
                if allIDs.contains(added.id.rawValue) { added.id = Partner.ID(newID(prefix: "", name: incoming.name)) }
                added.privateNotes = ""
                partners.append(added)
                reading.partner = added.id
                reading.added = true
            }
            mapped[incoming.id] = reading.partner
            sheet.partners.append(reading)
        }
        for incoming in copy.relations {
            guard let from = mapped[incoming.from], let to = mapped[incoming.to], from != to else { continue }
            var reading = RelationReading(incoming)
            reading.from = from
            reading.to = to
            let ends: Set<Partner.ID> = [from, to]
            if let same = relations.first(where: { $0.id == incoming.id && Set([$0.from, $0.to]) == ends })
                ?? relations.first(where: { Set([$0.from, $0.to]) == ends })
            {
                reading.relation = same.id
                report.relationsMatched += 1
            } else {
                var added = incoming
                added.from = from
                added.to = to
                if allIDs.contains(added.id.rawValue) {
                    added.id = Relation.ID(newID(prefix: "rel", name: partnerName(from) + " " + partnerName(to)))
                }
                relations.append(added)
                reading.relation = added.id
                reading.added = true
                report.relationsAdded.append(added)
            }
            sheet.relations.append(reading)
        }
        let merged = AssessorSheet(assessor: assessor, sheet: sheet)
        if let index = assessments.firstIndex(where: { NameKey.fold($0.assessor) == NameKey.fold(assessor) }) {
            assessments[index] = merged
        } else {
            assessments.append(merged)
        }
        return report
    }
}
