import Foundation

@testable import RegieKit

// The tree encoder as it was before the fields were written once for both the tree and the
// bytes (main at ef66d5f), kept only as the oracle that the new writers give the same tree and
// the same bytes. Not used by the product.

/// Builds an object's members; nil values are left out so optional fields stay absent.
private struct LegacyMembers {
    var dict: [String: JSONValue] = [:]

    subscript(key: String) -> JSONValue? {
        get { dict[key] }
        set { dict[key] = newValue }
    }

    var json: JSONValue { .object(dict) }
}

private func legacyStrings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }

extension Session {
    /// The session as the old encoder wrote it.
    func legacyJSON(_ requested: Disclosure = .full) -> JSONValue {
        // A public export stays public: writing it in full would turn absent assessments into zeros.
        let session = disclosed(requested)
        return session.legacyEncodedAsShown()
    }

    /// Writes what this session holds; a public view (see `disclosed`) leaves out the fields that
    /// `showsAssessment(of:)` withholds, rather than writing them as zeros.
    private func legacyEncodedAsShown() -> JSONValue {
        let disclosure: Disclosure = isPublicExport ? .public : .full
        var m = LegacyMembers()
        m["schemaVersion"] = .int(schemaVersion)
        if disclosure == .public { m["disclosure"] = .string("public") }
        m["title"] = .string(title)
        m["language"] = .string(language.rawValue)
        m["opgave"] = opgave.legacyJSON
        m["workForm"] = .object([
            "kind": .string(workForm.kind.rawValue), "holdsBudget": .bool(workForm.steering.holdsBudget),
            "lineAuthority": .bool(workForm.steering.lineAuthority), "notes": .string(workForm.notes),
        ])
        m["regisseur"] = .object([
            "name": .string(regisseur.name), "styles": legacyStrings(regisseur.styles.map(\.rawValue)),
        ])
        m["partners"] = .array(
            partners.map { $0.legacyJSON(showsAssessment(of: $0), disclosure).adding($0.extra, disclosure) })
        m["relations"] = .array(relations.map { $0.legacyJSON.adding($0.extra, disclosure) })
        m["perspectives"] = .array(perspectives.map { $0.legacyJSON.adding($0.extra, disclosure) })
        m["interventions"] = .array(interventions.map { $0.legacyJSON.adding($0.extra, disclosure) })
        m["meetings"] = .array(meetings.map { $0.legacyJSON.adding($0.extra, disclosure) })
        m["notes"] = .array(notes.map { $0.legacyJSON.adding($0.extra, disclosure) })
        m["actions"] = .array(actions.map { $0.legacyJSON.adding($0.extra, disclosure) })
        m["currentMeeting"] = currentMeeting.map { .string($0.rawValue) }
        if disclosure == .full {
            m["reflections"] = .object(
                Dictionary(uniqueKeysWithValues: reflections.map { (String($0.key), $0.value.legacyJSON(disclosure)) }))
            for (key, value) in roundsAndMergesMembers { m[key] = value }
        } else {
            // A public file carries only what a group said in the room; without it, no reflections at all.
            let shared = reflections.filter { !$0.value.sharedAnswers.isEmpty || !$0.value.discussed.isEmpty }
            if !shared.isEmpty {
                m["reflections"] = .object(
                    Dictionary(uniqueKeysWithValues: shared.map { (String($0.key), $0.value.legacyJSON(disclosure)) }))
            }
        }
        return m.json.adding(extra, disclosure)
    }
}

extension Reflection {
    /// The regisseur's own answers only in full; shared answers and discussed questions only when
    /// there are any, so files without them keep their bytes.
    func legacyJSON(_ disclosure: Disclosure) -> JSONValue {
        var m = LegacyMembers()
        if disclosure == .full { m["answers"] = .object(answers.mapValues(JSONValue.string)) }
        m["done"] = .bool(done)
        if !sharedAnswers.isEmpty { m["sharedAnswers"] = .object(sharedAnswers.mapValues(JSONValue.string)) }
        if !discussed.isEmpty {
            m["discussed"] = legacyStrings(discussed.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        }
        return m.json.adding(extra, disclosure)
    }
}

extension Opgave {
    var legacyJSON: JSONValue {
        .object([
            "title": .string(title), "intent": .string(intent), "whyItMatters": .string(whyItMatters),
            "successSignals": legacyStrings(successSignals),
        ])
    }
}

extension Partner {
    func legacyJSON(_ showsAssessment: Bool, _ disclosure: Disclosure) -> JSONValue {
        var m = LegacyMembers()
        m["id"] = .string(id.rawValue)
        m["name"] = .string(name)
        m["organisation"] = .string(organisation)
        m["sector"] = .string(sector)
        m["chainPosition"] = chainPosition.map(JSONValue.int)
        m["status"] = .string(status.rawValue)
        m["notes"] = .string(notes)
        m["shareScores"] = .bool(shareScores)
        if showsAssessment {
            var scoreMembers: [String: JSONValue] = [:]
            for kind in ScoreKind.allCases { scoreMembers[kind.rawValue] = .int(scores[kind]) }
            m["scores"] = .object(scoreMembers)
            m["engagement"] = .object([
                "current": .string(engagement.current.rawValue), "desired": .string(engagement.desired.rawValue),
            ])
            m["interests"] = legacyStrings(interests)
            m["values"] = legacyStrings(values)
            m["resources"] = .array(
                resources.map { .object(["name": .string($0.name), "replaceable": .bool($0.replaceable)]) })
        }
        if disclosure == .full {
            m["privateNotes"] = .string(privateNotes)
        }
        return m.json
    }
}

extension Relation {
    var legacyJSON: JSONValue {
        var m = LegacyMembers()
        m["id"] = .string(id.rawValue)
        m["from"] = .string(from.rawValue)
        m["to"] = .string(to.rawValue)
        m["kind"] = .string(kind.rawValue)
        m["strength"] = .int(strength)
        m["note"] = .string(note)
        m["trust"] = trust.map(JSONValue.int)
        return m.json
    }
}

extension Perspective {
    var legacyJSON: JSONValue {
        .object([
            "id": .string(id.rawValue), "partner": .string(partner.rawValue), "view": .string(view),
            "rightAbout": .string(rightAbout), "concerns": .string(concerns),
            "responsibility": .string(responsibility), "bridge": .string(bridge),
        ])
    }
}

extension Intervention {
    var legacyJSON: JSONValue {
        var m = LegacyMembers()
        m["id"] = .string(id.rawValue)
        m["catalogId"] = catalogId.map(JSONValue.string)
        m["title"] = .string(title)
        m["tips"] = .array(tips.map(JSONValue.int))
        m["targets"] = legacyStrings(targets)
        m["rationale"] = .string(rationale)
        m["expectedEffect"] = .string(expectedEffect)
        m["effort"] = .string(effort.rawValue)
        m["status"] = .string(status.rawValue)
        m["outcome"] = .string(outcome)
        m["consequences"] = .string(consequences)
        m["planned"] = planned.map { .string($0.description) }
        m["completed"] = completed.map { .string($0.description) }
        return m.json
    }
}

extension Meeting {
    var legacyJSON: JSONValue {
        var m = LegacyMembers()
        m["id"] = .string(id.rawValue)
        m["title"] = .string(title)
        m["date"] = .string(Timestamp.string(from: date))
        m["attendees"] = legacyStrings(attendees.map(\.rawValue))
        m["decisions"] = legacyStrings(decisions)
        m["mode"] = mode.map { .string($0.rawValue) }
        m["ended"] = ended.map { .string(Timestamp.string(from: $0)) }
        return m.json
    }
}

extension Note {
    var legacyJSON: JSONValue {
        var m = LegacyMembers()
        m["id"] = .string(id.rawValue)
        m["at"] = .string(Timestamp.string(from: at))
        m["text"] = .string(text)
        m["links"] = legacyStrings(links)
        m["tip"] = tip.map(JSONValue.int)
        m["meeting"] = meeting.map { .string($0.rawValue) }
        m["private"] = .bool(isPrivate)
        m["mode"] = mode.map { .string($0.rawValue) }
        return m.json
    }
}

extension ActionItem {
    var legacyJSON: JSONValue {
        var m = LegacyMembers()
        m["id"] = .string(id.rawValue)
        m["text"] = .string(text)
        m["owner"] = owner.map { .string($0.rawValue) }
        m["ownerName"] = ownerName.map(JSONValue.string)
        m["due"] = due.map { .string($0.description) }
        m["done"] = .bool(done)
        m["meeting"] = meeting.map { .string($0.rawValue) }
        return m.json
    }
}
