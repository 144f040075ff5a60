import Foundation
import RegieKit

/// Computes the session's insights (`Effect.analyze`) and a big network's layout
/// (`Effect.layOut`) on queues of their own, apart from the file writes, so that seconds of
/// ranking on a big session neither hold up a key nor delay a save, and the layout does not
/// wait for the ranking. Results come back as actions for the run loop to feed to `update`,
/// which drops those that describe an older version of the session.
final class AnalysisRunner: @unchecked Sendable {
    private let environment: WorkbenchEnvironment
    private let queue = DispatchQueue(label: "regie.analysis", qos: .utility)
    private let layoutQueue = DispatchQueue(label: "regie.layout", qos: .userInitiated)
    private let lock = NSLock()
    // Guarded by `lock`.
    private var results: [Action] = []

    init(environment: WorkbenchEnvironment) {
        self.environment = environment
    }

    func analyze(_ session: Session, key: SessionInsights.Key) {
        let analyze = environment.analyze
        run(on: queue) { .insightsComputed(analyze(session, key)) }
    }

    func layOut(_ source: NetworkGraph.Source, previous: NetworkGraph?) {
        run(on: layoutQueue) { .networkLaidOut(NetworkGraph.laidOut(source, previous: previous)) }
    }

    /// Computes a result on `queue` (in line without background writes, as tests run) and keeps
    /// it for `takeResults`.
    private func run(on queue: DispatchQueue, _ compute: @escaping @Sendable () -> Action) {
        let work: @Sendable () -> Void = { [self] in
            let result = compute()
            lock.lock()
            results.append(result)
            lock.unlock()
        }
        if environment.writesInBackground { queue.async(execute: work) } else { work() }
    }

    /// Results that came back since the last call, oldest first.
    func takeResults() -> [Action] {
        lock.lock()
        defer { lock.unlock() }
        let taken = results
        results = []
        return taken
    }
}
