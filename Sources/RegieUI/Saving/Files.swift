import Foundation
import RegieKit

/// Save-as and exports from the workbench: the user names the file, and nothing that exists is
/// replaced without a question (see `Confirmation.Subject.overwrite`).
enum Files {
    enum Field: String, FieldKey {
        case path
    }

    static func saveAsForm(_ state: AppState) -> Form {
        Form(
            kind: .saveAs,
            title: L("Bewaren als", "Save as"),
            fields: [Fields.text(Field.path, L("Bestand", "File"), state.filePath ?? "sessie.json")])
    }

    /// Where an export goes: beside the session, named after it, unless the user types another name.
    static func exportForm(_ state: AppState, _ format: ExportFormat, isPublic: Bool) -> Form {
        let base = state.filePath.map(PathText.deletingExtension) ?? "sessie"
        var suggested = base + (isPublic ? ".public" : "") + "." + format.fileExtension
        // A json export named after its session would be the session file itself.
        if suggested == state.filePath { suggested = base + ".export." + format.fileExtension }
        return Form(
            kind: .export(format, isPublic: isPublic),
            title: isPublic
                ? L("Publiek exporteren: \(format.title.nl)", "Public export: \(format.title.en)")
                : L("Exporteren: \(format.title.nl)", "Export: \(format.title.en)"),
            fields: [
                Fields.text(
                    Field.path, L("Bestand", "File"), suggested,
                    hint: L(
                        "Een bestaand bestand wordt pas na een vraag overschreven",
                        "An existing file is replaced only after asking"))
            ])
    }

    static func submitSaveAs(_ state: inout AppState, _ form: Form) throws(FormRefusal) -> [Effect] {
        let path = form.trimmed(Field.path)
        guard !path.isEmpty else { throw FormRefusal(L("Geef een bestandsnaam", "Enter a file name")) }
        state.modal = nil
        // The session keeps its path until the new file is written: a mistyped folder must not
        // become the place every later save fails to reach.
        if path == state.filePath, !state.readOnly { return Saving.save(&state) }
        state.saving = true
        state.announceSave = true
        return [.saveAs(path: path, overwrite: false)]
    }

    static func submitExport(_ state: inout AppState, _ form: Form, _ format: ExportFormat, isPublic: Bool)
        throws(FormRefusal) -> [Effect]
    {
        let path = form.trimmed(Field.path)
        guard !path.isEmpty else { throw FormRefusal(L("Geef een bestandsnaam", "Enter a file name")) }
        state.modal = nil
        return [.export(format, isPublic: isPublic, path: path, overwrite: false)]
    }
}
