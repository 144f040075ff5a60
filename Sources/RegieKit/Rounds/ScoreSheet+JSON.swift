import Foundation

// The file form of rounds, assessor sheets and merge conflicts: read with the same reader (and
// the same messages) as the rest of the session, written in the same canonical form.

extension ScoreSheet {
    init(reading r: ObjectReader) {
        self.init(
            partners: r.objects("partners", PartnerReading.init(reading:)),
            relations: r.objects("relations", RelationReading.init(reading:)))
    }

    /// The `partners` and `relations` members of the object that holds the sheet.
    var members: [String: JSONValue] {
        ["partners": .array(partners.map(\.json)), "relations": .array(relations.map(\.json))]
    }
}

extension PartnerReading {
    init(reading r: ObjectReader) {
        self.init(partner: Partner.ID(r.requiredString("partner") ?? ""), name: r.string("name"))
        if let s = r.object("scores") {
            for kind in ScoreKind.allCases { scores[kind] = s.int(kind.rawValue, range: Scores.range, default: 0) }
        }
        if let e = r.object("engagement") {
            engagement = Engagement(
                current: e.enumeration("current", default: .neutral),
                desired: e.enumeration("desired", default: .supportive))
        }
        status = r.enumeration("status", default: .active)
        added = r.bool("added", default: false)
    }

    var json: JSONValue {
        var members: [String: JSONValue] = [
            "partner": .string(partner.rawValue), "name": .string(name),
            "scores": .object(
                Dictionary(uniqueKeysWithValues: ScoreKind.allCases.map { ($0.rawValue, .int(scores[$0])) })),
            "engagement": .object([
                "current": .string(engagement.current.rawValue), "desired": .string(engagement.desired.rawValue),
            ]),
            "status": .string(status.rawValue),
        ]
        if added { members["added"] = .bool(true) }
        return .object(members)
    }
}

extension RelationReading {
    init(reading r: ObjectReader) {
        self.init(
            relation: Relation.ID(r.requiredString("relation") ?? ""), from: Partner.ID(r.string("from")),
            to: Partner.ID(r.string("to")), kind: r.enumeration("kind", default: .collaboration),
            strength: r.int("strength", range: Relation.strengthRange, default: 3),
            trust: r.optionalInt("trust", range: Relation.trustRange), added: r.bool("added", default: false))
    }

    var json: JSONValue {
        var members: [String: JSONValue] = [
            "relation": .string(relation.rawValue), "from": .string(from.rawValue), "to": .string(to.rawValue),
            "kind": .string(kind.rawValue), "strength": .int(strength),
        ]
        if let trust { members["trust"] = .int(trust) }
        if added { members["added"] = .bool(true) }
        return .object(members)
    }
}

extension AssessmentRound {
    init(reading r: ObjectReader) {
        self.init(
            id: ID(r.id()), name: r.string("name"),
            date: r.day("date")
                ?? {
                    if !r.has("date") {
                        r.log.add(Messages.missing(Messages.aDay), at: r.path.appending("date"))
                    }
                    return Day(year: 1970, month: 1, day: 1)
                }(),
            sheet: ScoreSheet(reading: r))
    }

    var json: JSONValue {
        var members = sheet.members
        members["id"] = .string(id.rawValue)
        members["name"] = .string(name)
        members["date"] = .string(date.description)
        return .object(members)
    }
}

extension AssessorSheet {
    init(reading r: ObjectReader) {
        self.init(assessor: r.requiredString("assessor") ?? "", sheet: ScoreSheet(reading: r))
    }

    var json: JSONValue {
        var members = sheet.members
        members["assessor"] = .string(assessor)
        return .object(members)
    }
}

extension MergeConflict {
    init(reading r: ObjectReader) {
        func side(_ key: String) -> Side {
            guard let s = r.object(key) else {
                r.log.add(Messages.missing(Messages.anObject), at: r.path.appending(key))
                return Side(name: "", value: nil)
            }
            return Side(name: s.string("name"), value: s.rawValue("value"))
        }
        let location = FieldLocation(
            list: r.optionalString("list"), entity: r.optionalString("entity"), field: r.strings("field"))
        self.init(
            id: ID(r.id()), location: location, base: r.rawValue("base"), ours: side("ours"), theirs: side("theirs"))
    }

    var json: JSONValue {
        func side(_ side: Side) -> JSONValue {
            var members: [String: JSONValue] = ["name": .string(side.name)]
            if let value = side.value { members["value"] = value }
            return .object(members)
        }
        var members: [String: JSONValue] = [
            "id": .string(id.rawValue), "field": .array(location.field.map(JSONValue.string)),
            "ours": side(ours), "theirs": side(theirs),
        ]
        if let list = location.list { members["list"] = .string(list) }
        if let entity = location.entity { members["entity"] = .string(entity) }
        if let base { members["base"] = base }
        return .object(members)
    }
}

extension Session {
    /// Reads the members for working across people and time: rounds, assessor sheets, conflicts
    /// and the assessor's mark.
    mutating func readRoundsAndMerges(_ r: ObjectReader) {
        rounds = r.objects("rounds", AssessmentRound.init(reading:))
        assessments = r.objects("assessments", AssessorSheet.init(reading:))
        conflicts = r.objects("conflicts", MergeConflict.init(reading:))
        assessor = r.optionalString("assessor")
    }

    /// Those members as written; lists that are empty stay out of the file.
    var roundsAndMergesMembers: [String: JSONValue] {
        var members: [String: JSONValue] = [:]
        if !rounds.isEmpty { members["rounds"] = .array(rounds.map(\.json)) }
        if !assessments.isEmpty { members["assessments"] = .array(assessments.map(\.json)) }
        if !conflicts.isEmpty { members["conflicts"] = .array(conflicts.map(\.json)) }
        if let assessor { members["assessor"] = .string(assessor) }
        return members
    }

    /// The top-level names of those members, for `KnownFields`.
    static let roundsAndMergesKeys: Set<String> = ["rounds", "assessments", "conflicts", "assessor"]
}

extension Messages {
    static let aDay = Localized(nl: "een datum zoals 2026-03-01", en: "a date such as 2026-03-01")
}
