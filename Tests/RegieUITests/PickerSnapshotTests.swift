import Canvas
import Foundation
import Testing

@testable import RegieKit
@testable import RegieUI
import RegieTestSupport

/// Panes 3 and 5 as they read the session, at a projector's 80×24 and a laptop's 120×40, with
/// the selection and the styles (the golden files list the style runs).
@Suite struct PickerSnapshotTests {
    typealias F = PaneFixtures
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    func check(_ state: AppState, _ name: String, sizes: [Size] = Self.sizes) {
        for size in sizes {
            Snapshot.check(AppView.render(state, size: size).grid, named: "\(name)-nl-\(size.width)x\(size.height)")
        }
    }

    @Test func thePickerRanksWithReasons() {
        var state = analysed(F.state(pane: .interventions))
        press(&state, [.down])
        check(state, "picker")
    }

    @Test func thePickerSearchingAndNarrowedToATip() {
        var state = analysed(F.state(pane: .interventions))
        press(&state, [.character("/")] + typing("gesprek") + [.character("5")])
        check(state, "picker-search", sizes: [Size(width: 80, height: 24)])
    }

    @Test func theWalkthroughReadsTheSession() {
        check(analysed(F.state(pane: .walkthrough) { $0.selectedTip = 3 }), "walkthrough-tip3")
        var tension = analysed(F.state(pane: .walkthrough) { $0.selectedTip = 2 })
        press(&tension, [.down])
        check(tension, "walkthrough-tip2", sizes: [Size(width: 120, height: 40)])
    }
}
