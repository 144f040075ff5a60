import Foundation
import RegieKit

/// Computes the session's insights (`Effect.analyze`) on a queue of its own, apart from the
/// file writes, so that seconds of ranking on a big session neither hold up a key nor delay a
/// save. Results come back as actions for the run loop to feed to `update`, which drops those
/// that describe an older version of the session.
final class AnalysisRunner: @unchecked Sendable {
    private let environment: WorkbenchEnvironment
    private let queue = DispatchQueue(label: "regie.analysis", qos: .utility)
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

    /// Results that came back since the last call, oldest first.
    func takeResults() -> [Action] {
        lock.lock()
        defer { lock.unlock() }
        let taken = results
        results = []
        return taken
    }
}
