import Canvas
import Foundation
import NcursesTerminal
import RegieKit
import RegieUI

/// How the workbench runs, as chosen on the command line.
struct WorkbenchOptions: Equatable, Sendable {
    /// The language of the interface.
    var language: Language
    /// Show the session but never save it.
    var readOnly = false
    /// False with `--no-color` or when `NO_COLOR` is set.
    var color = true
    /// False with `--no-mouse`.
    var mouse = true
    /// False when nothing exists at the path yet: start a new session and create the file on the
    /// first save. When true, the file was checked and holds a valid session.
    var fileExists = true
}

/// Runs the terminal workbench on the session at `path` until the user quits; returns the exit status.
/// The caller has already validated an existing file.
func runWorkbench(path: String, options: WorkbenchOptions) throws -> Int32 {
    let language = options.language
    var session: Session
    if options.fileExists {
        do {
            session = try SessionFileStore.load(path: path)
        } catch {
            Console.error(error.report(language))
            return error.kind == .invalid ? 1 : 2
        }
    } else {
        let title = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        session = Session(title: title, language: language)
        do {
            try SessionFileStore.save(session, to: path)
        } catch {
            Console.error(path + ": " + error.reason)
            return 2
        }
    }

    // A public export lacks the private assessments; saving it would turn their absence into zeros.
    let readOnly = options.readOnly || session.isPublicExport
    var state = AppState(session: session, filePath: path, readOnly: readOnly, language: language)
    if session.isPublicExport {
        state.message = StatusMessage(
            Localized(
                nl: "Publieke export zonder privé-inschattingen: alleen-lezen",
                en: "Public export without private assessments: read-only"), kind: .warning)
    }
    let recoveryPath = RecoveryFile.path(for: path)
    if !readOnly, SessionFileStore.exists(recoveryPath) {
        if let recovered = try? SessionFileStore.load(path: recoveryPath), recovered != session {
            Workbench.offerRecovery(recovered, path: recoveryPath, in: &state)
        } else {
            unlink(recoveryPath)
        }
    }

    let terminal: NcursesTerminal
    do {
        terminal = try NcursesTerminal(options: NcursesOptions(color: options.color, mouse: options.mouse))
    } catch {
        Console.error("regie: \(error)")
        return 2
    }
    let environment = WorkbenchEnvironment(
        now: { Date() },
        writeFile: { data, path in try AtomicFile.write(data, to: path) },
        removeFile: { path in unlink(path) },
        export: { session, format, isPublic, language in
            Data(format.render(session, disclosure: isPublic ? .public : .full, language: language).utf8)
        })
    let final = Workbench(state: state, terminal: terminal, environment: environment).run()
    terminal.shutdown()

    if final.dirty, !final.readOnly, SessionFileStore.exists(recoveryPath) {
        Console.error(
            Localized(
                nl: "Niet bewaarde wijzigingen staan in \(recoveryPath); open \(path) opnieuw om ze te herstellen.",
                en: "Unsaved changes are kept in \(recoveryPath); open \(path) again to restore them.")(language))
    }
    if let signal = terminal.terminationSignal { return 128 + signal }
    return 0
}
