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
    /// False with `--no-autosave`: only a recovery copy is written, saving is left to the user.
    var autosave = true
    /// `--present`: the slides are on the screen from the start.
    var present = false
    /// `--hide-tensions`: the slides leave tension and negotiation lines and relation notes out.
    var hideTensions = false
}

/// Runs the terminal workbench on the session at `path` until the user quits; returns the exit
/// status. The file is read (and checked) here, once; a file that does not exist yet is created
/// on the first save, not before.
/// `opened` is the session at `path` with the fingerprint of its bytes, when the caller has
/// just written and decoded it (`regie demo`), so that it is not read twice.
func runWorkbench(
    path typedPath: String, options: WorkbenchOptions, opened: (Session, FileFingerprint)? = nil
) throws -> Int32 {
    let language = options.language
    // Every path the workbench holds is absolute; the working folder stays out of `update`.
    let path = absolutePath(typedPath)
    let now = Date()
    var session: Session
    var fingerprint: FileFingerprint?
    let exists = opened != nil || SessionFileStore.exists(path)
    if let opened {
        (session, fingerprint) = opened
    } else if exists {
        do {
            // Read under the name the user typed, so that messages name the file as they know it.
            (session, fingerprint) = try SessionFileStore.loadDocument(path: typedPath)
        } catch {
            Console.error(error.report(language))
            return error.kind == .invalid ? 1 : 2
        }
    } else {
        let title = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        session = Session(title: title, language: language)
    }

    var state = AppState(
        session: session, filePath: path, readOnly: options.readOnly, language: language, timeZone: .current)
    state.autosave = options.autosave
    state.presentation.hidesTensions = options.hideTensions
    // Before anything is drawn, so the first frame is already a slide.
    if options.present { Presentation.enter(&state, now: now) }
    if session.isPublicExport {
        // A public export lacks the private assessments; saving it would turn their absence into zeros.
        state.readOnly = true
        state.message = StatusMessage(
            Localized(
                nl: "Publieke export zonder privé-inschattingen: alleen-lezen",
                en: "Public export without private assessments: read-only"), kind: .warning)
    } else if exists, !options.readOnly, SessionFileStore.isWriteProtected(path) {
        state.readOnly = true
        state.message = StatusMessage(
            Localized(
                nl: "Het bestand is schrijfbeveiligd: alleen-lezen (bewaren als… kan wel)",
                en: "The file is write-protected: read-only (save as… still works)"), kind: .warning)
    }

    let lockBox = LockBox()
    if !state.readOnly {
        switch SessionLock.acquire(for: path, now: now) {
        case .acquired(let lock, let replacing):
            lockBox.lock = lock
            if let replacing {
                state.message = StatusMessage(
                    Localized(
                        nl:
                            "Een eerdere Regie (proces \(replacing.pid)) stopte zonder af te sluiten; het bestand is vrijgegeven",
                        en: "An earlier Regie (process \(replacing.pid)) stopped without closing; the file was released"
                    ))
            }
            offerWhatWasLeft(&state, path: path, fileExists: exists)
        case .held(let holder):
            // Its copies and drafts belong to the other Regie: leave them alone.
            Questions.offerReadOnly(&state, holder: holder)
        case .unavailable(let reason):
            state.message = StatusMessage(
                Localized(
                    nl: "Geen slot op het bestand mogelijk (\(reason)); let op andere vensters",
                    en: "Could not lock the file (\(reason)); mind other windows"), kind: .warning)
            offerWhatWasLeft(&state, path: path, fileExists: exists)
        }
    }
    defer { lockBox.lock?.release() }
    // A merge left fields for the user to decide: they are the first thing to see.
    Conflicts.offer(&state)

    let terminal: NcursesTerminal
    do {
        terminal = try NcursesTerminal(options: NcursesOptions(color: options.color, mouse: options.mouse))
    } catch {
        Console.error("regie: \(error)")
        return 2
    }
    let timeZone = state.timeZone
    let environment = WorkbenchEnvironment(
        now: { Date() },
        saveSession: { data, path, expected in
            try SessionFileStore.write(
                data, to: path, expecting: expected,
                conflictPath: { ConflictCopy.path(for: path, at: Date(), timeZone: timeZone) })
        },
        writeFile: { data, path in try AtomicFile.write(data, to: path) },
        fileExists: { SessionFileStore.exists($0) },
        removeFile: { path in unlink(path) },
        export: { session, format, options in Data(format.render(session, options).utf8) },
        writeProblem: { target, session in ExportTarget.problem(writing: target, besides: session) },
        resolvePath: absolutePath,
        takeOverLock: { lockBox.lock = SessionLock.takeOver(for: path, now: Date()) },
        emergencyFolders: emergencyFolders(for: path),
        writesInBackground: true)
    let final = Workbench(state: state, terminal: terminal, environment: environment, fingerprint: fingerprint).run()
    terminal.shutdown()

    // The terminal is back: say where work went that is not in the file itself.
    if let copy = final.emergencyCopy {
        Console.error(
            Localized(
                nl: "\(path) kon niet worden geschreven; uw werk staat in \(copy)",
                en: "\(path) could not be written; your work is in \(copy)")(language))
    } else if final.dirty, !final.readOnly {
        let recovery = RecoveryFile.path(for: path)
        if !final.autosave, SessionFileStore.exists(recovery) {
            Console.error(
                Localized(
                    nl: "Niet bewaarde wijzigingen staan in \(recovery); open \(path) opnieuw om ze te herstellen.",
                    en: "Unsaved changes are kept in \(recovery); open \(path) again to restore them.")(language))
        } else {
            Console.error(
                Localized(
                    nl: "Niet alle wijzigingen konden worden bewaard in \(final.filePath ?? path).",
                    en: "Not every change could be saved to \(final.filePath ?? path).")(language))
        }
    }
    if let current = final.filePath, current != path {
        Console.error(
            Localized(nl: "De sessie staat nu in \(current)", en: "The session is now in \(current)")(language))
    }
    if let signal = terminal.terminationSignal { return 128 + signal }
    return 0
}

/// `path` made absolute against the working folder, with `..` and `.` resolved.
@Sendable private func absolutePath(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.path
}

/// The lock, reachable from the run loop's take-over.
private final class LockBox: @unchecked Sendable {
    var lock: SessionLock?
}

/// What an earlier run left beside the file: the temporary file of a save that was cut off, a
/// recovery copy, drafts of forms. Each is offered with what it holds; nothing is removed
/// before the user answers.
private func offerWhatWasLeft(_ state: inout AppState, path: String, fileExists: Bool) {
    if let leftover = LeftoverFiles.sweep(for: path) {
        Questions.offerCopy(&state, copy: leftover.session, path: leftover.path, made: leftover.modified)
    }
    let recovery = RecoveryFile.path(for: path)
    if SessionFileStore.exists(recovery) {
        if let copy = try? SessionFileStore.load(path: recovery) {
            let made = modificationDate(recovery) ?? Date()
            let before = state.questions.count + (state.modal == nil ? 0 : 1)
            Questions.offerCopy(&state, copy: copy, path: recovery, made: made)
            // A copy identical to the file is of no use any more.
            if state.questions.count + (state.modal == nil ? 0 : 1) == before { unlink(recovery) }
        }
    }
    var taken = Set<String>()
    for draftPath in draftFiles(for: path) {
        taken.insert(draftPath)
        guard let data = FileManager.default.contents(atPath: draftPath), let draft = FormDraft(data: data) else {
            continue
        }
        Questions.offerDraft(&state, draft, path: draftPath)
    }
    // Drafts the user keeps for later keep their names; this run types into a free one.
    var candidate = FormDraft.path(for: path)
    var n = 2
    while taken.contains(candidate) {
        candidate = FormDraft.path(for: path) + "-\(n)"
        n += 1
    }
    state.draftPath = candidate
}

/// `.wijk.json.draft`, `.wijk.json.draft-2`, … beside the session.
private func draftFiles(for path: String) -> [String] {
    let first = FormDraft.path(for: path)
    let url = URL(fileURLWithPath: first)
    let folder = url.deletingLastPathComponent().path
    let name = url.lastPathComponent
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder)) ?? []
    return names.filter { $0 == name || ($0.hasPrefix(name + "-") && Int($0.dropFirst(name.count + 1)) != nil) }
        .sorted().map { URL(fileURLWithPath: folder).appendingPathComponent($0).path }
}

private func modificationDate(_ path: String) -> Date? {
    (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
}

/// Where the work goes when its own folder cannot take it: beside the file, then the home
/// folder, then the temporary folder.
private func emergencyFolders(for path: String) -> [String] {
    var folders = [URL(fileURLWithPath: path).deletingLastPathComponent().path]
    if let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty { folders.append(home) }
    folders.append(NSTemporaryDirectory())
    return folders
}
