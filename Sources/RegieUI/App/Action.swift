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
    /// A clock tick; autosave and drafts look at it.
    case ticked(Date)
    /// A write of the session asked for by `.save` or `.saveAs` ended; `revision` is the
    /// state's edit count that was written.
    case saveFinished(path: String, at: Date, revision: Int, result: SaveResult)
    case recoveryWritten(error: String?)
    case exportFinished(ExportRequest, path: String, result: ExportResult)
    /// SIGTERM, SIGHUP or the end of input (the terminal closed): keep what there is and stop.
    case terminationRequested
    /// Where the work went when it could not be saved into its file while stopping.
    case emergencyCopyWritten(path: String?)
    /// The analysis asked for by `.analyze` is done.
    case insightsComputed(SessionInsights)
    /// The network layout asked for by `.layOut` is done.
    case networkLaidOut(NetworkGraph)
}

/// How a write of the session ended.
public enum SaveResult: Hashable, Sendable {
    case saved
    /// The file changed on disk since Regie read it, so the session went beside it.
    case conflict(copy: String)
    /// Save-as to a file that exists, before the user said it may be replaced.
    case targetExists
    case failed(String)
}

/// How an export ended.
public enum ExportResult: Hashable, Sendable {
    case written
    /// The file exists, and the user has not said yet that it may be replaced.
    case targetExists
    case failed(String)
}

/// Work for the run loop to carry out; results come back as actions.
public enum Effect: Equatable, Sendable {
    /// Write the session to its own file, atomically and never over changes someone else made
    /// (then it goes to a conflict copy). The run loop writes off the key loop.
    case save(path: String)
    /// Write the session to another file; `overwrite` once the user said an existing one may go.
    case saveAs(path: String, overwrite: Bool)
    /// Without autosave: write the session to the recovery file beside it, so a crash loses little.
    case writeRecovery(path: String)
    /// Keep what is typed in the open form beside the session (see `FormDraft`).
    case writeDraft(path: String, FormDraft)
    /// Remove a file Regie wrote beside the session (a recovery copy, a draft, a leftover).
    case removeFile(path: String)
    case export(ExportRequest, path: String, overwrite: Bool)
    /// Stopping and the session could not be written to its file: put it wherever it can go.
    case writeEmergencyCopy
    /// The user said the other Regie holding the lock is gone: take the lock.
    case takeOverLock
    /// Draw a frame although no key was pressed: something on screen changed with time alone
    /// (a running timer). The loop otherwise draws only after input, so an idle screen costs nothing.
    case redraw
    /// Compute the suggestions and the walkthrough's lines for this copy of the session, off
    /// the key loop (`SessionInsights.compute`).
    case analyze(Session, SessionInsights.Key)
    /// Lay out the network of this graph off the key loop, starting from `previous` where it
    /// has positions (`NetworkGraph.laidOut`): a big session's layout takes too long for a key.
    case layOut(NetworkGraph.Source, previous: NetworkGraph?)
    case quit

    public static func == (lhs: Effect, rhs: Effect) -> Bool {
        switch (lhs, rhs) {
        case (.save(let a), .save(let b)): a == b
        case (.saveAs(let a, let x), .saveAs(let b, let y)): a == b && x == y
        case (.writeRecovery(let a), .writeRecovery(let b)): a == b
        case (.writeDraft(let a, let x), .writeDraft(let b, let y)): a == b && x.data == y.data
        case (.removeFile(let a), .removeFile(let b)): a == b
        case (.export(let f, let a, let o), .export(let g, let b, let r)): f == g && a == b && o == r
        case (.analyze(let s, let k), .analyze(let t, let l)): s == t && k == l
        case (.layOut(let a, let x), .layOut(let b, let y)): a == b && x?.partnerIDs == y?.partnerIDs
        case (.writeEmergencyCopy, .writeEmergencyCopy), (.takeOverLock, .takeOverLock), (.redraw, .redraw),
            (.quit, .quit):
            true
        default: false
        }
    }
}

/// The recovery file that autosave writes beside a session file when it may not write the file itself.
public enum RecoveryFile {
    public static func path(for sessionPath: String) -> String {
        PathText.sibling(of: sessionPath, named: "." + PathText.lastComponent(sessionPath) + ".autosave")
    }
}
