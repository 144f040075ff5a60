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
        let work: @Sendable () -> Void = { [self] in
            let insights = analyze(session, key)
            lock.lock()
            results.append(.insightsComputed(insights))
            lock.unlock()
        }
        if environment.writesInBackground { queue.async(execute: work) } else { work() }
    }

    func layOut(_ source: NetworkGraph.Source, previous: NetworkGraph?) {
        let work: @Sendable () -> Void = { [self] in
            let graph = NetworkGraph.laidOut(source, previous: previous)
            lock.lock()
            results.append(.networkLaidOut(graph))
            lock.unlock()
        }
        if environment.writesInBackground { layoutQueue.async(execute: work) } else { work() }
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
