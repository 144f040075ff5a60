import Foundation
import RegieKit

/// Carries out the file effects in order, on a queue of its own when the environment asks for
/// it, so that encoding and writing a big session never holds up a key. Each result comes back
/// as an action for the run loop to feed to `update`.
///
/// Saves are coalesced: the session is a value, so a save still waiting is simply replaced by
/// the newer one. The fingerprint of what each file held when Regie last read or wrote it lives
/// here, beside the writes that change it.
final class FileWriter: @unchecked Sendable {
    private let environment: WorkbenchEnvironment
    private let queue = DispatchQueue(label: "regie.files")
    private let lock = NSLock()
    // Guarded by `lock`.
    private var results: [Action] = []
    private var waitingSave: SaveJob?
    // Only touched on `queue` (or in line, without background writes).
    private var fingerprints: [String: FileFingerprint] = [:]

    struct SaveJob {
        var session: Session
        var revision: Int
        var path: String
        /// nil for the session's own file; for save-as, whether an existing file may be replaced.
        var overwrite: Bool?
    }

    init(environment: WorkbenchEnvironment, fingerprint: FileFingerprint?, path: String?) {
        self.environment = environment
        if let fingerprint, let path { fingerprints[path] = fingerprint }
    }

    /// Results that came back since the last call, oldest first.
    func takeResults() -> [Action] {
        lock.lock()
        defer { lock.unlock() }
        let taken = results
        results = []
        return taken
    }

    /// Waits until every write asked for so far has finished.
    func drain() {
        if environment.writesInBackground { queue.sync {} }
    }

    func save(_ job: SaveJob) {
        guard job.overwrite == nil else {
            run { self.post(self.write(job)) }
            return
        }
        lock.lock()
        let queued = waitingSave != nil
        waitingSave = job
        lock.unlock()
        // A save of the session's file still waiting for its turn takes the newer session along.
        guard !queued else { return }
        run {
            self.lock.lock()
            let newest = self.waitingSave ?? job
            self.waitingSave = nil
            self.lock.unlock()
            self.post(self.write(newest))
        }
    }

    /// Runs `work` on the queue, or now.
    func run(_ work: @escaping @Sendable () -> Void) {
        if environment.writesInBackground { queue.async(execute: work) } else { work() }
    }

    func post(_ action: Action) {
        lock.lock()
        results.append(action)
        lock.unlock()
    }

    private func write(_ job: SaveJob) -> Action {
        let data = SessionCodec.encode(job.session)
        let result: SaveResult
        do {
            if let overwrite = job.overwrite {
                if !overwrite, environment.fileExists(job.path) {
                    result = .targetExists
                } else {
                    try environment.writeFile(data, job.path)
                    fingerprints[job.path] = FileFingerprint.of(data, at: job.path)
                    result = .saved
                }
            } else {
                switch try environment.saveSession(data, job.path, fingerprints[job.path]) {
                case .saved(let fingerprint):
                    fingerprints[job.path] = fingerprint
                    result = .saved
                case .conflict(let copy):
                    fingerprints[copy] = FileFingerprint.of(data, at: copy)
                    result = .conflict(copy: copy)
                }
            }
        } catch {
            result = .failed(String(describing: error))
        }
        return .saveFinished(path: job.path, at: environment.now(), revision: job.revision, result: result)
    }
}
