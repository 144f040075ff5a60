import Canvas
import Foundation
import RegieKit

/// The run loop: events from the terminal become actions, `update` changes the state and asks
/// for effects, the effects are carried out here (file writes off the key loop), and the state
/// is drawn — only when something changed, so an idle workbench costs nothing.
public final class Workbench {
    public private(set) var state: AppState
    private let terminal: Terminal
    private let environment: WorkbenchEnvironment
    private let files: FileWriter
    private let analyses: AnalysisRunner
    private var lastFrame: Frame?
    private var running = true
    private var needsDraw = true
    /// How many frames were drawn; tests check that an idle loop draws none.
    public private(set) var framesDrawn = 0

    /// - Parameter fingerprint: what the session file held when it was read, so that no save
    ///   replaces changes someone else made since.
    public init(
        state: AppState, terminal: Terminal, environment: WorkbenchEnvironment, fingerprint: FileFingerprint? = nil
    ) {
        self.state = state
        self.terminal = terminal
        self.environment = environment
        self.files = FileWriter(environment: environment, fingerprint: fingerprint, path: state.filePath)
        self.analyses = AnalysisRunner(environment: environment)
        self.state.screenSize = terminal.size
        self.state.now = environment.now()
    }

    /// Runs until the user quits or the process is asked to stop; returns the final state.
    @discardableResult
    public func run() -> AppState {
        drawIfNeeded()
        // A first turn of the clock right after the first frame: what is computed in the
        // background (a big network's layout, the analysis) starts now rather than after the
        // first wait, and does not compete with the first frame for the processor.
        dispatch(.ticked(environment.now()))
        deliverResults()
        drawIfNeeded()
        while running {
            step(terminal.nextEvent(timeoutMilliseconds: environment.tickMilliseconds), draw: false)
            // Keys that are waiting already (a paste, fast typing over a slow link) are taken
            // before the next frame, so a burst costs one frame instead of one per key.
            var burst = 0
            while running, burst < Self.burstLimit, let more = terminal.nextPendingEvent() {
                step(more, draw: false)
                burst += 1
            }
            if running { drawIfNeeded() }
        }
        return state
    }

    /// At most this many waiting events go by without a frame, so the screen keeps up.
    static let burstLimit = 200

    /// One turn of the loop: the event (nil when the wait ran out), the clock, the results of
    /// writes that finished meanwhile, and a frame if anything changed (unless `draw` is false).
    public func step(_ event: InputEvent?, draw: Bool = true) {
        switch event {
        case nil:
            break
        case .key(let key):
            dispatch(.keyPressed(key))
            needsDraw = true
        case .resize(let size):
            dispatch(.resized(size))
            lastFrame = nil
            needsDraw = true
        case .mouse(let mouse):
            handle(mouse)
            needsDraw = true
        case .terminate:
            dispatch(.terminationRequested)
        }
        if running { dispatch(.ticked(environment.now())) }
        deliverResults()
        if running, draw { drawIfNeeded() }
    }

    /// Feeds one action through `update` and carries out the effects it returns.
    public func dispatch(_ action: Action) {
        var pending = update(&state, action, now: environment.now())
        while !pending.isEmpty {
            let effect = pending.removeFirst()
            if let next = perform(effect) {
                pending += update(&state, next, now: environment.now())
            }
        }
    }

    /// Feeds the results of finished writes and analyses to `update`.
    private func deliverResults() {
        var results = files.takeResults() + analyses.takeResults()
        while !results.isEmpty {
            needsDraw = true
            for result in results { dispatch(result) }
            results = files.takeResults() + analyses.takeResults()
        }
    }

    private func perform(_ effect: Effect) -> Action? {
        switch effect {
        case .save(let path):
            files.save(.init(session: state.session, revision: state.revision, path: path, overwrite: nil))
        case .saveAs(let typed, let overwrite):
            let path = environment.resolvePath(typed)
            if let problem = environment.writeProblem(path, state.filePath) {
                return .saveFinished(
                    path: path, at: environment.now(), revision: state.revision,
                    result: .failed(path + ": " + problem(state.language)))
            }
            files.save(.init(session: state.session, revision: state.revision, path: path, overwrite: overwrite))
        case .writeRecovery(let path):
            let session = state.session
            let environment = environment
            files.run { [files] in
                do {
                    try environment.writeFile(SessionCodec.encode(session), path)
                    files.post(.recoveryWritten(error: nil))
                } catch {
                    files.post(.recoveryWritten(error: String(describing: error)))
                }
            }
        case .writeDraft(let path, let draft):
            let environment = environment
            // A draft that cannot be written is no reason to interrupt the typing.
            files.run { try? environment.writeFile(draft.data, path) }
        case .removeFile(let path):
            let environment = environment
            files.run { environment.removeFile(path) }
        case .export(let request, let typed, let overwrite):
            let path = environment.resolvePath(typed)
            if let problem = environment.writeProblem(path, state.filePath) {
                return .exportFinished(request, path: path, result: .failed(path + ": " + problem(state.language)))
            }
            let session = state.session
            // The file reads as the screen does: its language, its clock.
            let options = request.options(language: state.language, timeZone: state.timeZone)
            let environment = environment
            files.run { [files] in
                guard overwrite || !environment.fileExists(path) else {
                    files.post(.exportFinished(request, path: path, result: .targetExists))
                    return
                }
                do {
                    try environment.writeFile(environment.export(session, request.format, options), path)
                    files.post(.exportFinished(request, path: path, result: .written))
                } catch {
                    files.post(
                        .exportFinished(request, path: path, result: .failed(String(describing: error))))
                }
            }
        case .writeEmergencyCopy:
            files.drain()
            return .emergencyCopyWritten(path: writeEmergencyCopy())
        case .takeOverLock:
            environment.takeOverLock()
        case .redraw:
            needsDraw = true
        case .analyze(let session, let key):
            analyses.analyze(session, key: key)
        case .layOut(let source, let previous):
            analyses.layOut(source, previous: previous)
        case .quit:
            // Stop only once every write asked for has landed, and its result has been seen:
            // a failed last save still gets its emergency copy.
            files.drain()
            running = false
            deliverResults()
        }
        return nil
    }

    /// Writes the session into the first folder that takes it; the path, or nil when none did.
    private func writeEmergencyCopy() -> String? {
        let data = SessionCodec.encode(state.session)
        let base = state.filePath.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent } ?? "regie"
        let stamp = Timestamp.string(from: environment.now()).filter(\.isNumber)
        for folder in environment.emergencyFolders {
            let path = URL(fileURLWithPath: folder).appendingPathComponent("\(base).recovered-\(stamp).json").path
            if (try? environment.writeFile(data, path)) != nil { return path }
        }
        return nil
    }

    private func handle(_ mouse: MouseEvent) {
        switch mouse.kind {
        case .press:
            guard let target = lastFrame?.target(at: mouse.position) else { return }
            switch target {
            case .partner(let id): dispatch(.partnerClicked(id))
            case .pane(let pane): dispatch(.paneClicked(pane))
            }
        case .scrollUp:
            if state.modal == nil { dispatch(.commandIssued(.up)) }
        case .scrollDown:
            if state.modal == nil { dispatch(.commandIssued(.down)) }
        case .release:
            break
        }
    }

    private func drawIfNeeded() {
        guard needsDraw else { return }
        needsDraw = false
        let frame = AppView.render(state, size: terminal.size)
        lastFrame = frame
        terminal.render(frame.grid, cursor: frame.cursor)
        framesDrawn += 1
    }
}
