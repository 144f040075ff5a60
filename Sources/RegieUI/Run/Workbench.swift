import Canvas
import Foundation
import RegieKit

/// The run loop: events from the terminal become actions, `update` changes the state and asks
/// for effects, the effects are carried out here, and the new state is drawn.
public final class Workbench {
    public private(set) var state: AppState
    private let terminal: Terminal
    private let environment: WorkbenchEnvironment
    private var lastFrame: Frame?
    private var running = true

    public init(state: AppState, terminal: Terminal, environment: WorkbenchEnvironment) {
        self.state = state
        self.terminal = terminal
        self.environment = environment
    }

    /// Offers to restore a recovery file that autosave left behind after a crash.
    public static func offerRecovery(_ recovered: Session, path: String, in state: inout AppState) {
        state.pendingRecovery = recovered
        state.modal = .confirm(
            Confirmation(
                subject: .restoreRecovery(path: path),
                question: L(
                    "Er is een automatisch bewaarde versie met wijzigingen die niet bewaard zijn (het programma stopte onverwacht). Herstellen?",
                    "There is an autosaved version with changes that were never saved (the program stopped unexpectedly). Restore it?"
                )))
    }

    /// Runs until the user quits or the process is asked to stop; returns the final state.
    @discardableResult
    public func run() -> AppState {
        draw()
        while running {
            let event = terminal.nextEvent(timeoutMilliseconds: environment.tickMilliseconds)
            switch event {
            case nil:
                break
            case .key(let key):
                dispatch(.keyPressed(key))
            case .resize(let size):
                dispatch(.resized(size))
            case .mouse(let mouse):
                handle(mouse)
            case .terminate:
                dispatch(.terminationRequested)
            }
            if running { dispatch(.ticked(environment.now())) }
            if running { draw() }
        }
        return state
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

    private func perform(_ effect: Effect) -> Action? {
        switch effect {
        case .save(let path):
            do {
                try environment.writeFile(SessionCodec.encode(state.session), path)
                return .saveFinished(path: path, at: environment.now(), error: nil)
            } catch {
                return .saveFinished(path: path, at: environment.now(), error: String(describing: error))
            }
        case .writeRecovery(let path):
            do {
                try environment.writeFile(SessionCodec.encode(state.session), path)
                return .recoveryWritten(error: nil)
            } catch {
                return .recoveryWritten(error: String(describing: error))
            }
        case .deleteRecovery(let path):
            environment.removeFile(path)
            return nil
        case .export(let format, let isPublic, let path):
            let data = environment.export(state.session, format, isPublic, state.language)
            do {
                try environment.writeFile(data, path)
                return .exportFinished(path: path, error: nil)
            } catch {
                return .exportFinished(path: path, error: String(describing: error))
            }
        case .quit:
            running = false
            return nil
        }
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

    private func draw() {
        let frame = AppView.render(state, size: terminal.size)
        lastFrame = frame
        terminal.render(frame.grid, cursor: frame.cursor)
    }
}
