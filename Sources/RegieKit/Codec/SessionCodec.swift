import Foundation

/// Turns session files into sessions and back, in the one canonical form.
public enum SessionCodec {
    /// Files larger than this are refused before they are read into memory.
    public static let maxFileBytes = 64 << 20

    /// The canonical bytes of `session`.
    public static func encode(_ session: Session, disclosure: Disclosure = .full) -> Data {
        Data(session.canonicalBytes(disclosure))
    }

    /// Reads a session; throws every problem found (with paths and lines), never a partial session.
    public static func decode(_ data: Data) throws(SessionDecodingError) -> Session {
        if data.count > maxFileBytes {
            throw SessionDecodingError(problems: [
                SessionProblem(path: nil, line: nil, message: Messages.fileTooLarge(data.count, limit: maxFileBytes))
            ])
        }
        let document: JSONParser.Document
        do {
            document = try JSONParser.parse(data)
        } catch {
            let where_ = Localized(nl: "kolom \(error.column): ", en: "column \(error.column): ")
            throw SessionDecodingError(problems: [
                SessionProblem(
                    path: nil, line: error.line,
                    message: Localized(nl: where_.nl + error.message.nl, en: where_.en + error.message.en))
            ])
        }
        let log = ProblemLog(document: document)
        // The readers borrow the file's bytes, so the whole reading happens inside this call.
        let read: Session? = document.read { tape in
            guard let root = ObjectReader.make(tape, 0, at: .root, log: log) else { return nil }
            let version = root.optionalInt("schemaVersion") ?? 0
            if version > Session.currentSchemaVersion {
                log.add(
                    Messages.futureSchema(version, supported: Session.currentSchemaVersion),
                    at: .root.appending("schemaVersion"))
                return nil
            }
            return SessionMigration.migrate(root, from: version, Session.init(reading:))
        }
        guard var session = read else { throw SessionDecodingError(problems: log.problems) }
        session.schemaVersion = Session.currentSchemaVersion
        SessionValidator.check(session, log: log)
        if !log.isEmpty { throw SessionDecodingError(problems: log.problems) }
        return session
    }
}

/// The problems that kept a document from being read as a session.
public struct SessionDecodingError: Error, Sendable {
    public var problems: [SessionProblem]
}

/// Brings documents written by older versions up to the current schema.
enum SessionMigration {
    /// What `read` makes of the document, brought from `version` up to the current schema one
    /// step at a time, oldest first. A step hands its result on rather than returning it: a
    /// changed document is read from a tape that lives only for the call.
    static func migrate<Result>(
        _ reader: ObjectReader, from version: Int, _ read: (ObjectReader) -> Result
    ) -> Result {
        func fromOne(_ reader: ObjectReader) -> Result { read(version < 2 ? fromVersion1(reader) : reader) }
        return version < 1 ? fromVersion0(reader, fromOne) : fromOne(reader)
    }

    /// Version 2 added assessment rounds, assessors' sheets, merge conflicts and the assessor's
    /// mark, all optional; a version 1 file holds none of them and reads as it is. The version
    /// changed so that an older Regie refuses a file whose rounds or conflicts it cannot show,
    /// rather than open it and let the user save over unresolved conflicts unseen.
    static func fromVersion1(_ reader: ObjectReader) -> ObjectReader { reader }

    /// Version 0 files (before `schemaVersion` existed) named the walkthrough `walkthrough` and
    /// the opgave's reason `why`; everything else is the same.
    static func fromVersion0<Result>(_ reader: ObjectReader, _ read: (ObjectReader) -> Result) -> Result {
        guard case .object(var members) = reader.value else { return read(reader) }
        let root = reader.path
        if members["reflections"] == nil, let old = members["walkthrough"] {
            members["reflections"] = old
            members["walkthrough"] = nil
            reader.log.alias(root.appending("walkthrough"), as: root.appending("reflections"))
        }
        if case .object(var opgave)? = members["opgave"], opgave["whyItMatters"] == nil, let why = opgave["why"] {
            opgave["whyItMatters"] = why
            opgave["why"] = nil
            members["opgave"] = .object(opgave)
            let path = root.appending("opgave")
            reader.log.alias(path.appending("why"), as: path.appending("whyItMatters"))
        }
        // The changed document is read from a tape of its own; lines still come from the file.
        return ObjectReader.reading(.object(members), at: reader.path, log: reader.log) { read($0 ?? reader) }
    }

    /// The steering set-up of a `workForm` object: `holdsBudget` and `lineAuthority` (both false
    /// when absent). Files written before those fields existed carry one `steering` name instead;
    /// it is read when neither field is there: `hierarchical` held both, `contractual` steered by
    /// agreements paid from the budget, `regie` and `facilitating` held neither.
    static func steering(_ workForm: ObjectReader) -> SteeringVariant {
        if workForm.has("holdsBudget") || workForm.has("lineAuthority") {
            return SteeringVariant(
                holdsBudget: workForm.bool("holdsBudget", default: false),
                lineAuthority: workForm.bool("lineAuthority", default: false))
        }
        let legacy: LegacySteering = workForm.enumeration("steering", default: .regie)
        return legacy.setUp
    }
}

/// The steering names of files written before the set-up was split into budget and line authority.
enum LegacySteering: String, CaseIterable {
    case hierarchical, regie, facilitating, contractual

    var setUp: SteeringVariant {
        switch self {
        case .hierarchical: .hierarchical
        case .contractual: .budget
        case .regie, .facilitating: .regie
        }
    }
}
