import Foundation
import RegieKit
import RegieTestSupport

@testable import RegieUI

/// What a clock tick asks of the files: a tick may also ask for the analysis of the session
/// (`Effect.analyze`), which tests of saving leave aside.
@discardableResult
func savingTick(_ state: inout AppState, _ time: Date, now: Date) -> [Effect] {
    update(&state, .ticked(time), now: now).filter {
        if case .analyze = $0 { return false }
        return true
    }
}

/// The state as the run loop leaves it once the analysis came back: the day set and the
/// insights computed for the session as it is now.
func analysed(_ state: AppState, today: Day = Day("2026-03-10")!) -> AppState {
    var state = state
    state.today = today
    state.insights = SessionInsights.compute(state.session, key: state.insightsKey!)
    return state
}
