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
    static func exportForm(_ state: AppState, _ request: ExportRequest) -> Form {
        let base = state.filePath.map(PathText.deletingExtension) ?? "sessie"
        let ending = request.fileNamePart + "." + request.format.fileExtension
        var suggested = base + (request.isPublic ? ".public" : "") + ending
        // A json export named after its session would be the session file itself.
        if suggested == state.filePath { suggested = base + ".export" + ending }
        let meetingTitle = request.meeting.flatMap { id in state.session.meetings.first { $0.id == id }?.title }
        let what = request.title(meetingTitle: meetingTitle)
        return Form(
            kind: .export(request),
            title: request.isPublic
                ? L("Publiek exporteren: \(what.nl)", "Public export: \(what.en)")
                : L("Exporteren: \(what.nl)", "Export: \(what.en)"),
            fields: [
                Fields.text(
                    Field.path, L("Bestand", "File"), suggested,
                    hint: L(
                        "Een bestaand bestand wordt pas na een vraag overschreven",
                        "An existing file is replaced only after asking"))
            ])
    }

    /// Opens the export of the minutes of the meeting selected in pane 4's list of meetings;
    /// says where to choose one when none is.
    static func exportSelectedMinutes(_ state: inout AppState, isPublic: Bool) {
        let meetings = state.shown.meetings
        guard state.notesSection == .meetings, meetings.indices.contains(state.selectedMeeting) else {
            state.message = StatusMessage(
                L(
                    "Kies eerst een overleg: paneel 4, de lijst met overleggen",
                    "Choose a meeting first: pane 4, the list of meetings"),
                kind: .warning)
            return
        }
        let request = ExportRequest(.markdown, isPublic: isPublic, meeting: meetings[state.selectedMeeting].id)
        openForm(&state, exportForm(state, request))
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

    static func submitExport(_ state: inout AppState, _ form: Form, _ request: ExportRequest) throws(FormRefusal)
        -> [Effect]
    {
        let path = form.trimmed(Field.path)
        guard !path.isEmpty else { throw FormRefusal(L("Geef een bestandsnaam", "Enter a file name")) }
        state.modal = nil
        return [.export(request, path: path, overwrite: false)]
    }
}
