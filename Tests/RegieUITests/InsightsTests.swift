import Canvas
import Foundation
import Testing

@testable import RegieKit
@testable import RegieUI
import RegieTestSupport

/// The suggestions and the walkthrough's lines are computed off the key loop, once per version
/// of the session, and a result for an older version is never shown.
@Suite struct InsightsTests {
    /// Runs `update`, handing back the analyses it asked for.
    struct Driver {
        var state = uiState()
        var asked: [SessionInsights.Key] = []
        var sessions: [Session] = []

        mutating func send(_ action: Action, now: Date = fixedNow) {
            for effect in update(&state, action, now: now) {
                if case .analyze(let session, let key) = effect {
                    asked.append(key)
                    sessions.append(session)
                }
            }
        }

        mutating func keys(_ keys: [Key], now: Date = fixedNow) {
            for key in keys {
                send(.keyPressed(key), now: now)
                send(.ticked(now), now: now)
            }
        }

        /// Computes the last analysis asked for and delivers it.
        mutating func deliverLast() {
            guard let key = asked.last, let session = sessions.last else { return }
            send(.insightsComputed(SessionInsights.compute(session, key: key)))
        }
    }

    /// Keys that move, switch panes and open and close overlays, and change nothing.
    static let idleKeys: [Key] =
        [.down, .down, .up, .character("3"), .down, .character("]"), .character("5"), .right, .down]
        + [.character("?"), .escape, .character("2"), .character("3"), .character("/")] + typing("overleg")
        + [.enter, .escape, .character("v"), .character("1"), .tab, .backTab]

    @Test func askedOnceForKeysThatChangeNothing() {
        var driver = Driver()
        driver.send(.ticked(fixedNow))
        #expect(driver.asked.count == 1)
        driver.keys(Self.idleKeys)
        #expect(driver.asked.count == 1, "asked again while the first was on its way")
        driver.deliverLast()
        #expect(driver.state.currentInsights != nil)
        driver.keys(Self.idleKeys)
        #expect(driver.asked.count == 1, "asked again without a change")
        #expect(driver.state.session == uiSession())
        // An edit asks once more.
        driver.keys([.character("1")] + letGo())
        #expect(driver.asked.count == 2)
        #expect(driver.asked.last?.revision == driver.state.revision)
        #expect(driver.state.currentInsights == nil, "the old insights are not shown for the new session")
    }

    @Test func aStaleResultIsDroppedAndTheCurrentOneAskedFor() throws {
        var driver = Driver()
        driver.send(.ticked(fixedNow))
        let first = try #require(driver.asked.first)
        let firstSession = try #require(driver.sessions.first)
        // An edit while the first computation is on its way.
        driver.keys(letGo())
        #expect(driver.asked.count == 1)
        driver.send(.insightsComputed(SessionInsights.compute(firstSession, key: first)))
        #expect(driver.state.insights?.key != first, "the stale result is not stored")
        #expect(driver.state.currentInsights == nil)
        #expect(driver.asked.count == 2, "the current version is asked for at once")
        #expect(driver.asked.last?.revision == driver.state.revision)
        #expect(driver.sessions.last == driver.state.session)
        driver.deliverLast()
        #expect(driver.state.currentInsights?.key.revision == driver.state.revision)
    }

    @Test func aNewDayOrPresentingAsksAgain() {
        var driver = Driver()
        driver.send(.ticked(fixedNow))
        driver.deliverLast()
        let tomorrow = fixedNow.addingTimeInterval(86_400)
        driver.send(.ticked(tomorrow), now: tomorrow)
        #expect(driver.asked.count == 2)
        #expect(driver.asked.last?.today == Day(tomorrow))
        driver.deliverLast()
        driver.keys([.character("p")], now: tomorrow)
        #expect(driver.state.currentInsights == nil, "insights with private figures are never shown while presenting")
        #expect(driver.asked.count == 3)
        #expect(driver.asked.last?.disclosure == .public)
    }

    /// What a presenting screen is given to show: reasons without the private figures.
    @Test func presentingAnalysesOnlyWhatMayBeShown() throws {
        var state = PaneFixtures.state(pane: .interventions)
        state.presenting = true
        state = analysed(state)
        let reasons = try #require(state.currentInsights?.suggestions.map(\.reason.nl))
        // Zorggroep does not share its scores: no figure of it may appear.
        #expect(
            !reasons.contains { $0.contains("Zorggroep Ëlst 日本: invloed") || $0.contains("Zorggroep Ëlst 日本: belang") })
        let full = analysed(PaneFixtures.state(pane: .interventions))
        #expect(full.currentInsights!.suggestions.map(\.reason.nl).contains { $0.contains("Zorggroep Ëlst 日本: ") })
    }

    // MARK: - The run loop

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func increment() {
            lock.lock()
            value += 1
            lock.unlock()
        }
        var count: Int {
            lock.lock()
            defer { lock.unlock() }
            return value
        }
    }

    @Test func theRunLoopComputesOncePerVersion() {
        let files = MemoryFiles()
        let counter = Counter()
        var environment = files.environment()
        environment.analyze = { session, key in
            counter.increment()
            return SessionInsights.compute(session, key: key)
        }
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let workbench = Workbench(state: uiState(path: "/s/wijk.json"), terminal: terminal, environment: environment)
        for key in Self.idleKeys { workbench.step(.key(key)) }
        for _ in 0..<5 { workbench.step(nil) }
        #expect(counter.count == 1)
        for key in [.character("1")] + letGo() { workbench.step(.key(key)) }
        for _ in 0..<5 { workbench.step(nil) }
        #expect(counter.count == 2)
        workbench.step(.key(.character("3")))
        #expect(terminal.snapshot(styles: false).contains("Suggesties ("))
        #expect(!terminal.snapshot(styles: false).contains("berekenen…"))
    }

    @Test func aSlowAnalysisNeverHoldsUpTheKeys() throws {
        let files = MemoryFiles()
        let gate = DispatchSemaphore(value: 0)
        var environment = files.environment()
        environment.analyze = { session, key in
            gate.wait()  // ranking a big session takes its time
            return SessionInsights.compute(session, key: key)
        }
        environment.writesInBackground = true
        let terminal = MemoryTerminal(size: Size(width: 80, height: 24))
        let workbench = Workbench(state: uiState(path: "/s/wijk.json"), terminal: terminal, environment: environment)
        workbench.step(.key(.character("3")))
        #expect(terminal.snapshot(styles: false).contains("Suggesties berekenen…"))
        // Keys are handled while the analysis waits: a note is written and stored.
        for key in [Key.character("n")] + typing("Terwijl er gerekend wordt") + [.enter] { workbench.step(.key(key)) }
        #expect(workbench.state.session.notes.last?.text == "Terwijl er gerekend wordt")
        #expect(workbench.state.currentInsights == nil)
        // The first result is stale (a note was added), the second is current.
        gate.signal()
        gate.signal()
        var turns = 0
        while workbench.state.currentInsights == nil, turns < 2_000 {
            workbench.step(nil)
            usleep(1_000)
            turns += 1
        }
        #expect(workbench.state.currentInsights?.key.revision == workbench.state.revision)
        #expect(!terminal.snapshot(styles: false).contains("berekenen…"))
    }
}
