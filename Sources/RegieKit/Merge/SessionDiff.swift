import Foundation

/// What changed from one version of a session to another, as people say it: "Politie
/// Dalstede-Oost: invloed 3 → 5", "nieuwe notitie 14:05 …", "relatie Woonstichting ↔ GGZ:
/// spanning → samenwerking". Built on the table of entity kinds, field by field, so `regie diff`
/// (and git through it) shows meaning instead of JSON lines.
public struct SessionDiff: Sendable {
    /// One line per change, in table order: the session's own fields, then each kind of entity,
    /// then rounds, assessments and conflicts.
    public private(set) var lines: [String] = []

    /// Compares `newer` with `older`; times of notes are shown in `timeZone`.
    public init(from older: Session, to newer: Session, language: Language, timeZone: TimeZone) {
        var writer = DiffWriter(language: language, timeZone: timeZone, older: older, newer: newer)
        writer.write()
        lines = writer.lines
    }

    /// True when the two versions hold the same.
    public var isEmpty: Bool { lines.isEmpty }

    /// Every field of every entity of `session` as a line of its own ("Politie Dalstede-Oost:
    /// invloed 5"): what git's `textconv` diffs line by line.
    public static func facts(_ session: Session, language: Language, timeZone: TimeZone) -> [String] {
        var writer = DiffWriter(language: language, timeZone: timeZone, older: session, newer: session)
        writer.factsOnly = true
        writer.writeFacts()
        return writer.lines
    }
}

private struct DiffWriter {
    let language: Language
    let timeZone: TimeZone
    let older: Session
    let newer: Session
    var lines: [String] = []
    /// Lines say what a field holds (`invloed 5`) rather than how it changed.
    var factsOnly = false

    func t(_ nl: String, _ en: String) -> String { language == .nl ? nl : en }

    mutating func write() {
        guard case .object(let before) = older.json(), case .object(let after) = newer.json() else { return }
        for key in ["title", "language", "opgave", "workForm", "regisseur"] {
            fields(before[key], after[key], path: [key], name: nil, list: nil)
        }
        for kind in EntityKind.allCases {
            entities(kind, before[kind.listKey], after[kind.listKey])
        }
        reflections(before["reflections"], after["reflections"])
        rounds()
        assessments()
        if older.conflicts != newer.conflicts {
            lines.append(
                newer.conflicts.isEmpty
                    ? t("alle conflicten opgelost", "every conflict resolved")
                    : t("\(newer.conflicts.count) open conflict(en)", "\(newer.conflicts.count) open conflict(s)"))
        }
    }

    mutating func writeFacts() {
        guard case .object(let all) = newer.json() else { return }
        for key in ["title", "language", "opgave", "workForm", "regisseur"] {
            fields(nil, all[key], path: [key], name: nil, list: nil)
        }
        for kind in EntityKind.allCases {
            for (id, value) in Self.keyed(all[kind.listKey]).list {
                fields(nil, value, path: [], name: name(kind, id: id, in: newer), list: kind.listKey)
            }
        }
        for round in newer.rounds { lines.append(t("peilmoment ", "round ") + "“\(round.name)” (\(round.date))") }
        for sheet in newer.assessments { lines.append(t("beoordeling van ", "assessment by ") + sheet.assessor) }
        for conflict in newer.conflicts {
            lines.append(t("conflict ", "conflict ") + conflict.location.description)
        }
    }

    // MARK: - Entities

    private mutating func entities(_ kind: EntityKind, _ before: JSONValue?, _ after: JSONValue?) {
        let old = Self.keyed(before)
        let new = Self.keyed(after)
        for (id, value) in new.list {
            guard let previous = old.map[id] else {
                lines.append(added(kind, id: id, value))
                continue
            }
            guard previous != value else { continue }
            fields(previous, value, path: [], name: name(kind, id: id, in: newer), list: kind.listKey)
        }
        for (id, value) in old.list where new.map[id] == nil {
            lines.append(removed(kind, id: id, value))
        }
    }

    private static func keyed(_ value: JSONValue?) -> (list: [(String, JSONValue)], map: [String: JSONValue]) {
        guard case .array(let items)? = value else { return ([], [:]) }
        let list = items.compactMap { item in item.stringMember("id").map { ($0, item) } }
        return (list, Dictionary(list, uniquingKeysWith: { a, _ in a }))
    }

    private func name(_ kind: EntityKind, id: String, in session: Session) -> String {
        switch kind {
        case .relation:
            guard let relation = session.relations.first(where: { $0.id.rawValue == id }) else { return id }
            return t("relatie ", "relation ") + session.partnerName(relation.from) + " ↔ "
                + session.partnerName(relation.to)
        case .note:
            guard let note = session.notes.first(where: { $0.id.rawValue == id }) else { return id }
            return t("notitie ", "note ") + time(note.at) + " " + Self.excerpt(note.text)
        case .perspective:
            guard let perspective = session.perspectives.first(where: { $0.id.rawValue == id }) else { return id }
            return t("perspectief van ", "perspective of ") + session.partnerName(perspective.partner)
        case .intervention: return t("interventie ", "intervention ") + "“" + session.displayName(ofID: id) + "”"
        case .meeting: return t("overleg ", "meeting ") + "“" + session.displayName(ofID: id) + "”"
        case .action: return t("actie ", "action ") + "“" + session.displayName(ofID: id) + "”"
        case .partner: return session.displayName(ofID: id)
        }
    }

    private func added(_ kind: EntityKind, id: String, _ value: JSONValue) -> String {
        let what = name(kind, id: id, in: newer)
        switch kind {
        case .partner: return t("nieuwe partner ", "new partner ") + what
        case .relation:
            let kindName = value.stringMember("kind").flatMap(RelationKind.init(rawValue:))?.name(language) ?? ""
            return t("nieuwe ", "new ") + what + " (" + kindName + ")"
        case .perspective, .meeting: return t("nieuw ", "new ") + what
        default: return t("nieuwe ", "new ") + what
        }
    }

    private func removed(_ kind: EntityKind, id: String, _ value: JSONValue) -> String {
        name(kind, id: id, in: older) + t(" verwijderd", " removed")
    }

    // MARK: - Fields

    /// One line per changed leaf field: `name: label old → new`.
    private mutating func fields(
        _ before: JSONValue?, _ after: JSONValue?, path: [String], name: String?, list: String?
    ) {
        guard before != after else { return }
        if let x = before?.objectMembers ?? (after?.objectMembers != nil ? [:] : nil),
            let y = after?.objectMembers ?? (before?.objectMembers != nil ? [:] : nil)
        {
            for key in Set(x.keys).union(y.keys).sorted(by: { Self.order($0) < Self.order($1) }) {
                fields(x[key], y[key], path: path + [key], name: name, list: list)
            }
            return
        }
        // A relation's kind is what the relation is: "relatie A ↔ B: spanning → samenwerking".
        let label = list == "relations" && path == ["kind"] ? nil : FieldLabels.label(path, list: list)(language)
        let head = [name, label].compactMap { $0 }.joined(separator: ": ") + (label == nil ? ":" : "")
        if factsOnly, case .array(let items)? = after,
            items.contains(where: { $0.stringValue.map { $0.count > 40 } ?? false })
        {
            for item in items { lines.append(head + " " + Self.excerpt(item.stringValue ?? "…")) }
            return
        }
        let old = display(before, path: path, list: list)
        let new = display(after, path: path, list: list)
        if factsOnly {
            lines.append(head + " " + (new ?? Self.excerpt(after.flatMap { $0.stringValue } ?? "…")))
        } else if let old, let new {
            lines.append(head + " " + old + " → " + new)
        } else {
            lines.append(head + t(" gewijzigd", " changed"))
        }
    }

    /// Keys in the order people read a partner: scores in the table's order, the rest by name.
    private static func order(_ key: String) -> String {
        if let index = ScoreKind.allCases.firstIndex(where: { $0.rawValue == key }) { return "0\(index)" }
        return "1" + key
    }

    /// A value short enough to show on the line, or nil for long or structured text.
    private func display(_ value: JSONValue?, path: [String], list: String?) -> String? {
        guard let value else { return "–" }
        switch value {
        case .null: return "–"
        case .bool(let flag): return flag ? t("ja", "yes") : t("nee", "no")
        case .int(let n): return String(n)
        case .double(let d): return String(d)
        case .string(let text):
            if let name = FieldLabels.valueName(text, path: path, list: list) { return name(language) }
            if text.isEmpty { return "–" }
            if text.count > 40 || text.contains("\n") { return nil }
            return "“" + text + "”"
        case .array(let items):
            let texts = items.compactMap { item -> String? in
                if case .string(let s) = item { return s }
                if case .int(let n) = item { return String(n) }
                return nil
            }
            guard texts.count == items.count else { return nil }
            let joined = texts.map { newer.displayName(ofID: $0) }.joined(separator: ", ")
            return joined.count > 60 ? nil : (joined.isEmpty ? "–" : joined)
        case .object: return nil
        }
    }

    private func time(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
    }

    private static func excerpt(_ text: String) -> String {
        let line = text.split(separator: "\n").first.map(String.init) ?? ""
        return "“" + (line.count > 50 ? String(line.prefix(49)) + "…" : line) + "”"
    }

    // MARK: - Walkthrough, rounds, assessments

    private mutating func reflections(_ before: JSONValue?, _ after: JSONValue?) {
        guard before != after else { return }
        for tip in 1...7 {
            let old = before.flatMap { $0.member(String(tip)) as JSONValue? }
            let new = after.flatMap { $0.member(String(tip)) as JSONValue? }
            guard old != new else { continue }
            let oldDone = old.flatMap { $0.member("done") as JSONValue? } == .bool(true)
            let newDone = new.flatMap { $0.member("done") as JSONValue? } == .bool(true)
            if oldDone != newDone {
                lines.append(
                    t("doorloop tip \(tip): ", "walkthrough tip \(tip): ")
                        + (newDone ? t("afgerond", "done") : t("weer open", "open again")))
            }
            if old.flatMap({ $0.member("answers") as JSONValue? })
                != new.flatMap({ $0.member("answers") as JSONValue? })
            {
                lines.append(t("doorloop tip \(tip): antwoorden gewijzigd", "walkthrough tip \(tip): answers changed"))
            }
        }
    }

    private mutating func rounds() {
        let old = Set(older.rounds.map(\.id))
        for round in newer.rounds where !old.contains(round.id) {
            lines.append(t("nieuw peilmoment ", "new round ") + "“\(round.name)” (\(round.date))")
        }
        let new = Set(newer.rounds.map(\.id))
        for round in older.rounds where !new.contains(round.id) {
            lines.append(t("peilmoment ", "round ") + "“\(round.name)”" + t(" verwijderd", " removed"))
        }
        for round in newer.rounds {
            if let previous = older.rounds.first(where: { $0.id == round.id }), previous != round {
                lines.append(t("peilmoment ", "round ") + "“\(round.name)”" + t(" gewijzigd", " changed"))
            }
        }
    }

    private mutating func assessments() {
        for sheet in newer.assessments {
            guard let previous = older.assessments.first(where: { $0.assessor == sheet.assessor }) else {
                lines.append(t("beoordeling van ", "assessment by ") + sheet.assessor + t(" toegevoegd", " added"))
                continue
            }
            if previous != sheet {
                lines.append(t("beoordeling van ", "assessment by ") + sheet.assessor + t(" gewijzigd", " changed"))
            }
        }
        for sheet in older.assessments where !newer.assessments.contains(where: { $0.assessor == sheet.assessor }) {
            lines.append(t("beoordeling van ", "assessment by ") + sheet.assessor + t(" verwijderd", " removed"))
        }
    }
}

/// How the fields of a session file are named for people, and how their coded values read.
enum FieldLabels {
    /// "invloed", "betrokkenheid (nu)", "notities"; the field name itself for a field not in the table.
    static func label(_ path: [String], list: String?) -> Localized {
        let key = path.last ?? ""
        if path.count == 2, path[0] == "scores", let kind = ScoreKind(rawValue: key) {
            return Localized(nl: kind.name.nl.lowercased(), en: kind.name.en.lowercased())
        }
        let joined = path.joined(separator: ".")
        switch joined {
        case "engagement.current": return Localized(nl: "betrokkenheid", en: "engagement")
        case "engagement.desired": return Localized(nl: "gewenste betrokkenheid", en: "desired engagement")
        case "opgave.intent": return Localized(nl: "opgave: bedoeling", en: "opgave: intent")
        case "opgave.title": return Localized(nl: "opgave: titel", en: "opgave: title")
        case "opgave.whyItMatters": return Localized(nl: "opgave: waarom", en: "opgave: why it matters")
        case "opgave.successSignals":
            return Localized(nl: "opgave: signalen van succes", en: "opgave: signs of success")
        default: break
        }
        let table: [String: Localized] = [
            "name": Localized(nl: "naam", en: "name"), "organisation": Localized(nl: "organisatie", en: "organisation"),
            "sector": Localized(nl: "sector", en: "sector"), "status": Localized(nl: "status", en: "status"),
            "notes": Localized(nl: "notities", en: "notes"),
            "privateNotes": Localized(nl: "privénotities", en: "private notes"),
            "kind": Localized(nl: "soort", en: "kind"), "strength": Localized(nl: "sterkte", en: "strength"),
            "trust": Localized(nl: "vertrouwen", en: "trust"), "note": Localized(nl: "toelichting", en: "note"),
            "title": Localized(nl: "titel", en: "title"), "text": Localized(nl: "tekst", en: "text"),
            "outcome": Localized(nl: "uitkomst", en: "outcome"),
            "consequences": Localized(nl: "gevolgen", en: "consequences"),
            "expectedEffect": Localized(nl: "verwacht effect", en: "expected effect"),
            "rationale": Localized(nl: "onderbouwing", en: "rationale"),
            "targets": Localized(nl: "gericht op", en: "targets"),
            "done": Localized(nl: "klaar", en: "done"), "due": Localized(nl: "uiterlijk", en: "due"),
            "owner": Localized(nl: "eigenaar", en: "owner"), "links": Localized(nl: "gekoppeld aan", en: "linked to"),
            "attendees": Localized(nl: "aanwezigen", en: "attendees"),
            "decisions": Localized(nl: "besluiten", en: "decisions"),
            "interests": Localized(nl: "belangen", en: "interests"), "values": Localized(nl: "waarden", en: "values"),
            "resources": Localized(nl: "middelen", en: "resources"),
            "shareScores": Localized(nl: "scores delen", en: "share scores"),
            "view": Localized(nl: "visie", en: "view"), "concerns": Localized(nl: "zorgen", en: "concerns"),
            "bridge": Localized(nl: "brug", en: "bridge"),
            "rightAbout": Localized(nl: "waarin ze gelijk hebben", en: "right about"),
            "responsibility": Localized(nl: "verantwoordelijkheid", en: "responsibility"),
            "planned": Localized(nl: "gepland", en: "planned"), "completed": Localized(nl: "afgerond", en: "completed"),
            "private": Localized(nl: "privé", en: "private"), "language": Localized(nl: "taal", en: "language"),
            "ownerName": Localized(nl: "eigenaar (persoon)", en: "owner (person)"),
            "meeting": Localized(nl: "overleg", en: "meeting"), "ended": Localized(nl: "einde", en: "ended"),
            "mode": Localized(nl: "karakter", en: "character"),
            "currentMeeting": Localized(nl: "lopend overleg", en: "running meeting"),
        ]
        let found = table[key] ?? Localized(nl: key, en: key)
        if list == nil, path.count > 1, let first = path.first {
            return Localized(nl: first + ": " + found.nl, en: first + ": " + found.en)
        }
        return found
    }

    /// The readable name of a coded value (`tension` → "spanning"), or nil for free text.
    static func valueName(_ value: String, path: [String], list: String?) -> Localized? {
        switch (list, path.last) {
        case ("relations", "kind"): RelationKind(rawValue: value)?.name
        case ("partners", "status"): PartnerStatus(rawValue: value)?.name
        case ("interventions", "status"): InterventionStatus(rawValue: value)?.name
        case ("interventions", "effort"): Effort(rawValue: value)?.name
        case ("meetings", "mode"), ("notes", "mode"): MeetingMode(rawValue: value)?.name
        case ("partners", "current"), ("partners", "desired"): EngagementLevel(rawValue: value)?.name
        default: nil
        }
    }
}

extension JSONValue {
    /// The members of an object; nil for any other value.
    var objectMembers: [String: JSONValue]? {
        guard case .object(let members) = self else { return nil }
        return members
    }

    /// The text of a string; nil for any other value.
    var stringValue: String? {
        guard case .string(let text) = self else { return nil }
        return text
    }
}
