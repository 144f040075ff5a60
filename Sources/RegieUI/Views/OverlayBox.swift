import Canvas

/// A centred box over the panes, cleared before its content is drawn.
enum OverlayBox {
    static func frame(width: Int, height: Int, in screen: Size) -> Rect {
        let w = min(width, screen.width - 2)
        let h = min(height, screen.height - 2)
        return Rect(x: max(0, (screen.width - w) / 2), y: max(0, (screen.height - h) / 2), width: w, height: h)
    }

    static func draw(_ rect: Rect, title: String, into frame: inout Frame) {
        // A blank column either side keeps the box from touching the panes' borders beneath it.
        frame.grid.fill(Rect(x: rect.x - 1, y: rect.y, width: rect.width + 2, height: rect.height), style: .plain)
        frame.grid.drawBox(rect, style: Theme.borderFocused, title: title, titleStyle: Theme.heading)
    }
}
