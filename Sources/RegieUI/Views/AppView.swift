import Canvas
import RegieKit

/// Draws the whole workbench for a state at a size. The size is a parameter, so every screen
/// can be tested as text at 80×24 or 120×40 without a terminal.
public enum AppView {
    /// Below this the workbench shows a message instead of a squeezed layout.
    public static let minimumSize = Size(width: 60, height: 16)

    public static func render(_ state: AppState, size: Size) -> Frame {
        var frame = Frame(size: size)
        guard size.width >= minimumSize.width, size.height >= minimumSize.height else {
            drawTooSmall(state, into: &frame)
            return frame
        }
        if state.presenting {
            PresentationView.draw(state, into: &frame)
        } else {
            drawPanes(state, into: &frame)
        }
        if let modal = state.modal {
            frame.cursor = nil
            switch modal {
            case .help(let filter): HelpOverlayView.draw(state, filter: filter, into: &frame)
            case .confirm(let confirmation): ConfirmView.draw(state, confirmation, into: &frame)
            case .form(let form): FormView.draw(state, form, into: &frame)
            case .palette(let palette): PaletteView.draw(state, palette, into: &frame)
            case .relations(let partner, let selected):
                RelationsOverlayView.draw(state, partner: partner, selected: selected, into: &frame)
            case .capture(let capture): CaptureView.draw(state, capture, into: &frame)
            case .compare(let view): RoundCompareView.draw(state, view, into: &frame)
            case .conflicts(let selected): ConflictsView.draw(state, selected: selected, into: &frame)
            case .bespreekpunten(let scroll): Bespreekpunten.draw(state, scroll: scroll, into: &frame)
            }
        }
        return frame
    }

    /// The workbench itself: the tab row, the current pane and the status bar.
    static func drawPanes(_ state: AppState, into frame: inout Frame) {
        let size = frame.grid.size
        let body = Rect(x: 0, y: 1, width: size.width, height: size.height - 2)
        drawTabs(state, into: &frame)
        switch state.pane {
        case .map: PartnerMapPaneView.draw(state, in: body, into: &frame)
        case .perspectives: PerspectivesPaneView.draw(state, in: body, into: &frame)
        case .interventions: InterventionsPaneView.draw(state, in: body, into: &frame)
        case .notes: NotesPaneView.draw(state, in: body, into: &frame)
        case .walkthrough: WalkthroughPaneView.draw(state, in: body, into: &frame)
        }
        StatusBarView.draw(state, in: Rect(x: 0, y: size.height - 1, width: size.width, height: 1), into: &frame)
    }

    private static func drawTabs(_ state: AppState, into frame: inout Frame) {
        let width = frame.grid.size.width
        frame.grid.fill(Rect(x: 0, y: 0, width: width, height: 1), style: Theme.tab)
        var x = 0
        let compact = width < 96
        for pane in Pane.allCases {
            var title = pane.title(state.language)
            if compact, pane == .perspectives { title = state.language == .nl ? "Perspect." : "Perspect." }
            if compact, pane == .interventions { title = state.language == .nl ? "Interv." : "Interv." }
            let label = " \(pane.rawValue) \(title) "
            let style = pane == state.pane ? Theme.tabActive : Theme.tab
            let written = frame.grid.put(label, at: Point(x: x, y: 0), style: style)
            frame.hits.append(HitRegion(Rect(x: x, y: 0, width: written, height: 1), .pane(pane)))
            x += written
        }
        let room = width - x - 2
        if room > 4 {
            let text = state.shown.title.truncated(toWidth: room)
            frame.grid.put(text, at: Point(x: width - text.displayWidth - 1, y: 0), style: Theme.header)
        }
    }

    private static func drawTooSmall(_ state: AppState, into frame: inout Frame) {
        let size = frame.grid.size
        let needed = "\(minimumSize.width)×\(minimumSize.height)"
        let lines = [
            state.language == .nl ? "Terminal te klein" : "Terminal too small",
            state.language == .nl ? "nodig: \(needed)" : "needs: \(needed)",
            state.language == .nl ? "nu: \(size.width)×\(size.height)" : "now: \(size.width)×\(size.height)",
            state.language == .nl ? "q stopt" : "q quits",
        ]
        let top = max(0, (size.height - lines.count) / 2)
        for (i, line) in lines.enumerated() where top + i < size.height {
            let text = line.truncated(toWidth: size.width)
            frame.grid.put(
                text, at: Point(x: max(0, (size.width - text.displayWidth) / 2), y: top + i),
                style: i == 0 ? Theme.warning : .plain)
        }
    }
}
