import Canvas
import Foundation
import RegieKit

/// What happened, as the update function sees it.
public enum Action: Sendable {
    /// A key pressed while an overlay, form or filter has the keyboard; otherwise keys arrive as commands.
    case keyPressed(Key)
    case commandIssued(Command)
    case partnerClicked(Partner.ID)
    case paneClicked(Pane)
    case resized(Size)
    /// A clock tick; autosave looks at it.
    case ticked(Date)
    case saveFinished(path: String, at: Date, error: String?)
    case recoveryWritten(error: String?)
    case exportFinished(path: String, error: String?)
    /// SIGTERM or SIGHUP: keep what there is and stop.
    case terminationRequested
}

/// Work for the run loop to carry out; results come back as actions.
public enum Effect: Equatable, Sendable {
    /// Write the session to its file (atomically).
    case save(path: String)
    /// Write the session to the recovery file beside it, so a crash loses little.
    case writeRecovery(path: String)
    case deleteRecovery(path: String)
    case export(ExportFormat, isPublic: Bool, path: String)
    case quit
}

/// The recovery file that autosave writes beside a session file.
public enum RecoveryFile {
    public static func path(for sessionPath: String) -> String {
        let url = URL(fileURLWithPath: sessionPath)
        return url.deletingLastPathComponent().appendingPathComponent("." + url.lastPathComponent + ".autosave").path
    }
}
