import Canvas
import RegieKit

/// A question before something that cannot be taken back, with its keys spelled out.
enum ConfirmView {
    static func draw(_ state: AppState, _ confirmation: Confirmation, into frame: inout Frame) {
        let size = frame.grid.size
        let width = min(64, size.width - 4)
        let lines = state.text(confirmation.question).wrapped(toWidth: width - 4)
        let keys: String
        if confirmation.offersSave {
            keys = state.text(
                L(
                    "s/j: bewaren en stoppen   d/n: niet bewaren, stoppen   Esc: terug",
                    "s/y: save and quit   d/n: discard and quit   Esc: back"))
        } else {
            keys = state.text(L("j: ja   n/Esc: nee", "y: yes   n/Esc: no"))
        }
        let keyLines = keys.wrapped(toWidth: width - 4)
        let rect = OverlayBox.frame(width: width, height: lines.count + keyLines.count + 3, in: size)
        OverlayBox.draw(rect, title: state.text(L("Zeker weten?", "Are you sure?")), into: &frame)
        let inner = rect.inset(top: 1, left: 2, bottom: 1, right: 2)
        for (i, line) in lines.enumerated() where i < inner.height {
            frame.grid.put(line, at: Point(x: inner.x, y: inner.y + i), clip: inner)
        }
        for (i, line) in keyLines.enumerated() where lines.count + 1 + i < inner.height {
            frame.grid.put(line, at: Point(x: inner.x, y: inner.y + lines.count + 1 + i), style: Theme.key, clip: inner)
        }
    }
}
