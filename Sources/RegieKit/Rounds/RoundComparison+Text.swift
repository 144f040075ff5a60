import Foundation

extension RoundComparison {
    /// The comparison as lines of plain text, as `regie compare` prints it and the workbench's
    /// compare view shows it. Lines that start a section have no indent; the rest have two or four
    /// spaces.
    public func lines(_ language: Language) -> [String] {
        func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }
        func round(_ r: AssessmentRound) -> String { "\(r.name) (\(r.date.description))" }
        var lines = [t("Vergelijking: ", "Comparison: ") + round(from) + " → " + round(to)]
        lines.append(
            t("Trends over ", "Trends over ") + "\(trendRounds.count) "
                + t("peilmomenten: ", "rounds: ") + trendRounds.map(\.name).joined(separator: ", "))

        lines.append("")
        lines.append(t("Partners", "Partners"))
        let still = partners.filter { !$0.moved && $0.interventions.isEmpty }
        for change in partners where change.moved || !change.interventions.isEmpty {
            lines += partnerLines(change, language)
        }
        if !still.isEmpty {
            lines.append("  " + t("Niet veranderd: ", "Unchanged: ") + still.map(\.name).joined(separator: ", "))
        }

        lines.append("")
        lines.append(t("Relaties", "Relations"))
        let names = Dictionary(
            (from.sheet.partners + to.sheet.partners).map { ($0.partner, $0.name) }, uniquingKeysWith: { _, b in b })
        func ends(_ r: RelationReading) -> String {
            (names[r.from] ?? r.from.rawValue) + " ↔ " + (names[r.to] ?? r.to.rawValue)
        }
        for relation in relationsAdded {
            lines.append("  " + t("nieuw: ", "new: ") + ends(relation) + " (" + relation.kind.name(language) + ")")
        }
        for relation in relationsRemoved {
            lines.append("  " + t("weg: ", "gone: ") + ends(relation) + " (" + relation.kind.name(language) + ")")
        }
        for change in relationsChanged {
            var parts: [String] = []
            if let kind = change.kind { parts.append(kind.from.name(language) + " → " + kind.to.name(language)) }
            if let strength = change.strength {
                parts.append(t("sterkte ", "strength ") + "\(strength.from) → \(strength.to)")
            }
            if let trust = change.trust {
                parts.append(
                    t("vertrouwen ", "trust ") + (trust.from.map(String.init) ?? "–") + " → "
                        + (trust.to.map(String.init) ?? "–"))
            }
            lines.append("  " + ends(change.after) + ": " + parts.joined(separator: "; "))
        }
        if relationsAdded.isEmpty && relationsRemoved.isEmpty && relationsChanged.isEmpty {
            lines.append("  " + t("Geen veranderingen in de relaties.", "No changes in the relations."))
        }
        return lines
    }

    private func partnerLines(_ change: PartnerChange, _ language: Language) -> [String] {
        func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }
        var lines = ["  " + change.name]
        guard change.before != nil else {
            lines.append("    " + t("nieuw sinds ", "new since ") + from.name)
            return lines + interventionLines(change, language)
        }
        guard change.after != nil else {
            lines.append("    " + t("niet meer in ", "no longer in ") + to.name)
            return lines + interventionLines(change, language)
        }
        if let quadrant = change.quadrant {
            lines.append(
                "    " + t("kwadrant: ", "quadrant: ") + quadrant.from.title(language) + " → "
                    + quadrant.to.title(language))
        }
        if let salience = change.salience {
            lines.append(
                "    " + t("saillantie: ", "salience: ") + salience.from.title(language) + " → "
                    + salience.to.title(language))
        }
        if let engagement = change.engagement {
            lines.append(
                "    " + t("betrokkenheid: ", "engagement: ") + engagement.from.name(language) + " → "
                    + engagement.to.name(language))
        }
        if let status = change.status {
            lines.append("    status: " + status.from.name(language) + " → " + status.to.name(language))
        }
        if !change.scores.isEmpty {
            lines.append(
                "    "
                    + change.scores.map { "\($0.kind.name(language).lowercased()) \($0.move.from) → \($0.move.to)" }
                    .joined(separator: ", "))
        }
        lines.append(
            "    " + t("trend ", "trend ")
                + change.trend.map { $0.kind.name(language).lowercased() + " " + Sparkline.text($0.values) }
                .joined(separator: "  "))
        return lines + interventionLines(change, language)
    }

    private func interventionLines(_ change: PartnerChange, _ language: Language) -> [String] {
        func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }
        var lines: [String] = []
        for intervention in change.interventions {
            var line =
                "    " + t("interventie gedaan ", "intervention done ") + (intervention.completed?.description ?? "")
                + ": " + intervention.title
            let expected = intervention.expectedEffect.trimmingCharacters(in: .whitespacesAndNewlines)
            line +=
                " — " + t("verwacht: ", "expected: ")
                + (expected.isEmpty ? t("niet vastgelegd", "not recorded") : expected)
            lines.append(line)
        }
        if !change.interventions.isEmpty, !change.moved {
            lines.append(
                "    "
                    + t(
                        "Geen verandering: de scores, de betrokkenheid en de status bleven gelijk na deze interventie.",
                        "No change: the scores, engagement and status stayed the same after this intervention."))
        }
        return lines
    }

    /// The comparison as JSON, for `regie compare --format json`.
    public var json: JSONValue {
        func round(_ r: AssessmentRound) -> JSONValue {
            .object(["id": .string(r.id.rawValue), "name": .string(r.name), "date": .string(r.date.description)])
        }
        func move<T>(_ move: Move<T>?, _ text: (T) -> JSONValue) -> JSONValue? {
            move.map { .object(["from": text($0.from), "to": text($0.to)]) }
        }
        let partners: [JSONValue] = partners.map { change in
            var members: [String: JSONValue] = [
                "partner": .string(change.partner.rawValue), "name": .string(change.name), "moved": .bool(change.moved),
                "new": .bool(change.before == nil), "gone": .bool(change.after == nil),
                "scores": .object(
                    Dictionary(
                        uniqueKeysWithValues: change.scores.map {
                            ($0.kind.rawValue, JSONValue.object(["from": .int($0.move.from), "to": .int($0.move.to)]))
                        })),
                "trend": .object(
                    Dictionary(
                        uniqueKeysWithValues: change.trend.map {
                            ($0.kind.rawValue, JSONValue.array($0.values.map { $0.map(JSONValue.int) ?? .null }))
                        })),
                "interventions": .array(
                    change.interventions.map {
                        .object([
                            "id": .string($0.id.rawValue), "title": .string($0.title),
                            "completed": .string($0.completed?.description ?? ""),
                            "expectedEffect": .string($0.expectedEffect),
                        ])
                    }),
            ]
            members["quadrant"] = move(change.quadrant) { .string($0.rawValue) }
            members["salience"] = move(change.salience) { .string($0.rawValue) }
            members["engagement"] = move(change.engagement) { .string($0.rawValue) }
            members["status"] = move(change.status) { .string($0.rawValue) }
            return .object(members)
        }
        let relations: [JSONValue] = relationsChanged.map { change in
            var members: [String: JSONValue] = ["relation": .string(change.after.relation.rawValue)]
            members["kind"] = move(change.kind) { .string($0.rawValue) }
            members["strength"] = move(change.strength) { .int($0) }
            members["trust"] = move(change.trust) { $0.map(JSONValue.int) ?? .null }
            return .object(members)
        }
        return .object([
            "from": round(from), "to": round(to), "rounds": .array(trendRounds.map(round)),
            "partners": .array(partners),
            "relations": .object([
                "added": .array(relationsAdded.map(\.json)), "removed": .array(relationsRemoved.map(\.json)),
                "changed": .array(relations),
            ]),
        ])
    }
}
