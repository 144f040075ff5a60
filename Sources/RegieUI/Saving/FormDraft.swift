import Foundation
import RegieKit

/// What the user had typed into an open form, kept beside the session file while they type
/// (`.wijk.json.draft`), so that a kill, a closed terminal or a crash loses at most the last
/// seconds of a note; the next start offers the form back.
public struct FormDraft: Sendable {
    public var kind: Form.Kind
    /// The value of each field, by field id.
    public var values: [String: JSONValue]
    /// Ids the form is about that are not fields (the links of a new note).
    public var context: [String]
    /// When the form was last typed in.
    public var at: Date

    /// The draft of `form` as it is now.
    public init(_ form: Form, at: Date) {
        kind = form.kind
        context = form.context
        self.at = at
        var values: [String: JSONValue] = [:]
        for field in form.fields {
            switch field.value {
            case .text(let editor): values[field.id] = .string(editor.text)
            case .score(let value, _): values[field.id] = .int(value)
            case .choice(let options, let index):
                if options.indices.contains(index) { values[field.id] = .string(options[index].id) }
            case .toggle(let on): values[field.id] = .bool(on)
            case .multiChoice(let options, let selected, _):
                values[field.id] = .array(options.map(\.id).filter(selected.contains).map(JSONValue.string))
            case .list(let list): values[field.id] = .array(list.chosen.map(JSONValue.string))
            case .info: break
            }
        }
        self.values = values
    }

    /// `form` with the draft's values put back into the fields that still exist; the form is
    /// marked as touched, so `Esc` asks before throwing the restored text away.
    public func applied(to form: Form) -> Form {
        var form = form
        for index in form.fields.indices {
            guard let value = values[form.fields[index].id] else { continue }
            switch (form.fields[index].value, value) {
            case (.text(var editor), .string(let text)):
                editor = LineEditor(text, multiline: editor.multiline)
                form.fields[index].value = .text(editor)
            case (.score(_, let range), .int(let number)) where range.contains(number):
                form.fields[index].value = .score(number, range: range)
            case (.choice(let options, let old), .string(let id)):
                form.fields[index].value = .choice(options, index: options.firstIndex { $0.id == id } ?? old)
            case (.toggle, .bool(let on)):
                form.fields[index].value = .toggle(on)
            case (.multiChoice(let options, _, let highlighted), .array(let ids)):
                let chosen = Set(ids.compactMap { if case .string(let id) = $0 { id } else { nil } })
                form.fields[index].value = .multiChoice(
                    options, selected: chosen.intersection(options.map(\.id)), highlighted: highlighted)
            case (.list(var list), .array(let ids)):
                list.setChosen(ids.compactMap { if case .string(let id) = $0 { id } else { nil } })
                form.fields[index].value = .list(list)
            default:
                continue
            }
        }
        if !context.isEmpty { form.context = context }
        form.touched = true
        return form
    }

    /// Where the draft of the session at `sessionPath` is kept.
    public static func path(for sessionPath: String) -> String {
        PathText.sibling(of: sessionPath, named: "." + PathText.lastComponent(sessionPath) + ".draft")
    }

    // MARK: - File

    /// The draft as a small JSON file.
    public var data: Data {
        let (name, ids) = kind.code
        let json = JSONValue.object([
            "form": .string(name), "ids": .array(ids.map(JSONValue.string)), "values": .object(values),
            "context": .array(context.map(JSONValue.string)), "at": .string(Timestamp.string(from: at)),
        ])
        return Data(CanonicalJSON.string(json).utf8)
    }

    /// The draft in `data`, or nil when it is not one (a broken or foreign file is never applied).
    public init?(data: Data) {
        guard data.count < 4 << 20, let document = try? JSONParser.parse(Array(data)),
            case .object(let members) = document.value,
            case .string(let name)? = members["form"], case .array(let idValues)? = members["ids"],
            case .object(let values)? = members["values"],
            case .string(let stamp)? = members["at"], let at = Timestamp.date(from: stamp)
        else { return nil }
        let ids = idValues.compactMap { if case .string(let id) = $0 { id } else { nil } }
        guard ids.count == idValues.count, let kind = Form.Kind(code: name, ids: ids) else { return nil }
        self.kind = kind
        self.values = values
        self.at = at
        if case .array(let context)? = members["context"] {
            self.context = context.compactMap { if case .string(let id) = $0 { id } else { nil } }
        } else {
            self.context = []
        }
    }
}

extension Form.Kind {
    /// A name and the ids it carries, for the draft file.
    var code: (String, [String]) {
        switch self {
        case .addPartner: ("addPartner", [])
        case .editPartner(let id): ("editPartner", [id.rawValue])
        case .letGo(let id): ("letGo", [id.rawValue])
        case .addRelation(let from, let to): ("addRelation", [from.rawValue, to.rawValue])
        case .editRelation(let id): ("editRelation", [id.rawValue])
        case .editPerspective(let id): ("editPerspective", [id.rawValue])
        case .addIntervention: ("addIntervention", [])
        case .editIntervention(let id): ("editIntervention", [id.rawValue])
        case .addNote: ("addNote", [])
        case .editNote(let id): ("editNote", [id.rawValue])
        case .addMeeting: ("addMeeting", [])
        case .editMeeting(let id): ("editMeeting", [id.rawValue])
        case .addAction: ("addAction", [])
        case .editAction(let id): ("editAction", [id.rawValue])
        case .startMeeting: ("startMeeting", [])
        case .quickNote: ("quickNote", [])
        case .addDecision(let id): ("addDecision", [id.rawValue])
        case .markMoment(let mode): ("markMoment", [mode.rawValue])
        case .answer(let tip, let question): ("answer", [String(tip), question])
        case .editOpgave: ("editOpgave", [])
        case .recordRound: ("recordRound", [])
        case .saveAs: ("saveAs", [])
        case .export(let request):
            (
                "export",
                [request.format.rawValue, String(request.isPublic), request.table.rawValue]
                    + (request.meeting.map { [$0.rawValue] } ?? [])
            )
        }
    }

    init?(code: String, ids: [String]) {
        switch (code, ids.count) {
        case ("addPartner", 0): self = .addPartner
        case ("editPartner", 1): self = .editPartner(Partner.ID(ids[0]))
        case ("letGo", 1): self = .letGo(Partner.ID(ids[0]))
        case ("addRelation", 2): self = .addRelation(from: Partner.ID(ids[0]), to: Partner.ID(ids[1]))
        case ("editRelation", 1): self = .editRelation(Relation.ID(ids[0]))
        case ("editPerspective", 1): self = .editPerspective(Partner.ID(ids[0]))
        case ("addIntervention", 0): self = .addIntervention
        case ("editIntervention", 1): self = .editIntervention(Intervention.ID(ids[0]))
        case ("addNote", 0): self = .addNote
        case ("editNote", 1): self = .editNote(Note.ID(ids[0]))
        case ("addMeeting", 0): self = .addMeeting
        case ("editMeeting", 1): self = .editMeeting(Meeting.ID(ids[0]))
        case ("addAction", 0): self = .addAction
        case ("editAction", 1): self = .editAction(ActionItem.ID(ids[0]))
        case ("startMeeting", 0): self = .startMeeting
        case ("quickNote", 0): self = .quickNote
        case ("addDecision", 1): self = .addDecision(Meeting.ID(ids[0]))
        case ("markMoment", 1):
            guard let mode = MeetingMode(rawValue: ids[0]) else { return nil }
            self = .markMoment(mode)
        case ("answer", 2):
            guard let tip = Int(ids[0]) else { return nil }
            self = .answer(tip: tip, question: ids[1])
        case ("editOpgave", 0): self = .editOpgave
        case ("recordRound", 0): self = .recordRound
        case ("saveAs", 0): self = .saveAs
        default: return nil
        }
    }
}
