import Canvas
import RegieKit

/// A question before something that cannot be taken back, with its keys spelled out.
enum ConfirmView {
    static func draw(_ state: AppState, _ confirmation: Confirmation, into frame: inout Frame) {
        let size = frame.grid.size
        let width = min(64, size.width - 4)
        let lines = state.text(confirmation.question).wrapped(toWidth: width - 4)
        // The keys come from the question's own table of answers, so they can never disagree.
        let keys = confirmation.options.map { "\($0.keyLabel): \(state.text($0.label))" }.joined(separator: "   ")
        let keyLines = keys.wrapped(toWidth: width - 4)
        let rect = OverlayBox.frame(width: width, height: lines.count + keyLines.count + 3, in: size)
        OverlayBox.draw(rect, title: state.text(confirmation.title), into: &frame)
        let inner = rect.inset(top: 1, left: 2, bottom: 1, right: 2)
        for (i, line) in lines.enumerated() where i < inner.height {
            frame.grid.put(line, at: Point(x: inner.x, y: inner.y + i), clip: inner)
        }
        for (i, line) in keyLines.enumerated() where lines.count + 1 + i < inner.height {
            frame.grid.put(line, at: Point(x: inner.x, y: inner.y + lines.count + 1 + i), style: Theme.key, clip: inner)
        }
    }
}
