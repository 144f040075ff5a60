import Canvas
import RegieKit

enum NotesPaneView {
    static func draw(_ state: AppState, in rect: Rect, into frame: inout Frame) {
        frame.grid.drawBox(rect, style: Theme.border, title: " Notes ")
    }
}
