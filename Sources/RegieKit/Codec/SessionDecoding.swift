import Foundation

extension Session {
    /// Reads a session from a parsed document; problems go to `log`, bad fields take defaults.
    init(reading r: ObjectReader) {
        self.init(title: r.string("title"))
        schemaVersion = r.int("schemaVersion", default: Session.currentSchemaVersion)
        language = r.enumeration("language", default: .nl)
        isPublicExport = r.optionalString("disclosure") == "public"
        if let o = r.object("opgave") {
            opgave = Opgave(
                title: o.string("title"), intent: o.string("intent"), whyItMatters: o.string("whyItMatters"),
                successSignals: o.strings("successSignals"))
        }
        if let w = r.object("workForm") {
            workForm = WorkForm(
                kind: w.enumeration("kind", default: .network), steering: SessionMigration.steering(w),
                notes: w.string("notes"))
        }
        if let g = r.object("regisseur") {
            var styles: [RegisseurStyle] = []
            g.forEachItem("styles") { index, value in
                let text = g.tape.kind(value) == .string ? g.tape.string(value) : nil
                guard let text, let style = RegisseurStyle(rawValue: text) else {
                    g.log.add(
                        Messages.unknownValue(
                            text ?? g.tape.value(value).typeName, allowed: RegisseurStyle.allCases.map(\.rawValue)),
                        at: g.path.appending("styles").appending(index))
                    return
                }
                styles.append(style)
            }
            regisseur = Regisseur(name: g.string("name"), styles: styles)
        }
        partners = r.objects("partners", Partner.init(reading:))
        relations = r.objects("relations", Relation.init(reading:))
        perspectives = r.objects("perspectives", Perspective.init(reading:))
        interventions = r.objects("interventions", Intervention.init(reading:))
        meetings = r.objects("meetings", Meeting.init(reading:))
        notes = r.objects("notes", Note.init(reading:))
        actions = r.objects("actions", ActionItem.init(reading:))
        currentMeeting = r.optionalString("currentMeeting").map { Meeting.ID($0) }
        if let reflectionsReader = r.object("reflections") {
            // Sorted, so problems come out in the same order every time.
            for (key, value) in reflectionsReader.members.sorted(by: {
                $0.key.utf8.lexicographicallyPrecedes($1.key.utf8)
            }) {
                let path = reflectionsReader.path.appending(key)
                // Exactly "1"…"7": "01" or "+1" would silently overwrite "1".
                guard let tip = Int(key), (1...7).contains(tip), String(tip) == key else {
                    r.log.add(Messages.unknownValue(key, allowed: (1...7).map(String.init)), at: path)
                    continue
                }
                guard let item = ObjectReader.make(reflectionsReader.tape, value, at: path, log: r.log) else {
                    continue
                }
                var reflection = Reflection(
                    answers: item.answers("answers"), done: item.bool("done", default: false),
                    sharedAnswers: item.answers("sharedAnswers"), discussed: Set(item.strings("discussed")))
                reflection.extra = item.unknownMembers(KnownFields.reflection)
                reflections[tip] = reflection
            }
        }
        readRoundsAndMerges(r)
        extra = r.unknownMembers(KnownFields.session)
    }
}

extension Partner {
    init(reading r: ObjectReader) {
        self.init(id: ID(r.id()), name: r.requiredString("name") ?? "")
        organisation = r.string("organisation")
        sector = r.string("sector")
        chainPosition = r.optionalInt("chainPosition")
        if let s = r.object("scores") {
            for kind in ScoreKind.allCases {
                scores[kind] = s.int(kind.rawValue, range: Scores.range, default: 0)
            }
        }
        if let e = r.object("engagement") {
            engagement = Engagement(
                current: e.enumeration("current", default: .neutral),
                desired: e.enumeration("desired", default: .supportive))
        }
        interests = r.strings("interests")
        values = r.strings("values")
        resources = r.objects("resources") {
            Resource(name: $0.string("name"), replaceable: $0.bool("replaceable", default: true))
        }
        status = r.enumeration("status", default: .active)
        notes = r.string("notes")
        privateNotes = r.string("privateNotes")
        shareScores = r.bool("shareScores", default: false)
        extra = r.unknownMembers(KnownFields.partner)
    }
}

extension Relation {
    init(reading r: ObjectReader) {
        self.init(
            id: ID(r.id()), from: Partner.ID(r.requiredString("from") ?? ""),
            to: Partner.ID(r.requiredString("to") ?? ""), kind: .collaboration)
        if !r.has("kind") {
            r.log.add(
                Messages.missing(
                    Localized(
                        nl: RelationKind.allCases.map(\.rawValue).joined(separator: "/"),
                        en: RelationKind.allCases.map(\.rawValue).joined(separator: "/"))),
                at: r.path.appending("kind"))
        }
        kind = r.enumeration("kind", default: .collaboration)
        strength = r.int("strength", range: Relation.strengthRange, default: 3)
        note = r.string("note")
        trust = r.optionalInt("trust", range: Relation.trustRange)
        extra = r.unknownMembers(KnownFields.relation)
    }
}

extension Perspective {
    init(reading r: ObjectReader) {
        self.init(
            id: ID(r.id()), partner: Partner.ID(r.requiredString("partner") ?? ""), view: r.string("view"),
            rightAbout: r.string("rightAbout"), concerns: r.string("concerns"),
            responsibility: r.string("responsibility"), bridge: r.string("bridge"))
        extra = r.unknownMembers(KnownFields.perspective)
    }
}

extension Intervention {
    init(reading r: ObjectReader) {
        self.init(
            id: ID(r.id()), catalogId: r.optionalString("catalogId"), title: r.string("title"),
            tips: r.tips("tips"), targets: r.strings("targets"), rationale: r.string("rationale"),
            expectedEffect: r.string("expectedEffect"), effort: r.enumeration("effort", default: .medium),
            status: r.enumeration("status", default: .idea), outcome: r.string("outcome"),
            consequences: r.string("consequences"), planned: r.day("planned"), completed: r.day("completed"))
        extra = r.unknownMembers(KnownFields.intervention)
    }
}

extension Meeting {
    init(reading r: ObjectReader) {
        self.init(
            id: ID(r.id()), title: r.string("title"), date: r.requiredDate("date") ?? Date(timeIntervalSince1970: 0),
            attendees: r.strings("attendees").map { Partner.ID($0) }, decisions: r.strings("decisions"),
            mode: r.optionalEnumeration("mode"), ended: r.date("ended"))
        extra = r.unknownMembers(KnownFields.meeting)
    }
}

extension Note {
    init(reading r: ObjectReader) {
        self.init(
            id: ID(r.id()), at: r.requiredDate("at") ?? Date(timeIntervalSince1970: 0), text: r.string("text"),
            links: r.strings("links"), tip: r.optionalTip("tip"),
            meeting: r.optionalString("meeting").map { Meeting.ID($0) }, isPrivate: r.bool("private", default: false),
            mode: r.optionalEnumeration("mode"))
        extra = r.unknownMembers(KnownFields.note)
    }
}

extension ActionItem {
    init(reading r: ObjectReader) {
        self.init(
            id: ID(r.id()), text: r.string("text"), owner: r.optionalString("owner").map { Partner.ID($0) },
            ownerName: r.optionalString("ownerName"), due: r.day("due"), done: r.bool("done", default: false),
            meeting: r.optionalString("meeting").map { Meeting.ID($0) })
        extra = r.unknownMembers(KnownFields.actionItem)
    }
}

extension ObjectReader {
    /// Answer texts per question id, from the object at `key`; absent means none.
    fileprivate func answers(_ key: String) -> [String: String] {
        var answers: [String: String] = [:]
        guard let reader = object(key) else { return answers }
        // Sorted, so problems come out in the same order every time.
        for questionID in reader.members.map(\.key).sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            if let text = reader.optionalString(questionID) { answers[questionID] = text }
        }
        return answers
    }
}
