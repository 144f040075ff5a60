import Canvas
import Foundation
import RegieKit

/// Merge conflicts recorded in the session (by `regie merge-driver` or `regie merge`): shown when
/// the workbench opens, each resolved with one key for the side to keep.
public enum Conflicts {
    /// Opens the conflicts overlay when the session has any and nothing else is asking first.
    public static func offer(_ state: inout AppState) {
        guard !state.session.conflicts.isEmpty, !state.presenting else { return }
        if state.modal == nil {
            state.modal = .conflicts(selected: 0)
        } else {
            state.message = remaining(state)
        }
    }

    /// The palette's "resolve conflicts".
    static func open(_ state: inout AppState) {
        guard !state.presenting else { return }
        guard !state.session.conflicts.isEmpty else {
            state.message = StatusMessage(L("Geen conflicten", "No conflicts"))
            return
        }
        state.modal = .conflicts(selected: 0)
    }

    static func key(_ state: inout AppState, selected: Int, _ key: Key, now: Date) {
        let conflicts = state.session.conflicts
        switch key {
        case .escape, .ctrl("c"), .character("q"):
            state.modal = nil
            state.message = remaining(state)
        case .up, .character("k"):
            state.modal = .conflicts(selected: max(0, selected - 1))
        case .down, .character("j"):
            state.modal = .conflicts(selected: min(conflicts.count - 1, selected + 1))
        case .character("1"), .character("2"):
            guard conflicts.indices.contains(selected) else { return }
            guard !state.readOnly else { return readOnly(&state) }
            let conflict = conflicts[selected]
            let choice: ConflictChoice = key == .character("1") ? .ours : .theirs
            var refusal: SessionDecodingError?
            _ = edit(&state, now: now) { session in
                do throws(SessionDecodingError) {
                    session = try session.resolving(conflict.id, with: choice)
                } catch {
                    refusal = error
                }
            }
            if let refusal {
                state.message = StatusMessage(
                    L(
                        "Die keuze past niet meer in de sessie: \(refusal.problems.first?.message.nl ?? "")",
                        "That choice no longer fits the session: \(refusal.problems.first?.message.en ?? "")"),
                    kind: .error)
                return
            }
            let side = choice == .ours ? conflict.ours : conflict.theirs
            let left = state.session.conflicts.count
            if left == 0 {
                state.modal = nil
                state.message = StatusMessage(
                    L(
                        "Alle conflicten opgelost (u maakt ongedaan); in git: git add en commit",
                        "Every conflict resolved (u undoes); in git: git add and commit"))
            } else {
                state.modal = .conflicts(selected: min(selected, left - 1))
                state.message = StatusMessage(
                    L("Gekozen: \(side.name) — nog \(left) open", "Chose \(side.name) — \(left) still open"))
            }
        default:
            break
        }
    }

    private static func remaining(_ state: AppState) -> StatusMessage? {
        let count = state.session.conflicts.count
        guard count > 0 else { return nil }
        return StatusMessage(
            L(
                "\(count) open conflict(en) uit een samenvoeging — :conflicten lost ze op",
                "\(count) open conflict(s) from a merge — :conflicts resolves them"), kind: .warning)
    }
}
