import Canvas
import RegieKit

enum WalkthroughPaneView {
    static func draw(_ state: AppState, in rect: Rect, into frame: inout Frame) {
        frame.grid.drawBox(rect, style: Theme.border, title: " Walkthrough ")
    }
}
