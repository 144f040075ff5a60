import Foundation

// The one definition of what a session file holds, written to any `JSONWriter`: the tree for
// merging and diffing, the canonical bytes for saving. Members are written in canonical order
// (keys ascending by UTF-8 bytes); optional fields that are nil stay absent.

extension Session {
    /// The session as a JSON value, with or without its private fields.
    public func json(_ requested: Disclosure = .full) -> JSONValue {
        var writer = JSONTreeWriter()
        write(requested, to: &writer)
        return writer.result ?? .object([:])
    }

    /// The canonical bytes of the session, written without building the tree.
    func canonicalBytes(_ requested: Disclosure = .full) -> [UInt8] {
        var writer = CanonicalByteWriter(reservingCapacity: 1 << 16)
        write(requested, to: &writer)
        var bytes = writer.bytes
        bytes.append(UInt8(ascii: "\n"))
        return bytes
    }

    func write<W: JSONWriter>(_ requested: Disclosure, to w: inout W) {
        // A public export stays public: writing it in full would turn absent assessments into zeros.
        disclosed(requested).writeAsShown(to: &w)
    }

    /// Writes what this session holds; a public view (see `disclosed`) leaves out the fields that
    /// `showsAssessment(of:)` withholds, rather than writing them as zeros.
    private func writeAsShown<W: JSONWriter>(to w: inout W) {
        let disclosure: Disclosure = isPublicExport ? .public : .full
        // Rounds, sheets and conflicts are written as trees (they are small and mostly absent),
        // in their canonical places among the members; the members a file brought that this
        // version does not know go where no member of that name is written.
        let kept = disclosure == .full ? extra.merging(roundsAndMergesMembers) { $1 } : [:]
        w.object(extras: kept) { w in
            w.array("actions", actions) { w, action in action.write(disclosure, to: &w) }
            w.field("currentMeeting", currentMeeting?.rawValue)
            if disclosure == .public { w.field("disclosure", "public") }
            w.array("interventions", interventions) { w, intervention in intervention.write(disclosure, to: &w) }
            w.field("language", language.rawValue)
            w.array("meetings", meetings) { w, meeting in meeting.write(disclosure, to: &w) }
            w.array("notes", notes) { w, note in note.write(disclosure, to: &w) }
            w.object("opgave") { w in
                w.field("intent", opgave.intent)
                w.field("successSignals", opgave.successSignals)
                w.field("title", opgave.title)
                w.field("whyItMatters", opgave.whyItMatters)
            }
            w.array("partners", partners) { w, partner in
                partner.write(showsAssessment(of: partner), disclosure, to: &w)
            }
            w.array("perspectives", perspectives) { w, perspective in perspective.write(disclosure, to: &w) }
            writeReflections(disclosure, to: &w)
            w.object("regisseur") { w in
                w.field("name", regisseur.name)
                w.field("styles", regisseur.styles.map(\.rawValue))
            }
            w.array("relations", relations) { w, relation in relation.write(disclosure, to: &w) }
            w.field("schemaVersion", schemaVersion)
            w.field("title", title)
            w.object("workForm") { w in
                w.field("holdsBudget", workForm.steering.holdsBudget)
                w.field("kind", workForm.kind.rawValue)
                w.field("lineAuthority", workForm.steering.lineAuthority)
                w.field("notes", workForm.notes)
            }
        }
    }

    private func writeReflections<W: JSONWriter>(_ disclosure: Disclosure, to w: inout W) {
        // A public file carries only what a group said in the room; without it, no reflections at all.
        let shown =
            disclosure == .full
            ? reflections : reflections.filter { !$0.value.sharedAnswers.isEmpty || !$0.value.discussed.isEmpty }
        if disclosure == .public && shown.isEmpty { return }
        let ordered = shown.map { (String($0.key), $0.value) }.sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
        w.object("reflections") { w in
            for (tip, reflection) in ordered {
                w.key(tip)
                reflection.write(disclosure, to: &w)
            }
        }
    }
}

extension Reflection {
    /// The regisseur's own answers only in full; shared answers and discussed questions only when
    /// there are any, so files without them keep their bytes.
    fileprivate func write<W: JSONWriter>(_ disclosure: Disclosure, to w: inout W) {
        w.object(extras: disclosure == .full ? extra : [:]) { w in
            if disclosure == .full { w.field("answers", answers) }
            if !discussed.isEmpty {
                w.field("discussed", discussed.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
            }
            w.field("done", done)
            if !sharedAnswers.isEmpty { w.field("sharedAnswers", sharedAnswers) }
        }
    }
}

extension Partner {
    /// The score kinds in canonical order.
    private static let scoreKinds = ScoreKind.allCases.sorted {
        $0.rawValue.utf8.lexicographicallyPrecedes($1.rawValue.utf8)
    }

    fileprivate func write<W: JSONWriter>(_ showsAssessment: Bool, _ disclosure: Disclosure, to w: inout W) {
        w.object(extras: disclosure == .full ? extra : [:]) { w in
            w.field("chainPosition", chainPosition)
            if showsAssessment {
                w.object("engagement") { w in
                    w.field("current", engagement.current.rawValue)
                    w.field("desired", engagement.desired.rawValue)
                }
            }
            w.field("id", id.rawValue)
            if showsAssessment { w.field("interests", interests) }
            w.field("name", name)
            w.field("notes", notes)
            w.field("organisation", organisation)
            if disclosure == .full { w.field("privateNotes", privateNotes) }
            if showsAssessment {
                w.array("resources", resources) { w, resource in
                    w.object(extras: [:]) { w in
                        w.field("name", resource.name)
                        w.field("replaceable", resource.replaceable)
                    }
                }
                w.object("scores") { w in
                    for kind in Self.scoreKinds { w.field(kind.rawValue, scores[kind]) }
                }
            }
            w.field("sector", sector)
            w.field("shareScores", shareScores)
            w.field("status", status.rawValue)
            if showsAssessment { w.field("values", values) }
        }
    }
}

extension Relation {
    fileprivate func write<W: JSONWriter>(_ disclosure: Disclosure, to w: inout W) {
        w.object(extras: disclosure == .full ? extra : [:]) { w in
            w.field("from", from.rawValue)
            w.field("id", id.rawValue)
            w.field("kind", kind.rawValue)
            w.field("note", note)
            w.field("strength", strength)
            w.field("to", to.rawValue)
            w.field("trust", trust)
        }
    }
}

extension Perspective {
    fileprivate func write<W: JSONWriter>(_ disclosure: Disclosure, to w: inout W) {
        w.object(extras: disclosure == .full ? extra : [:]) { w in
            w.field("bridge", bridge)
            w.field("concerns", concerns)
            w.field("id", id.rawValue)
            w.field("partner", partner.rawValue)
            w.field("responsibility", responsibility)
            w.field("rightAbout", rightAbout)
            w.field("view", view)
        }
    }
}

extension Intervention {
    fileprivate func write<W: JSONWriter>(_ disclosure: Disclosure, to w: inout W) {
        w.object(extras: disclosure == .full ? extra : [:]) { w in
            w.field("catalogId", catalogId)
            w.field("completed", completed?.description)
            w.field("consequences", consequences)
            w.field("effort", effort.rawValue)
            w.field("expectedEffect", expectedEffect)
            w.field("id", id.rawValue)
            w.field("outcome", outcome)
            w.field("planned", planned?.description)
            w.field("rationale", rationale)
            w.field("status", status.rawValue)
            w.field("targets", targets)
            w.field("tips", tips)
            w.field("title", title)
        }
    }
}

extension Meeting {
    fileprivate func write<W: JSONWriter>(_ disclosure: Disclosure, to w: inout W) {
        w.object(extras: disclosure == .full ? extra : [:]) { w in
            w.field("attendees", attendees.map(\.rawValue))
            w.field("date", Timestamp.string(from: date))
            w.field("decisions", decisions)
            w.field("ended", ended.map { Timestamp.string(from: $0) })
            w.field("id", id.rawValue)
            w.field("mode", mode?.rawValue)
            w.field("title", title)
        }
    }
}

extension Note {
    fileprivate func write<W: JSONWriter>(_ disclosure: Disclosure, to w: inout W) {
        w.object(extras: disclosure == .full ? extra : [:]) { w in
            w.field("at", Timestamp.string(from: at))
            w.field("id", id.rawValue)
            w.field("links", links)
            w.field("meeting", meeting?.rawValue)
            w.field("mode", mode?.rawValue)
            w.field("private", isPrivate)
            w.field("text", text)
            w.field("tip", tip)
        }
    }
}

extension ActionItem {
    fileprivate func write<W: JSONWriter>(_ disclosure: Disclosure, to w: inout W) {
        w.object(extras: disclosure == .full ? extra : [:]) { w in
            w.field("done", done)
            w.field("due", due?.description)
            w.field("id", id.rawValue)
            w.field("meeting", meeting?.rawValue)
            w.field("owner", owner?.rawValue)
            w.field("ownerName", ownerName)
            w.field("text", text)
        }
    }
}
