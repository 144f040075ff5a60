import Foundation

extension AssessorMergeReport {
    /// What `regie merge` says about one assessor's copy: counts, every match to check, every
    /// partner and relation the assessor added.
    public func lines(file: String, session: Session, language: Language) -> [String] {
        func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }
        let merged = partners.filter(\.merged).count
        var lines = [
            "\(assessor) (\(file)): \(partners.count) " + t("partners", "partners") + ", \(merged) "
                + t("samengevoegd", "merged") + ", \(partnersAdded.count) " + t("toegevoegd", "added") + ", "
                + "\(forReview.count) " + t("ter controle", "to review")
        ]
        for match in forReview {
            let incoming = "“" + match.incoming.name + "”"
            let team = "“" + (match.team?.name ?? "") + "”"
            let reason: String
            switch match.kind {
            case .sameIDOtherName:
                reason =
                    t("zelfde id, andere naam dan ", "same id, another name than ") + team
                    + t(": samengevoegd", ": merged")
            case .sameFoldedName:
                reason =
                    t("zelfde naam als ", "same name as ") + team
                    + t(
                        " (hoofdletters, accenten, leestekens of afkortingen verschillen): samengevoegd",
                        " (case, accents, punctuation or abbreviations differ): merged")
            case .otherOrganisation:
                reason =
                    t("zelfde naam als ", "same name as ") + team
                    + t(
                        ", maar een andere organisatie: niet samengevoegd, toegevoegd als nieuwe partner",
                        ", but another organisation: not merged, added as a new partner")
            case .ambiguous:
                reason =
                    t(
                        "zelfde naam als meer dan één partner, onder meer ",
                        "same name as more than one partner, such as ")
                    + team
                    + t(": niet samengevoegd, toegevoegd als nieuwe partner", ": not merged, added as a new partner")
            case .nearMiss:
                reason =
                    t("lijkt op ", "resembles ") + team
                    + t(
                        ": niet samengevoegd, toegevoegd als nieuwe partner — is het dezelfde?",
                        ": not merged, added as a new partner — is it the same one?")
            case .exact, .new: reason = ""
            }
            lines.append("  " + t("ter controle: ", "to review: ") + incoming + " " + reason)
        }
        for match in partners where match.kind == .new {
            lines.append("  " + t("nieuwe partner van ", "new partner from ") + assessor + ": " + match.incoming.name)
        }
        for relation in relationsAdded {
            lines.append(
                "  " + t("nieuwe relatie van ", "new relation from ") + assessor + ": "
                    + session.partnerName(relation.from)
                    + " ↔ " + session.partnerName(relation.to) + " (" + relation.kind.name(language) + ")")
        }
        return lines
    }
}

extension Session {
    /// The bespreekpunten as numbered lines, or one line saying there are none.
    public func bespreekpuntLines(_ language: Language) -> [String] {
        let points = bespreekpunten
        let heading =
            language == .nl
            ? "Bespreekpunten (verschil van \(Bespreekpunt.threshold) of meer tussen beoordelaars): \(points.count)"
            : "Points to discuss (assessors \(Bespreekpunt.threshold) or more apart): \(points.count)"
        var lines = [heading]
        if assessments.count < 2 {
            lines.append(
                language == .nl
                    ? "  Er zijn nog geen twee beoordelaars samengevoegd."
                    : "  Fewer than two assessors have been merged yet.")
        }
        for (index, point) in points.enumerated() {
            lines.append("  \(index + 1). " + point.name + " — " + point.text(language))
        }
        return lines
    }
}

extension MergeConflict {
    /// What the conflict is about, as people say it: "Politie Dalstede-Oost: invloed", "opgave:
    /// bedoeling", or "notitie n-3 (verwijderd of veranderd)" for a whole entity.
    public func subject(in session: Session, language: Language) -> String {
        let field = location.field.isEmpty ? nil : FieldLabels.label(location.field, list: location.list)(language)
        guard let entity = location.entity else { return field ?? location.description }
        var name = session.displayName(ofID: entity)
        if location.list == "relations", let relation = session.relations.first(where: { $0.id.rawValue == entity }) {
            name = session.partnerName(relation.from) + " ↔ " + session.partnerName(relation.to)
        }
        return name + ": "
            + (field
                ?? (language == .nl
                    ? "verwijderd aan de ene kant, veranderd aan de andere"
                    : "removed on one side, changed on the other"))
    }

    /// One side's value as it reads: "3", "spanning", "“text”", or "verwijderd" where the side removed it.
    public func text(of side: Side, language: Language) -> String {
        guard let value = side.value else { return language == .nl ? "verwijderd" : "removed" }
        switch value {
        case .null: return "–"
        case .bool(let flag): return flag ? (language == .nl ? "ja" : "yes") : (language == .nl ? "nee" : "no")
        case .int(let n): return String(n)
        case .double(let d): return String(d)
        case .string(let text):
            if let name = FieldLabels.valueName(text, path: location.field, list: location.list) {
                return name(language)
            }
            return "“" + text + "”"
        case .array(let items):
            return items.map { item in item.stringValue ?? CanonicalJSON.string(item).trimmingCharacters(in: .newlines)
            }
            .joined(separator: ", ")
        case .object(let members):
            if let name = members["name"]?.stringValue ?? members["title"]?.stringValue ?? members["text"]?.stringValue
            {
                return (language == .nl ? "aanwezig: " : "present: ") + "“" + name + "”"
            }
            return language == .nl ? "aanwezig" : "present"
        }
    }
}
